/**
 * The conference-takeaways plugin for the new frontend system.
 *
 * @packageDocumentation
 */

export { conferenceTakeawaysPlugin as default } from './plugin';
export { conferenceTakeawaysApi } from './apis';
export {
  conferenceDetailsEntityCard,
  groupToolsEntityCard,
  relevantTakeawaysEntityCard,
  takeawayDetailsEntityCard,
  talkDetailsEntityCard,
} from './entityCards';
export { relevantTakeawaysEntityContent } from './entityContents';
export { takeawaysExplorerPage } from './pages';
export {
  conferenceTakeawaysTechRadarApi,
  conferenceTakeawaysTechRadarModule,
} from './techRadar';
export {
  conferenceTakeawaysSearchResultListItem,
  conferenceTakeawaysSearchResultType,
} from './search';
