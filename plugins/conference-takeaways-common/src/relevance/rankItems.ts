import { ConferenceEntity, TakeawayEntity, TalkEntity } from '../kinds/types';
import { ageFactor } from './age';
import { BestCandidates, RankedCandidate } from './bestCandidates';
import { describeItem, RefIndex, refOf } from './itemView';
import { CandidatePreparer } from './preparedCandidate';
import { ItemScorer } from './scoreItem';
import { ToolLookup } from './toolLookup';
import { RelevantItem, ResolvedTool } from './types';

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
  const best = new BestCandidates(options.limit);
  if (tools.length === 0 || best.none) {
    return [];
  }
  const scorer = new ItemScorer(tools, options.dictionary);
  const preparer = new CandidatePreparer(
    options.conferences,
    options.dictionary,
  );
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.kind !== 'Takeaway' && candidate.kind !== 'Talk') {
      continue;
    }
    const item = preparer.prepare(candidate);
    const relevance = scorer.relevance(item);
    if (relevance === undefined || seen.has(item.entityRef)) {
      continue;
    }
    seen.add(item.entityRef);
    best.offer(item, relevance * ageFactor(item.date, options.now));
  }
  return best.ranked(scorer, options.now);
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
