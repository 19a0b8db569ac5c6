import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  ExploreQuery,
  ExploreResponse,
  ExploreToolsResponse,
  RadarHistoryResponse,
  RelevanceResponse,
  TechRadarResponse,
  ToolHubResponse,
  ToolSummariesResponse,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import {
  ConferenceTakeawaysApi,
  GetRelevantOptions,
  GetToolOptions,
} from './ConferenceTakeawaysApi';

const PLUGIN_ID = 'conference-takeaways';

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

  /** GETs a path of the backend; throws a ResponseError on failure. */
  private async get<T>(path: string): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl(PLUGIN_ID);
    const res = await this.fetchApi.fetch(`${baseUrl}${path}`);
    if (!res.ok) {
      throw await ResponseError.fromResponse(res);
    }
    return (await res.json()) as T;
  }
}
