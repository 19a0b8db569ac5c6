import { ToolLookup } from '../relevance/toolLookup';
import { citedRefs, evidenceRef, resolveEvidence } from './evidence';
import { RadarItemIndex } from './RadarItemIndex';
import { findRadarEntry, KnownTool } from './radarTools';
import { entryWarnings } from './radarWarnings';
import {
  EvidenceSuggestion,
  OrgRadar,
  OrgRadarEntry,
  ToolHubItem,
  ToolHubResponse,
  ToolHubWarning,
  ToolRadarView,
  ToolUser,
} from './types';
import { teamsOfUsers } from './toolUsers';

/** Options of {@link buildToolHub}. @public */
export interface BuildToolHubOptions {
  tool: KnownTool;
  dictionary: ToolLookup;
  /** The radar; absent when it is not configured or could not be loaded. */
  radar?: OrgRadar;
  /** Takeaways and talks about the tool and those its entry cites. */
  items: RadarItemIndex;
  /** The catalog entities that use the tool. */
  users: ToolUser[];
  /** Problems found before, e.g. the radar file failing to load. */
  warnings?: ToolHubWarning[];
}

/** The YAML to paste under a timeline move to cite `entityRef`. @public */
export function evidenceSnippet(entityRef: string): string {
  return `evidence:\n  - ${entityRef}\n`;
}

function radarView(
  radar: OrgRadar,
  entry: OrgRadarEntry,
  items: RadarItemIndex,
): ToolRadarView {
  const ringOf = (id: string) => radar.rings.find(ring => ring.id === id)!;
  return {
    entryId: entry.id,
    title: entry.title,
    active: entry.active,
    quadrant: radar.quadrants.find(q => q.id === entry.quadrant)!,
    ring: ringOf(entry.timeline[0].ringId),
    ...(entry.description !== undefined && {
      description: entry.description,
    }),
    links: entry.links,
    timeline: entry.timeline.map(snapshot => ({
      date: snapshot.date,
      ring: ringOf(snapshot.ringId),
      ...(snapshot.moved !== undefined && { moved: snapshot.moved }),
      ...(snapshot.description !== undefined && {
        description: snapshot.description,
      }),
      evidence: resolveEvidence(entry, snapshot, items).evidence,
    })),
  };
}

/** Dates of the moves citing each ref. */
function citingMoves(entry: OrgRadarEntry | undefined): Map<string, string[]> {
  const byRef = new Map<string, string[]>();
  for (const snapshot of entry?.timeline ?? []) {
    const refs = new Set(snapshot.evidence.map(evidenceRef));
    for (const ref of refs) {
      if (ref) {
        byRef.set(ref, [...(byRef.get(ref) ?? []), snapshot.date]);
      }
    }
  }
  return byRef;
}

function suggestions(
  slug: string,
  entry: OrgRadarEntry | undefined,
  items: RadarItemIndex,
): EvidenceSuggestion[] {
  if (!entry) {
    return [];
  }
  const cited = citedRefs(entry);
  return items
    .subjectOf(slug)
    .filter(item => !cited.has(item.view.entityRef))
    .map(item => ({
      item: item.view,
      snippet: evidenceSnippet(item.view.entityRef),
    }));
}

/**
 * Everything the tool page shows about one tool: its dictionary entry, its
 * radar entry with the evidence of each move resolved, who uses it, every
 * takeaway and talk about it (newest first), the ones its radar entry could
 * still cite, and the problems worth fixing.
 *
 * @public
 */
export function buildToolHub(options: BuildToolHubOptions): ToolHubResponse {
  const { tool, dictionary, radar, items, users } = options;
  const entry = radar && findRadarEntry(radar, tool.slug, dictionary);
  const citing = citingMoves(entry);

  const hubItems: ToolHubItem[] = items.about(tool.slug).map(item => ({
    ...item.view,
    ...(item.summary !== undefined && { summary: item.summary }),
    subject: item.subjects.includes(tool.slug),
    citedBy: citing.get(item.view.entityRef) ?? [],
  }));

  return {
    tool: {
      slug: tool.slug,
      name: tool.name,
      ...(tool.definition && { definition: tool.definition }),
    },
    ...(radar && entry && { radar: radarView(radar, entry, items) }),
    usedBy: users,
    teams: teamsOfUsers(users),
    items: hubItems,
    suggestions: suggestions(tool.slug, entry, items),
    warnings: [
      ...(options.warnings ?? []),
      ...(radar && entry ? entryWarnings(radar, entry, { items }, users) : []),
    ],
  };
}
