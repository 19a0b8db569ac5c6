import { ResponseError } from '@backstage/errors';
import { RelevanceResponse } from '@internal/backstage-plugin-conference-takeaways-common';
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
});
