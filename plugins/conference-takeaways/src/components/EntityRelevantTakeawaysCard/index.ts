export { EntityRelevantTakeawaysCard } from './EntityRelevantTakeawaysCard';
export type { EntityRelevantTakeawaysCardProps } from './EntityRelevantTakeawaysCard';
