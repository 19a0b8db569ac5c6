import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import pLimit from 'p-limit';

/** What the permission policy says about a caller reading catalog entities. */
export type CatalogReadDecision = 'everything' | 'nothing' | 'some';

export interface CatalogReadDecisionsOptions {
  /** Without it, every caller may read only "some". */
  permissions?: PermissionsService;
  /** Most permission checks in flight at once. */
  maxConcurrent: number;
  /** How long an answer is reused for the same principal and token; 0 for never. */
  reuseMs: number;
  /** Clock in epoch milliseconds, for tests. */
  now?: () => number;
}

/** Principals whose answers are kept at most; the oldest go first. */
const MAX_KEPT = 1000;

/**
 * Asks the permission policy whether a caller may read every catalog
 * entity: then the index (read with the plugin's own credentials) shows
 * them nothing they could not read themselves, and no catalog read is
 * needed to filter it. At most `maxConcurrent` checks are in flight;
 * concurrent checks for the same principal share one answer, which is
 * reused for `reuseMs` for requests with the same token (a new token, e.g.
 * after sign-in or a change of groups, asks again). A burst of page views
 * therefore costs one permission request per user, not one per view.
 */
export class CatalogReadDecisions {
  readonly #options: CatalogReadDecisionsOptions;
  readonly #limit: ReturnType<typeof pLimit>;
  readonly #answers = new Map<
    string,
    { decision: Promise<CatalogReadDecision>; until: number }
  >();

  constructor(options: CatalogReadDecisionsOptions) {
    this.#options = options;
    this.#limit = pLimit(options.maxConcurrent);
  }

  decide(credentials: BackstageCredentials): Promise<CatalogReadDecision> {
    const { permissions, reuseMs } = this.#options;
    if (!permissions) {
      return Promise.resolve('some');
    }
    const now = this.#options.now?.() ?? Date.now();
    // The token's expiry stands in for the token: a new one is a new key.
    const key = JSON.stringify([
      credentials.principal,
      credentials.expiresAt?.getTime(),
    ]);
    const kept = this.#answers.get(key);
    if (kept && kept.until > now) {
      return kept.decision;
    }
    const decision = this.#limit(async () => {
      const [{ result }] = await permissions.authorizeConditional(
        [{ permission: catalogEntityReadPermission }],
        { credentials },
      );
      if (result === AuthorizeResult.ALLOW) return 'everything' as const;
      return result === AuthorizeResult.DENY ? 'nothing' : 'some';
    });
    // Shared while in flight; kept for reuseMs once answered; a failed
    // check is not kept.
    const entry = { decision, until: Infinity };
    this.#answers.delete(key);
    this.#answers.set(key, entry);
    decision.then(
      () => {
        entry.until = (this.#options.now?.() ?? Date.now()) + reuseMs;
      },
      () => {
        if (this.#answers.get(key) === entry) this.#answers.delete(key);
      },
    );
    if (this.#answers.size > MAX_KEPT) {
      this.#answers.delete(this.#answers.keys().next().value!);
    }
    return decision;
  }
}
