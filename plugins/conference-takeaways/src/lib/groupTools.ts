import {
  RelevanceResponse,
  RelevantItem,
  ResolvedTool,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';

/** One of a team's tools, with how widely the team uses it. */
export interface GroupTool {
  tool: ResolvedTool;
  /** Distinct components owned by the group that use the tool. */
  componentRefs: string[];
  /** Newest takeaways and talks about the tool, newest conference first. */
  latest: RelevantItem[];
}

/**
 * Turns a group's relevance response into a per-tool summary: the tools the
 * team's components use, most widely used first, each with its newest items.
 */
export function summarizeGroupTools(
  response: RelevanceResponse,
  latestPerTool = 3,
): GroupTool[] {
  return response.tools
    .map(tool => {
      const componentRefs = [
        ...new Set(
          tool.sources
            .filter(s => s.type === 'owned-component' && s.entityRef)
            .map(s => s.entityRef as string),
        ),
      ].sort();
      const latest = response.items
        .filter(item => item.tools.includes(tool.slug))
        .sort(
          (a, b) =>
            (b.conference?.year ?? 0) - (a.conference?.year ?? 0) ||
            b.score - a.score,
        )
        .slice(0, latestPerTool);
      return { tool, componentRefs, latest };
    })
    .sort(
      (a, b) =>
        b.componentRefs.length - a.componentRefs.length ||
        a.tool.name.localeCompare(b.tool.name),
    );
}
