import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { CatalogToolEntityIndex } from './ToolEntityIndex';

const tool = (name: string, slug: string, kind = 'Component'): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: {
    name,
    namespace: 'default',
    annotations: { 'conference-takeaways.dev/tool': slug },
  },
  spec: {},
});

const plain: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'checkout', namespace: 'default', tags: ['linkerd'] },
  spec: {},
};

describe('CatalogToolEntityIndex', () => {
  it('finds the entities annotated with a tool slug', async () => {
    const index = new CatalogToolEntityIndex({
      catalog: catalogServiceMock({
        entities: [
          tool('linkerd', 'linkerd'),
          tool('mesh', ' Linkerd ', 'Resource'),
          tool('otel-collector', 'opentelemetry'),
          plain,
        ],
      }),
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
    });

    await expect(index.findToolEntities('linkerd')).resolves.toEqual([
      { kind: 'Component', namespace: 'default', name: 'linkerd' },
      { kind: 'Resource', namespace: 'default', name: 'mesh' },
    ]);
    await expect(index.findToolEntities('opentelemetry')).resolves.toEqual([
      { kind: 'Component', namespace: 'default', name: 'otel-collector' },
    ]);
    await expect(index.findToolEntities('istio')).resolves.toEqual([]);
  });

  it('lists the catalog once per minute with its own credentials', async () => {
    const catalog = catalogServiceMock({
      entities: [tool('linkerd', 'linkerd')],
    });
    const stream = jest.spyOn(catalog, 'streamEntities');
    let now = 0;
    const index = new CatalogToolEntityIndex({
      catalog,
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      now: () => now,
    });

    await Promise.all([
      index.findToolEntities('linkerd'),
      index.findToolEntities('istio'),
    ]);
    now = 59_000;
    await index.findToolEntities('linkerd');
    expect(stream).toHaveBeenCalledTimes(1);
    expect(stream.mock.calls[0][1]).toEqual({
      credentials: expect.objectContaining({
        principal: expect.objectContaining({ type: 'service' }),
      }),
    });

    now = 61_000;
    await index.findToolEntities('linkerd');
    expect(stream).toHaveBeenCalledTimes(2);
  });

  it('yields no tool entities while the catalog fails, then recovers', async () => {
    const logger = mockServices.logger.mock();
    const catalog = catalogServiceMock({
      entities: [tool('linkerd', 'linkerd')],
    });
    const working = catalog.streamEntities.bind(catalog);
    const stream = jest
      .spyOn(catalog, 'streamEntities')
      .mockImplementation(() => {
        throw new Error('connect ECONNREFUSED');
      });
    let now = 0;
    const index = new CatalogToolEntityIndex({
      catalog,
      auth: mockServices.auth(),
      logger,
      now: () => now,
    });

    await expect(index.findToolEntities('linkerd')).resolves.toEqual([]);
    await expect(index.findToolEntities('linkerd')).resolves.toEqual([]);
    expect(stream).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('ECONNREFUSED'),
    );

    stream.mockImplementation(working);
    now = 11_000;
    await expect(index.findToolEntities('linkerd')).resolves.toEqual([
      { kind: 'Component', namespace: 'default', name: 'linkerd' },
    ]);
  });
});
