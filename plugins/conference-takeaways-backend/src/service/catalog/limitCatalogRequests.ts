import { CatalogService } from '@backstage/plugin-catalog-node';
import pLimit from 'p-limit';

/**
 * A catalog service that has at most `maxConcurrent` requests in flight;
 * further calls wait their turn. Every catalog request makes the catalog ask
 * the permission backend over HTTP, so a burst of our requests multiplies
 * into a burst of connections: unbounded, a thousand concurrent page views
 * had connections reset inside the catalog. Calls are forwarded unchanged.
 */
export function limitCatalogRequests(
  catalog: CatalogService,
  maxConcurrent: number,
): CatalogService {
  const limit = pLimit(maxConcurrent);
  return new Proxy(catalog, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      // streamEntities is an async generator whose pages are fetched as it
      // is iterated; the plugin pages with queryEntities instead.
      if (typeof value !== 'function' || property === 'streamEntities') {
        return value;
      }
      return (...args: unknown[]) =>
        limit(() => Reflect.apply(value, target, args));
    },
  });
}
