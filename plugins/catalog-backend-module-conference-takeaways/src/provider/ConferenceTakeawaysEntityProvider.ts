import {
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskRunner,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import { isError, NotModifiedError } from '@backstage/errors';
import {
  DeferredEntity,
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import {
  ANNOTATION_SOURCE_REPORT,
  ToolDictionary,
} from '@internal/backstage-plugin-conference-takeaways-common';
import {
  extractEntities,
  ExtractionResult,
  toolDictionaryFromConfig,
} from '@internal/backstage-plugin-conference-takeaways-node';
import { isDeepStrictEqual } from 'node:util';
import { readProviderConfig, ReportLocation } from './config';
import { LocalDirectoryReader } from './LocalDirectoryReader';
import { readUrlTree } from './readUrlTree';
import { ReportTree } from './reportFiles';

/** @public */
export interface ConferenceTakeawaysEntityProviderOptions {
  logger: LoggerService;
  scheduler: SchedulerService;
  urlReader: UrlReaderService;
}

/**
 * What one refresh did. `filesParsed` is 0 when no location changed.
 *
 * @public
 */
export interface ConferenceTakeawaysRefreshSummary {
  /** Configured locations. */
  locations: number;
  /** Locations that changed and were parsed in this refresh. */
  parsedLocations: number;
  /** Files handed to the extractor in this refresh. */
  filesParsed: number;
  /** Entities submitted to the catalog (all locations, merged). */
  entities: number;
  /** Per-file problems found while parsing in this refresh. */
  problems: number;
  /** Targets of the locations that could not be read in this refresh. */
  failedLocations: string[];
}

/** The last good result of a location. */
interface LocationState {
  etag: string;
  entities: Entity[];
}

const PROVIDER_ID = 'default';

/**
 * Ingests trip reports as Conference, Talk and Takeaway entities.
 *
 * Each refresh reads every configured location (a local directory or a URL
 * the UrlReader supports), re-parses only locations whose etag changed, and
 * replaces the provider's entities with the merged result. A location that
 * cannot be read keeps contributing its last good entities.
 *
 * @public
 */
export class ConferenceTakeawaysEntityProvider implements EntityProvider {
  static fromConfig(
    config: Config,
    options: ConferenceTakeawaysEntityProviderOptions,
  ): ConferenceTakeawaysEntityProvider {
    const { locations, schedule, maxFileBytes } = readProviderConfig(config, {
      logger: options.logger,
    });
    return new ConferenceTakeawaysEntityProvider({
      locations,
      maxFileBytes,
      dictionary: toolDictionaryFromConfig(config, options.logger),
      logger: options.logger,
      urlReader: options.urlReader,
      taskRunner: options.scheduler.createScheduledTaskRunner(schedule),
    });
  }

  readonly #locations: ReportLocation[];
  readonly #maxFileBytes: number;
  readonly #dictionary: ToolDictionary;
  readonly #logger: LoggerService;
  readonly #urlReader: UrlReaderService;
  readonly #taskRunner: SchedulerServiceTaskRunner;
  readonly #localReader = new LocalDirectoryReader();
  readonly #states = new Map<string, LocationState>();
  #connection?: EntityProviderConnection;
  #running?: Promise<ConferenceTakeawaysRefreshSummary>;

  private constructor(options: {
    locations: ReportLocation[];
    maxFileBytes: number;
    dictionary: ToolDictionary;
    logger: LoggerService;
    urlReader: UrlReaderService;
    taskRunner: SchedulerServiceTaskRunner;
  }) {
    this.#locations = options.locations;
    this.#maxFileBytes = options.maxFileBytes;
    this.#dictionary = options.dictionary;
    this.#logger = options.logger;
    this.#urlReader = options.urlReader;
    this.#taskRunner = options.taskRunner;
  }

  getProviderName(): string {
    return `ConferenceTakeawaysEntityProvider:${PROVIDER_ID}`;
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.#connection = connection;
    await this.#taskRunner.run({
      id: `${this.getProviderName()}:refresh`,
      fn: async () => {
        try {
          await this.refresh();
        } catch (error) {
          // Never let a failure escape into the scheduler.
          this.#logger.error(
            `Refreshing conference takeaways failed: ${error}`,
          );
        }
      },
    });
  }

  /**
   * Runs one refresh now (the schedule does this on its own). Concurrent
   * calls share the refresh that is already running.
   */
  async refresh(): Promise<ConferenceTakeawaysRefreshSummary> {
    if (!this.#connection) {
      throw new Error(`${this.getProviderName()} is not connected yet`);
    }
    const connection = this.#connection;
    if (!this.#running) {
      this.#running = this.#refresh(connection).finally(() => {
        this.#running = undefined;
      });
    }
    return this.#running;
  }

  async #refresh(
    connection: EntityProviderConnection,
  ): Promise<ConferenceTakeawaysRefreshSummary> {
    const summary: ConferenceTakeawaysRefreshSummary = {
      locations: this.#locations.length,
      parsedLocations: 0,
      filesParsed: 0,
      entities: 0,
      problems: 0,
      failedLocations: [],
    };
    for (const location of this.#locations) {
      await this.#refreshLocation(location, summary);
    }
    const entities = this.#mergeLocations();
    await connection.applyMutation({ type: 'full', entities });
    summary.entities = entities.length;
    this.#logger.info(
      `Parsed ${summary.filesParsed} files in ${summary.parsedLocations} changed of ${summary.locations} locations; submitted ${summary.entities} entities`,
    );
    return summary;
  }

  async #refreshLocation(
    location: ReportLocation,
    summary: ConferenceTakeawaysRefreshSummary,
  ): Promise<void> {
    const previous = this.#states.get(location.setting);
    let tree: ReportTree;
    try {
      tree = await this.#read(location, previous?.etag);
    } catch (error) {
      if (isError(error) && error.name === NotModifiedError.name) {
        return;
      }
      summary.failedLocations.push(location.target);
      this.#logger.warn(
        `Could not read trip reports from ${location.target} (${
          location.setting
        }): ${messageOf(error)}; ${
          previous
            ? `keeping its ${previous.entities.length} entities from the last successful read`
            : 'it contributes no entities until it can be read'
        }`,
      );
      return;
    }

    let result: ExtractionResult;
    try {
      result = extractEntities(
        tree.files.map(({ path, content, url }) => ({ path, content, url })),
        { dictionary: this.#dictionary, maxFileBytes: this.#maxFileBytes },
      );
    } catch (error) {
      // The extractor promises not to throw; if it does, treat the location
      // like an unreadable one rather than losing its last good entities.
      summary.failedLocations.push(location.target);
      this.#logger.error(
        `Extracting trip reports from ${location.target} failed: ${messageOf(
          error,
        )}`,
      );
      return;
    }
    const problems = [...tree.problems, ...result.problems];
    for (const problem of problems) {
      this.#logger.warn(
        `Trip report ${problem.path} in ${location.target}: ${problem.message}`,
      );
    }
    summary.parsedLocations += 1;
    summary.filesParsed += tree.files.length;
    summary.problems += problems.length;
    this.#states.set(location.setting, {
      etag: tree.etag,
      entities: result.entities.map(entity =>
        withLocationAnnotations(entity, location, tree),
      ),
    });
  }

  #read(location: ReportLocation, etag?: string): Promise<ReportTree> {
    const options = { etag, maxFileBytes: this.#maxFileBytes };
    return location.type === 'url'
      ? readUrlTree(this.#urlReader, location.target, options)
      : this.#localReader.readTree(location.path, options);
  }

  /** One entity per ref across all locations; the first location wins. */
  #mergeLocations(): DeferredEntity[] {
    const merged = new Map<string, { entity: Entity; from: ReportLocation }>();
    for (const location of this.#locations) {
      for (const entity of this.#states.get(location.setting)?.entities ?? []) {
        const ref = stringifyEntityRef(entity);
        const first = merged.get(ref);
        if (!first) {
          merged.set(ref, { entity, from: location });
          continue;
        }
        // The same conference or talk cited from two locations is expected;
        // only differing content is worth a warning.
        const message = `${ref} comes from both ${first.from.target} and ${location.target}; keeping the one from ${first.from.target}`;
        if (isDeepStrictEqual(first.entity.spec, entity.spec)) {
          this.#logger.debug(message);
        } else {
          this.#logger.warn(message);
        }
      }
    }
    return [...merged.values()].map(({ entity }) => ({
      entity,
      locationKey: `conference-takeaways-provider:${PROVIDER_ID}`,
    }));
  }
}

/**
 * Points the catalog at where an entity came from: the report file when the
 * entity names one, the configured location otherwise.
 */
function withLocationAnnotations(
  entity: Entity,
  location: ReportLocation,
  tree: ReportTree,
): Entity {
  const origin =
    location.type === 'url'
      ? `url:${location.target}`
      : `file:${location.path}`;
  const source = entity.metadata.annotations?.[ANNOTATION_SOURCE_REPORT];
  const file = source
    ? tree.files.find(f => f.path === source || f.url === source)
    : undefined;
  return {
    ...entity,
    metadata: {
      ...entity.metadata,
      annotations: {
        ...entity.metadata.annotations,
        [ANNOTATION_LOCATION]: file?.locationRef ?? origin,
        [ANNOTATION_ORIGIN_LOCATION]: origin,
      },
    },
  };
}

function messageOf(error: unknown): string {
  return isError(error) ? error.message : String(error);
}
