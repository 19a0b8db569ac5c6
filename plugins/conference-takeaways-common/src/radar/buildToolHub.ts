import { ToolLookup } from '../relevance/toolLookup';
import { citedRefs, evidenceRef, resolveEvidence } from './evidence';
import { RadarItemIndex } from './RadarItemIndex';
import { findRadarEntry, KnownTool } from './radarTools';
import { entryWarnings } from './radarWarnings';
import {
  EvidenceSuggestion,
  OrgRadar,
  OrgRadarEntry,
  PageInfo,
  ToolHubBounds,
  ToolHubItem,
  ToolHubResponse,
  ToolHubWarning,
  ToolRadarView,
  ToolTeam,
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
  /** How much the response carries; everything when left out. */
  bounds?: ToolHubBounds;
}

function pageInfo(offset: number, limit: number, total: number): PageInfo {
  const next = offset + limit;
  return { offset, limit, total, ...(next < total && { nextOffset: next }) };
}

function boundTeams(teams: ToolTeam[], maxListed: number): ToolTeam[] {
  return teams
    .slice(0, maxListed)
    .map(team => ({ ...team, uses: team.uses.slice(0, maxListed) }));
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
  const about = items.about(tool.slug);
  const offset = options.bounds?.offset ?? 0;
  const limit = options.bounds?.limit ?? about.length;
  const maxListed = options.bounds?.maxListed ?? Infinity;

  // Views are built for the page only: a common tool has thousands of items.
  const hubItems: ToolHubItem[] = about
    .slice(offset, offset + limit)
    .map(item => ({
      ...item.view,
      ...(item.summary !== undefined && { summary: item.summary }),
      subject: item.subjects.includes(tool.slug),
      citedBy: citing.get(item.view.entityRef) ?? [],
    }));
  const teams = teamsOfUsers(users);
  const suggested = suggestions(tool.slug, entry, items);

  return {
    tool: {
      slug: tool.slug,
      name: tool.name,
      ...(tool.definition && { definition: tool.definition }),
    },
    ...(radar && entry && { radar: radarView(radar, entry, items) }),
    usedBy: users.slice(0, maxListed),
    usedByTotal: users.length,
    teams: boundTeams(teams, maxListed),
    teamsTotal: teams.length,
    items: hubItems,
    itemsPage: pageInfo(offset, limit, about.length),
    suggestions: suggested.slice(0, maxListed),
    suggestionsTotal: suggested.length,
    warnings: [
      ...(options.warnings ?? []),
      ...(radar && entry ? entryWarnings(radar, entry, { items }, users) : []),
    ],
  };
}
