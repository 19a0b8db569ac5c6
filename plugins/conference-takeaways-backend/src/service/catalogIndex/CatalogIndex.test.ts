import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { allEntities, takeaways } from '../__fixtures__/catalogEntities';
import { CatalogIndex } from './CatalogIndex';
import { changingCatalog } from './changingCatalog.testUtils';

const withEtag = (entity: Entity, etag: string): Entity => ({
  ...entity,
  metadata: { ...entity.metadata, etag },
});

function createIndex(catalog: CatalogService, maxEntities = 1000) {
  const logger = mockServices.logger.mock();
  const index = new CatalogIndex({
    catalog,
    auth: mockServices.auth(),
    logger,
    maxEntities,
  });
  return { index, logger };
}

const stamped = allEntities.map(e => withEtag(e, 'v1'));
const refsOf = (entities: Entity[]) => entities.map(e => stringifyEntityRef(e));

describe('CatalogIndex', () => {
  it('loads takeaways, talks, conferences and tool users on first use, once for concurrent callers', async () => {
    const { catalog, lookups } = changingCatalog(stamped);
    const { index } = createIndex(catalog);

    const [a, b] = await Promise.all([index.snapshot(), index.snapshot()]);

    expect(a).toBe(b);
    expect(lookups).toHaveLength(1);
    expect(refsOf(a.takeaways).sort()).toEqual(refsOf(takeaways).sort());
    expect(a.talks).toHaveLength(1);
    expect(a.conferences.size).toBe(3);
    expect([...a.users.keys()]).toContain('component:default/payments');
    // groups too, and who owns which component
    expect(a.users.has('group:default/payments-team')).toBe(true);
    expect(a.componentsOwnedBy('group:default/payments-team')).toContain(
      'component:default/payments',
    );
    expect(refsOf(a.itemsWithTools(['istio']))).toEqual([
      'takeaway:default/istio-ambient-mode-444444',
    ]);
  });

  it('after a refresh, has new, changed and removed entities as the catalog has them, reading only those', async () => {
    const { catalog, lookups, set } = changingCatalog(stamped);
    const { index } = createIndex(catalog);
    const before = await index.snapshot();

    const changed = withEtag(
      {
        ...takeaways[3],
        spec: { ...takeaways[3].spec, tools: ['istio', 'cilium'] },
      },
      'v2',
    );
    const added = withEtag(
      {
        ...takeaways[0],
        metadata: { ...takeaways[0].metadata, name: 'new-cilium-takeaway' },
        spec: { ...takeaways[0].spec, tools: ['cilium'] },
      },
      'v1',
    );
    const removed = stringifyEntityRef(takeaways[1]);
    set([
      ...stamped.filter(
        e =>
          ![removed, stringifyEntityRef(changed)].includes(
            stringifyEntityRef(e),
          ),
      ),
      changed,
      added,
    ]);
    const after = await index.refresh();

    expect(after.version).toBeGreaterThan(before.version);
    expect(lookups[1].sort()).toEqual(
      [stringifyEntityRef(added), stringifyEntityRef(changed)].sort(),
    );
    expect(refsOf(after.itemsWithTools(['cilium'])).sort()).toEqual(
      [
        'takeaway:default/ebpf-networking-arrives-333333',
        'takeaway:default/istio-ambient-mode-444444',
        'takeaway:default/new-cilium-takeaway',
      ].sort(),
    );
    expect(after.item(removed)).toBeUndefined();
    // the old view is unchanged for requests still using it
    expect(before.item(removed)).toBeDefined();
  });

  it('keeps the same view when nothing changed', async () => {
    const { catalog, lookups } = changingCatalog(stamped);
    const { index } = createIndex(catalog);
    const first = await index.snapshot();

    const second = await index.refresh();

    expect(second).toBe(first);
    expect(lookups).toHaveLength(1);
  });

  it('keeps at most maxEntities, our kinds first, and says so in the log', async () => {
    const { catalog } = changingCatalog(stamped);
    const { index, logger } = createIndex(catalog, 5);

    const snapshot = await index.snapshot();

    expect(snapshot.size).toBe(5);
    expect(snapshot.users.size).toBe(0);
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringContaining('indexMaxEntities (5)'),
    );
  });

  it('reads with its own service credentials', async () => {
    const catalog = catalogServiceMock({ entities: stamped });
    const query = jest.spyOn(catalog, 'getEntities');
    const { index } = createIndex(catalog);

    await index.snapshot();

    expect(query.mock.calls[0][1]).toEqual({
      credentials: mockCredentials.service('plugin:test'),
    });
  });

  it('keeps the last good view when a refresh fails, and a later refresh recovers', async () => {
    const { catalog, set, fail } = changingCatalog(stamped);
    const { index } = createIndex(catalog);
    const good = await index.snapshot();
    fail(new Error('catalog unavailable'));

    await expect(index.refresh()).rejects.toThrow('catalog unavailable');
    expect(await index.snapshot()).toBe(good);

    fail(undefined);
    set(stamped.filter(e => e.kind !== 'Talk'));
    expect((await index.refresh()).talks).toHaveLength(0);
  });
});
