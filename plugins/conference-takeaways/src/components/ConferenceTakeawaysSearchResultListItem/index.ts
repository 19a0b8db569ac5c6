export { ConferenceTakeawaysSearchResultListItem } from './ConferenceTakeawaysSearchResultListItem';
export type { ConferenceTakeawaysSearchResultListItemProps } from './ConferenceTakeawaysSearchResultListItem';
export {
  CONFERENCE_TAKEAWAYS_SEARCH_TYPE,
  isConferenceTakeawaysSearchResult,
} from './ConferenceTakeawaysSearchDocument';
export type { ConferenceTakeawaysSearchDocument } from './ConferenceTakeawaysSearchDocument';
