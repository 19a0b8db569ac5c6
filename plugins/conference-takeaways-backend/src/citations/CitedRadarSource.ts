import { LoggerService } from '@backstage/backend-plugin-api';
import {
  OrgRadar,
  RadarCitation,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { createHash } from 'node:crypto';
import { RadarLoader, RadarState } from '../service/radar/RadarSource';
import { CitationStore } from './CitationStore';
import { mergeCitations } from './mergeCitations';

/**
 * Most portal citations merged into the radar; beyond it the oldest are
 * left out (and a warning logged), so a read stays bounded.
 */
export const MAX_MERGED_CITATIONS = 5000;

/**
 * The radar as every endpoint and action reads it: the radar file with the
 * portal's citations merged into its moves' evidence. The citations are
 * read from the database on every load (one bounded query), so a citation
 * added or removed on any replica shows at once; the merge itself is redone
 * only when the file or the set of citations changed, and each redo gives a
 * new `version`, which is what invalidates the `/radar` cache.
 */
export class CitedRadarSource implements RadarLoader {
  readonly #file: RadarLoader;
  readonly #citations: CitationStore;
  readonly #logger: LoggerService;
  #version = 0;
  #merged?: { key: string; radar: OrgRadar; version: number };
  readonly #reported = new Set<string>();

  constructor(options: {
    file: RadarLoader;
    citations: CitationStore;
    logger: LoggerService;
  }) {
    this.#file = options.file;
    this.#citations = options.citations;
    this.#logger = options.logger;
  }

  async load(): Promise<RadarState> {
    const state = await this.#file.load();
    if (state.status !== 'ok') {
      return state;
    }
    let citations: RadarCitation[];
    try {
      citations = await this.#citations.list({
        limit: MAX_MERGED_CITATIONS + 1,
      });
    } catch (error) {
      // The file's radar is still worth serving when the database is not.
      this.#reportOnce(
        `db:${(error as Error).message}`,
        `Could not read the radar citations from the database, serving the radar file alone: ${
          (error as Error).message
        }`,
      );
      return state;
    }
    if (citations.length > MAX_MERGED_CITATIONS) {
      this.#reportOnce(
        'too-many',
        `More than ${MAX_MERGED_CITATIONS} radar citations are stored; only the newest ${MAX_MERGED_CITATIONS} are merged into the radar`,
      );
      citations = citations.slice(0, MAX_MERGED_CITATIONS);
    }
    const key = `${state.version}:${fingerprint(citations)}`;
    if (this.#merged?.key !== key) {
      const { radar, orphans } = mergeCitations(state.radar, citations);
      for (const orphan of orphans) {
        this.#reportOnce(
          `orphan:${orphan.id}`,
          `Radar citation ${orphan.id} of ${orphan.entityRef} names move ${orphan.moveDate} of radar entry "${orphan.entryId}", which the radar file no longer has; it is ignored`,
        );
      }
      this.#version += 1;
      this.#merged = { key, radar, version: this.#version };
    }
    const { radar, version } = this.#merged;
    return { ...state, radar, version };
  }

  #reportOnce(key: string, message: string) {
    if (!this.#reported.has(key)) {
      this.#reported.add(key);
      this.#logger.warn(message);
    }
  }
}

/** Rows are only added and removed, never changed: their ids say it all. */
function fingerprint(citations: RadarCitation[]): string {
  return createHash('sha256')
    .update(citations.map(citation => citation.id).join(','))
    .digest('hex');
}
