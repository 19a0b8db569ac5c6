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
  /**
   * Most takeaways and talks linked from one entry (cited ones first); the
   * rest are counted in a last link to the tool's page. No bound when left
   * out.
   */
  maxItemLinks?: number;
}

function citedItems(evidence: EvidenceView[]): CitedItem[] {
  return evidence.flatMap(view => (view.found ? [view] : []));
}

function itemLinkTitle(item: CitedItem): string {
  const conference = item.conference ? ` (${item.conference.title})` : '';
  return `${item.kind}: ${item.title}${conference}`;
}

/** The item's catalog page, then its recording and slides. */
function linksOfItem(item: CitedItem): RadarEntryLink[] {
  return [
    { url: item.path, title: itemLinkTitle(item) },
    ...item.links.map(link => ({
      url: link.url,
      title: `${link.title}: ${item.title}`,
    })),
  ];
}

function uniqueByUrl(links: RadarEntryLink[]): RadarEntryLink[] {
  const seen = new Set<string>();
  return links.filter(link => {
    if (seen.has(link.url)) {
      return false;
    }
    seen.add(link.url);
    return true;
  });
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

  const linkedItems = uniqueByRef([
    ...moves.flatMap(move => move.cited),
    ...enrichment.items.subjectOf(slug).map(item => item.view),
  ]);
  const shown = linkedItems.slice(0, enrichment.maxItemLinks ?? Infinity);
  const rest = linkedItems.length - shown.length;
  const links = uniqueByUrl([
    ...entry.links,
    ...shown.flatMap(linksOfItem),
    ...(rest > 0
      ? [
          {
            url: toolPagePath(slug),
            title: `${rest} more takeaways and talks about ${entry.title}`,
          },
        ]
      : []),
  ]);

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
 * - each entry's links are its own, then the takeaways and talks its moves
 *   cite, then those whose subject is its tool, each with a talk's
 *   recording and slides; links to the catalog are app-relative paths;
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
