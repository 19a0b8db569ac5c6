import {
  createMockDirectory,
  mockCredentials,
  mockErrorHandler,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import Ajv from 'ajv';
import express from 'express';
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import { parse } from 'yaml';
import { citationTestDatabases } from '../__testUtils__/testDatabases';
import { conferenceTakeawaysPlugin } from '../plugin';
import { allEntities } from './__fixtures__/catalogEntities';
import { testDictionary } from './__fixtures__/testDictionary';
import { RadarSource } from './radar/RadarSource';
import { createRouter } from './router';

const OPENAPI = parse(
  fs.readFileSync(path.resolve(__dirname, '../../openapi.yaml'), 'utf8'),
);

// OpenAPI 3.0 schemas are JSON Schema plus a few keywords of their own
// (example), which a non-strict validator ignores.
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addSchema(OPENAPI, 'openapi');

function schemaErrors(name: string, body: unknown) {
  const valid = ajv.validate(
    { $ref: `openapi#/components/schemas/${name}` },
    body,
  );
  return valid ? [] : ajv.errors;
}

const mockDir = createMockDirectory();

async function createApp() {
  mockDir.setContent({
    'radar.yaml': fs.readFileSync(
      path.resolve(__dirname, '__fixtures__/radar.yaml'),
      'utf8',
    ),
  });
  const logger = mockServices.logger.mock();
  const router = await createRouter({
    httpAuth: mockServices.httpAuth(),
    auth: mockServices.auth(),
    catalog: catalogServiceMock({ entities: allEntities }),
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
    limits: { pageSize: 2, maxPageSize: 10, maxListed: 1 },
  });
  return express().use(router).use(mockErrorHandler());
}

describe('responses match openapi.yaml', () => {
  it.each([
    ['/tools/linkerd', 'ToolHubResponse'],
    ['/tools/linkerd?limit=2&offset=2', 'ToolHubResponse'],
    ['/radar', 'TechRadarResponse'],
    ['/radar/history', 'RadarHistoryResponse'],
    ['/relevant?entityRef=component:default/payments', 'RelevanceResponse'],
    ['/tools/linkerd?limit=0', 'Error'],
    ['/explore', 'ExploreResponse'],
    ['/explore?kind=talk&q=linkerd', 'ExploreResponse'],
    ['/explore?kind=conference&tool=linkerd', 'ExploreResponse'],
    ['/explore/tools', 'ExploreToolsResponse'],
    ['/explore?limit=500', 'Error'],
  ])('GET %s is a %s', async (url, schema) => {
    const app = await createApp();

    const res = await request(app).get(url);

    expect(schemaErrors(schema, res.body)).toEqual([]);
  });

  it('rejects a tool page without its paging fields (the check is real)', async () => {
    const app = await createApp();
    const { body } = await request(app).get('/tools/linkerd');
    const { itemsPage: _page, ...unpaged } = body;

    expect(schemaErrors('ToolHubResponse', unpaged)).toEqual([
      expect.objectContaining({
        keyword: 'required',
        params: { missingProperty: 'itemsPage' },
      }),
    ]);
  });

  it('documents every field the tool page sends as required', async () => {
    const app = await createApp();

    const res = await request(app).get('/tools/linkerd');

    const required: string[] =
      OPENAPI.components.schemas.ToolHubResponse.required;
    expect(
      Object.keys(res.body)
        .filter(key => key !== 'radar')
        .sort(),
    ).toEqual([...required].sort());
    // a paged, bounded answer: the schema's page fields are really there
    expect(res.body.itemsPage).toMatchObject({ offset: 0, limit: 2 });
    expect(res.body.usedBy.length).toBeLessThanOrEqual(1);
  });
});

describe('citation responses match openapi.yaml', () => {
  const databases = citationTestDatabases('The citation response checks');
  const user = mockCredentials.user.header('user:default/guest');
  let backend: Awaited<ReturnType<typeof startTestBackend>>;

  beforeAll(async () => {
    backend = await startTestBackend({
      features: [
        conferenceTakeawaysPlugin,
        catalogServiceMock.factory({ entities: allEntities }),
        mockServices.database.factory({
          knex: await databases.init('SQLITE_3'),
        }),
        mockServices.rootConfig.factory({
          data: {
            conferenceTakeaways: {
              radar: {
                location: path.resolve(__dirname, '__fixtures__/radar.yaml'),
              },
            },
          },
        }),
      ],
    });
  });

  afterAll(() => backend?.stop());

  const send = (method: 'get' | 'post', url: string, body?: object) =>
    request(backend.server)
      [method](`/api/conference-takeaways${url}`)
      .set('Authorization', user)
      .send(body);

  it('documents citations, proposals and the evidence views that carry them', async () => {
    const cited = await send('post', '/radar/citations', {
      entryId: 'linkerd',
      entityRef: 'takeaway:default/linkerd-2-rewrite-222222',
    });
    const proposed = await send('post', '/radar/proposals', {
      entryId: 'cilium',
      ringId: 'trial',
      rationale: 'Ready to try.',
      evidence: ['takeaway:default/ebpf-networking-arrives-333333'],
    });
    const responses: Array<[string, { body: unknown }]> = [
      ['RadarCitation', cited],
      ['RadarCitationsResponse', await send('get', '/radar/citations')],
      ['RadarProposal', proposed],
      ['RadarProposalsResponse', await send('get', '/radar/proposals')],
      ['ToolHubResponse', await send('get', '/tools/linkerd')],
      ['RadarHistoryResponse', await send('get', '/radar/history')],
      ['TechRadarResponse', await send('get', '/radar')],
      ['Error', await send('post', '/radar/citations', { entryId: 'x' })],
    ];

    expect(cited.status).toBe(201);
    expect(proposed.status).toBe(201);
    for (const [schema, res] of responses) {
      expect({ schema, errors: schemaErrors(schema, res.body) }).toEqual({
        schema,
        errors: [],
      });
    }
  });
});
