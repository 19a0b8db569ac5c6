import { join } from 'node:path';
import { BackendProcess } from './lib/backendProcess';
import { PROVIDER_TASK, startBenchBackend } from './lib/benchBackend';
import { CatalogApi, CountTarget, waitForCounts } from './lib/catalogApi';
import { componentsFile, generateComponents } from './lib/catalogGenerator';
import { makeTempDir, replaceFile } from './lib/files';
import { checkTarget, heading, note } from './lib/report';
import { BenchSettings } from './lib/settings';
import { ExpectedReportEntities } from './extraction';

const EMPTY_COMPONENTS = '# filled in by the benchmark\n';

/**
 * Every entity with the relations it must carry once processed and stitched,
 * slowest first (see waitForCounts). Counting entities that have a relation
 * also counts them as present.
 */
function reportTargets(expected: ExpectedReportEntities): CountTarget[] {
  const count = (kind: string) => expected.byKind[kind] ?? 0;
  return [
    {
      label: 'takeaways with takeawayFrom',
      filter: 'kind=takeaway,relations.takeawayFrom',
      expected: count('Takeaway'),
    },
    {
      label: 'talks with citedBy',
      filter: 'kind=talk,relations.citedBy',
      expected: expected.citedTalks,
    },
    {
      label: 'talks with presentedAt',
      filter: 'kind=talk,relations.presentedAt',
      expected: count('Talk'),
    },
    {
      label: 'conferences with hasTakeaway',
      filter: 'kind=conference,relations.hasTakeaway',
      expected: expected.conferencesWithTakeaways,
    },
    {
      label: 'conferences',
      filter: 'kind=conference',
      expected: count('Conference'),
    },
  ];
}

function componentTargets(count: number, dependedOn: number): CountTarget[] {
  return [
    {
      label: 'components with ownedBy',
      filter: 'kind=component,relations.ownedBy',
      expected: count,
    },
    {
      label: 'components with dependencyOf',
      filter: 'kind=component,relations.dependencyOf',
      expected: dependedOn,
    },
  ];
}

async function withBackend<T>(
  settings: BenchSettings,
  label: string,
  reportsDir: string,
  fn: (api: CatalogApi, componentsPath: string) => Promise<T>,
): Promise<T> {
  const workDir = makeTempDir(label);
  const componentsPath = join(workDir, 'catalog-info.yaml');
  await replaceFile(componentsPath, EMPTY_COMPONENTS);
  note(`starting the backend (${label}); log: ${join(workDir, 'backend.log')}`);
  let backend: BackendProcess | undefined;
  try {
    backend = await startBenchBackend({
      settings,
      workDir,
      reportsDir,
      componentsFile: componentsPath,
    });
    return await fn(new CatalogApi(backend), componentsPath);
  } catch (error) {
    if (backend) {
      note(`backend log (last lines):\n${backend.logTail()}`);
    }
    throw error;
  } finally {
    await backend?.stop();
  }
}

/**
 * Time from "the data is there" to "every entity is in the catalog with its
 * relations": our reports (provider refresh triggered) against the same
 * number of plain Components (a `file` location refreshed). Each runs in a
 * fresh backend with an empty in-memory catalog.
 */
export async function benchTimeToCatalog(
  settings: BenchSettings,
  reportsDir: string,
  expected: ExpectedReportEntities,
): Promise<void> {
  heading(
    '(b) time-to-catalog: reports vs. the same number of plain components',
  );
  const timeoutMs = settings.ingestTimeoutSeconds * 1000;

  const reportsSeconds = await withBackend(
    settings,
    'ttc-reports',
    reportsDir,
    async api => {
      // The catalog must be up before the clock starts.
      await api.count('kind=takeaway');
      const startedAt = performance.now();
      await api.triggerTask('catalog', PROVIDER_TASK);
      return waitForCounts(api, reportTargets(expected), {
        startedAt,
        timeoutMs,
        log: note,
      });
    },
  );
  console.log(
    `reports: ${expected.total} entities from ${
      settings.reports
    } reports in ${reportsSeconds.toFixed(1)} s (${(
      expected.total / reportsSeconds
    ).toFixed(0)} entities/s)`,
  );

  const { documents } = generateComponents(expected.total, {
    seed: settings.seed + 1,
  });
  const dependedOn = new Set(
    documents.flatMap(
      doc => (doc as { spec: { dependsOn?: string[] } }).spec.dependsOn ?? [],
    ),
  ).size;
  const plainSeconds = await withBackend(
    settings,
    'ttc-plain',
    makeTempDir('ttc-no-reports'),
    async (api, componentsPath) => {
      const locationRef = await api.locationRefFor(componentsPath);
      await replaceFile(componentsPath, componentsFile(documents));
      const startedAt = performance.now();
      await api.refreshEntity(locationRef);
      return waitForCounts(
        api,
        componentTargets(documents.length, dependedOn),
        {
          startedAt,
          timeoutMs,
          log: note,
        },
      );
    },
  );
  console.log(
    `plain: ${
      documents.length
    } components from one catalog-info.yaml in ${plainSeconds.toFixed(1)} s (${(
      documents.length / plainSeconds
    ).toFixed(0)} entities/s)`,
  );

  const ratio = reportsSeconds / plainSeconds;
  checkTarget(`ratio time-to-catalog reports/plain: ${ratio.toFixed(2)}`, {
    name: 'time-to-catalog ratio',
    value: ratio.toFixed(2),
    target: '≤ 1.2',
    met: ratio <= 1.2,
  });
}
