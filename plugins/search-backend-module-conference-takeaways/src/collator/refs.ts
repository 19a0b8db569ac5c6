import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';

/**
 * A comparable form of an entity ref written in a spec: full, lower case
 * (the catalog compares refs case-insensitively). Undefined when the value
 * is not a ref.
 */
export function normalizeRef(
  value: unknown,
  defaults: { defaultKind: string; defaultNamespace: string },
): string | undefined {
  if (typeof value !== 'string' || !value.trim()) {
    return undefined;
  }
  try {
    return stringifyEntityRef(
      parseEntityRef(value.trim(), defaults),
    ).toLocaleLowerCase('en-US');
  } catch {
    return undefined;
  }
}

/** The name part of a ref, used when the referenced entity is missing. */
export function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}
