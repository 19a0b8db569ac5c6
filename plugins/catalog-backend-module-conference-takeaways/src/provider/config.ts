import {
  LoggerService,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { KubernetesValidatorFunctions } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { existsSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { isReportFilePath } from './reportFiles';

/** What every location has, whatever its kind. */
interface LocationBase {
  /** The config key it came from, for messages. */
  setting: string;
  target: string;
  /** Catalog location ref (`url:…` or `file:…`); identifies the location. */
  origin: string;
  /** Namespace of the entities extracted from it. */
  namespace: string;
}

/** Where trip reports are read from. */
export type ReportLocation =
  | (LocationBase & {
      type: 'url';
      /** A directory tree (`readTree`) or a single file (`readUrl`). */
      read: UrlReadMode;
    })
  | (LocationBase & {
      /** A directory (or single file) on the backend's file system. */
      type: 'local';
      /** Absolute path of `target`. */
      path: string;
    });

export type UrlReadMode = 'tree' | 'file';

export interface ProviderConfig {
  locations: ReportLocation[];
  /**
   * False when a location entry was invalid and skipped: its identity is then
   * unknown, so the last good reads of unconfigured locations must be kept.
   */
  allLocationsValid: boolean;
  schedule: SchedulerServiceTaskScheduleDefinition;
  maxFileBytes: number;
}

const ROOT = 'conferenceTakeaways';
const LOCATIONS = `${ROOT}.reports.locations`;
const SCHEDULE = `${ROOT}.reports.schedule`;
const MAX_FILE_BYTES = `${ROOT}.reports.maxFileBytes`;

export const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 30 },
  timeout: { minutes: 3 },
  initialDelay: { seconds: 3 },
};
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

export const DEFAULT_NAMESPACE = 'default';

const HTTP_URL = /^https?:\/\//i;
// Any `scheme:` prefix, except a Windows drive letter such as `C:\`.
const URL_SCHEME = /^(?![a-z]:[\\/])([a-z][a-z0-9+.-]*):/i;

/**
 * Reads the provider's config. Never throws: every problem is logged as an
 * error naming the setting, and the faulty part is skipped or defaulted, so a
 * typo cannot take the backend down.
 */
export function readProviderConfig(
  config: Config,
  options: { logger: LoggerService; workingDirectory?: string },
): ProviderConfig {
  const { logger } = options;
  const cwd = options.workingDirectory ?? process.cwd();
  let allLocationsValid = true;
  const locationProblem = (message: string) => {
    allLocationsValid = false;
    logger.error(message);
  };
  const problem = (message: string) => logger.error(message);
  const locations = readLocations(config, cwd, locationProblem, logger);
  return {
    locations,
    allLocationsValid,
    schedule: readSchedule(config, problem),
    maxFileBytes: readMaxFileBytes(config, problem),
  };
}

function readLocations(
  config: Config,
  cwd: string,
  problem: (message: string) => void,
  logger: LoggerService,
): ReportLocation[] {
  const raw = getOptional(config, LOCATIONS, problem);
  if (raw === undefined) {
    problem(
      `${LOCATIONS}: not configured, no trip reports will be ingested. Add e.g. "- target: ../../examples/conference-takeaways"`,
    );
    return [];
  }
  if (!Array.isArray(raw)) {
    problem(`${LOCATIONS}: must be a list of { target } entries`);
    return [];
  }
  const integrations = readIntegrations(config, problem);
  const locations: ReportLocation[] = [];
  raw.forEach((entry, index) => {
    const setting = `${LOCATIONS}[${index}].target`;
    const target = isObject(entry) ? entry.target : undefined;
    if (typeof target !== 'string' || !target.trim()) {
      problem(`${setting}: must be a local directory path or an http(s) URL`);
      return;
    }
    const namespace = readNamespace(entry, `${LOCATIONS}[${index}]`);
    const classified =
      typeof namespace === 'string'
        ? classifyTarget(target.trim(), setting, cwd, namespace)
        : namespace.problem;
    const checked =
      typeof classified === 'string'
        ? classified
        : checkUrlReadMode(classified, entry, `${LOCATIONS}[${index}]`, {
            integrations,
          });
    if (typeof checked === 'string') {
      problem(checked);
      return;
    }
    const twin = locations.find(l => l.origin === checked.origin);
    if (twin) {
      problem(
        `${setting}: ${target} is already configured as ${twin.setting}; ignored`,
      );
      return;
    }
    const location = checked;
    if (location.type === 'local' && !existsSync(location.path)) {
      // It may be created later (e.g. a mounted volume); keep polling it.
      logger.warn(
        `${setting}: directory ${location.target} does not exist (resolved to ${location.path}); it is checked again on every refresh`,
      );
    }
    locations.push(location);
  });
  return locations;
}

