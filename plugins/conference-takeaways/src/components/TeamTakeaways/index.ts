export { TeamTakeaways } from './TeamTakeaways';
export type { TeamTakeawaysProps } from './TeamTakeaways';
