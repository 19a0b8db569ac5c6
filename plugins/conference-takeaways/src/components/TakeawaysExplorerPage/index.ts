export { TakeawaysExplorer } from './TakeawaysExplorer';
export { TakeawaysExplorerContent } from './TakeawaysExplorerContent';
export { TakeawaysExplorerPage } from './TakeawaysExplorerPage';
export type { TakeawaysExplorerPageProps } from './TakeawaysExplorerPage';