/** Returns the location, or an error message when the target is unusable. */
function classifyTarget(
  target: string,
  setting: string,
  cwd: string,
  namespace: string,
): ReportLocation | string {
  if (HTTP_URL.test(target)) {
    let url: string;
    try {
      url = new URL(target).toString();
    } catch {
      return `${setting}: ${target} is not a valid URL`;
    }
    return {
      type: 'url',
      setting,
      target: url,
      origin: `url:${url}`,
      namespace,
      read: looksLikeReportFile(url) ? 'file' : 'tree',
    };
  }
  const scheme = URL_SCHEME.exec(target);
  if (scheme) {
    return `${setting}: unsupported scheme "${scheme[1]}:" in ${target}; use a local directory path or an http(s) URL`;
  }
  const path = resolvePath(cwd, target);
  return {
    type: 'local',
    setting,
    target,
    path,
    origin: `file:${path}`,
    namespace,
  };
}

/**
 * Applies an explicit `type` of a URL location and checks that the backend
 * can read it that way: only a host with an integration has a UrlReader that
 * reads trees; any other allowed host can serve single files only.
 */
function checkUrlReadMode(
  location: ReportLocation,
  entry: unknown,
  prefix: string,
  options: { integrations?: ScmIntegrations },
): ReportLocation | string {
  const type = isObject(entry) ? entry.type : undefined;
  if (location.type !== 'url') {
    return type === undefined
      ? location
      : `${prefix}.type: only applies to URL locations; ${location.target} is a local path`;
  }
  if (type !== undefined && type !== 'tree' && type !== 'file') {
    return `${prefix}.type: must be "tree" (a directory read with readTree) or "file" (one file read with readUrl), got ${JSON.stringify(
      type,
    )}`;
  }
  const read: UrlReadMode = type ?? location.read;
  const { integrations } = options;
  if (read === 'tree' && integrations && !integrations.byUrl(location.target)) {
    const host = new URL(location.target).host;
    return `${location.setting}: ${location.target} is read as a directory tree, but no integration is configured for ${host}, and only integrations (GitHub, GitLab, Bitbucket, Azure, Gitea, Gerrit, S3, …) can read trees; add an integrations entry for ${host}, or set ${prefix}.type: file to read this one file`;
  }
  return { ...location, read };
}

/**
 * The integrations, which decide which hosts can serve trees; undefined (and
 * no check) when their config is broken, which the UrlReader reports too.
 */
function readIntegrations(
  config: Config,
  problem: (message: string) => void,
): ScmIntegrations | undefined {
  try {
    return ScmIntegrations.fromConfig(config);
  } catch (error) {
    problem(
      `integrations: ${messageOf(
        error,
      )}; conferenceTakeaways.reports.locations cannot be checked against them`,
    );
    return undefined;
  }
}

/** A URL whose last segment names a report file is read as one file. */
function looksLikeReportFile(url: string): boolean {
  const name = new URL(url).pathname.split('/').pop() ?? '';
  return isReportFilePath(decodeURIComponent(name));
}

function readNamespace(
  entry: unknown,
  prefix: string,
): string | { problem: string } {
  const namespace = isObject(entry) ? entry.namespace : undefined;
  if (namespace === undefined) {
    return DEFAULT_NAMESPACE;
  }
  if (!KubernetesValidatorFunctions.isValidNamespace(namespace)) {
    return {
      problem: `${prefix}.namespace: ${JSON.stringify(
        namespace,
      )} is not a valid catalog namespace (lower-case letters, digits and hyphens, at most 63 characters)`,
    };
  }
  return namespace as string;
}

function readSchedule(
  config: Config,
  problem: (message: string) => void,
): SchedulerServiceTaskScheduleDefinition {
  const schedule = getOptional(config, SCHEDULE, problem);
  if (schedule === undefined) {
    return DEFAULT_SCHEDULE;
  }
  try {
    return readSchedulerServiceTaskScheduleDefinitionFromConfig(
      config.getConfig(SCHEDULE),
    );
  } catch (error) {
    problem(`${SCHEDULE}: ${messageOf(error)}; using the default schedule`);
    return DEFAULT_SCHEDULE;
  }
}

function readMaxFileBytes(
  config: Config,
  problem: (message: string) => void,
): number {
  const value = getOptional(config, MAX_FILE_BYTES, problem);
  if (value === undefined) {
    return DEFAULT_MAX_FILE_BYTES;
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    problem(
      `${MAX_FILE_BYTES}: must be a positive whole number of bytes, got ${JSON.stringify(
        value,
      )}; using ${DEFAULT_MAX_FILE_BYTES}`,
    );
    return DEFAULT_MAX_FILE_BYTES;
  }
  return value;
}

/**
 * The raw value at `key`, or undefined when it is absent or a parent key has
 * the wrong type (e.g. `conferenceTakeaways: true`), which is reported.
 */
function getOptional(
  config: Config,
  key: string,
  problem: (message: string) => void,
): unknown {
  try {
    return config.getOptional(key);
  } catch (error) {
    problem(`${key}: ${messageOf(error)}`);
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
