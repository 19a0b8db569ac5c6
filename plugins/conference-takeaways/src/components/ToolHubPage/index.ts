export { ToolHub } from './ToolHub';
export type { ToolHubProps } from './ToolHub';
export { ToolHubContent } from './ToolHubContent';
export { ToolHubPage } from './ToolHubPage';
