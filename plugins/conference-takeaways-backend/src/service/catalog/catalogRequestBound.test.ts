import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  CatalogService,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { conferenceTakeawaysPlugin } from '../../plugin';
import { allEntities } from '../__fixtures__/catalogEntities';

/** A catalog that answers like the mock after a few timer turns and counts the calls in flight. */
function countingCatalog() {
  const inner = catalogServiceMock({ entities: allEntities });
  const stats = { inFlight: 0, maxInFlight: 0, calls: 0 };
  const catalog = new Proxy(inner, {
    get(target, method: keyof CatalogService) {
      const value = target[method];
      if (typeof value !== 'function') {
        return value;
      }
      return async (...args: unknown[]) => {
        stats.calls += 1;
        stats.inFlight += 1;
        stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
        try {
          // Let other requests start while this one is "in the catalog".
          await new Promise(resolve => setTimeout(resolve, 10));
          return await (value as (...a: unknown[]) => unknown).apply(
            target,
            args,
          );
        } finally {
          stats.inFlight -= 1;
        }
      };
    },
  });
  return { catalog, stats };
}

describe('catalog requests of the plugin', () => {
  it('never has more than conferenceTakeaways.catalog.maxConcurrentRequests in flight, and every request succeeds', async () => {
    // A policy with conditions: every request reads what it shows on the
    // caller's behalf (with a policy that allows everything it would answer
    // from the index alone).
    const { catalog, stats } = countingCatalog();
    const { server } = await startTestBackend({
      features: [
        conferenceTakeawaysPlugin,
        createServiceFactory({
          service: catalogServiceRef,
          deps: {},
          factory: () => catalog,
        }),
        createServiceFactory({
          service: coreServices.permissions,
          deps: {},
          factory: () =>
            mockServices.permissions.mock({
              authorizeConditional: async () => [
                {
                  result: AuthorizeResult.CONDITIONAL,
                  pluginId: 'catalog',
                  resourceType: 'catalog-entity',
                  conditions: {
                    rule: 'IS_ENTITY_OWNER',
                    resourceType: 'catalog-entity',
                    params: { claims: [] },
                  },
                },
              ],
            }),
        }),
        mockServices.rootConfig.factory({
          data: {
            conferenceTakeaways: { catalog: { maxConcurrentRequests: 3 } },
          },
        }),
      ],
    });

    const responses = await Promise.all(
      Array.from({ length: 200 }, () =>
        request(server)
          .get('/api/conference-takeaways/relevant')
          .query({ entityRef: 'component:default/payments' }),
      ),
    );

    expect(responses.map(r => r.status)).toEqual(Array(200).fill(200));
    // one answer for all
    expect(new Set(responses.map(r => JSON.stringify(r.body))).size).toBe(1);
    expect(responses[0].body.items.length).toBeGreaterThan(0);
    // at least one call per request went through the bound
    expect(stats.calls).toBeGreaterThanOrEqual(200);
    expect(stats.maxInFlight).toBeLessThanOrEqual(3);
    expect(stats.maxInFlight).toBeGreaterThan(1);
  });
});
