import {
  BackstageCredentials,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  CatalogService,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';

/**
 * A catalog service that, like the real catalog with a permission policy,
 * answers each call with only the entities its caller may read: `denied`
 * maps a user ref to the entity refs that user may not see. Calls without
 * user credentials see nothing, so a read made with the plugin's own
 * credentials instead of the caller's shows up as a missing item.
 */
export function permissionedCatalogFactory(
  entities: Entity[],
  denied: Record<string, string[]>,
) {
  const visibleTo = (credentials?: BackstageCredentials): Entity[] => {
    const principal = credentials?.principal as
      | { type: string; userEntityRef?: string }
      | undefined;
    if (principal?.type !== 'user' || !principal.userEntityRef) {
      return [];
    }
    const hidden = new Set(denied[principal.userEntityRef] ?? []);
    return entities.filter(e => !hidden.has(stringifyEntityRef(e)));
  };
  const methods = catalogServiceMock({ entities: [] });
  const catalog = new Proxy({} as CatalogService, {
    get(_target, method: keyof CatalogService) {
      // Only the service's methods: `then` and the like stay undefined.
      if (typeof methods[method] !== 'function') {
        return undefined;
      }
      return (...args: unknown[]) => {
        const options = args[args.length - 1] as
          | { credentials?: BackstageCredentials }
          | undefined;
        const scoped = catalogServiceMock({
          entities: visibleTo(options?.credentials),
        });
        return (scoped[method] as (...a: unknown[]) => unknown)(...args);
      };
    },
  });
  return createServiceFactory({
    service: catalogServiceRef,
    deps: {},
    factory: () => catalog,
  });
}
