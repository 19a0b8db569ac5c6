import { ToolDefinition } from '../tools/types';

/**
 * What the relevance functions need from a tool dictionary. The package's
 * `ToolDictionary` satisfies it; tests and callers may pass anything that
 * resolves names the same way.
 *
 * @public
 */
export interface ToolLookup {
  /** Finds a tool by slug, name or alias; undefined when unknown. */
  resolve(nameOrAlias: string): ToolDefinition | undefined;
  /** Finds a tool by its exact slug. */
  get(slug: string): ToolDefinition | undefined;
}

/**
 * Tools nearly everyone runs (Kubernetes) say little about what an entity
 * needs to learn, so they count for little in the ranking.
 */
export function isUbiquitous(tool: ToolDefinition | undefined): boolean {
  return (
    (tool as (ToolDefinition & { ubiquitous?: boolean }) | undefined)
      ?.ubiquitous === true
  );
}
