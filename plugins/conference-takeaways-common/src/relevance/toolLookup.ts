import { ToolDefinition, ToolOccurrence } from '../tools/types';

/**
 * What the relevance functions need from a tool dictionary. The package's
 * `ToolDictionary` is one; any object that resolves names the same way will
 * do.
 *
 * @public
 */
export interface ToolLookup {
  /** Finds a tool by slug, name or alias; undefined when unknown. */
  resolve(nameOrAlias: string): ToolDefinition | undefined;
  /** Finds a tool by its exact slug. */
  get(slug: string): ToolDefinition | undefined;
  /** Every place a text names a tool. */
  findMentions(text: string): ToolOccurrence[];
}
