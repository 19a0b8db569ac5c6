import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';

/**
 * A catalog whose entities can change between calls, that can fail, and
 * that hides chosen entities from users' reads (like a permission policy;
 * the plugin's own reads see all), counting calls and lookups by ref.
 */
export function changingCatalog(initial: Entity[]) {
  let entities = initial;
  let failure: Error | undefined;
  let hiddenFromUsers = new Set<string>();
  const lookups: string[][] = [];
  const stats = { calls: 0 };
  const catalog = new Proxy({} as CatalogService, {
    get(_target, method: keyof CatalogService | 'then') {
      if (method === 'then') {
        return undefined;
      }
      return async (...args: unknown[]) => {
        stats.calls += 1;
        if (failure) {
          throw failure;
        }
        const byUser = JSON.stringify(args[args.length - 1]).includes(
          '"type":"user"',
        );
        const current = catalogServiceMock({
          entities: byUser
            ? entities.filter(e => !hiddenFromUsers.has(stringifyEntityRef(e)))
            : entities,
        });
        if (method === 'getEntitiesByRefs') {
          lookups.push((args[0] as { entityRefs: string[] }).entityRefs);
        }
        return (current[method] as (...a: unknown[]) => unknown)(...args);
      };
    },
  });
  return {
    catalog,
    lookups,
    /** Every call, whatever the method. */
    stats,
    set(next: Entity[]) {
      entities = next;
    },
    fail(error: Error | undefined) {
      failure = error;
    },
    /** Like a permission policy: users' reads leave these refs out. */
    hideFromUsers(refs: string[]) {
      hiddenFromUsers = new Set(refs);
    },
  };
}
