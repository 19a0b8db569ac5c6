import type { TechRadarApi } from '@backstage-community/plugin-tech-radar';
import {
  RadarEntry,
  TechRadarLoaderResponse,
  TechRadarLoaderResponseParser,
} from '@backstage-community/plugin-tech-radar-common';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { CITE_SECTION_ID } from '../lib/citeSection';
import { ConferenceTakeawaysClient } from './ConferenceTakeawaysClient';

/** Where the backend's radar links tool pages (`toolPagePath` in common). */
const BACKEND_TOOL_PAGE_PREFIX = '/conference-takeaways/tools/';

/** Options of {@link ConferenceTakeawaysRadarClient}. @public */
export interface ConferenceTakeawaysRadarClientOptions {
  discoveryApi: DiscoveryApi;
  fetchApi: FetchApi;
  /**
   * The URL of the tool page for a radar entry id, e.g.
   * `/conference-takeaways/tools/linkerd`. When given, each entry's links
   * start with its tool page; return undefined to add no link.
   */
  toolPageUrl?: (entryId: string) => string | undefined;
}

/**
 * A `TechRadarApi` for the community tech radar that loads the
 * organisation's radar from the conference-takeaways backend
 * (`GET /api/conference-takeaways/radar`): entries come with links to the
 * takeaways and talks behind each move and say which services use the tool.
 *
 * There is one radar, so the radar id the tech radar passes to `load` is
 * ignored.
 *
 * @public
 */
export class ConferenceTakeawaysRadarClient implements TechRadarApi {
  private readonly client: ConferenceTakeawaysClient;
  private readonly toolPageUrl?: (entryId: string) => string | undefined;

  constructor(options: ConferenceTakeawaysRadarClientOptions) {
    this.client = new ConferenceTakeawaysClient(options);
    this.toolPageUrl = options.toolPageUrl;
  }

  async load(_id?: string): Promise<TechRadarLoaderResponse> {
    const body = await this.client.getRadar();
    // The backend checks the format before answering; checking again here
    // turns a mismatch between versions into a clear message instead of a
    // radar that fails somewhere inside its drawing code.
    const parsed = TechRadarLoaderResponseParser.safeParse(body);
    if (!parsed.success) {
      const problems = parsed.error.issues
        .slice(0, 5)
        .map(issue => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
      throw new Error(
        `The conference-takeaways backend sent a radar that is not in the tech radar format: ${problems.join(
          '; ',
        )}`,
      );
    }
    return {
      ...parsed.data,
      entries: parsed.data.entries.map(entry => this.withToolPageLink(entry)),
    };
  }

  private withToolPageLink(entry: RadarEntry): RadarEntry {
    const url = this.toolPageUrl?.(entry.id);
    if (!url) {
      return entry;
    }
    // The radar's dialog shows every link as a button: keep two, the
    // entry's own first link and the tool page. The backend's tool page link
    // (with its count) assumes the default mount path; the app knows where
    // tool pages really are.
    const links = entry.links ?? [];
    const backendToolLink = links.find(link =>
      link.url.startsWith(BACKEND_TOOL_PAGE_PREFIX),
    );
    const own = links.filter(
      link => !link.url.startsWith(BACKEND_TOOL_PAGE_PREFIX),
    );
    const toolLink = backendToolLink
      ? { ...backendToolLink, url }
      : { url, title: `${entry.title}: talks, takeaways and who uses it` };
    // Citing happens on the tool page; the dialog's footer keeps its two
    // links, so the way there is a line of the description.
    const citeLine = `[Cite evidence or propose a move](${url}#${CITE_SECTION_ID}) on the tool page.`;
    return {
      ...entry,
      description: [entry.description, citeLine].filter(Boolean).join('\n\n'),
      links: [...own.slice(0, 1), toolLink],
    };
  }
}
