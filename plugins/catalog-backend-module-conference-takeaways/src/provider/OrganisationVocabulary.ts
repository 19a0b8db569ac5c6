import {
  AuthService,
  LoggerService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ANNOTATION_TOOL,
  ANNOTATION_TOOL_ALIASES,
  ANNOTATION_TOOLS,
  ToolDefinition,
  ToolDictionary,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import {
  organisationToolDefinitions,
  OrganisationToolSources,
  withOrganisationTools,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-node';
import { createHash } from 'node:crypto';
import { RadarTitles, readRadarEntries } from './readRadarEntries';

/** The setting bounding how many terms are read. */
export const MAX_TERMS_KEY = 'conferenceTakeaways.reports.maxOrganisationTerms';
export const DEFAULT_MAX_TERMS = 5000;
const PAGE_SIZE = 500;

/** The dictionary one refresh extracts with. */
export interface VocabularyDictionary {
  dictionary: ToolDictionary;
  /** Changes exactly when the definitions the organisation adds change. */
  fingerprint: string;
  /**
   * False when a source failed and no earlier read of it is known: the
   * dictionary then lacks some of the organisation's tools.
   */
  complete: boolean;
}

export interface OrganisationVocabularyOptions {
  logger: LoggerService;
  urlReader: UrlReaderService;
  /** Without the catalog, only the radar adds terms. */
  catalog?: CatalogService;
  auth?: AuthService;
}

type EntityQuery = NonNullable<
  Parameters<CatalogService['streamEntities']>[0]
>['query'];

type CatalogSources = Required<
  Pick<OrganisationToolSources, 'toolEntities' | 'components'>
>;

/** Counts terms read so far; reading stops once `max` are in. */
class TermBudget {
  used = 0;
  cut = false;
  constructor(readonly max: number) {}

  /** Whether an item with this many terms still fits. */
  take(terms: number): boolean {
    if (this.used + terms > this.max) {
      this.cut = true;
      return false;
    }
    this.used += terms;
    return true;
  }
}

const listOf = (value: string | undefined) =>
  (value ?? '').split(/[,\s]+/).filter(Boolean);

/**
 * The tools the organisation names itself: tool entities, the tools
 * annotation and the radar's entry titles, read before each refresh so
 * that reports are matched against them. Reads the catalog with the
 * module's own credentials, in pages, up to a bounded number of terms.
 * Never throws: a source that fails is logged and its last good read is
 * used, or nothing from it.
 */
export class OrganisationVocabulary {
  static fromConfig(
    config: Config,
    options: OrganisationVocabularyOptions,
  ): OrganisationVocabulary {
    return new OrganisationVocabulary(
      config,
      readMaxTerms(config, options.logger),
      options,
    );
  }

  readonly #config: Config;
  readonly #maxTerms: number;
  readonly #options: OrganisationVocabularyOptions;
  #lastCatalog?: CatalogSources;
  #lastRadar?: RadarTitles;

  private constructor(
    config: Config,
    maxTerms: number,
    options: OrganisationVocabularyOptions,
  ) {
    this.#config = config;
    this.#maxTerms = maxTerms;
    this.#options = options;
  }

  /** The configured dictionary plus the organisation's tools. */
  async extend(dictionary: ToolDictionary): Promise<VocabularyDictionary> {
    const budget = new TermBudget(this.#maxTerms);
    let complete = true;
    // The radar is short and curated, so it goes first into the budget.
    const radar = await this.#readRadar(budget);
    if (radar === null) {
      complete = false;
    }
    const catalog = await this.#readCatalog(budget);
    if (catalog === null) {
      complete = false;
    }
    if (budget.cut) {
      this.#options.logger.warn(
        `The organisation's tool vocabulary has more than ${
          this.#maxTerms
        } terms; reading stopped there (${MAX_TERMS_KEY})`,
      );
    }
    const sources: OrganisationToolSources = {
      ...catalog,
      radarEntries: radar ?? undefined,
    };
    const definitions = organisationToolDefinitions(sources, dictionary);
    return {
      dictionary: extended(dictionary, definitions, sources),
      fingerprint: fingerprintOf(definitions),
      complete,
    };
  }

  /** The radar's entries; null when it failed with no earlier read. */
  async #readRadar(budget: TermBudget): Promise<RadarTitles | null> {
    let entries: RadarTitles | undefined;
    try {
      entries = await readRadarEntries(this.#config, this.#options.urlReader);
    } catch (error) {
      const fallback = this.#lastRadar;
      this.#options.logger.warn(
        `Report extraction cannot use the tech radar's titles as tools: ${
          (error as Error).message
        }; ${
          fallback
            ? 'using its last good read'
            : 'using the configured tools only'
        }`,
      );
      return fallback ?? null;
    }
    this.#lastRadar = (entries ?? []).filter(() => budget.take(1));
    return this.#lastRadar;
  }

  /** Tool entities and tools annotations; null when failed with no earlier read. */
  async #readCatalog(budget: TermBudget): Promise<CatalogSources | null> {
    const { catalog, auth, logger } = this.#options;
    if (!catalog || !auth) {
      return { toolEntities: [], components: [] };
    }
    try {
      const credentials = await auth.getOwnServiceCredentials();
      const read = async (query: EntityQuery, terms: (e: Entity) => number) => {
        const found: Entity[] = [];
        const pages = catalog.streamEntities(
          {
            query,
            fields: [
              'kind',
              'metadata.name',
              'metadata.namespace',
              'metadata.title',
              'metadata.annotations',
            ],
            pageSize: PAGE_SIZE,
          },
          { credentials },
        );
        for await (const page of pages) {
          for (const entity of page) {
            if (!budget.take(terms(entity))) {
              return found;
            }
            found.push(entity);
          }
        }
        return found;
      };
      const toolEntities = await read(
        { [`metadata.annotations.${ANNOTATION_TOOL}`]: { $exists: true } },
        e =>
          1 +
          (e.metadata.title ? 1 : 0) +
          listOf(e.metadata.annotations?.[ANNOTATION_TOOL_ALIASES]).length,
      );
      const components = budget.cut
        ? []
        : await read(
            { [`metadata.annotations.${ANNOTATION_TOOLS}`]: { $exists: true } },
            e => listOf(e.metadata.annotations?.[ANNOTATION_TOOLS]).length,
          );
      this.#lastCatalog = { toolEntities, components };
      return this.#lastCatalog;
    } catch (error) {
      const fallback = this.#lastCatalog;
      logger.warn(
        `Could not read the organisation's tools (annotated ${ANNOTATION_TOOL} or ${ANNOTATION_TOOLS}) from the catalog: ${error}; ${
          fallback
            ? 'report extraction uses the last good read'
            : 'report extraction uses the configured tools only'
        }`,
      );
      return fallback ?? null;
    }
  }
}

/**
 * Adds the definitions in one step; only when one clashes with another
 * tool's spelling are they added one by one, leaving the clashing ones out.
 */
function extended(
  dictionary: ToolDictionary,
  definitions: ToolDefinition[],
  sources: OrganisationToolSources,
): ToolDictionary {
  try {
    return dictionary.with(definitions);
  } catch {
    return withOrganisationTools(dictionary, sources);
  }
}

function fingerprintOf(definitions: ToolDefinition[]): string {
  const stable = definitions
    .map(def => ({ ...def, aliases: [...(def.aliases ?? [])].sort() }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
  return createHash('sha256').update(JSON.stringify(stable)).digest('hex');
}

function readMaxTerms(config: Config, logger: LoggerService): number {
  const value = config.getOptional(MAX_TERMS_KEY);
  if (value === undefined) {
    return DEFAULT_MAX_TERMS;
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    logger.error(
      `${MAX_TERMS_KEY}: must be a positive whole number, got ${JSON.stringify(
        value,
      )}; using ${DEFAULT_MAX_TERMS}`,
    );
    return DEFAULT_MAX_TERMS;
  }
  return value;
}
