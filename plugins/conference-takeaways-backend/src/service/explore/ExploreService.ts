import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ExploreResponse,
  ExploreToolsResponse,
  ExploreToolSummary,
  OrgRadar,
  radarEntryToolSlug,
  ToolLookup,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { INDEX_FIELDS } from '../catalogFields';
import { CatalogIndex } from '../catalogIndex/CatalogIndex';
import { CatalogReadDecisions } from '../catalogIndex/CatalogReadDecision';
import { readOnBehalf } from '../catalogIndex/readOnBehalf';
import { RadarLoader } from '../radar/RadarSource';
import { callerVisibility } from './callerVisibility';
import { exploreCatalogOf, ExploreRecord } from './exploreRecords';
import { explorePage } from './explorePage';
import { ExploreRequest } from './parseExploreQuery';
import { toExploreItem } from './toExploreItem';

export interface ExploreServiceOptions {
  index: CatalogIndex;
  catalog: CatalogService;
  dictionary: ToolLookup;
  radar: RadarLoader;
  /** Whether a caller may read everything, so counts can come from the index. */
  decisions: CatalogReadDecisions;
}

/**
 * The explorer's endpoints: pages, facets and trends computed from the
 * index, counting only what the caller may see; the page's items read on
 * the caller's behalf in one request.
 */
export class ExploreService {
  readonly #options: ExploreServiceOptions;

  constructor(options: ExploreServiceOptions) {
    this.#options = options;
  }

  async #visibility(
    credentials: BackstageCredentials,
    records: ExploreRecord[],
  ) {
    return callerVisibility({
      decisions: this.#options.decisions,
      catalog: this.#options.catalog,
      credentials,
      candidates: () => records.map(r => r.ref),
    });
  }

  /** `GET /explore`. */
  async explore(
    request: ExploreRequest,
    credentials: BackstageCredentials,
  ): Promise<ExploreResponse> {
    const { dictionary, catalog } = this.#options;
    const records = exploreCatalogOf(
      await this.#options.index.snapshot(),
      dictionary,
    );
    const visible = await this.#visibility(credentials, [
      ...records.takeaway,
      ...(request.kind === 'takeaway' ? [] : records[request.kind]),
    ]);
    const page = explorePage(records, request, dictionary, visible);

    const read = await readOnBehalf(
      catalog,
      credentials,
      page.rows.flatMap(({ record }) =>
        record.conferenceRef
          ? [record.ref, record.conferenceRef]
          : [record.ref],
      ),
      INDEX_FIELDS,
    );
    const items = page.rows.flatMap(({ record, match }) => {
      const entity = read.get(record.ref);
      // Hidden from the caller (or deleted) since the counts were made.
      return entity
        ? [
            toExploreItem(entity, record, {
              conferences: read,
              dictionary,
              match,
            }),
          ]
        : [];
    });
    return {
      kind: request.kind,
      total: page.total,
      offset: request.offset,
      limit: request.limit,
      items,
      facets: page.facets,
      trends: page.trends,
    };
  }

  /** `GET /explore/tools`: every tool with takeaways, talks or a radar entry. */
  async tools(
    credentials: BackstageCredentials,
  ): Promise<ExploreToolsResponse> {
    const { dictionary } = this.#options;
    const records = exploreCatalogOf(
      await this.#options.index.snapshot(),
      dictionary,
    );
    const visible = await this.#visibility(credentials, [
      ...records.takeaway,
      ...records.talk,
    ]);
    const tools = new Map<string, ExploreToolSummary>();
    const summary = (slug: string) => {
      let tool = tools.get(slug);
      if (!tool) {
        tool = {
          slug,
          name: dictionary.get(slug)?.name ?? slug,
          takeaways: 0,
          talks: 0,
        };
        tools.set(slug, tool);
      }
      return tool;
    };
    for (const record of [...records.takeaway, ...records.talk]) {
      if (!visible(record.ref)) {
        continue;
      }
      for (const slug of new Set(record.tools)) {
        const tool = summary(slug);
        tool[record.kind === 'Takeaway' ? 'takeaways' : 'talks'] += 1;
        if (record.year && record.year > (tool.lastYear ?? 0)) {
          tool.lastYear = record.year;
        }
      }
    }
    const state = await this.#options.radar.load();
    if (state.status === 'ok') {
      addRadarEntries(state.radar, dictionary, summary);
    }
    return {
      tools: [...tools.values()].sort(
        (a, b) =>
          a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) ||
          a.slug.localeCompare(b.slug),
      ),
    };
  }
}

function addRadarEntries(
  radar: OrgRadar,
  dictionary: ToolLookup,
  summary: (slug: string) => ExploreToolSummary,
) {
  // Active entries last, so they win over phased-out ones of the same tool.
  const entries = [...radar.entries].sort(
    (a, b) => Number(a.active) - Number(b.active),
  );
  for (const entry of entries) {
    const tool = summary(radarEntryToolSlug(entry, dictionary));
    if (!dictionary.get(tool.slug)) {
      tool.name = entry.title;
    }
    tool.radarEntry = entry.id;
    tool.ring = entry.active ? entry.timeline[0]?.ringId : undefined;
    if (!tool.ring) {
      delete tool.ring;
    }
  }
}
