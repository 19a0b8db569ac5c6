export { conferenceTakeawaysApiRef } from './ConferenceTakeawaysApi';
export type {
  ConferenceTakeawaysApi,
  GetRelevantOptions,
  GetToolOptions,
  ListRadarCitationsFilter,
  ListRadarProposalsFilter,
} from './ConferenceTakeawaysApi';
export { ConferenceTakeawaysClient } from './ConferenceTakeawaysClient';
export { ConferenceTakeawaysRadarClient } from './ConferenceTakeawaysRadarClient';
export type { ConferenceTakeawaysRadarClientOptions } from './ConferenceTakeawaysRadarClient';
export { reportPreviewApiRef } from './ReportPreviewApi';
export type { ReportPreviewApi } from './ReportPreviewApi';
export { ReportPreviewClient } from './ReportPreviewClient';
