import { ConferenceEntity, TakeawayEntity, TalkEntity } from '../kinds/types';
import { ageFactor, RELEVANCE_AGE_HALF_LIFE_YEARS } from './age';
import { dateOf, describeItem, RefIndex } from './itemView';
import { scoreItem } from './scoreItem';
import { ToolLookup } from './toolLookup';
import { RelevanceReason, RelevantItem, ResolvedTool } from './types';

/** Options of {@link rankItems}. @public */
export interface RankItemsOptions {
  /** Conferences of the candidates, by entity ref. */
  conferences: Map<string, ConferenceEntity>;
  /** Talks cited by candidate takeaways, by entity ref. */
  talks?: Map<string, TalkEntity>;
  /** The moment ages are measured at. */
  now: Date;
  dictionary: ToolLookup;
  /** Keep only the best `limit` items. */
  limit?: number;
}

interface Ranked {
  item: RelevantItem;
  rawScore: number;
  time: number;
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

function compareRanked(a: Ranked, b: Ranked): number {
  if (a.rawScore !== b.rawScore) {
    return b.rawScore - a.rawScore;
  }
  if (a.time !== b.time) {
    return b.time - a.time;
  }
  if (a.item.title !== b.item.title) {
    return a.item.title < b.item.title ? -1 : 1;
  }
  return a.item.entityRef < b.item.entityRef ? -1 : 1;
}

/**
 * Ranks takeaways and talks for an entity that uses `tools`.
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
export function rankItems(
  tools: ResolvedTool[],
  candidates: Array<TakeawayEntity | TalkEntity>,
  options: RankItemsOptions,
): RelevantItem[] {
  if (tools.length === 0) {
    return [];
  }
  const conferences = new RefIndex(options.conferences, 'conference');
  const talks = new RefIndex(options.talks, 'talk');
  const seen = new Set<string>();
  const ranked: Ranked[] = [];

  for (const candidate of candidates) {
    if (candidate.kind !== 'Takeaway' && candidate.kind !== 'Talk') {
      continue;
    }
    const relevance = scoreItem(candidate, tools, options.dictionary);
    if (!relevance) {
      continue;
    }
    const conference = conferences.get(candidate.spec.conference, 'conference');
    const view = describeItem(candidate, conference, talks);
    if (seen.has(view.entityRef)) {
      continue;
    }
    seen.add(view.entityRef);

    const date = dateOf(candidate, conference);
    const rawScore = relevance.relevance * ageFactor(date, options.now);
    ranked.push({
      rawScore,
      time: date?.getTime() ?? Number.NEGATIVE_INFINITY,
      item: {
        ...view,
        score: Math.round(rawScore * 1000) / 1000,
        reasons: [...relevance.reasons, ...ageReason(date, options.now)],
      },
    });
  }

  ranked.sort(compareRanked);
  const limited =
    options.limit === undefined ? ranked : ranked.slice(0, options.limit);
  return limited.map(r => r.item);
}
