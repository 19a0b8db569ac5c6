import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import pLimit from 'p-limit';

/** What the permission policy says about a caller reading catalog entities. */
export type CatalogReadDecision = 'everything' | 'nothing' | 'some';

/**
 * Asks the permission policy whether a caller may read every catalog
 * entity: then the index (read with the plugin's own credentials) shows
 * them nothing they could not read themselves, and no catalog read is
 * needed to filter it. At most `maxConcurrent` checks are in flight, and
 * concurrent checks for the same principal share one answer, so a burst
 * of page views does not become a burst of permission requests. Nothing is
 * kept once a check is answered: a changed policy applies at once.
 */
export class CatalogReadDecisions {
  readonly #permissions: PermissionsService | undefined;
  readonly #limit: ReturnType<typeof pLimit>;
  readonly #inFlight = new Map<string, Promise<CatalogReadDecision>>();

  /** Without a permissions service, every caller may read only "some". */
  constructor(
    permissions: PermissionsService | undefined,
    maxConcurrent: number,
  ) {
    this.#permissions = permissions;
    this.#limit = pLimit(maxConcurrent);
  }

  decide(credentials: BackstageCredentials): Promise<CatalogReadDecision> {
    const permissions = this.#permissions;
    if (!permissions) {
      return Promise.resolve('some');
    }
    const key = JSON.stringify(credentials.principal);
    let decision = this.#inFlight.get(key);
    if (!decision) {
      decision = this.#limit(async () => {
        const [{ result }] = await permissions.authorizeConditional(
          [{ permission: catalogEntityReadPermission }],
          { credentials },
        );
        if (result === AuthorizeResult.ALLOW) return 'everything';
        return result === AuthorizeResult.DENY ? 'nothing' : 'some';
      }).finally(() => this.#inFlight.delete(key));
      this.#inFlight.set(key, decision);
    }
    return decision;
  }
}
