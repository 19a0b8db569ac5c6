export * from './types';
export { TOOL_DICTIONARY } from './data';
export { ToolDictionary } from './ToolDictionary';
export { validateToolDefinition } from './validateToolDefinition';
export { detectTools, mentionsToSlugs } from './detectTools';
export type { DetectToolsOptions } from './detectTools';
export type { FindMentionsOptions } from './TermMatcher';
