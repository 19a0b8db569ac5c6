import {
  createMockDirectory,
  mockCredentials,
  mockErrorHandler,
  mockServices,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import express from 'express';
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import { allEntities, takeaways } from '../__fixtures__/catalogEntities';
import { testDictionary } from '../__fixtures__/testDictionary';
import { CatalogIndex } from '../catalogIndex/CatalogIndex';
import { changingCatalog } from '../catalogIndex/changingCatalog.testUtils';
import { createRouter } from '../router';
import { RadarSource } from './RadarSource';

const RADAR = fs.readFileSync(
  path.resolve(__dirname, '../__fixtures__/radar.yaml'),
  'utf8',
);
const mockDir = createMockDirectory();

const newLinkerdTakeaway: Entity = {
  ...takeaways[0],
  metadata: { name: 'linkerd-new-999999', namespace: 'default' },
  spec: {
    ...takeaways[0].spec,
    headline: 'Linkerd gets a new control plane',
    talks: [],
  },
};

async function createApp(options: { readsEverything: boolean }) {
  mockDir.setContent({ 'radar.yaml': RADAR });
  const source = changingCatalog(allEntities);
  const logger = mockServices.logger.mock();
  const index = new CatalogIndex({
    catalog: source.catalog,
    auth: mockServices.auth(),
    logger,
    maxEntities: 1000,
  });
  const permissions = mockServices.permissions.mock({
    authorizeConditional: async () => [
      options.readsEverything
        ? { result: AuthorizeResult.ALLOW }
        : {
            result: AuthorizeResult.CONDITIONAL,
            pluginId: 'catalog',
            resourceType: 'catalog-entity',
            conditions: {
              rule: 'IS_ENTITY_KIND',
              resourceType: 'catalog-entity',
              params: { kinds: ['component'] },
            },
          },
    ],
  });
  const router = await createRouter({
    httpAuth: mockServices.httpAuth(),
    auth: mockServices.auth(),
    catalog: source.catalog,
    index,
    permissions,
    dictionary: testDictionary,
    radar: RadarSource.fromConfig(
      new ConfigReader({
        conferenceTakeaways: { radar: { location: 'radar.yaml' } },
      }),
      {
        urlReader: mockServices.urlReader.mock(),
        logger,
        workingDirectory: mockDir.path,
      },
    ),
    logger,
  });
  return {
    app: express().use(router).use(mockErrorHandler()),
    source,
    index,
  };
}

/** How many takeaways and talks the radar's Linkerd entry says it has, in its links or text. */
function linkerdItemCount(body: {
  entries: Array<{ id: string; links?: Array<{ title: string }> }>;
}): number {
  const entry = body.entries.find(e => e.id === 'linkerd');
  const counted = JSON.stringify(entry).match(
    /(\d+) takeaways?(?: and| or) talks?/,
  );
  return Number(counted?.[1]);
}

const get = (app: express.Express) =>
  request(app)
    .get('/radar')
    .set('Authorization', mockCredentials.user.header('user:default/eve'));

describe('GET /radar, cached', () => {
  it('answers from memory until the catalog or the radar file changes', async () => {
    const { app, source, index } = await createApp({ readsEverything: true });
    const first = await get(app);
    expect(first.status).toBe(200);

    const callsAfterFirst = source.stats.calls;
    const again = await get(app);
    expect(again.body).toEqual(first.body);
    expect(source.stats.calls).toBe(callsAfterFirst);

    // a new takeaway about linkerd, seen by the next index refresh
    source.set([...allEntities, newLinkerdTakeaway]);
    expect((await get(app)).body).toEqual(first.body);
    await index.refresh();
    const refreshed = await get(app);
    expect(refreshed.body).not.toEqual(first.body);
    expect(linkerdItemCount(refreshed.body)).toBe(
      linkerdItemCount(first.body) + 1,
    );

    // the radar file is read again when it changes
    mockDir.setContent({
      'radar.yaml': RADAR.replace('title: Linkerd', 'title: Linkerd (mesh)'),
    });
    const edited = await get(app);
    expect(
      edited.body.entries.find((e: { id: string }) => e.id === 'linkerd').title,
    ).toBe('Linkerd (mesh)');
  });

  it("builds the radar from the caller's own reads when the policy does not let them read everything", async () => {
    const { app, source } = await createApp({ readsEverything: false });
    source.set([...allEntities, newLinkerdTakeaway]);
    const seenByAll = linkerdItemCount((await get(app)).body);
    source.hideFromUsers(['takeaway:default/linkerd-new-999999']);

    const res = await get(app);

    expect(res.status).toBe(200);
    expect(linkerdItemCount(res.body)).toBe(seenByAll - 1);
    expect(JSON.stringify(res.body)).not.toContain(
      'Linkerd gets a new control plane',
    );
    // what the caller may read is still there
    expect(JSON.stringify(res.body)).toContain(
      'Linkerd is the service mesh people enjoy running',
    );
  });
});
