import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import path from 'path';
import request from 'supertest';
import { conferenceTakeawaysPlugin } from './plugin';
import { allEntities } from './service/__fixtures__/catalogEntities';

describe('conferenceTakeawaysPlugin', () => {
  async function start(config: object = {}) {
    const { server } = await startTestBackend({
      features: [
        conferenceTakeawaysPlugin,
        catalogServiceMock.factory({ entities: allEntities }),
        mockServices.rootConfig.factory({ data: config }),
      ],
    });
    return server;
  }

  it('serves /health without credentials', async () => {
    const server = await start();

    const res = await request(server)
      .get('/api/conference-takeaways/health')
      .set('Authorization', mockCredentials.none.header());

    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('requires credentials for /relevant', async () => {
    const server = await start();

    const res = await request(server)
      .get('/api/conference-takeaways/relevant')
      .query({ entityRef: 'component:default/payments' })
      .set('Authorization', mockCredentials.none.header());

    expect(res.status).toBe(401);
  });

  it('ranks with the configured dictionary', async () => {
    const server = await start({
      conferenceTakeaways: {
        tools: [{ slug: 'cobol', name: 'COBOL' }],
      },
    });

    const res = await request(server)
      .get('/api/conference-takeaways/relevant')
      .query({ entityRef: 'component:default/legacy-batch' });

    expect(res.status).toBe(200);
    expect(res.body.tools).toEqual([
      { slug: 'cobol', name: 'COBOL', sources: [{ type: 'tag' }] },
    ]);
  });

  it('serves the radar from conferenceTakeaways.radar.location', async () => {
    const server = await start({
      conferenceTakeaways: {
        radar: {
          location: path.resolve(__dirname, 'service/__fixtures__/radar.yaml'),
        },
      },
    });

    const res = await request(server).get('/api/conference-takeaways/radar');

    expect(res.status).toBe(200);
    expect(res.body.entries.map((e: { id: string }) => e.id)).toEqual([
      'linkerd',
      'istio',
      'cilium',
    ]);
  });

  it('requires credentials for the radar and tool pages', async () => {
    const server = await start();

    for (const route of ['/radar', '/radar/history', '/tools/linkerd']) {
      const res = await request(server)
        .get(`/api/conference-takeaways${route}`)
        .set('Authorization', mockCredentials.none.header());
      expect(res.status).toBe(401);
    }
  });
});
