import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';

/**
 * Reads entities by ref on the caller's behalf, in one request, and returns
 * those the caller may see by canonical ref. What is missing from the
 * answer does not exist or is hidden from the caller; both mean "not shown".
 */
export async function readOnBehalf(
  catalog: CatalogService,
  credentials: BackstageCredentials,
  refs: Iterable<string>,
  fields: string[],
): Promise<Map<string, Entity>> {
  const entityRefs = [...new Set(refs)].sort();
  if (entityRefs.length === 0) {
    return new Map();
  }
  const { items } = await catalog.getEntitiesByRefs(
    { entityRefs, fields },
    { credentials },
  );
  return new Map(
    items
      .filter((e): e is Entity => e !== undefined)
      .map(e => [stringifyEntityRef(e), e]),
  );
}
