export { TakeawayDetailsCard } from './TakeawayDetailsCard';
export type { TakeawayDetailsCardProps } from './TakeawayDetailsCard';
