import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
} from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  ExploreResponse,
  ExploreToolsResponse,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import express from 'express';
import path from 'path';
import request from 'supertest';
import { allEntities } from '../__fixtures__/catalogEntities';
import { testDictionary } from '../__fixtures__/testDictionary';
import { RadarSource } from '../radar/RadarSource';
import { createRouter } from '../router';

/** A takeaway whose report title says "mesh" but whose own text does not. */
const reportTitleOnly: Entity = {
  apiVersion: 'conference-takeaways.dev/v1alpha1',
  kind: 'Takeaway',
  metadata: { name: 'cilium-policies-555555', namespace: 'default' },
  spec: {
    headline: 'Network policies belong in the platform',
    summary: 'Write them once, for every team.',
    report: { title: 'Service mesh day trip report', date: '2023-11-08' },
    conference: 'conference:default/kubecon-na-2023',
    tools: ['cilium'],
    subjectTools: ['cilium'],
  },
};
const talkWithLinks: Entity = {
  apiVersion: 'conference-takeaways.dev/v1alpha1',
  kind: 'Talk',
  metadata: {
    name: 'cilium-deep-dive-d4e5f6',
    namespace: 'default',
    links: [
      { url: 'https://speakerdeck.com/someone/cilium', title: 'Slides' },
      { url: 'https://kccncna2023.sched.com/event/abc', title: 'Schedule' },
    ],
  },
  spec: {
    title: 'Cilium Deep Dive',
    speakers: ['Jane Doe (Isovalent)'],
    conference: 'conference:default/kubecon-na-2023',
    tools: ['cilium'],
  },
};
const entities = [...allEntities, reportTitleOnly, talkWithLinks];

async function createApp(
  options: {
    hiddenFromUsers?: string[];
    permissions?: ReturnType<typeof mockServices.permissions>;
  } = {},
) {
  const whole = catalogServiceMock({ entities });
  const hidden = new Set(options.hiddenFromUsers ?? []);
  // Like the catalog with a permission policy: a user's reads leave out
  // what they may not see; the plugin's own reads see everything.
  const catalog = catalogServiceMock({ entities });
  jest
    .spyOn(catalog, 'getEntitiesByRefs')
    .mockImplementation(async (req, opts) => {
      const { items } = await whole.getEntitiesByRefs(req, {
        credentials: mockCredentials.service(),
      });
      const byUser = JSON.stringify(opts).includes('"type":"user"');
      return {
        items: items.map(e =>
          e && byUser && hidden.has(stringifyEntityRef(e)) ? undefined : e,
        ),
      };
    });
  const router = await createRouter({
    httpAuth: mockServices.httpAuth(),
    auth: mockServices.auth(),
    catalog,
    dictionary: testDictionary,
    radar: RadarSource.fromConfig(
      new ConfigReader({
        conferenceTakeaways: {
          radar: {
            location: path.resolve(__dirname, '../__fixtures__/radar.yaml'),
          },
        },
      }),
      {
        urlReader: mockServices.urlReader.mock(),
        logger: mockServices.logger.mock(),
      },
    ),
    logger: mockServices.logger.mock(),
    permissions: options.permissions,
  });
  return express().use(router).use(mockErrorHandler());
}

async function explore(
  query: Record<string, string | string[]>,
  app?: express.Express,
): Promise<ExploreResponse> {
  const res = await request(app ?? (await createApp()))
    .get('/explore')
    .query(query);
  expect(res.status).toBe(200);
  return res.body;
}

const refs = (body: ExploreResponse) => body.items.map(i => i.entityRef);

