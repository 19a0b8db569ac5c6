import express from 'express';
import fs from 'fs';
import path from 'path';
import { parse } from 'yaml';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { CitationStore } from '../citations/CitationStore';
import { createCitationsRouter } from '../citations/createCitationsRouter';
import { ProposalStore } from '../citations/ProposalStore';
import { createPreviewRouter } from '../preview/createPreviewRouter';
import knexFactory from 'knex';
import { RadarSource } from './radar/RadarSource';
import { createRouter } from './router';
import { testDictionary } from './__fixtures__/testDictionary';

interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
}

function routesOf(router: express.Router): string[] {
  return router.stack
    .filter(layer => layer.route)
    .flatMap(layer => {
      const route = layer.route as unknown as {
        path: string;
        methods: Record<string, boolean>;
      };
      return Object.keys(route.methods).map(
        method => `${method} ${route.path}`,
      );
    })
    .sort();
}

describe('openapi.yaml', () => {
  it('documents exactly the routes the router serves', async () => {
    const spec: OpenApiDocument = parse(
      fs.readFileSync(path.resolve(__dirname, '../../openapi.yaml'), 'utf8'),
    );
    const router = await createRouter({
      httpAuth: mockServices.httpAuth(),
      auth: mockServices.auth(),
      catalog: catalogServiceMock(),
      dictionary: testDictionary,
      radar: RadarSource.fromConfig(new ConfigReader({}), {
        urlReader: mockServices.urlReader.mock(),
        logger: mockServices.logger.mock(),
      }),
      logger: mockServices.logger.mock(),
    });

    const documented = Object.entries(spec.paths)
      .flatMap(([route, operations]) =>
        Object.keys(operations).map(
          // OpenAPI writes path parameters as {tool}, express as :tool
          method => `${method} ${route.replace(/\{(\w+)\}/g, ':$1')}`,
        ),
      )
      .sort();

    expect(routesOf(router)).toEqual([
      'get /explore',
      'get /explore/tools',
      'get /health',
      'get /radar',
      'get /radar/history',
      'get /relevant',
      'get /tools',
      'get /tools/:tool',
    ]);
    // The report preview has a router of its own, mounted beside this one.
    const preview = createPreviewRouter({
      config: new ConfigReader({}),
      httpAuth: mockServices.httpAuth(),
      urlReader: mockServices.urlReader.mock(),
      logger: mockServices.logger.mock(),
      dictionary: testDictionary,
    });
    expect(routesOf(preview)).toEqual(['post /preview']);
    // So has citing; building it touches no database.
    const db = knexFactory({
      client: 'better-sqlite3',
      connection: ':memory:',
      useNullAsDefault: true,
    });
    const citations = createCitationsRouter({
      httpAuth: mockServices.httpAuth(),
      permissions: mockServices.permissions(),
      catalog: catalogServiceMock(),
      radar: RadarSource.fromConfig(new ConfigReader({}), {
        urlReader: mockServices.urlReader.mock(),
        logger: mockServices.logger.mock(),
      }),
      citations: new CitationStore(db),
      proposals: new ProposalStore(db),
      dictionary: testDictionary,
    });
    await db.destroy();
    expect(routesOf(citations)).toEqual([
      'delete /radar/citations/:id',
      'delete /radar/proposals/:id',
      'get /radar/citations',
      'get /radar/export',
      'get /radar/proposals',
      'post /radar/citations',
      'post /radar/proposals',
    ]);
    expect(documented).toEqual(
      [
        ...routesOf(router),
        ...routesOf(preview),
        ...routesOf(citations),
      ].sort(),
    );
  });
});
