export { TalkDetailsCard } from './TalkDetailsCard';
export type { TalkDetailsCardProps } from './TalkDetailsCard';
