import { Entity } from '@backstage/catalog-model';

/** Target refs of an entity's relations of one type, sorted, unique. */
export function relationTargets(entity: Entity, type: string): string[] {
  return [
    ...new Set(
      (entity.relations ?? [])
        .filter(relation => relation.type === type)
        .map(relation => relation.targetRef),
    ),
  ].sort();
}
