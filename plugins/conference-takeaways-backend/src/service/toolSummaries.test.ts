import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import express from 'express';
import request from 'supertest';
import { testDictionary } from './__fixtures__/testDictionary';
import { RadarSource } from './radar/RadarSource';
import { createRouter } from './router';
import { MAX_SUMMARY_SLUGS } from './toolSummaries';

async function createApp() {
  const router = await createRouter({
    httpAuth: mockServices.httpAuth(),
    auth: mockServices.auth(),
    catalog: catalogServiceMock({ entities: [] }),
    dictionary: testDictionary.with([{ slug: 'paymesh', name: 'PayMesh' }]),
    radar: RadarSource.fromConfig(new ConfigReader({}), {
      urlReader: mockServices.urlReader.mock(),
      logger: mockServices.logger.mock(),
    }),
    logger: mockServices.logger.mock(),
  });
  return express().use(router).use(mockErrorHandler());
}

describe('GET /tools', () => {
  it('names the asked tools and flags background ones, leaving out unknown slugs', async () => {
    const res = await request(await createApp())
      .get('/tools')
      .query('slug=paymesh&slug=kubernetes&slug=no-such-tool');

    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      tools: [
        { slug: 'paymesh', name: 'PayMesh', ubiquitous: false },
        { slug: 'kubernetes', name: 'Kubernetes', ubiquitous: true },
      ],
    });
  });

  it('answers an empty list when no slug is asked', async () => {
    const res = await request(await createApp()).get('/tools');
    expect(res.body).toEqual({ tools: [] });
  });

  it('rejects a malformed slug and too many slugs with 400', async () => {
    const app = await createApp();
    const bad = await request(app).get('/tools').query({ slug: 'Not A Slug' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/Invalid slug "Not A Slug"/);

    const many = Array.from(
      { length: MAX_SUMMARY_SLUGS + 1 },
      (_, i) => `slug=t${i}`,
    ).join('&');
    const tooMany = await request(app).get('/tools').query(many);
    expect(tooMany.status).toBe(400);
  });

  it('rejects unauthenticated callers', async () => {
    const res = await request(await createApp())
      .get('/tools')
      .query({ slug: 'linkerd' })
      .set('Authorization', mockCredentials.none.header());
    expect(res.status).toBe(401);
  });
});
