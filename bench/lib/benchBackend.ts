import { BackendProcess, freeLoopbackPort } from './backendProcess';
import { BenchSettings } from './settings';

/** Task id of the reports provider's refresh, as it registers it. */
export const PROVIDER_TASK =
  'ConferenceTakeawaysEntityProvider:default:refresh';

const LATER = { hours: 24 };

/**
 * Starts the repository's backend for a benchmark: our reports location and
 * one `file` location for components; nothing else in the catalog.
 *
 * - The reports provider runs only when the benchmark triggers it (local
 *   task scope, a day of initial delay), so its start is known exactly.
 * - Search indexing is postponed, so collators do not compete for the two
 *   cores while we measure; they would run every ten minutes otherwise.
 * - `processingInterval` is long by default, so an ingestion measures the
 *   first processing of each entity, not re-processing of earlier ones.
 */
export async function startBenchBackend(options: {
  settings: BenchSettings;
  workDir: string;
  reportsDir: string;
  componentsFile: string;
  /** A tech radar file to serve at /radar and on tool pages. */
  radarFile?: string;
}): Promise<BackendProcess> {
  const { settings } = options;
  const later = {
    frequency: LATER,
    timeout: { minutes: 15 },
    initialDelay: LATER,
  };
  return BackendProcess.start({
    workDir: options.workDir,
    port: await freeLoopbackPort(settings.port),
    logLevel: settings.backendLogLevel,
    startTimeoutMs: 180_000,
    nodeArgs: settings.backendNodeArgs,
    config: {
      catalog: {
        locations: [
          {
            type: 'file',
            target: options.componentsFile,
            rules: [{ allow: ['Component'] }],
          },
        ],
        processingInterval: { seconds: settings.processingIntervalSeconds },
      },
      conferenceTakeaways: {
        reports: {
          locations: [{ target: options.reportsDir }],
          schedule: { ...later, scope: 'local' },
        },
        ...(options.radarFile && { radar: { location: options.radarFile } }),
      },
      search: {
        collators: {
          catalog: { schedule: later },
          techdocs: { schedule: later },
          conferenceTakeaways: { schedule: later },
        },
      },
    },
  });
}
