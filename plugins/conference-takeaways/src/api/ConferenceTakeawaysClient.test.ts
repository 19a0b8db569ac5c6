import { ResponseError } from '@backstage/errors';
import {
  RelevanceResponse,
  TechRadarResponse,
  ToolHubResponse,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { ConferenceTakeawaysClient } from './ConferenceTakeawaysClient';

const baseUrl = 'http://backstage.test/api/conference-takeaways';

function jsonResponse(status: number, body: unknown, statusText = '') {
  return new Response(JSON.stringify(body), {
    status,
    statusText,
    headers: { 'content-type': 'application/json' },
  });
}

function setup(response: Response) {
  const discoveryApi = { getBaseUrl: jest.fn(async () => baseUrl) };
  const fetchApi = {
    fetch: jest.fn(
      async (_input: RequestInfo | URL, _init?: RequestInit) => response,
    ),
  };
  const client = new ConferenceTakeawaysClient({ discoveryApi, fetchApi });
  return { client, discoveryApi, fetchApi };
}

const relevance: RelevanceResponse = {
  entityRef: 'component:default/checkout',
  tools: [{ slug: 'linkerd', name: 'Linkerd', sources: [{ type: 'tag' }] }],
  items: [],
};

describe('ConferenceTakeawaysClient', () => {
  it('asks the conference-takeaways backend for the entity, URL-encoded', async () => {
    const { client, discoveryApi, fetchApi } = setup(
      jsonResponse(200, relevance),
    );

    const result = await client.getRelevant('component:default/checkout', {
      limit: 5,
    });

    expect(result).toEqual(relevance);
    expect(discoveryApi.getBaseUrl).toHaveBeenCalledWith(
      'conference-takeaways',
    );
    expect(fetchApi.fetch).toHaveBeenCalledTimes(1);
    const url = new URL(String(fetchApi.fetch.mock.calls[0][0]));
    expect(`${url.origin}${url.pathname}`).toBe(`${baseUrl}/relevant`);
    expect(url.searchParams.get('entityRef')).toBe(
      'component:default/checkout',
    );
    expect(url.searchParams.get('limit')).toBe('5');
    expect(url.search).toContain('entityRef=component%3Adefault%2Fcheckout');
  });

  it('leaves the limit to the backend when none is given', async () => {
    const { client, fetchApi } = setup(jsonResponse(200, relevance));

    await client.getRelevant('group:default/platform-team');

    const url = new URL(String(fetchApi.fetch.mock.calls[0][0]));
    expect(url.searchParams.has('limit')).toBe(false);
  });

  it('never adds credentials itself: the fetch API does that', async () => {
    const { client, fetchApi } = setup(jsonResponse(200, relevance));

    await client.getRelevant('component:default/checkout');

    const init = fetchApi.fetch.mock.calls[0][1];
    expect(init?.headers).toBeUndefined();
  });

  it('throws a ResponseError carrying the backend error', async () => {
    const { client } = setup(
      jsonResponse(
        400,
        {
          error: { name: 'InputError', message: 'entityRef is required' },
          response: { statusCode: 400 },
        },
        'Bad Request',
      ),
    );

    const promise = client.getRelevant('not a ref');

    await expect(promise).rejects.toBeInstanceOf(ResponseError);
    await expect(promise).rejects.toMatchObject({
      statusCode: 400,
      cause: { name: 'InputError', message: 'entityRef is required' },
    });
  });

  it('throws a ResponseError for non-JSON failures too', async () => {
    const { client } = setup(
      new Response('upstream down', { status: 503, statusText: 'Unavailable' }),
    );

    await expect(
      client.getRelevant('component:default/checkout'),
    ).rejects.toThrow('Request failed with 503 Unavailable');
  });

  it('reads the radar, its history and a tool (a page of its items) from their endpoints', async () => {
    const radar: TechRadarResponse = {
      quadrants: [{ id: 'infrastructure', name: 'Infrastructure' }],
      rings: [{ id: 'adopt', name: 'Adopt', color: '#5BA300' }],
      entries: [],
    };
    const { client, fetchApi } = setup(jsonResponse(200, radar));
    await expect(client.getRadar()).resolves.toEqual(radar);

    fetchApi.fetch.mockResolvedValueOnce(jsonResponse(200, radar));
    await client.getRadarHistory();

    const tool: ToolHubResponse = {
      tool: { slug: 'argo-cd', name: 'Argo CD' },
      usedBy: [],
      usedByTotal: 0,
      teams: [],
      teamsTotal: 0,
      items: [],
      itemsPage: { offset: 0, limit: 20, total: 0 },
      suggestions: [],
      suggestionsTotal: 0,
      warnings: [],
    };
    fetchApi.fetch.mockResolvedValueOnce(jsonResponse(200, tool));
    await expect(client.getTool('Argo CD/x?y')).resolves.toEqual(tool);
    fetchApi.fetch.mockResolvedValueOnce(jsonResponse(200, tool));
    await client.getTool('argo-cd', { offset: 40, limit: 20 });

    expect(fetchApi.fetch.mock.calls.map(call => String(call[0]))).toEqual([
      `${baseUrl}/radar`,
      `${baseUrl}/radar/history`,
      // a name with spaces or slashes stays one path segment
      `${baseUrl}/tools/Argo%20CD%2Fx%3Fy`,
      `${baseUrl}/tools/argo-cd?limit=20&offset=40`,
    ]);
  });

  it('throws the backend error of a tool that does not exist', async () => {
    const { client } = setup(
      jsonResponse(
        404,
        {
          error: { name: 'NotFoundError', message: 'Unknown tool "nope"' },
          response: { statusCode: 404 },
        },
        'Not Found',
      ),
    );

    await expect(client.getTool('nope')).rejects.toMatchObject({
      statusCode: 404,
      cause: { name: 'NotFoundError', message: 'Unknown tool "nope"' },
    });
  });

  it('sends explorer filters as query parameters, repeating tools', async () => {
    const page = {
      kind: 'talk',
      total: 0,
      offset: 20,
      limit: 20,
      items: [],
      facets: { tools: [], conferences: [], years: [] },
      trends: { years: [], series: [] },
    };
    const { client, fetchApi } = setup(jsonResponse(200, page));

    const result = await client.explore({
      kind: 'talk',
      tool: ['linkerd', 'istio'],
      conference: 'conference:default/kubecon-eu-2022',
      year: 2022,
      q: 'mesh & more',
      limit: 20,
      offset: 20,
    });

    expect(result).toEqual(page);
    const url = new URL(String(fetchApi.fetch.mock.calls[0][0]));
    expect(url.pathname).toBe('/api/conference-takeaways/explore');
    expect(url.searchParams.getAll('tool')).toEqual(['linkerd', 'istio']);
    expect(url.searchParams.get('conference')).toBe(
      'conference:default/kubecon-eu-2022',
    );
    expect(url.searchParams.get('q')).toBe('mesh & more');
    expect(url.searchParams.get('offset')).toBe('20');
  });

  it('leaves out empty explorer filters', async () => {
    const explorer = setup(jsonResponse(200, {}));
    await explorer.client.explore({ q: '' });
    expect(String(explorer.fetchApi.fetch.mock.calls[0][0])).toBe(
      `${baseUrl}/explore`,
    );

    const tools = setup(jsonResponse(200, { tools: [] }));
    expect(await tools.client.getExploreTools()).toEqual({ tools: [] });
    expect(String(tools.fetchApi.fetch.mock.calls[0][0])).toBe(
      `${baseUrl}/explore/tools`,
    );
  });

  describe('radar citations and proposals', () => {
    const citation = {
      id: 'c1',
      entryId: 'linkerd',
      moveDate: '2020-02-10',
      entityRef: 'takeaway:default/linkerd-is-enjoyable-111111',
      citedBy: 'user:default/guest',
      citedAt: '2026-11-30T10:00:00.000Z',
    };
    const proposal = {
      id: 'p1',
      entryId: 'linkerd',
      tool: 'linkerd',
      ringId: 'hold',
      rationale: 'Upgrades hurt',
      evidence: [citation.entityRef],
      proposedBy: 'user:default/guest',
      proposedAt: '2026-11-30T10:00:00.000Z',
    };

    it('lists citations and proposals with their filters, none when left out', async () => {
      const { client, fetchApi } = setup(
        jsonResponse(200, { citations: [citation] }),
      );
      await expect(
        client.listRadarCitations({
          entryId: 'linkerd',
          entityRef: citation.entityRef,
        }),
      ).resolves.toEqual({ citations: [citation] });
      fetchApi.fetch.mockResolvedValueOnce(
        jsonResponse(200, { citations: [] }),
      );
      await client.listRadarCitations();
      fetchApi.fetch.mockResolvedValueOnce(
        jsonResponse(200, { proposals: [proposal] }),
      );
      await expect(
        client.listRadarProposals({ tool: 'linkerd' }),
      ).resolves.toEqual({ proposals: [proposal] });

      expect(fetchApi.fetch.mock.calls.map(call => String(call[0]))).toEqual([
        `${baseUrl}/radar/citations?entry=linkerd&entityRef=takeaway%3Adefault%2Flinkerd-is-enjoyable-111111`,
        `${baseUrl}/radar/citations`,
        `${baseUrl}/radar/proposals?tool=linkerd`,
      ]);
    });

    it('posts a citation and a proposal as JSON and returns what was stored', async () => {
      const { client, fetchApi } = setup(jsonResponse(201, citation));
      const request = { entryId: 'linkerd', entityRef: citation.entityRef };

      await expect(client.createRadarCitation(request)).resolves.toEqual(
        citation,
      );
      fetchApi.fetch.mockResolvedValueOnce(jsonResponse(201, proposal));
      await expect(
        client.createRadarProposal({
          entryId: 'linkerd',
          ringId: 'hold',
          rationale: 'Upgrades hurt',
          evidence: [citation.entityRef],
        }),
      ).resolves.toEqual(proposal);

      const [[citeUrl, citeInit], [proposeUrl, proposeInit]] =
        fetchApi.fetch.mock.calls;
      expect(String(citeUrl)).toBe(`${baseUrl}/radar/citations`);
      expect(citeInit).toMatchObject({
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
      });
      expect(JSON.parse(String(citeInit?.body))).toEqual(request);
      expect(String(proposeUrl)).toBe(`${baseUrl}/radar/proposals`);
      expect(JSON.parse(String(proposeInit?.body))).toMatchObject({
        ringId: 'hold',
        rationale: 'Upgrades hurt',
      });
    });

    it('deletes a citation and a proposal by id, one path segment each', async () => {
      const { client, fetchApi } = setup(new Response(null, { status: 204 }));
      await expect(client.deleteRadarCitation('a/b?c')).resolves.toBe(
        undefined,
      );
      fetchApi.fetch.mockResolvedValueOnce(new Response(null, { status: 204 }));
      await client.deleteRadarProposal('p1');

      expect(
        fetchApi.fetch.mock.calls.map(call => [
          String(call[0]),
          call[1]?.method,
          call[1]?.body,
        ]),
      ).toEqual([
        [`${baseUrl}/radar/citations/a%2Fb%3Fc`, 'DELETE', undefined],
        [`${baseUrl}/radar/proposals/p1`, 'DELETE', undefined],
      ]);
    });

    it('reads the exported radar file as text', async () => {
      const yaml = 'entries:\n  - id: linkerd\n';
      const { client, fetchApi } = setup(
        new Response(yaml, {
          status: 200,
          headers: { 'content-type': 'text/yaml; charset=utf-8' },
        }),
      );

      await expect(client.exportRadar()).resolves.toBe(yaml);
      expect(String(fetchApi.fetch.mock.calls[0][0])).toBe(
        `${baseUrl}/radar/export`,
      );
    });

    it('throws the permission error the backend names, and the conflict of a second citation', async () => {
      const denied = setup(
        jsonResponse(
          403,
          {
            error: {
              name: 'NotAllowedError',
              message:
                'Citing needs the conference-takeaways.radar.cite permission',
            },
            response: { statusCode: 403 },
          },
          'Forbidden',
        ),
      );
      await expect(
        denied.client.createRadarCitation({
          entryId: 'linkerd',
          entityRef: citation.entityRef,
        }),
      ).rejects.toMatchObject({
        statusCode: 403,
        cause: { message: expect.stringContaining('radar.cite') },
      });

      const conflict = setup(
        jsonResponse(
          409,
          {
            error: { name: 'ConflictError', message: 'Already cited' },
            response: { statusCode: 409 },
          },
          'Conflict',
        ),
      );
      await expect(
        conflict.client.createRadarCitation({
          entryId: 'linkerd',
          entityRef: citation.entityRef,
        }),
      ).rejects.toMatchObject({ statusCode: 409 });
    });
  });
});
