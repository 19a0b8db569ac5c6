import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  PreviewRequest,
  PreviewResponse,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { ReportPreviewApi } from './ReportPreviewApi';

/**
 * Calls `POST /api/conference-takeaways/preview`; the fetch API adds the
 * user's token.
 *
 * @public
 */
export class ReportPreviewClient implements ReportPreviewApi {
  readonly #discoveryApi: DiscoveryApi;
  readonly #fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.#discoveryApi = options.discoveryApi;
    this.#fetchApi = options.fetchApi;
  }

  async preview(request: PreviewRequest): Promise<PreviewResponse> {
    const baseUrl = await this.#discoveryApi.getBaseUrl('conference-takeaways');
    const res = await this.#fetchApi.fetch(`${baseUrl}/preview`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
    });
    if (!res.ok) {
      throw await ResponseError.fromResponse(res);
    }
    return (await res.json()) as PreviewResponse;
  }
}
