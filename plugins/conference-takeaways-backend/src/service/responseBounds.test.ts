import {
  createMockDirectory,
  mockErrorHandler,
  mockServices,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  TechRadarResponse,
  ToolHubResponse,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import express from 'express';
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import {
  largeCatalog,
  LargeCatalogSize,
  MAX_LISTED_ENTITY_BYTES,
} from './__fixtures__/largeCatalog';
import { testDictionary } from './__fixtures__/testDictionary';
import { RadarSource } from './radar/RadarSource';
import { ResponseLimits } from './responseLimits';
import { createRouter } from './router';

const SIZE: LargeCatalogSize = {
  takeaways: 4000,
  talks: 400,
  components: 2000,
  teams: 40,
};
const LIMITS: ResponseLimits = {
  pageSize: 25,
  maxPageSize: 500,
  maxListed: 10,
};

// Every request reads thousands of entities from the in-memory test catalog.
jest.setTimeout(120_000);

// What the catalog holds about linkerd: nine in ten takeaways are about it,
// every takeaway names it, and so does every talk.
const LINKERD_ITEMS = SIZE.takeaways + SIZE.talks;
const LINKERD_SUBJECTS = SIZE.takeaways - SIZE.takeaways / 10 + SIZE.talks;

/** Room for the fixed parts of a response: the tool, its radar entry, warnings. */
const FIXED_BYTES = 8 * 1024;

const mockDir = createMockDirectory();
mockDir.setContent({
  'radar.yaml': fs.readFileSync(
    path.resolve(__dirname, '__fixtures__/radar.yaml'),
    'utf8',
  ),
});

async function createApp() {
  const logger = mockServices.logger.mock();
  const router = await createRouter({
    httpAuth: mockServices.httpAuth(),
    auth: mockServices.auth(),
    catalog: catalogServiceMock({ entities: largeCatalog(SIZE) }),
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
    limits: LIMITS,
  });
  return express().use(router).use(mockErrorHandler());
}

/** Bytes of a response body as sent. */
function bytesOf(res: request.Response): number {
  return Buffer.byteLength(res.text, 'utf8');
}

describe('response bounds with a large catalog', () => {
  let app: express.Express;
  beforeAll(async () => {
    app = await createApp();
  });

  it('answers a tool page with one page of items and bounded lists, counting the rest', async () => {
    const started = Date.now();
    const res = await request(app).get('/tools/linkerd');
    const elapsed = Date.now() - started;

    expect(res.status).toBe(200);
    const hub: ToolHubResponse = res.body;
    expect(hub.items).toHaveLength(LIMITS.pageSize);
    expect(hub.itemsPage).toEqual({
      offset: 0,
      limit: LIMITS.pageSize,
      total: LINKERD_ITEMS,
      nextOffset: LIMITS.pageSize,
    });
    expect(hub.usedBy).toHaveLength(LIMITS.maxListed);
    expect(hub.usedByTotal).toBe(SIZE.components);
    expect(hub.teams).toHaveLength(LIMITS.maxListed);
    expect(hub.teamsTotal).toBe(SIZE.teams);
    for (const team of hub.teams) {
      expect(team.uses).toHaveLength(LIMITS.maxListed);
      expect(team.usesTotal).toBe(SIZE.components / SIZE.teams);
    }
    expect(hub.suggestions).toHaveLength(LIMITS.maxListed);
    // the radar entry cites one talk and one takeaway of the fixtures, not these
    expect(hub.suggestionsTotal).toBe(LINKERD_SUBJECTS);
    // the three refs the radar fixture cites are not in this catalog
    expect(hub.warnings.map(w => w.type)).toEqual(
      Array(3).fill('missing-evidence'),
    );

    // page items, users, suggestions, teams and the refs each team lists
    const listed =
      LIMITS.pageSize +
      LIMITS.maxListed * 3 +
      LIMITS.maxListed * LIMITS.maxListed;
    expect(bytesOf(res)).toBeLessThan(
      listed * MAX_LISTED_ENTITY_BYTES + FIXED_BYTES,
    );
    // eslint-disable-next-line no-console
    console.log(
      `GET /tools/linkerd over ${LINKERD_ITEMS} items and ${
        SIZE.components
      } users: ${bytesOf(res)} bytes in ${elapsed} ms`,
    );
  });

  it('reaches every item exactly once by following nextOffset, newest first', async () => {
    const limit = LIMITS.maxPageSize;
    const refs: string[] = [];
    const years: number[] = [];
    let offset: number | undefined = 0;
    let pages = 0;
    while (offset !== undefined) {
      const res = await request(app)
        .get('/tools/linkerd')
        .query({ limit, offset });
      expect(res.status).toBe(200);
      expect(bytesOf(res)).toBeLessThan(
        (limit + LIMITS.maxListed * (3 + LIMITS.maxListed)) *
          MAX_LISTED_ENTITY_BYTES +
          FIXED_BYTES,
      );
      const hub: ToolHubResponse = res.body;
      expect(hub.itemsPage.offset).toBe(offset);
      expect(hub.items.length).toBeLessThanOrEqual(limit);
      refs.push(...hub.items.map(item => item.entityRef));
      years.push(...hub.items.map(item => item.conference?.year ?? 0));
      offset = hub.itemsPage.nextOffset;
      pages += 1;
    }

    expect(pages).toBe(Math.ceil(LINKERD_ITEMS / limit));
    expect(refs).toHaveLength(LINKERD_ITEMS);
    expect(new Set(refs).size).toBe(LINKERD_ITEMS);
    expect(refs).toContain('takeaway:default/bulk-takeaway-0');
    expect(refs).toContain(`talk:default/bulk-talk-${SIZE.talks - 1}`);
    // newest first across pages; items without a conference last
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('answers an offset past the end with an empty last page', async () => {
    const res = await request(app)
      .get('/tools/linkerd')
      .query({ offset: LINKERD_ITEMS + 5 });

    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([]);
    expect(res.body.itemsPage).toEqual({
      offset: LINKERD_ITEMS + 5,
      limit: LIMITS.pageSize,
      total: LINKERD_ITEMS,
    });
  });

  it.each([
    [
      { limit: '0' },
      'Invalid limit "0": expected a whole number from 1 to 500',
    ],
    [
      { limit: '501' },
      'Invalid limit "501": expected a whole number from 1 to 500',
    ],
    [{ limit: 'ten' }, 'Invalid limit "ten"'],
    [{ limit: '1e2' }, 'Invalid limit "1e2"'],
    [
      { offset: '-1' },
      'Invalid offset "-1": expected a whole number from 0 to',
    ],
    [{ offset: '2.5' }, 'Invalid offset "2.5"'],
    [{ offset: ['1', '2'] }, 'Query parameter offset must be given once'],
  ])('answers 400 for %j', async (query, message) => {
    const res = await request(app).get('/tools/linkerd').query(query);

    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('InputError');
    expect(res.body.error.message).toContain(message);
  });

  it('gives each radar entry at most two links, the last to the tool page', async () => {
    const started = Date.now();
    const res = await request(app).get('/radar');
    const elapsed = Date.now() - started;

    expect(res.status).toBe(200);
    const radar: TechRadarResponse = res.body;
    const linkerd = radar.entries.find(entry => entry.id === 'linkerd')!;
    for (const entry of radar.entries) {
      expect(entry.links!.length).toBeLessThanOrEqual(2);
    }
    expect(linkerd.links![linkerd.links!.length - 1]).toEqual({
      url: '/conference-takeaways/tools/linkerd',
      title: `${LINKERD_SUBJECTS} takeaways and talks`,
    });
    // the users are counted, ten named
    expect(linkerd.description).toContain(
      `Used by ${SIZE.components} components:`,
    );
    expect(linkerd.description).toContain(`and ${SIZE.components - 10} more.`);

    // per entry: its item links (page, recording) plus a sentence of ten users
    expect(bytesOf(res)).toBeLessThan(
      radar.entries.length *
        (LIMITS.maxListed * 2 + 10) *
        MAX_LISTED_ENTITY_BYTES +
        FIXED_BYTES,
    );
    // eslint-disable-next-line no-console
    console.log(
      `GET /radar over ${LINKERD_ITEMS} items and ${
        SIZE.components
      } users: ${bytesOf(res)} bytes in ${elapsed} ms`,
    );
  });
});
