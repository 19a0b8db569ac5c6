import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  buildToolHub,
  citedRefs,
  findRadarEntry,
  findTool,
  OrgRadar,
  radarEntryToolSlug,
  radarEvidenceRefs,
  RadarHistoryResponse,
  radarWarnings,
  TechRadarResponse,
  toRadarHistory,
  ToolHubResponse,
  ToolHubWarning,
  ToolLookup,
  toTechRadarResponse,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { RadarLoader, RadarState } from './RadarSource';
import { LoadedRadar, requireLoadedRadar } from './requireLoadedRadar';
import { CatalogIndex } from '../catalogIndex/CatalogIndex';
import { CatalogReadDecisions } from '../catalogIndex/CatalogReadDecision';
import { ToolPageQuery } from './parseToolPageQuery';
import { radarCatalogFromIndex } from './radarFromIndex';
import { RadarCatalog, readRadarCatalog } from './readRadarCatalog';
import { WarningLog } from './WarningLog';

export interface RadarServiceOptions {
  source: RadarLoader;
  catalog: CatalogService;
  dictionary: ToolLookup;
  logger: LoggerService;
  /** Most users, teams and suggestions per tool page, and item links per radar entry. */
  maxListed: number;
  /**
   * With both: `GET /radar` is built from the index once per radar file
   * and index version and served from memory to callers the permission
   * policy lets read every catalog entity; other callers get it built from
   * their own catalog reads.
   */
  index?: CatalogIndex;
  decisions?: CatalogReadDecisions;
}

/** The radar endpoints' work, between the router and the catalog. */
export class RadarService {
  readonly #options: RadarServiceOptions;
  readonly #warnings: WarningLog;
  #cached?: { key: string; response: Promise<TechRadarResponse> };

  constructor(options: RadarServiceOptions) {
    this.#options = options;
    this.#warnings = new WarningLog(options.logger);
  }

  /** Whether the caller may read every catalog entity. */
  async #readsEverything(credentials: BackstageCredentials): Promise<boolean> {
    const { decisions, index } = this.#options;
    return (
      index !== undefined &&
      decisions !== undefined &&
      (await decisions.decide(credentials)) === 'everything'
    );
  }

  /** `GET /radar`: the tech radar data, enriched for the caller. */
  async radar(credentials: BackstageCredentials): Promise<TechRadarResponse> {
    const loaded = await requireLoadedRadar(this.#options.source);
    if (!(await this.#readsEverything(credentials))) {
      return this.#radarAsCallerReads(loaded, credentials);
    }
    const snapshot = await this.#options.index!.snapshot();
    const key = `${loaded.version}:${snapshot.version}`;
    if (this.#cached?.key !== key) {
      const response = Promise.resolve().then(() =>
        this.#enrich(
          loaded,
          radarCatalogFromIndex(snapshot, this.#options.dictionary),
        ),
      );
      this.#cached = { key, response };
      // A failed build is not kept: the next request tries again.
      response.catch(() => {
        if (this.#cached?.response === response) {
          this.#cached = undefined;
        }
      });
    }
    return this.#cached.response;
  }

  async #radarAsCallerReads(
    loaded: LoadedRadar,
    credentials: BackstageCredentials,
  ): Promise<TechRadarResponse> {
    const { radar } = loaded;
    const { catalog, dictionary } = this.#options;
    const slugs = [
      ...new Set(
        radar.entries
          .filter(entry => entry.active)
          .map(entry => radarEntryToolSlug(entry, dictionary)),
      ),
    ];
    return this.#enrich(
      loaded,
      await readRadarCatalog({
        catalog,
        credentials,
        dictionary,
        slugs,
        evidenceRefs: radarEvidenceRefs(radar),
      }),
    );
  }

  #enrich(
    { radar, version }: LoadedRadar,
    { items, users }: RadarCatalog,
  ): TechRadarResponse {
    const { dictionary } = this.#options;
    const enrichment = { dictionary, items, users };
    this.#warnings.report(radarWarnings(radar, enrichment), version);
    return toTechRadarResponse(radar, enrichment);
  }

  /** `GET /radar/history`: the whole file, inactive entries included. */
  async history(): Promise<RadarHistoryResponse> {
    const { radar } = await requireLoadedRadar(this.#options.source);
    return toRadarHistory(radar, this.#options.dictionary);
  }

  /** `GET /tools/:tool`: everything the tool page shows. */
  async tool(
    name: string,
    page: ToolPageQuery,
    credentials: BackstageCredentials,
  ): Promise<ToolHubResponse> {
    const { catalog, dictionary, source } = this.#options;
    const state = await source.load();
    const radar: OrgRadar | undefined =
      state.status === 'ok' ? state.radar : undefined;
    const tool = findTool(name, dictionary, radar);
    if (!tool) {
      throw new NotFoundError(
        `Unknown tool "${name}": it is neither in the tool dictionary nor on the tech radar`,
      );
    }
    const entry = radar && findRadarEntry(radar, tool.slug, dictionary);
    const { items, users } = await readRadarCatalog({
      catalog,
      credentials,
      dictionary,
      slugs: [tool.slug],
      evidenceRefs: entry ? [...citedRefs(entry)] : [],
    });
    const hub = buildToolHub({
      tool,
      dictionary,
      radar,
      items,
      users: users.get(tool.slug) ?? [],
      warnings: radarFileWarnings(state),
      bounds: { ...page, maxListed: this.#options.maxListed },
    });
    this.#warnings.report(
      hub.warnings,
      state.status === 'ok' ? state.version : undefined,
    );
    return hub;
  }
}

function radarFileWarnings(state: RadarState): ToolHubWarning[] {
  if (state.status === 'failed') {
    return [{ type: 'radar-file', message: state.message }];
  }
  if (state.status === 'ok' && state.staleBecause) {
    return [
      {
        type: 'radar-file',
        message: `${state.staleBecause}; showing the last good copy`,
      },
    ];
  }
  return [];
}
