import { RELEVANCE_AGE_HALF_LIFE_YEARS } from './age';
import { PreparedCandidate } from './preparedCandidate';
import { ItemScorer } from './scoreItem';
import { RelevanceReason } from './types';

/** A ranked takeaway or talk whose view is still to be built. @public */
export interface RankedCandidate {
  /** Canonical ref of the candidate. */
  entityRef: string;
  candidate: PreparedCandidate['candidate'];
  score: number;
  reasons: RelevanceReason[];
}

interface Kept {
  item: PreparedCandidate;
  rawScore: number;
}

/**
 * Whether an item sorts before `other`: score descending, then newer first,
 * then title, then entity ref. Refs are unique, so this is a total order
 * and the best items are the same whatever order they are offered in.
 */
function sortsBefore(
  rawScore: number,
  item: PreparedCandidate,
  other: Kept,
): boolean {
  if (rawScore !== other.rawScore) {
    return rawScore > other.rawScore;
  }
  if (item.time !== other.item.time) {
    return item.time > other.item.time;
  }
  if (item.title !== other.item.title) {
    return item.title < other.item.title;
  }
  return item.entityRef < other.item.entityRef;
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
 * The best `keep` items offered so far, best first. An item that does not
 * make the list costs no object.
 */
export class BestCandidates {
  readonly #keep: number;
  readonly #kept: Kept[] = [];

  /** `keep` as a limit: like Array.prototype.slice(0, limit). */
  constructor(limit: number | undefined) {
    this.#keep =
      limit === undefined ? Infinity : Math.max(0, Math.trunc(limit));
  }

  /** Whether nothing can be kept. */
  get none(): boolean {
    return this.#keep === 0;
  }

  /**
   * The score an item must exceed to be sure of a place; -Infinity while
   * there is room. An item scoring less never gets in.
   */
  get bar(): number {
    return this.#kept.length < this.#keep
      ? Number.NEGATIVE_INFINITY
      : this.#kept[this.#kept.length - 1].rawScore;
  }

  offer(item: PreparedCandidate, rawScore: number): void {
    const kept = this.#kept;
    if (this.#keep === Infinity) {
      kept.push({ item, rawScore });
      return;
    }
    if (
      kept.length === this.#keep &&
      !sortsBefore(rawScore, item, kept[kept.length - 1])
    ) {
      return;
    }
    let at = kept.length;
    while (at > 0 && sortsBefore(rawScore, item, kept[at - 1])) {
      at--;
    }
    kept.splice(at, 0, { item, rawScore });
    if (kept.length > this.#keep) {
      kept.pop();
    }
  }

  /** The kept items in order, with rounded scores and their reasons. */
  ranked(scorer: ItemScorer, now: Date): RankedCandidate[] {
    if (this.#keep === Infinity) {
      this.#kept.sort((a, b) => (sortsBefore(a.rawScore, a.item, b) ? -1 : 1));
    }
    return this.#kept.map(({ item, rawScore }) => ({
      entityRef: item.entityRef,
      candidate: item.candidate,
      score: Math.round(rawScore * 1000) / 1000,
      reasons: [...scorer.reasons(item), ...ageReason(item.date, now)],
    }));
  }
}
