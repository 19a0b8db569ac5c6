import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  CreateRadarCitationRequest,
  CreateRadarProposalRequest,
  ExploreQuery,
  ExploreResponse,
  ExploreToolsResponse,
  RadarCitation,
  RadarCitationsResponse,
  RadarHistoryResponse,
  RadarProposal,
  RadarProposalsResponse,
  RelevanceResponse,
  TechRadarResponse,
  ToolHubResponse,
  ToolSummariesResponse,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import {
  ConferenceTakeawaysApi,
  GetRelevantOptions,
  GetToolOptions,
  ListRadarCitationsFilter,
  ListRadarProposalsFilter,
} from './ConferenceTakeawaysApi';

const PLUGIN_ID = 'conference-takeaways';

/** `path?query` with the given parameters, left out when empty. */
function withQuery(path: string, params: Record<string, string | undefined>) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value) {
      query.set(key, value);
    }
  }
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/**
 * Default {@link ConferenceTakeawaysApi} implementation. Requests go through
 * the fetch API, which adds the user's Backstage token.
 *
 * @public
 */
export class ConferenceTakeawaysClient implements ConferenceTakeawaysApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  async getRelevant(
    entityRef: string,
    options: GetRelevantOptions = {},
  ): Promise<RelevanceResponse> {
    const query = new URLSearchParams({ entityRef });
    if (options.limit !== undefined) {
      query.set('limit', String(options.limit));
    }
    return this.get(`/relevant?${query}`);
  }

  async getRadar(): Promise<TechRadarResponse> {
    return this.get('/radar');
  }

  async getRadarHistory(): Promise<RadarHistoryResponse> {
    return this.get('/radar/history');
  }

  async getTool(
    tool: string,
    options: GetToolOptions = {},
  ): Promise<ToolHubResponse> {
    const query = new URLSearchParams();
    if (options.limit !== undefined) {
      query.set('limit', String(options.limit));
    }
    if (options.offset !== undefined) {
      query.set('offset', String(options.offset));
    }
    const search = query.toString();
    return this.get(
      `/tools/${encodeURIComponent(tool)}${search ? `?${search}` : ''}`,
    );
  }

  async getToolSummaries(slugs: string[]): Promise<ToolSummariesResponse> {
    if (slugs.length === 0) {
      return { tools: [] };
    }
    const query = new URLSearchParams(slugs.map(slug => ['slug', slug]));
    return this.get(`/tools?${query}`);
  }

  async explore(query: ExploreQuery): Promise<ExploreResponse> {
    const params = new URLSearchParams();
    const { tool, trendTools, ...single } = query;
    for (const [key, value] of Object.entries(single)) {
      if (value !== undefined && value !== '') {
        params.set(key, String(value));
      }
    }
    tool?.forEach(slug => params.append('tool', slug));
    trendTools?.forEach(slug => params.append('trendTools', slug));
    const search = params.toString();
    return this.get(`/explore${search ? `?${search}` : ''}`);
  }

  async getExploreTools(): Promise<ExploreToolsResponse> {
    return this.get('/explore/tools');
  }

  async listRadarCitations(
    filter: ListRadarCitationsFilter = {},
  ): Promise<RadarCitationsResponse> {
    return this.get(
      withQuery('/radar/citations', {
        entry: filter.entryId,
        entityRef: filter.entityRef,
      }),
    );
  }

  async createRadarCitation(
    request: CreateRadarCitationRequest,
  ): Promise<RadarCitation> {
    return (await this.send('POST', '/radar/citations', request)).json();
  }

  async deleteRadarCitation(id: string): Promise<void> {
    await this.send('DELETE', `/radar/citations/${encodeURIComponent(id)}`);
  }

  async listRadarProposals(
    filter: ListRadarProposalsFilter = {},
  ): Promise<RadarProposalsResponse> {
    return this.get(
      withQuery('/radar/proposals', {
        entry: filter.entryId,
        tool: filter.tool,
      }),
    );
  }

  async createRadarProposal(
    request: CreateRadarProposalRequest,
  ): Promise<RadarProposal> {
    return (await this.send('POST', '/radar/proposals', request)).json();
  }

  async deleteRadarProposal(id: string): Promise<void> {
    await this.send('DELETE', `/radar/proposals/${encodeURIComponent(id)}`);
  }

  async exportRadar(): Promise<string> {
    return (await this.send('GET', '/radar/export')).text();
  }

  /** GETs a JSON body from a path of the backend. */
  private async get<T>(path: string): Promise<T> {
    return (await (await this.send('GET', path)).json()) as T;
  }

  /**
   * Calls a path of the backend, with a JSON body when given; throws a
   * ResponseError on failure.
   */
  private async send(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    body?: unknown,
  ): Promise<Response> {
    const baseUrl = await this.discoveryApi.getBaseUrl(PLUGIN_ID);
    const res = await this.fetchApi.fetch(
      `${baseUrl}${path}`,
      method === 'GET'
        ? undefined
        : {
            method,
            ...(body !== undefined && {
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify(body),
            }),
          },
    );
    if (!res.ok) {
      throw await ResponseError.fromResponse(res);
    }
    return res;
  }
}
