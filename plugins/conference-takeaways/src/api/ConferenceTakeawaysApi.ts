import { createApiRef } from '@backstage/core-plugin-api';
import { RelevanceResponse } from '@internal/backstage-plugin-conference-takeaways-common';

/** Options of {@link ConferenceTakeawaysApi.getRelevant}. @public */
export interface GetRelevantOptions {
  /** Maximum number of ranked items to return; the backend applies its default when left out. */
  limit?: number;
}

/**
 * Client side of the conference-takeaways backend.
 *
 * @public
 */
export interface ConferenceTakeawaysApi {
  /**
   * Takeaways and talks ranked for a catalog entity (component, system, API
   * or group) by the tools it uses, with the tools themselves.
   */
  getRelevant(
    entityRef: string,
    options?: GetRelevantOptions,
  ): Promise<RelevanceResponse>;
}

/** @public */
export const conferenceTakeawaysApiRef = createApiRef<ConferenceTakeawaysApi>({
  id: 'plugin.conference-takeaways.service',
});
