import {
  AuthService,
  DatabaseService,
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
  CatalogService,
  DeferredEntity,
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import {
  ANNOTATION_SOURCE_REPORT,
  ToolDictionary,
  ToolLookup,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import {
  conferenceDictionaryFromConfig,
  ConferenceDictionary,
  ExtractionResult,
  ReportParser,
  reportFileExtensions,
  toolDictionaryFromConfig,
  withDefaultParsers,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-node';
import { isDeepStrictEqual } from 'node:util';
import { readProviderConfig, ReportLocation } from './config';
import { ExtractionSettings, readExtractionSettings } from './extractionConfig';
import { extractionFingerprint } from './extractionFingerprint';
import { extractLocationFiles } from './extractLocationFiles';
import { LocalDirectoryReader } from './LocalDirectoryReader';
import { addedItems, knownRefs } from './addedItems';
import { LocationState, LocationStateStore } from './LocationStateStore';
import { OrganisationVocabulary } from './OrganisationVocabulary';
import { readUrlFile } from './readUrlFile';
import { readUrlTree } from './readUrlTree';
import { ReportTree } from './reportFiles';

/** @public */
export interface ConferenceTakeawaysEntityProviderOptions {
  logger: LoggerService;
  scheduler: SchedulerService;
  urlReader: UrlReaderService;
  /** Where each location's last good read is kept across restarts. */
  database: DatabaseService;
  /** Parsers for more report formats (see the parsers extension point). */
  parsers?: ReadonlyArray<ReportParser>;
  /**
   * With both, tool entities and the tools annotation in the catalog extend
   * the tool dictionary before each refresh (read with own credentials).
   */
  catalog?: CatalogService;
  auth?: AuthService;
  /**
   * Told, after the catalog has them, about takeaways and talks a refresh
   * added to locations read before (see NewItemsNotifier). Its failures are
   * logged and never affect ingestion.
   */
  onItemsAdded?: ItemsAddedListener;
}

/**
 * Receives the takeaways and talks one refresh added, with the dictionary
 * they were extracted with.
 *
 * @public
 */
export type ItemsAddedListener = (
  items: Entity[],
  dictionary: ToolLookup,
) => Promise<unknown>;

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

/** How one refresh extracts, with the organisation's tools. */
interface Extraction {
  dictionary: ToolDictionary;
  /** Stored with each read made in this refresh. */
  fingerprint: string;
  /** Whether a read stored with this fingerprint needs no re-parse. */
  isCurrent(stored: string | undefined): boolean;
}

const PROVIDER_ID = 'default';
/** Each location has its own key, followed by its origin. */
const LOCATION_KEY_PREFIX = 'conference-takeaways-provider:';

/**
 * Ingests trip reports as Conference, Talk and Takeaway entities.
 *
 * Each refresh reads every configured location (a local directory, a tree
 * or a single file at a URL), re-parses only locations whose etag changed,
 * and replaces the provider's entities with the merged result. Each
 * location's last good read is stored in the database: a location that cannot
 * be read, or suddenly lists no files, keeps contributing those entities,
 * also across restarts.
 *
 * @public
 */
export class ConferenceTakeawaysEntityProvider implements EntityProvider {
  static fromConfig(
    config: Config,
    options: ConferenceTakeawaysEntityProviderOptions,
  ): ConferenceTakeawaysEntityProvider {
    const { locations, allLocationsValid, schedule, maxFileBytes } =
      readProviderConfig(config, { logger: options.logger });
    return new ConferenceTakeawaysEntityProvider({
      locations,
      allLocationsValid,
      store: new LocationStateStore(options.database),
      fingerprint: extractionFingerprint(config),
      maxFileBytes,
      dictionary: toolDictionaryFromConfig(config, options.logger),
      conferences: conferenceDictionaryFromConfig(config, options.logger),
      settings: readExtractionSettings(config, options.logger),
      parsers: options.parsers ?? [],
      vocabulary: OrganisationVocabulary.fromConfig(config, options),
      logger: options.logger,
      urlReader: options.urlReader,
      taskRunner: options.scheduler.createScheduledTaskRunner(schedule),
      onItemsAdded: options.onItemsAdded,
    });
  }

  readonly #locations: ReportLocation[];
  readonly #allLocationsValid: boolean;
  readonly #store: LocationStateStore;
  readonly #fingerprint: string;
  readonly #maxFileBytes: number;
  readonly #dictionary: ToolDictionary;
  readonly #conferences: ConferenceDictionary;
  readonly #settings: ExtractionSettings;
  readonly #parsers: ReadonlyArray<ReportParser>;
  readonly #vocabulary: OrganisationVocabulary;
  readonly #endings: string[];
  readonly #logger: LoggerService;
  readonly #urlReader: UrlReaderService;
  readonly #taskRunner: SchedulerServiceTaskRunner;
  readonly #onItemsAdded?: ItemsAddedListener;
  readonly #localReader = new LocalDirectoryReader();
  /** Last good read of each location by origin, once loaded. */
  #states?: Map<string, LocationState>;
  #connection?: EntityProviderConnection;
  #running?: Promise<ConferenceTakeawaysRefreshSummary>;

  private constructor(options: {
    locations: ReportLocation[];
    allLocationsValid: boolean;
    store: LocationStateStore;
    fingerprint: string;
    maxFileBytes: number;
    dictionary: ToolDictionary;
    conferences: ConferenceDictionary;
    settings: ExtractionSettings;
    parsers: ReadonlyArray<ReportParser>;
    vocabulary: OrganisationVocabulary;
    logger: LoggerService;
    urlReader: UrlReaderService;
    taskRunner: SchedulerServiceTaskRunner;
    onItemsAdded?: ItemsAddedListener;
  }) {
    this.#locations = options.locations;
    this.#allLocationsValid = options.allLocationsValid;
    this.#store = options.store;
    this.#fingerprint = options.fingerprint;
    this.#maxFileBytes = options.maxFileBytes;
    this.#dictionary = options.dictionary;
    this.#conferences = options.conferences;
    this.#settings = options.settings;
    this.#parsers = options.parsers;
    this.#vocabulary = options.vocabulary;
    this.#endings = reportFileExtensions(withDefaultParsers(options.parsers));
    this.#logger = options.logger;
    this.#urlReader = options.urlReader;
    this.#taskRunner = options.taskRunner;
    this.#onItemsAdded = options.onItemsAdded;
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
    // Nothing is submitted before the stored reads are known: a mutation
    // without them would delete the entities of every location that is down.
    const states = await this.#loadStates();
    const extraction = await this.#extraction();
    const summary: ConferenceTakeawaysRefreshSummary = {
      locations: this.#locations.length,
      parsedLocations: 0,
      filesParsed: 0,
      entities: 0,
      problems: 0,
      failedLocations: [],
    };
    const unknown: string[] = [];
    const knownBefore = knownRefs(states.values());
    // Entities of this refresh's reads of locations that were read before.
    const reread: Entity[] = [];
    for (const location of this.#locations) {
      const current = await this.#refreshLocation(
        location,
        states,
        summary,
        extraction,
        reread,
      );
      if (!current && !states.has(location.origin)) {
        unknown.push(location.target);
      }
    }
    await this.#forgetRemovedLocations(states);
    const entities = this.#mergeLocations(states);
    if (unknown.length > 0) {
      // The catalog may still hold entities of a location we know nothing
      // about (e.g. stored before this provider kept its reads); a full
      // mutation would delete them.
      this.#logger.warn(
        `No successful read of ${unknown.join(
          ', ',
        )} is stored; adding and updating entities but removing none until every location has been read`,
      );
      await connection.applyMutation({
        type: 'delta',
        added: entities,
        removed: [],
      });
    } else {
      await connection.applyMutation({ type: 'full', entities });
    }
    summary.entities = entities.length;
    this.#logger.info(
      `Parsed ${summary.filesParsed} files in ${summary.parsedLocations} changed of ${summary.locations} locations; submitted ${summary.entities} entities`,
    );
    // Not awaited: a slow or hanging listener must not hold up the next refresh.
    void this.#announce(addedItems(knownBefore, reread), extraction.dictionary);
    return summary;
  }

  /** Hands the refresh's new items to the listener; never throws. */
  async #announce(added: Entity[], dictionary: ToolLookup): Promise<void> {
    if (!this.#onItemsAdded || added.length === 0) {
      return;
    }
    try {
      await this.#onItemsAdded(added, dictionary);
    } catch (error) {
      this.#logger.warn(
        `Could not announce ${
          added.length
        } new takeaways and talks: ${messageOf(error)}`,
      );
    }
  }

  async #loadStates(): Promise<Map<string, LocationState>> {
    if (!this.#states) {
      this.#states = await this.#store.loadAll();
    }
    return this.#states;
  }

  /**
   * The dictionary this refresh extracts with, and what a stored read must
   * have been extracted with to count as current. The organisation's tools
   * are part of it, so a new tool entity re-parses unchanged reports once.
   */
  async #extraction(): Promise<Extraction> {
    const vocabulary = await this.#vocabulary.extend(this.#dictionary);
    // Two hashes cut to fit the stored fingerprint's 64 characters.
    const settings = `${this.#fingerprint.slice(0, 32)}:`;
    const fingerprint = `${settings}${vocabulary.fingerprint.slice(0, 31)}`;
    return {
      dictionary: vocabulary.dictionary,
      fingerprint,
      // While the catalog or radar cannot be read, a read made with the
      // same settings stays current: re-parsing with fewer tools loses some.
      isCurrent: stored =>
        stored === fingerprint ||
        (!vocabulary.complete && !!stored?.startsWith(settings)),
    };
  }

  /**
   * Reads one location and stores the result when the read is good. Returns
   * whether the location's state is current (read now, or unchanged).
   */
  async #refreshLocation(
    location: ReportLocation,
    states: Map<string, LocationState>,
    summary: ConferenceTakeawaysRefreshSummary,
    extraction: Extraction,
    reread: Entity[],
  ): Promise<boolean> {
    const previous = states.get(location.origin);
    const keepPrevious = (reason: string) => {
      summary.failedLocations.push(location.target);
      this.#logger.warn(
        `Could not read trip reports from ${location.target} (${
          location.setting
        }): ${reason}; ${
          previous
            ? `keeping its ${previous.entities.length} entities from the last successful read`
            : 'it contributes no entities until it can be read'
        }`,
      );
      return false;
    };
    // A read stored with other settings or another extractor is re-read.
    const etag = extraction.isCurrent(previous?.fingerprint)
      ? previous?.etag
      : undefined;
    let tree: ReportTree;
    try {
      tree = await this.#read(location, etag);
    } catch (error) {
      if (isError(error) && error.name === NotModifiedError.name) {
        return true;
      }
      return keepPrevious(messageOf(error));
    }
    const fileCount = tree.files.length + tree.problems.length;
    if (fileCount === 0 && previous && previous.fileCount > 0) {
      // A failing host can answer with an empty tree; deleting every report
      // at once is rare enough to ask for removing the location instead.
      return keepPrevious(
        `it lists no report files where the last successful read had ${previous.fileCount} (to remove them all, remove the location from the configuration)`,
      );
    }

    let result: ExtractionResult;
    try {
      // in a worker thread with a time budget per file: parsing never blocks the backend
      result = await extractLocationFiles(
        tree.files.map(({ path, content, url }) => ({ path, content, url })),
        {
          dictionary: extraction.dictionary,
          conferences: this.#conferences,
          maxFileBytes: this.#maxFileBytes,
          namespace: location.namespace,
          ...this.#settings,
        },
        this.#parsers,
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
      return false;
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
    const state: LocationState = {
      origin: location.origin,
      etag: tree.etag,
      fingerprint: extraction.fingerprint,
      fileCount,
      entities: result.entities.map(entity =>
        withLocationAnnotations(entity, location, tree),
      ),
    };
    // Remembered only once stored: a failed save means a new read next time.
    await this.#store.save(state);
    states.set(location.origin, state);
    // A location read for the first time (or after a restart with an
    // in-memory database) has no news: everything in it would be "new".
    if (previous) {
      reread.push(...state.entities);
    }
    return true;
  }

  #read(location: ReportLocation, etag?: string): Promise<ReportTree> {
    const options = {
      etag,
      maxFileBytes: this.#maxFileBytes,
      endings: this.#endings,
    };
    if (location.type === 'local') {
      return this.#localReader.readTree(location.path, options);
    }
    return location.read === 'file'
      ? readUrlFile(this.#urlReader, location.target, options)
      : readUrlTree(this.#urlReader, location.target, options);
  }

  /**
   * Drops the stored reads of locations removed from the configuration, so
   * that their entities leave the catalog. While a location entry is invalid
   * it may be one of them, so nothing is dropped then.
   */
  async #forgetRemovedLocations(
    states: Map<string, LocationState>,
  ): Promise<void> {
    const configured = new Set(this.#locations.map(l => l.origin));
    for (const [origin, state] of states) {
      if (configured.has(origin)) {
        continue;
      }
      const count = state.entities.length;
      if (!this.#allLocationsValid) {
        this.#logger.warn(
          `${origin} is no longer configured, but an invalid entry in conferenceTakeaways.reports.locations may be meant for it; keeping its ${count} entities until the configuration is fixed`,
        );
        continue;
      }
      await this.#store.delete(origin);
      states.delete(origin);
      this.#logger.info(
        `${origin} is no longer configured; removing its ${count} entities`,
      );
    }
  }

  /**
   * One entity per ref across all locations; the first location wins, and
   * the entity is keyed to that location.
   */
  #mergeLocations(states: Map<string, LocationState>): DeferredEntity[] {
    const configured = new Set(this.#locations.map(l => l.origin));
    const sources = [
      ...this.#locations.map(l => ({ name: l.target, origin: l.origin })),
      ...[...states.keys()]
        .filter(origin => !configured.has(origin))
        .map(origin => ({ name: origin, origin })),
    ];
    type Source = (typeof sources)[number];
    const merged = new Map<string, { entity: Entity; from: Source }>();
    for (const source of sources) {
      for (const entity of states.get(source.origin)?.entities ?? []) {
        const ref = stringifyEntityRef(entity);
        const first = merged.get(ref);
        if (!first) {
          merged.set(ref, { entity, from: source });
          continue;
        }
        // The same conference or talk cited from two locations is expected;
        // only differing content is worth a warning.
        const message = `${ref} comes from both ${first.from.name} and ${source.name}; keeping the one from ${first.from.name}`;
        if (isDeepStrictEqual(first.entity.spec, entity.spec)) {
          this.#logger.debug(message);
        } else {
          this.#logger.warn(message);
        }
      }
    }
    return [...merged.values()].map(({ entity, from }) => ({
      entity,
      locationKey: `${LOCATION_KEY_PREFIX}${from.origin}`,
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
  const origin = location.origin;
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
