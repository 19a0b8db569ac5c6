import { ResolvedTool } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';

type ToolSource = ResolvedTool['sources'][number];

/** One line of evidence for a tool, e.g. `depends on Mesh Config`. */
export function describeToolSource(source: ToolSource): string {
  switch (source.type) {
    case 'tag':
      return 'tag on this entity';
    case 'annotation':
      return 'conference-takeaways.dev/tools annotation';
    case 'dependency':
      return source.entityRef
        ? `depends on ${source.title ?? source.entityRef}`
        : 'a dependency';
    case 'owned-component':
      return source.entityRef
        ? `owned component ${source.title ?? source.entityRef}`
        : 'an owned component';
    default:
      return String((source as { type: unknown }).type);
  }
}
