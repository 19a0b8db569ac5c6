import { Entity, stringifyEntityRef } from '@backstage/catalog-model';

/** Refs of every entity in the given reads. */
export function knownRefs(reads: Iterable<{ entities: Entity[] }>) {
  const refs = new Set<string>();
  for (const read of reads) {
    for (const entity of read.entities) {
      refs.add(stringifyEntityRef(entity));
    }
  }
  return refs;
}

/**
 * The takeaways and talks of `current` that were not `known`, once each
 * (an item moving between locations, or cited from two, is not new).
 */
export function addedItems(known: Set<string>, current: Entity[]): Entity[] {
  const seen = new Set(known);
  return current.filter(entity => {
    const ref = stringifyEntityRef(entity);
    if (
      (entity.kind !== 'Takeaway' && entity.kind !== 'Talk') ||
      seen.has(ref)
    ) {
      return false;
    }
    seen.add(ref);
    return true;
  });
}
