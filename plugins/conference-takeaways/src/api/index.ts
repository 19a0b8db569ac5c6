export { conferenceTakeawaysApiRef } from './ConferenceTakeawaysApi';
export type {
  ConferenceTakeawaysApi,
  GetRelevantOptions,
} from './ConferenceTakeawaysApi';
export { ConferenceTakeawaysClient } from './ConferenceTakeawaysClient';
