import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';

/** `kind:namespace/name` in lower case, or undefined for what is no ref. */
export function canonicalRef(
  ref: unknown,
  defaultKind: string,
): string | undefined {
  if (typeof ref !== 'string') {
    return undefined;
  }
  try {
    return stringifyEntityRef(
      parseEntityRef(ref, { defaultKind, defaultNamespace: 'default' }),
    );
  } catch {
    return undefined;
  }
}
