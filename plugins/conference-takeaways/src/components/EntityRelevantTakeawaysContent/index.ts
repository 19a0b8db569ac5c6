export { EntityRelevantTakeawaysContent } from './EntityRelevantTakeawaysContent';
export type { EntityRelevantTakeawaysContentProps } from './EntityRelevantTakeawaysContent';
