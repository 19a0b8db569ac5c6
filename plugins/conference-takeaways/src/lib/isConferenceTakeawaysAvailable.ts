import { Entity } from '@backstage/catalog-model';

/** Kinds the backend can resolve tools for, and so rank takeaways for. */
export const RELEVANCE_KINDS = ['component', 'system', 'api', 'group'];

/**
 * True for entities that can have relevant conference takeaways: components,
 * systems, APIs and groups. Use it to show the card or tab conditionally.
 *
 * @public
 */
export function isConferenceTakeawaysAvailable(entity: Entity): boolean {
  return RELEVANCE_KINDS.includes(entity.kind.toLocaleLowerCase('en-US'));
}
