import {
  RankingIndex,
  ToolLookup,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { IndexSnapshot } from './catalogIndex/IndexSnapshot';

const cache = new WeakMap<IndexSnapshot, RankingIndex>();

/**
 * The takeaways and talks of a snapshot prepared for ranking, once per
 * snapshot (a refresh that changed something makes a new one), so a
 * request scores only what could make its list.
 */
export function rankingIndexOf(
  snapshot: IndexSnapshot,
  dictionary: ToolLookup,
): RankingIndex {
  let ranking = cache.get(snapshot);
  if (!ranking) {
    ranking = new RankingIndex([...snapshot.takeaways, ...snapshot.talks], {
      conferences: snapshot.conferences,
      dictionary,
    });
    cache.set(snapshot, ranking);
  }
  return ranking;
}
