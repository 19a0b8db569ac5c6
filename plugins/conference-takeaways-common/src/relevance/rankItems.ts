import { ConferenceEntity, TakeawayEntity, TalkEntity } from '../kinds/types';
import { RELEVANCE_AGE_HALF_LIFE_YEARS } from './age';
import { ItemDate, ItemDates } from './itemDates';
import { describeItem, RefIndex, refOf, titleOf } from './itemView';
import { ItemScorer } from './scoreItem';
import { ToolLookup } from './toolLookup';
import { RelevanceReason, RelevantItem, ResolvedTool } from './types';

type Candidate = TakeawayEntity | TalkEntity;

/** Options of {@link rankCandidates}. @public */
export interface RankCandidatesOptions {
  /** Conferences of the candidates, by entity ref. */
  conferences: Map<string, ConferenceEntity>;
  /** The moment ages are measured at. */
  now: Date;
  dictionary: ToolLookup;
  /** Keep only the best `limit` items. */
  limit?: number;
}

/** Options of {@link describeRankedItems}. @public */
export interface DescribeRankedItemsOptions {
  /** Conferences of the items, by entity ref. */
  conferences: Map<string, ConferenceEntity>;
  /** Talks cited by the takeaways, by entity ref. */
  talks?: Map<string, TalkEntity>;
  /**
   * The complete entities of the ranked items, when the candidates carried
   * only what ranking reads; an item missing here is described from its
   * candidate.
   */
  entities?: Candidate[];
}

/** Options of {@link rankItems}. @public */
export interface RankItemsOptions
  extends RankCandidatesOptions,
    DescribeRankedItemsOptions {}

/** A ranked takeaway or talk whose view is still to be built. @public */
export interface RankedCandidate {
  /** Canonical ref of the candidate. */
  entityRef: string;
  candidate: Candidate;
  score: number;
  reasons: RelevanceReason[];
}

interface Ranked {
  candidate: Candidate;
  entityRef: string;
  title: string;
  rawScore: number;
  dated: ItemDate;
}

const DATED_AFTER_MS = RELEVANCE_AGE_HALF_LIFE_YEARS * 365.25 * 864e5;

function ageReason(date: Date | undefined, now: Date): RelevanceReason[] {
  if (!date) {
    return [{ type: 'age', text: 'date unknown' }];
  }
  if (now.getTime() - date.getTime() >= DATED_AFTER_MS) {
    return [
      { type: 'age', text: `from ${date.getUTCFullYear()} — may be dated` },
    ];
  }
  return [];
}

/**
 * Whether an item sorts before `other`: score descending, then newer first,
 * then title, then entity ref. Takes the item's parts so a candidate that
 * does not make the list costs no object.
 */
function sortsBefore(
  rawScore: number,
  time: number,
  title: string,
  entityRef: string,
  other: Ranked,
): boolean {
  if (rawScore !== other.rawScore) {
    return rawScore > other.rawScore;
  }
  if (time !== other.dated.time) {
    return time > other.dated.time;
  }
  if (title !== other.title) {
    return title < other.title;
  }
  return entityRef < other.entityRef;
}

function compareRanked(a: Ranked, b: Ranked): number {
  return sortsBefore(a.rawScore, a.dated.time, a.title, a.entityRef, b)
    ? -1
    : 1;
}

/**
 * Ranks takeaways and talks for an entity that uses `tools`, without building
 * their views: the candidates need only what scoring reads (kind, name,
 * namespace, title, `spec.headline`/`spec.title`, `spec.tools`,
 * `spec.subjectTools`, `spec.conference`, `spec.report.date`). Pass the
 * result, with the complete entities of the few items kept, to
 * {@link describeRankedItems}.
 *
 *   score = relevance * ageFactor
 *
 * where relevance (0..1) weighs how central the shared tools are to the item
 * and how many of the entity's tools it touches (see scoreItem.ts), and
 * ageFactor = max(0.25, 0.5 ^ (ageInYears / 3)) (see age.ts). Items sharing no
 * tool are dropped; nothing else is. Order: score descending, then newer
 * first, then title, then entity ref, so equal input gives equal output.
 *
 * @public
 */
export function rankCandidates(
  tools: ResolvedTool[],
  candidates: Candidate[],
  options: RankCandidatesOptions,
): RankedCandidate[] {
  // Like Array.prototype.slice(0, limit).
  const keep =
    options.limit === undefined
      ? Infinity
      : Math.max(0, Math.trunc(options.limit));
  if (tools.length === 0 || keep === 0) {
    return [];
  }
  const scorer = new ItemScorer(tools, options.dictionary);
  const dates = new ItemDates(
    new RefIndex(options.conferences, 'conference'),
    options.now,
  );
  const seen = new Set<string>();
  // Best first; with a limit, only the best `keep` so far.
  const ranked: Ranked[] = [];

  for (const candidate of candidates) {
    if (candidate.kind !== 'Takeaway' && candidate.kind !== 'Talk') {
      continue;
    }
    const relevance = scorer.relevance(candidate);
    if (relevance === undefined) {
      continue;
    }
    const entityRef = refOf(candidate);
    if (seen.has(entityRef)) {
      continue;
    }
    seen.add(entityRef);

    const dated = dates.of(candidate);
    const rawScore = relevance * dated.ageFactor;
    const title = titleOf(candidate);
    if (keep === Infinity) {
      ranked.push({ candidate, entityRef, title, rawScore, dated });
      continue;
    }
    const last = ranked[ranked.length - 1];
    if (
      ranked.length === keep &&
      !sortsBefore(rawScore, dated.time, title, entityRef, last)
    ) {
      continue;
    }
    let at = ranked.length;
    while (
      at > 0 &&
      sortsBefore(rawScore, dated.time, title, entityRef, ranked[at - 1])
    ) {
      at--;
    }
    ranked.splice(at, 0, { candidate, entityRef, title, rawScore, dated });
    if (ranked.length > keep) {
      ranked.pop();
    }
  }
  if (keep === Infinity) {
    ranked.sort(compareRanked);
  }

  return ranked.map(r => ({
    entityRef: r.entityRef,
    candidate: r.candidate,
    score: Math.round(r.rawScore * 1000) / 1000,
    reasons: [
      ...scorer.reasons(r.candidate),
      ...ageReason(r.dated.date, options.now),
    ],
  }));
}

/**
 * The views of ranked items: title, summary, conference, cited talks with
 * their recording and slides, links; with each item's score and reasons.
 *
 * @public
 */
export function describeRankedItems(
  ranked: RankedCandidate[],
  options: DescribeRankedItemsOptions,
): RelevantItem[] {
  const conferences = new RefIndex(options.conferences, 'conference');
  const talks = new RefIndex(options.talks, 'talk');
  const entities = new Map(
    (options.entities ?? []).map(entity => [refOf(entity), entity]),
  );
  return ranked.map(({ entityRef, candidate, score, reasons }) => {
    const item = entities.get(entityRef) ?? candidate;
    const conference = conferences.get(item.spec.conference, 'conference');
    return { ...describeItem(item, conference, talks), score, reasons };
  });
}

/**
 * Ranks takeaways and talks for an entity that uses `tools` and describes
 * the best `limit` of them: {@link rankCandidates}, then
 * {@link describeRankedItems}.
 *
 * @public
 */
export function rankItems(
  tools: ResolvedTool[],
  candidates: Candidate[],
  options: RankItemsOptions,
): RelevantItem[] {
  return describeRankedItems(rankCandidates(tools, candidates, options), {
    conferences: options.conferences,
    talks: options.talks,
    entities: options.entities,
  });
}
