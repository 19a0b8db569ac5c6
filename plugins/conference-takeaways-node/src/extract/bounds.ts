import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  CONFERENCE_KIND,
  TAKEAWAY_KIND,
  TALK_KIND,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { SourcedEntity } from './types';

/**
 * How much one report file may contribute. A report is written by one
 * person about one conference; anything far beyond these is a mistake or an
 * attack, and would make every page and response that lists it huge.
 *
 * @public
 */
export interface ExtractionLimits {
  /** Takeaways kept per report file. */
  takeawaysPerReport: number;
  /** Talks kept per file (a program export lists a whole conference). */
  talksPerReport: number;
  /** Conferences kept per file. */
  conferencesPerReport: number;
  /** Characters of a headline, talk title or `metadata.title`. */
  titleLength: number;
  /** Characters of a takeaway summary or `metadata.description`. */
  summaryLength: number;
}

/** @public */
export const DEFAULT_EXTRACTION_LIMITS: Readonly<ExtractionLimits> =
  Object.freeze({
    takeawaysPerReport: 200,
    talksPerReport: 1000,
    conferencesPerReport: 20,
    titleLength: 200,
    summaryLength: 20_000,
  });

/** The app-config key of each limit, named in the warnings. */
export const LIMIT_SETTINGS: Readonly<Record<keyof ExtractionLimits, string>> =
  {
    takeawaysPerReport: 'conferenceTakeaways.reports.limits.takeawaysPerReport',
    talksPerReport: 'conferenceTakeaways.reports.limits.talksPerReport',
    conferencesPerReport:
      'conferenceTakeaways.reports.limits.conferencesPerReport',
    titleLength: 'conferenceTakeaways.reports.limits.titleLength',
    summaryLength: 'conferenceTakeaways.reports.limits.summaryLength',
  };

const COUNT_LIMITS: Array<[string, keyof ExtractionLimits, string]> = [
  [TAKEAWAY_KIND, 'takeawaysPerReport', 'takeaways'],
  [TALK_KIND, 'talksPerReport', 'talks'],
  [CONFERENCE_KIND, 'conferencesPerReport', 'conferences'],
];

/** Cuts text to `max` characters, at a word break when one is near. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) {
    return text;
  }
  const cut = text.slice(0, Math.max(0, max - 1));
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.8 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Keeps the first `max` distinct entities of each kind. */
function limitCounts(
  entities: SourcedEntity[],
  limits: ExtractionLimits,
  path: string,
): { kept: SourcedEntity[]; dropped: Set<string>; problems: string[] } {
  const dropped = new Set<string>();
  const problems: string[] = [];
  let kept = entities;
  for (const [kind, limit, noun] of COUNT_LIMITS) {
    const max = limits[limit];
    const refs = [
      ...new Set(
        kept.filter(s => s.entity.kind === kind).map(s => refOf(s.entity)),
      ),
    ];
    if (refs.length <= max) {
      continue;
    }
    const over = new Set(refs.slice(max));
    over.forEach(ref => dropped.add(ref));
    kept = kept.filter(s => !over.has(refOf(s.entity)));
    problems.push(
      `${path} has ${refs.length} ${noun}, over the limit of ${max} (${LIMIT_SETTINGS[limit]}); only the first ${max} are kept`,
    );
  }
  return { kept, dropped, problems };
}

function refOf(entity: Entity): string {
  return stringifyEntityRef(entity);
}

/** Cuts over-long text fields in place; returns how many were cut, by limit. */
function cutLongFields(
  entity: Entity,
  limits: ExtractionLimits,
  counts: Map<keyof ExtractionLimits, number>,
) {
  const cut = (
    holder: Record<string, any> | undefined,
    key: string,
    limit: 'titleLength' | 'summaryLength',
  ) => {
    const value = holder?.[key];
    if (typeof value === 'string' && value.length > limits[limit]) {
      holder![key] = cutText(value, limits[limit]);
      counts.set(limit, (counts.get(limit) ?? 0) + 1);
    }
  };
  const spec = entity.spec as Record<string, any> | undefined;
  cut(entity.metadata, 'title', 'titleLength');
  cut(spec, 'headline', 'titleLength');
  cut(spec, 'title', 'titleLength');
  cut(spec?.report, 'title', 'titleLength');
  cut(spec, 'summary', 'summaryLength');
  cut(entity.metadata, 'description', 'summaryLength');
}

/**
 * Applies the limits to the entities of one file: entities beyond a count
 * are dropped (and references to them from the file's takeaways removed),
 * long texts are cut. Each kind of cut yields one problem naming the file
 * and the setting.
 */
export function limitFileEntities(
  entities: SourcedEntity[],
  path: string,
  limits: ExtractionLimits,
): { entities: SourcedEntity[]; problems: string[] } {
  const { kept, dropped, problems } = limitCounts(entities, limits, path);
  const cuts = new Map<keyof ExtractionLimits, number>();
  for (const { entity } of kept) {
    cutLongFields(entity, limits, cuts);
    const spec = entity.spec as Record<string, any> | undefined;
    if (dropped.size && Array.isArray(spec?.talks)) {
      spec!.talks = spec!.talks.filter(
        (ref: unknown) => typeof ref !== 'string' || !dropped.has(ref),
      );
    }
  }
  for (const [limit, count] of cuts) {
    problems.push(
      `${path}: ${count} ${
        limit === 'titleLength' ? 'titles' : 'summaries'
      } longer than ${limits[limit]} characters were cut (${
        LIMIT_SETTINGS[limit]
      })`,
    );
  }
  return { entities: kept, problems };
}
