import {
  RankingIndex,
  ToolLookup,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { IndexSnapshot } from './catalogIndex/IndexSnapshot';
import { oncePerSnapshot } from './catalogIndex/oncePerSnapshot';

/**
 * The takeaways and talks of a snapshot prepared for ranking, once per
 * snapshot, so a request scores only what could make its list.
 */
export const rankingIndexOf = oncePerSnapshot(
  (snapshot: IndexSnapshot, dictionary: ToolLookup) =>
    new RankingIndex([...snapshot.takeaways, ...snapshot.talks], {
      conferences: snapshot.conferences,
      dictionary,
    }),
);
