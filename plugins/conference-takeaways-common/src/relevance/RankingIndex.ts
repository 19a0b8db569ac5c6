import { ConferenceEntity, TakeawayEntity, TalkEntity } from '../kinds/types';
import { ageFactor } from './age';
import { BestCandidates, RankedCandidate } from './bestCandidates';
import { CandidatePreparer, PreparedCandidate } from './preparedCandidate';
import { ItemScorer } from './scoreItem';
import { ToolLookup } from './toolLookup';
import { ResolvedTool } from './types';

type Candidate = TakeawayEntity | TalkEntity;

/** Options of {@link RankingIndex}. @public */
export interface RankingIndexOptions {
  /** Conferences of the items, by entity ref. */
  conferences: Map<string, ConferenceEntity>;
  dictionary: ToolLookup;
}

/**
 * Room for rounding: the sums behind a score and behind its bound are added
 * in different orders.
 */
const BOUND_MARGIN = 1 + 1e-9;

/**
 * Takeaways and talks prepared for ranking once (refs, titles, dates, tool
 * slugs), for ranking them for many entities. Ranks exactly as
 * {@link rankCandidates} does over the items whose `spec.tools` name one
 * of the entity's tool slugs, but reads them newest first and stops as soon
 * as no older item could reach the list: an item scores at most the best
 * relevance any item could have times its age factor, and age factors only
 * fall with age.
 *
 * @public
 */
export class RankingIndex {
  readonly #dictionary: ToolLookup;
  /**
   * Undated items first, then newest first: age factors fall along the
   * dated ones. Undated items share one factor, so while only they have
   * been read no kept score is above their bound and reading goes on.
   */
  readonly #items: PreparedCandidate[];
  /** Positions in #items, ascending, of the items naming a tool. */
  readonly #byTool = new Map<string, Int32Array>();

  /** Keeps each entity ref once, as first given. */
  constructor(candidates: Iterable<Candidate>, options: RankingIndexOptions) {
    this.#dictionary = options.dictionary;
    const preparer = new CandidatePreparer(
      options.conferences,
      options.dictionary,
    );
    const refs = new Set<string>();
    const items: PreparedCandidate[] = [];
    for (const candidate of candidates) {
      if (candidate.kind !== 'Takeaway' && candidate.kind !== 'Talk') {
        continue;
      }
      const item = preparer.prepare(candidate);
      if (!refs.has(item.entityRef)) {
        refs.add(item.entityRef);
        items.push(item);
      }
    }
    // -Infinity (undated) sorts first; the sort is stable.
    items.sort((a, b) => {
      const undated =
        Number(b.date === undefined) - Number(a.date === undefined);
      return undated || b.time - a.time;
    });
    this.#items = items;

    const positions = new Map<string, number[]>();
    items.forEach((item, position) => {
      const tools = item.candidate.spec.tools;
      for (const tool of new Set(Array.isArray(tools) ? tools : [])) {
        if (typeof tool === 'string') {
          const list = positions.get(tool) ?? [];
          list.push(position);
          positions.set(tool, list);
        }
      }
    });
    for (const [tool, list] of positions) {
      this.#byTool.set(tool, Int32Array.from(list));
    }
  }

  /** The best `limit` items for an entity using `tools`, best first. */
  rank(
    tools: ResolvedTool[],
    options: { now: Date; limit?: number },
  ): RankedCandidate[] {
    const best = new BestCandidates(options.limit);
    if (tools.length === 0 || best.none) {
      return [];
    }
    const scorer = new ItemScorer(tools, this.#dictionary);
    const bound = scorer.maxRelevance() * BOUND_MARGIN;
    const lists = [...new Set(tools.map(tool => tool.slug))]
      .map(slug => this.#byTool.get(slug))
      .filter((list): list is Int32Array => list !== undefined);
    const next = new Int32Array(lists.length);
    let time = Number.NaN;
    let factor = 0;
    for (;;) {
      // The lowest position not read yet in any list: the newest item left.
      let position = this.#items.length;
      for (let l = 0; l < lists.length; l++) {
        if (next[l] < lists[l].length && lists[l][next[l]] < position) {
          position = lists[l][next[l]];
        }
      }
      if (position === this.#items.length) {
        break;
      }
      for (let l = 0; l < lists.length; l++) {
        if (lists[l][next[l]] === position) {
          next[l]++;
        }
      }
      const item = this.#items[position];
      if (item.time !== time) {
        time = item.time;
        factor = ageFactor(item.date, options.now);
      }
      if (bound * factor < best.bar) {
        break;
      }
      const relevance = scorer.relevance(item);
      if (relevance !== undefined) {
        best.offer(item, relevance * factor);
      }
    }
    return best.ranked(scorer, options.now);
  }
}
