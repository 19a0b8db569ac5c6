import {
  LoggerService,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { existsSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';

/** Where trip reports are read from. */
export type ReportLocation =
  | {
      type: 'url';
      /** The config key it came from, for messages. */
      setting: string;
      target: string;
    }
  | {
      /** A directory (or single file) on the backend's file system. */
      type: 'local';
      setting: string;
      target: string;
      /** Absolute path of `target`. */
      path: string;
    };

export interface ProviderConfig {
  locations: ReportLocation[];
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
  const problem = (message: string) => logger.error(message);
  return {
    locations: readLocations(config, cwd, problem, logger),
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
  const locations: ReportLocation[] = [];
  raw.forEach((entry, index) => {
    const setting = `${LOCATIONS}[${index}].target`;
    const target = isObject(entry) ? entry.target : undefined;
    if (typeof target !== 'string' || !target.trim()) {
      problem(`${setting}: must be a local directory path or an http(s) URL`);
      return;
    }
    const location = classifyTarget(target.trim(), setting, cwd);
    if (typeof location === 'string') {
      problem(location);
      return;
    }
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
): ReportLocation | string {
  if (HTTP_URL.test(target)) {
    try {
      return { type: 'url', setting, target: new URL(target).toString() };
    } catch {
      return `${setting}: ${target} is not a valid URL`;
    }
  }
  const scheme = URL_SCHEME.exec(target);
  if (scheme) {
    return `${setting}: unsupported scheme "${scheme[1]}:" in ${target}; use a local directory path or an http(s) URL`;
  }
  return { type: 'local', setting, target, path: resolvePath(cwd, target) };
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
