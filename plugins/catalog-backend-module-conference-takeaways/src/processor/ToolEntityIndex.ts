import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CompoundEntityRef, DEFAULT_NAMESPACE } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { ANNOTATION_TOOL } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';

/**
 * Finds the catalog entities that the organisation uses to model a tool,
 * i.e. entities annotated `conference-takeaways.dev/tool: <slug>`.
 *
 * @public
 */
export interface ToolEntityIndex {
  /** Refs of the entities annotated with this tool slug; empty if none. */
  findToolEntities(slug: string): Promise<CompoundEntityRef[]>;
}

/** @public */
export interface CatalogToolEntityIndexOptions {
  catalog: CatalogService;
  auth: AuthService;
  logger: LoggerService;
  /** How long a listing is reused. Defaults to one minute. */
  ttlMillis?: number;
  /** Injectable clock for tests. */
  now?: () => number;
}

const DEFAULT_TTL_MILLIS = 60_000;
// After a failure (e.g. the catalog is not serving yet during startup), try
// again sooner than the normal TTL but not on every processed entity.
const FAILURE_TTL_MILLIS = 10_000;

// The annotation holds a slug; tolerate stray case and whitespace.
const normalizeSlug = (value: string) =>
  value.trim().toLocaleLowerCase('en-US');

/**
 * A {@link ToolEntityIndex} that lists annotated entities through the
 * catalog with the module's own service credentials and caches the listing.
 *
 * Failures never propagate: without a listing there are simply no tool
 * relations until the next successful refresh.
 *
 * @public
 */
export class CatalogToolEntityIndex implements ToolEntityIndex {
  readonly #catalog: CatalogService;
  readonly #auth: AuthService;
  readonly #logger: LoggerService;
  readonly #ttlMillis: number;
  readonly #now: () => number;

  #cached?: { bySlug: Map<string, CompoundEntityRef[]>; expiresAt: number };
  #inFlight?: Promise<Map<string, CompoundEntityRef[]>>;
  #failing = false;

  constructor(options: CatalogToolEntityIndexOptions) {
    this.#catalog = options.catalog;
    this.#auth = options.auth;
    this.#logger = options.logger;
    this.#ttlMillis = options.ttlMillis ?? DEFAULT_TTL_MILLIS;
    this.#now = options.now ?? Date.now;
  }

  async findToolEntities(slug: string): Promise<CompoundEntityRef[]> {
    const bySlug = await this.#listing();
    return bySlug.get(normalizeSlug(slug)) ?? [];
  }

  async #listing(): Promise<Map<string, CompoundEntityRef[]>> {
    if (this.#cached && this.#cached.expiresAt > this.#now()) {
      return this.#cached.bySlug;
    }
    // Many entities are processed concurrently; share one catalog request.
    if (!this.#inFlight) {
      this.#inFlight = this.#load().finally(() => {
        this.#inFlight = undefined;
      });
    }
    return this.#inFlight;
  }

  async #load(): Promise<Map<string, CompoundEntityRef[]>> {
    try {
      const bySlug = await this.#fetch();
      this.#cached = { bySlug, expiresAt: this.#now() + this.#ttlMillis };
      if (this.#failing) {
        this.#logger.info('Listing tool entities from the catalog works again');
        this.#failing = false;
      }
      return bySlug;
    } catch (error) {
      // Log once per failure streak; keep the previous listing if we had one.
      if (!this.#failing) {
        this.#logger.warn(
          `Could not list tool entities (annotated ${ANNOTATION_TOOL}) from the catalog, tool relations are skipped until it works: ${error}`,
        );
        this.#failing = true;
      }
      const bySlug = this.#cached?.bySlug ?? new Map();
      this.#cached = {
        bySlug,
        expiresAt: this.#now() + Math.min(FAILURE_TTL_MILLIS, this.#ttlMillis),
      };
      return bySlug;
    }
  }

  async #fetch(): Promise<Map<string, CompoundEntityRef[]>> {
    const credentials = await this.#auth.getOwnServiceCredentials();
    const bySlug = new Map<string, CompoundEntityRef[]>();
    const pages = this.#catalog.streamEntities(
      {
        query: {
          [`metadata.annotations.${ANNOTATION_TOOL}`]: { $exists: true },
        },
        fields: [
          'kind',
          'metadata.namespace',
          'metadata.name',
          'metadata.annotations',
        ],
      },
      { credentials },
    );
    for await (const page of pages) {
      for (const entity of page) {
        const value = entity.metadata.annotations?.[ANNOTATION_TOOL];
        if (!value?.trim()) {
          continue;
        }
        const slug = normalizeSlug(value);
        const refs = bySlug.get(slug) ?? [];
        refs.push({
          kind: entity.kind,
          namespace: entity.metadata.namespace ?? DEFAULT_NAMESPACE,
          name: entity.metadata.name,
        });
        bySlug.set(slug, refs);
      }
    }
    return bySlug;
  }
}
