export * from './types';
export type { ToolLookup } from './toolLookup';
export { dependencyRefsOf } from './refs';
export { resolveEntityTools } from './resolveEntityTools';
export type { ResolveEntityToolsOptions } from './resolveEntityTools';
export { describeRankedItems, rankCandidates, rankItems } from './rankItems';
export type {
  DescribeRankedItemsOptions,
  RankCandidatesOptions,
  RankItemsOptions,
} from './rankItems';
export type { RankedCandidate } from './bestCandidates';
export { RankingIndex } from './RankingIndex';
export type { RankingIndexOptions } from './RankingIndex';
export {
  ageFactor,
  RELEVANCE_AGE_FLOOR,
  RELEVANCE_AGE_HALF_LIFE_YEARS,
} from './age';
export {
  RELEVANCE_BREADTH_SHARE,
  RELEVANCE_CENTRALITY,
  RELEVANCE_FOCUS_SHARE,
  RELEVANCE_UBIQUITOUS_WEIGHT,
} from './scoreItem';
export {
  describeItemAges,
  explainRelevance,
  withoutCitedTalks,
} from './explainRelevance';
export type {
  ExplainRelevanceOptions,
  ItemAges,
  RelevanceExplanation,
} from './explainRelevance';
