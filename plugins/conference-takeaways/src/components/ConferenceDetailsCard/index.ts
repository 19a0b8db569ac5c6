export { ConferenceDetailsCard } from './ConferenceDetailsCard';
export type { ConferenceDetailsCardProps } from './ConferenceDetailsCard';
