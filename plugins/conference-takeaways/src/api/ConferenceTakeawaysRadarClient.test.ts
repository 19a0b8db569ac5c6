import { ResponseError } from '@backstage/errors';
import { TechRadarResponse } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { ConferenceTakeawaysRadarClient } from './ConferenceTakeawaysRadarClient';

const baseUrl = 'http://backstage.test/api/conference-takeaways';

const radar: TechRadarResponse = {
  quadrants: [{ id: 'infrastructure', name: 'Infrastructure' }],
  rings: [
    { id: 'adopt', name: 'Adopt', color: '#5BA300' },
    { id: 'hold', name: 'Hold', color: '#E09B96' },
  ],
  entries: [
    {
      id: 'linkerd',
      key: 'linkerd',
      title: 'Linkerd',
      quadrant: 'infrastructure',
      description:
        'Used by 1 component: [Checkout](/catalog/default/component/checkout).',
      links: [
        {
          url: '/catalog/default/takeaway/linkerd-is-the-mesh-3f9a1c',
          title: 'Takeaway: Linkerd is the mesh (KubeCon EU 2022)',
        },
      ],
      timeline: [
        { date: '2023-03-01', ringId: 'adopt', moved: 1 },
        { date: '2022-06-13T10:00:00.000Z', ringId: 'hold', moved: 0 },
      ],
    },
  ],
};

function setup(
  response: Response,
  toolPageUrl?: (entryId: string) => string | undefined,
) {
  const discoveryApi = { getBaseUrl: jest.fn(async () => baseUrl) };
  const fetchApi = {
    fetch: jest.fn(async (_input: RequestInfo | URL) => response),
  };
  const client = new ConferenceTakeawaysRadarClient({
    discoveryApi,
    fetchApi,
    toolPageUrl,
  });
  return { client, discoveryApi, fetchApi };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

describe('ConferenceTakeawaysRadarClient', () => {
  it('loads the radar from the conference-takeaways backend, dates as Dates', async () => {
    const { client, discoveryApi, fetchApi } = setup(json(200, radar));

    const result = await client.load(undefined);

    expect(discoveryApi.getBaseUrl).toHaveBeenCalledWith(
      'conference-takeaways',
    );
    expect(String(fetchApi.fetch.mock.calls[0][0])).toBe(`${baseUrl}/radar`);
    expect(result.quadrants).toEqual(radar.quadrants);
    expect(result.rings).toEqual(radar.rings);
    const [entry] = result.entries;
    expect(entry.timeline.map(move => move.date)).toEqual([
      new Date('2023-03-01'),
      new Date('2022-06-13T10:00:00.000Z'),
    ]);
    // the radar reads timeline[0] as the current ring: order is kept
    expect(entry.timeline.map(move => move.ringId)).toEqual(['adopt', 'hold']);
    expect(entry.links).toEqual(radar.entries[0].links);
    expect(entry.description).toBe(radar.entries[0].description);
  });

  it('ignores the radar id: there is one radar', async () => {
    const { client, fetchApi } = setup(json(200, radar));

    await client.load('some-other-radar');

    expect(String(fetchApi.fetch.mock.calls[0][0])).toBe(`${baseUrl}/radar`);
  });

  it("adds a link to the tool page after the entry's own first link", async () => {
    const { client } = setup(
      json(200, radar),
      id => `/conference-takeaways/tools/${id}`,
    );

    const [entry] = (await client.load(undefined)).entries;

    expect(entry.links).toEqual([
      radar.entries[0].links![0],
      {
        url: '/conference-takeaways/tools/linkerd',
        title: 'Linkerd: talks, takeaways and who uses it',
      },
    ]); // the way to cite evidence: a line of the description, not a third button
    expect(entry.description).toBe(
      `${radar.entries[0].description}\n\n[Cite evidence or propose a move](/conference-takeaways/tools/linkerd#cite-evidence) on the tool page.`,
    );
  });

  it("points the backend's tool page link at the app's tool page, two links at most", async () => {
    const counted = structuredClone(radar);
    counted.entries[0].links!.push(
      { url: 'https://linkerd.io/docs', title: 'Linkerd docs' },
      {
        url: '/conference-takeaways/tools/linkerd',
        title: '5 takeaways and talks',
      },
    );
    const { client } = setup(json(200, counted), id => `/tech/tools/${id}`);

    const [entry] = (await client.load(undefined)).entries;

    expect(entry.links).toEqual([
      counted.entries[0].links![0],
      { url: '/tech/tools/linkerd', title: '5 takeaways and talks' },
    ]);
  });

  it('adds no link when there is no tool page for the entry', async () => {
    const { client } = setup(json(200, radar), () => undefined);

    const [entry] = (await client.load(undefined)).entries;

    expect(entry.links).toEqual(radar.entries[0].links);
  });

  it('throws the backend error, e.g. when no radar is configured', async () => {
    const { client } = setup(
      json(404, {
        error: {
          name: 'NotFoundError',
          message: 'No tech radar is configured',
        },
        response: { statusCode: 404 },
      }),
    );

    const promise = client.load(undefined);

    await expect(promise).rejects.toBeInstanceOf(ResponseError);
    await expect(promise).rejects.toMatchObject({
      statusCode: 404,
      cause: { message: 'No tech radar is configured' },
    });
  });

  it('names the fields when the body is not in the tech radar format', async () => {
    const { client } = setup(
      json(200, {
        ...radar,
        entries: [{ ...radar.entries[0], timeline: [{ ringId: 'adopt' }] }],
      }),
    );

    await expect(client.load(undefined)).rejects.toThrow(
      /not in the tech radar format: entries\.0\.timeline\.0\.date: /,
    );
  });
});
