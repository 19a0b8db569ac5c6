import {
  DEFAULT_NAMESPACE,
  Entity,
  parseEntityRef,
  RELATION_CONSUMES_API,
  RELATION_DEPENDS_ON,
  stringifyEntityRef,
} from '@backstage/catalog-model';

/**
 * Canonical form of an entity ref (`kind:namespace/name`, kind and namespace
 * lower-cased), so refs written by hand and refs from relations compare equal.
 * Returns undefined for refs that cannot be parsed.
 */
export function normalizeEntityRef(
  ref: string,
  defaults: { defaultKind?: string; defaultNamespace?: string } = {},
): string | undefined {
  try {
    return stringifyEntityRef(
      parseEntityRef(ref, {
        defaultNamespace: DEFAULT_NAMESPACE,
        ...defaults,
      }),
    );
  } catch {
    return undefined;
  }
}

function specRefs(
  entity: Entity,
  field: string,
  defaultKind: string | undefined,
): string[] {
  const value = entity.spec?.[field];
  if (!Array.isArray(value)) {
    return [];
  }
  const defaultNamespace = entity.metadata.namespace ?? DEFAULT_NAMESPACE;
  return value
    .filter((ref): ref is string => typeof ref === 'string')
    .map(ref => normalizeEntityRef(ref, { defaultKind, defaultNamespace }))
    .filter((ref): ref is string => ref !== undefined);
}

/**
 * The refs of the entities an entity depends on or consumes: its `dependsOn`
 * and `consumesApi` relations, plus `spec.dependsOn` / `spec.consumesApis`
 * for entities whose relations have not been stitched yet. Sorted, unique.
 *
 * @public
 */
export function dependencyRefsOf(entity: Entity): string[] {
  const refs = new Set<string>();
  for (const relation of entity.relations ?? []) {
    if (
      relation.type === RELATION_DEPENDS_ON ||
      relation.type === RELATION_CONSUMES_API
    ) {
      const ref = normalizeEntityRef(relation.targetRef);
      if (ref) {
        refs.add(ref);
      }
    }
  }
  specRefs(entity, 'dependsOn', undefined).forEach(ref => refs.add(ref));
  specRefs(entity, 'consumesApis', 'api').forEach(ref => refs.add(ref));
  return [...refs].sort();
}
