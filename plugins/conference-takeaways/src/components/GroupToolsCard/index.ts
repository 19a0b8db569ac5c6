export { GroupToolsCard } from './GroupToolsCard';
export type { GroupToolsCardProps } from './GroupToolsCard';
