import {
  DEFAULT_NAMESPACE,
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';

/**
 * Canonical, lower-cased form of an entity ref, or undefined when it cannot
 * be parsed. Refs in specs are written by hand, so we compare them this way.
 */
export function normalizeRef(
  ref: unknown,
  defaultKind?: string,
): string | undefined {
  if (typeof ref !== 'string' || ref.trim() === '') {
    return undefined;
  }
  try {
    return stringifyEntityRef(
      parseEntityRef(ref.trim(), {
        defaultKind,
        defaultNamespace: DEFAULT_NAMESPACE,
      }),
    ).toLocaleLowerCase('en-US');
  } catch {
    return undefined;
  }
}

/** The canonical ref of an entity, comparable with {@link normalizeRef}. */
export function refOf(entity: Entity): string {
  return stringifyEntityRef(entity).toLocaleLowerCase('en-US');
}
