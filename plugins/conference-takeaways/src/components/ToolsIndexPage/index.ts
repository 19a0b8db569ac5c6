export { ToolsIndex } from './ToolsIndex';
export { ToolsIndexContent } from './ToolsIndexContent';
