import { LoggerService, UrlReaderService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { isError } from '@backstage/errors';
import {
  OrgRadar,
  parseOrgRadar,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import fs from 'fs/promises';
import path from 'path';
import { parse as parseYaml } from 'yaml';

/** The setting naming the radar file. */
export const RADAR_LOCATION_KEY = 'conferenceTakeaways.radar.location';

/** How long a radar read from a URL is served before asking again. */
export const RADAR_URL_REFRESH_MS = 60_000;

/** What loading the radar gave. */
export type RadarState =
  | { status: 'unconfigured' }
  | {
      status: 'ok';
      radar: OrgRadar;
      /** The file's text as read, for exports that keep its layout. */
      text: string;
      /** Goes up each time the file is parsed anew. */
      version: number;
      /** Set when the latest reload failed: the radar is the last good copy. */
      staleBecause?: string;
    }
  | { status: 'failed'; message: string };

/** Where the radar endpoints get the radar from. */
export interface RadarLoader {
  /** The current radar; never throws. */
  load(): Promise<RadarState>;
}

export interface RadarSourceOptions {
  urlReader: UrlReaderService;
  logger: LoggerService;
  /** Where relative paths start; the backend's working directory by default. */
  workingDirectory?: string;
  /** Clock in epoch milliseconds, for the URL refresh interval. */
  now?: () => number;
}

interface Cached {
  radar: OrgRadar;
  text: string;
  version: number;
  /** File: modification time and size. URL: the reader's ETag. */
  stamp?: string;
}

type Location = { type: 'file'; path: string } | { type: 'url'; url: string };

type Read =
  | { changed: false }
  | { changed: true; text: string; stamp?: string };

class YamlProblem extends Error {}

function parseText(text: string): unknown {
  try {
    return parseYaml(text);
  } catch (error) {
    throw new YamlProblem((error as Error).message);
  }
}

function readProblem(error: unknown): string {
  if (isError(error) && (error as { code?: string }).code === 'ENOENT') {
    return 'no such file';
  }
  return isError(error) ? error.message : String(error);
}

/**
 * Loads the organisation's radar file (YAML or JSON) from
 * `conferenceTakeaways.radar.location` and keeps the parsed result:
 *
 * - a local path (relative to the backend's working directory) is checked
 *   on every load and parsed again only when its modification time or size
 *   changed, so edits show up at once;
 * - an http(s) URL is read through the UrlReader at most once a minute,
 *   passing the ETag of the last read, so an unchanged file is not fetched
 *   or parsed again.
 *
 * When a reload fails, the last good copy is served with `staleBecause`
 * set. Each distinct problem is logged once as a warning. Never throws.
 */
export class RadarSource implements RadarLoader {
  readonly #location?: Location;
  readonly #setting?: string;
  readonly #options: RadarSourceOptions;
  #cached?: Cached;
  #version = 0;
  #loading?: Promise<RadarState>;
  #problem?: string;
  #urlReadAt?: number;

  static fromConfig(config: Config, options: RadarSourceOptions): RadarSource {
    return new RadarSource(
      config.getOptionalString(RADAR_LOCATION_KEY)?.trim() || undefined,
      options,
    );
  }

  private constructor(
    location: string | undefined,
    options: RadarSourceOptions,
  ) {
    this.#options = options;
    this.#setting = location;
    if (location) {
      this.#location = /^https?:\/\//i.test(location)
        ? { type: 'url', url: location }
        : {
            type: 'file',
            path: path.resolve(
              options.workingDirectory ?? process.cwd(),
              location,
            ),
          };
    }
  }

  /** The current radar; concurrent callers share one read. */
  async load(): Promise<RadarState> {
    if (!this.#location) {
      return { status: 'unconfigured' };
    }
    if (!this.#loading) {
      this.#loading = this.#refresh(this.#location).finally(() => {
        this.#loading = undefined;
      });
    }
    return this.#loading;
  }

  #now(): number {
    return (this.#options.now ?? Date.now)();
  }

  async #refresh(location: Location): Promise<RadarState> {
    if (location.type === 'url') {
      const readAt = this.#urlReadAt;
      if (readAt !== undefined && this.#now() - readAt < RADAR_URL_REFRESH_MS) {
        return this.#current();
      }
      this.#urlReadAt = this.#now();
    }
    let read: Read;
    try {
      read = await this.#read(location);
    } catch (error) {
      return this.#fail(
        `Could not read the tech radar from ${RADAR_LOCATION_KEY} "${
          this.#setting
        }": ${readProblem(error)}`,
      );
    }
    if (!read.changed) {
      return this.#current();
    }
    let radar: OrgRadar;
    try {
      radar = parseOrgRadar(parseText(read.text));
    } catch (error) {
      const what =
        error instanceof YamlProblem
          ? 'is not valid YAML or JSON'
          : 'is invalid';
      return this.#fail(
        `The tech radar file at ${RADAR_LOCATION_KEY} "${
          this.#setting
        }" ${what}: ${(error as Error).message}`,
      );
    }
    this.#version += 1;
    this.#cached = {
      radar,
      text: read.text,
      version: this.#version,
      stamp: read.stamp,
    };
    this.#problem = undefined;
    return this.#current();
  }

  async #read(location: Location): Promise<Read> {
    const cached = this.#cached;
    if (location.type === 'file') {
      const stat = await fs.stat(location.path);
      const stamp = `${stat.mtimeMs}:${stat.size}`;
      if (cached?.stamp === stamp && !this.#problem) {
        return { changed: false };
      }
      const text = await fs.readFile(location.path, 'utf8');
      return { changed: true, stamp, text };
    }
    try {
      const response = await this.#options.urlReader.readUrl(location.url, {
        etag: this.#problem ? undefined : cached?.stamp,
      });
      const text = (await response.buffer()).toString('utf8');
      return { changed: true, stamp: response.etag, text };
    } catch (error) {
      if (cached && isError(error) && error.name === 'NotModifiedError') {
        return { changed: false };
      }
      throw error;
    }
  }

  /** The last good radar (stale when the latest load failed), else the failure. */
  #current(): RadarState {
    if (!this.#cached) {
      return { status: 'failed', message: this.#problem ?? 'not loaded' };
    }
    return {
      status: 'ok',
      radar: this.#cached.radar,
      text: this.#cached.text,
      version: this.#cached.version,
      ...(this.#problem && { staleBecause: this.#problem }),
    };
  }

  #fail(message: string): RadarState {
    if (message !== this.#problem) {
      this.#options.logger.warn(
        this.#cached ? `${message}; serving the last good copy` : message,
      );
    }
    this.#problem = message;
    return this.#current();
  }
}
