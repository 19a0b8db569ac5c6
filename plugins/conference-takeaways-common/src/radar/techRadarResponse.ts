import {
  RadarEntryLink,
  TechRadarLoaderResponse,
  TechRadarLoaderResponseParser,
} from '@backstage-community/plugin-tech-radar-common';
import { ToolLookup } from '../relevance/toolLookup';
import { resolveEvidence } from './evidence';
import { toolPagePath } from './entityPath';
import { markdownLink } from './markdown';
import { RadarItemIndex } from './RadarItemIndex';
import { radarEntryToolSlug } from './radarTools';
import {
  CitedItem,
  EvidenceView,
  OrgRadar,
  OrgRadarEntry,
  TechRadarEntryJson,
  TechRadarResponse,
  TechRadarSnapshotJson,
  ToolUser,
} from './types';
import { describeToolUsage } from './usage';

/** What {@link toTechRadarResponse} adds to the radar file. @public */
export interface TechRadarEnrichment {
  dictionary: ToolLookup;
  /** Takeaways and talks the caller may see: cited ones and those about radar tools. */
  items: RadarItemIndex;
  /** Catalog users of each tool, by slug. */
  users: Map<string, ToolUser[]>;
}

function citedItems(evidence: EvidenceView[]): CitedItem[] {
  return evidence.flatMap(view => (view.found ? [view] : []));
}

function uniqueByRef(items: CitedItem[]): CitedItem[] {
  const seen = new Set<string>();
  return items.filter(item => {
    if (seen.has(item.entityRef)) {
      return false;
    }
    seen.add(item.entityRef);
    return true;
  });
}

function toEntry(
  entry: OrgRadarEntry,
  enrichment: TechRadarEnrichment,
): TechRadarEntryJson {
  const slug = radarEntryToolSlug(entry, enrichment.dictionary);
  const moves = entry.timeline.map(snapshot => ({
    snapshot,
    cited: citedItems(
      resolveEvidence(entry, snapshot, enrichment.items).evidence,
    ),
  }));

  const timeline: TechRadarSnapshotJson[] = moves.map(({ snapshot, cited }) => {
    const evidenceLine = cited.length
      ? `Evidence: ${cited
          .map(item => markdownLink(item.title, item.path))
          .join(', ')}`
      : undefined;
    const description = [snapshot.description, evidenceLine]
      .filter(Boolean)
      .join('\n\n');
    return {
      date: snapshot.date,
      ringId: snapshot.ringId,
      ...(description && { description }),
      ...(snapshot.moved !== undefined && { moved: snapshot.moved }),
    };
  });

  // The dialog's footer: the entry's own first link and one link to the
  // tool's page. The evidence is already linked inline in each move.
  const itemCount = uniqueByRef([
    ...moves.flatMap(move => move.cited),
    ...enrichment.items.subjectOf(slug).map(item => item.view),
  ]).length;
  const links: RadarEntryLink[] = [
    ...entry.links.slice(0, 1),
    ...(itemCount > 0
      ? [
          {
            url: toolPagePath(slug),
            title: `${itemCount} ${
              itemCount === 1 ? 'takeaway or talk' : 'takeaways and talks'
            }`,
          },
        ]
      : []),
  ];

  const description = [
    entry.description ?? entry.timeline[0].description,
    describeToolUsage(enrichment.users.get(slug) ?? []),
  ]
    .filter(Boolean)
    .join('\n\n');

  return {
    key: entry.key,
    id: entry.id,
    quadrant: entry.quadrant,
    title: entry.title,
    ...(entry.url !== undefined && { url: entry.url }),
    description,
    links,
    timeline,
  };
}

/**
 * Parses a `GET /radar` body with the tech radar's own schema, turning
 * timeline dates into `Date`s: the `TechRadarLoaderResponse` the tech radar
 * components take. Throws when the body is not in that format.
 *
 * @public
 */
export function parseTechRadarResponse(json: unknown): TechRadarLoaderResponse {
  return TechRadarLoaderResponseParser.parse(json);
}

/**
 * Checks a response against the tech radar's schema; throws listing the
 * problems, so a bug here can never send the radar something it cannot draw.
 */
function assertTechRadarFormat(response: TechRadarResponse) {
  const result = TechRadarLoaderResponseParser.safeParse(response);
  if (!result.success) {
    const problems = result.error.issues.map(
      issue => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(
      `The radar does not match the tech radar format: ${problems.join('; ')}`,
    );
  }
}

/**
 * The radar in exactly the tech radar's data format, for `GET /radar`:
 *
 * - entries with `active: false` are left out (`GET /radar/history` keeps them);
 * - timelines are newest first, as the tech radar reads `timeline[0]` as
 *   the current ring; each move's description ends with links to its
 *   evidence;
 * - each entry has at most two links, which the radar's dialog shows as
 *   buttons: the entry's own first link, and the tool's page counting the
 *   takeaways and talks its moves cite or whose subject is its tool (the
 *   evidence itself is linked inline in the moves); app-relative paths;
 * - each entry's description ends with which catalog entities use the tool.
 *
 * The result is checked against the tech radar's schema before it is
 * returned.
 *
 * @public
 */
export function toTechRadarResponse(
  radar: OrgRadar,
  enrichment: TechRadarEnrichment,
): TechRadarResponse {
  const response: TechRadarResponse = {
    quadrants: radar.quadrants,
    rings: radar.rings,
    entries: radar.entries
      .filter(entry => entry.active)
      .map(entry => toEntry(entry, enrichment)),
  };
  assertTechRadarFormat(response);
  return response;
}
