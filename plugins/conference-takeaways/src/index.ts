/**
 * Frontend of the conference-takeaways plugin family: entity cards and tab,
 * the takeaways explorer page and tool pages, a search result list item, a
 * tech radar API and the client of the backend API.
 *
 * This entry point serves apps on the legacy frontend system; the new
 * frontend system plugin is the default export of `/alpha`.
 *
 * @packageDocumentation
 */

export {
  conferenceTakeawaysPlugin,
  EntityConferenceDetailsCard,
  EntityGroupToolsCard,
  EntityRelevantTakeawaysCard,
  EntityRelevantTakeawaysContent,
  EntityTakeawayDetailsCard,
  EntityTalkDetailsCard,
  TakeawaysExplorerPage,
} from './plugin';
export {
  entityContentRouteRef,
  explorerLinkRouteRef,
  rootRouteRef,
  toolLinkRouteRef,
  toolRouteRef,
} from './routes';
export {
  ConferenceTakeawaysClient,
  ConferenceTakeawaysRadarClient,
  conferenceTakeawaysApiRef,
} from './api';
export type {
  ConferenceTakeawaysApi,
  ConferenceTakeawaysRadarClientOptions,
  GetRelevantOptions,
  GetToolOptions,
  ListRadarCitationsFilter,
  ListRadarProposalsFilter,
} from './api';
export {
  CONFERENCE_TAKEAWAYS_SEARCH_TYPE,
  ConferenceTakeawaysSearchResultListItem,
  isConferenceTakeawaysSearchResult,
} from './components/ConferenceTakeawaysSearchResultListItem';
export type {
  ConferenceTakeawaysSearchDocument,
  ConferenceTakeawaysSearchResultListItemProps,
} from './components/ConferenceTakeawaysSearchResultListItem';
export {
  conferenceTakeawaysCatalogColumns,
  createConferenceTakeawaysCatalogColumnsFunc,
} from './catalogTable';
export { TeamTakeaways } from './components/TeamTakeaways';
export type { TeamTakeawaysProps } from './components/TeamTakeaways';
export { isConferenceTakeawaysAvailable } from './lib/isConferenceTakeawaysAvailable';
export { safeHttpUrl } from './lib/safeHttpUrl';
export type { EntityRelevantTakeawaysCardProps } from './components/EntityRelevantTakeawaysCard';
export type { EntityRelevantTakeawaysContentProps } from './components/EntityRelevantTakeawaysContent';
export type { GroupToolsCardProps } from './components/GroupToolsCard';
export type { TakeawayDetailsCardProps } from './components/TakeawayDetailsCard';
export type { TalkDetailsCardProps } from './components/TalkDetailsCard';
export type { ConferenceDetailsCardProps } from './components/ConferenceDetailsCard';
export type { TakeawaysExplorerPageProps } from './components/TakeawaysExplorerPage';