describe('GET /explore', () => {
  it('lists takeaways newest first, in pages that together hold each once', async () => {
    const app = await createApp();
    const all = await explore({}, app);
    expect(all).toMatchObject({
      kind: 'takeaway',
      total: 5,
      offset: 0,
      limit: 20,
    });
    expect(all.items.map(i => i.year)).toEqual([2023, 2023, 2023, 2022, 2018]);

    const first = await explore({ limit: '2' }, app);
    const second = await explore({ limit: '2', offset: '2' }, app);
    const third = await explore({ limit: '2', offset: '4' }, app);
    expect([...refs(first), ...refs(second), ...refs(third)]).toEqual(
      refs(all),
    );
    expect(third.items).toHaveLength(1);
    const beyond = await explore({ offset: '50' }, app);
    expect(beyond).toMatchObject({ total: 5, items: [] });
  });

  it('describes a takeaway with its conference and tool names', async () => {
    const body = await explore({ q: 'rewrite' });
    expect(body.items).toEqual([
      {
        entityRef: 'takeaway:default/linkerd-2-rewrite-222222',
        kind: 'Takeaway',
        name: 'linkerd-2-rewrite-222222',
        title: 'Linkerd 2 is a rewrite in Rust and Go',
        summary: 'What we learnt: Linkerd 2 is a rewrite in Rust and Go.',
        conference: {
          entityRef: 'conference:default/kubecon-eu-2018',
          title: 'KubeCon 2018',
          year: 2018,
          startDate: '2018-05-02',
        },
        year: 2018,
        tools: [{ slug: 'linkerd', name: 'Linkerd' }],
        match: {
          field: 'title',
          snippet: 'Linkerd 2 is a rewrite in Rust and Go',
        },
      },
    ]);
  });

  it('filters by any of the tools, by conference and by year', async () => {
    const app = await createApp();
    expect(refs(await explore({ tool: 'istio' }, app))).toEqual([
      'takeaway:default/istio-ambient-mode-444444',
    ]);
    expect((await explore({ tool: ['istio', 'cilium'] }, app)).total).toBe(3);
    expect(
      (await explore({ conference: 'conference:default/kubecon-na-2023' }, app))
        .total,
    ).toBe(3);
    // a ref without kind and namespace is read as a conference in default
    expect((await explore({ conference: 'kubecon-eu-2022' }, app)).total).toBe(
      1,
    );
    expect(refs(await explore({ year: '2018' }, app))).toEqual([
      'takeaway:default/linkerd-2-rewrite-222222',
    ]);
    expect((await explore({ tool: 'linkerd', year: '2023' }, app)).total).toBe(
      1,
    );
  });

  it('counts facets with every filter but their own, by tool name', async () => {
    const body = await explore({ tool: 'istio', year: '2023' });
    expect(body.total).toBe(1);
    // other tools stay countable while istio is chosen
    expect(body.facets.tools).toEqual([
      { slug: 'cilium', name: 'Cilium', count: 2 },
      { slug: 'istio', name: 'Istio', count: 1 },
      { slug: 'linkerd', name: 'Linkerd', count: 1 },
    ]);
    expect(body.facets.years).toEqual([{ year: 2023, count: 1 }]);
    expect(body.facets.conferences).toEqual([
      {
        entityRef: 'conference:default/kubecon-na-2023',
        title: 'KubeCon 2023',
        year: 2023,
        count: 1,
      },
    ]);
  });

  it('gives takeaways per tool per year within the filter, every year in between included', async () => {
    const body = await explore({ tool: 'linkerd' });
    expect(body.trends.years).toEqual([2018, 2019, 2020, 2021, 2022, 2023]);
    expect(body.trends.series).toContainEqual({
      slug: 'linkerd',
      name: 'Linkerd',
      counts: [1, 0, 0, 0, 1, 1],
    });
    const chosen = await explore({ trendTools: 'istio,cilium' });
    expect(chosen.trends.series.map(s => s.slug)).toEqual(['istio', 'cilium']);
    expect(chosen.trends.series[1].counts).toEqual([0, 0, 0, 0, 0, 2]);
  });

  it('says why an item matched the text, and never matches on the report title alone', async () => {
    const mesh = await explore({ q: 'mesh' });
    expect(refs(mesh)).toEqual([
      'takeaway:default/linkerd-mesh-people-enjoy-111111',
    ]);
    expect(mesh.items[0].match).toEqual({
      field: 'title',
      snippet: 'Linkerd is the service mesh people enjoy running',
    });
    expect((await explore({ q: 'trip report' })).total).toBe(0);

    const summary = await explore({ q: 'every team' });
    expect(summary.items[0].match).toEqual({
      field: 'summary',
      snippet: 'Write them once, for every team.',
    });
    // words match at the start of words only, in any field
    expect((await explore({ q: 'esh' })).total).toBe(0);
    expect(refs(await explore({ q: 'istio sidecars' }))).toEqual([
      'takeaway:default/istio-ambient-mode-444444',
    ]);
  });

  it('lists talks with speakers and their media links', async () => {
    const body = await explore({ kind: 'talk' });
    expect(body.total).toBe(2);
    const [deepDive, atScale] = body.items;
    expect(deepDive).toMatchObject({
      title: 'Cilium Deep Dive',
      speakers: [{ name: 'Jane Doe', company: 'Isovalent' }],
      media: {
        slides: 'https://speakerdeck.com/someone/cilium',
        schedule: 'https://kccncna2023.sched.com/event/abc',
      },
    });
    expect(atScale.media).toEqual({
      recording: 'https://www.youtube.com/watch?v=example',
    });
    const bySpeaker = await explore({ kind: 'talk', q: 'jane' });
    expect(bySpeaker.items[0].match?.field).toBe('speakers');
  });

  it('lists conferences with the tools their talks and takeaways cover', async () => {
    const body = await explore({ kind: 'conference' });
    expect(refs(body)).toEqual([
      'conference:default/kubecon-na-2023',
      'conference:default/kubecon-eu-2022',
      'conference:default/kubecon-eu-2018',
    ]);
    expect(body.items[0].tools.map(t => t.slug)).toEqual([
      'cilium',
      'istio',
      'linkerd',
    ]);
  });

  it('never shows or counts an item the caller may not read', async () => {
    const hidden = 'takeaway:default/istio-ambient-mode-444444';
    const app = await createApp({ hiddenFromUsers: [hidden] });
    const res = await request(app)
      .get('/explore')
      .set('Authorization', mockCredentials.user.header('user:default/eve'));
    const body: ExploreResponse = res.body;
    expect(res.status).toBe(200);
    expect(body.total).toBe(4);
    expect(refs(body)).not.toContain(hidden);
    expect(body.facets.tools.map(t => t.slug)).not.toContain('istio');
    expect(body.trends.series.map(s => s.slug)).not.toContain('istio');
  });

  it('counts from the index when the policy lets the caller read everything, still reading the page on their behalf', async () => {
    const app = await createApp({
      permissions: mockServices.permissions(),
    });
    const body = await explore({ limit: '1' }, app);
    expect(body.total).toBe(5);
    expect(body.items).toHaveLength(1);
  });

  it.each([
    [{ kind: 'speaker' }, /Invalid kind "speaker"/],
    [{ kind: ['talk', 'takeaway'] }, /kind must be given once/],
    [{ limit: '0' }, /Invalid limit "0"/],
    [{ limit: '101' }, /from 1 to 100/],
    [{ offset: '-1' }, /Invalid offset/],
    [{ year: '22' }, /Invalid year "22"/],
    [{ q: 'x'.repeat(201) }, /at most 200 characters/],
    [{ tool: 'Not a slug!' }, /Invalid tool "Not a slug!"/],
    [{ tool: Array.from({ length: 21 }, (_, i) => `t${i}`) }, /at most 20/],
    [{ conference: 'talk:default/x' }, /expected a conference entity ref/],
    [{ trendTools: 'a,B C' }, /Invalid trendTools/],
  ])('answers 400 for %j', async (query, message) => {
    const res = await request(await createApp())
      .get('/explore')
      .query(query);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
  });

  it('rejects unauthenticated callers', async () => {
    const res = await request(await createApp())
      .get('/explore')
      .set('Authorization', mockCredentials.none.header());
    expect(res.status).toBe(401);
  });
});

describe('GET /explore/tools', () => {
  it('lists every tool with takeaways, talks or a radar entry, by name, with counts and ring', async () => {
    const res = await request(await createApp()).get('/explore/tools');
    expect(res.status).toBe(200);
    const body: ExploreToolsResponse = res.body;
    expect(body.tools.map(t => t.name)).toEqual(
      [...body.tools.map(t => t.name)].sort((a, b) =>
        a.localeCompare(b, 'en', { sensitivity: 'base' }),
      ),
    );
    expect(body.tools.find(t => t.slug === 'linkerd')).toEqual({
      slug: 'linkerd',
      name: 'Linkerd',
      takeaways: 3,
      talks: 1,
      lastYear: 2023,
      radarEntry: 'linkerd',
      ring: 'adopt',
    });
    expect(body.tools.find(t => t.slug === 'kubernetes')).toMatchObject({
      takeaways: 1,
      talks: 0,
    });
  });
});
