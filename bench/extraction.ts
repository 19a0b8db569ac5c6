import {
  LoggerService,
  SchedulerService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { EntityProviderConnection } from '@backstage/plugin-catalog-node';
import { ConferenceTakeawaysEntityProvider } from '@conference-takeaways/backstage-plugin-catalog-backend-module-conference-takeaways';
import { extractEntities } from '@conference-takeaways/backstage-plugin-conference-takeaways-node';
import knexFactory from 'knex';
import { readReportFiles } from './lib/files';
import { checkTarget, heading, seconds } from './lib/report';

/** What the catalog should end up with for a set of reports. */
export interface ExpectedReportEntities {
  byKind: Record<string, number>;
  /** Conferences that some takeaway comes from. */
  conferencesWithTakeaways: number;
  /** Talks that some takeaway cites. */
  citedTalks: number;
  total: number;
}

export function expectedFrom(entities: Entity[]): ExpectedReportEntities {
  const byKind: Record<string, number> = {};
  const conferences = new Set<string>();
  const talks = new Set<string>();
  for (const entity of entities) {
    byKind[entity.kind] = (byKind[entity.kind] ?? 0) + 1;
    if (entity.kind === 'Takeaway') {
      conferences.add(String(entity.spec?.conference));
      for (const talk of (entity.spec?.talks as string[] | undefined) ?? []) {
        talks.add(talk);
      }
    }
  }
  return {
    byKind,
    conferencesWithTakeaways: conferences.size,
    citedTalks: talks.size,
    total: entities.length,
  };
}

/** Parses the reports (no catalog) and returns what they yield. */
export async function benchExtraction(
  reportsDir: string,
): Promise<ExpectedReportEntities> {
  heading('(a) extraction: extractEntities over the generated reports');
  const files = await readReportFiles(reportsDir);
  const bytes = files.reduce((sum, file) => sum + file.content.length, 0);
  console.log(
    `input: ${files.length} Markdown reports, ${(bytes / 1024 / 1024).toFixed(
      1,
    )} MiB (mean ${(bytes / files.length / 1024).toFixed(1)} KiB)`,
  );

  // The first call is what a freshly started backend pays; later calls show
  // the cost once the code is warm.
  let started = performance.now();
  const result = extractEntities(files);
  const coldMs = performance.now() - started;
  const warm: number[] = [];
  for (let i = 0; i < 2; i++) {
    started = performance.now();
    extractEntities(files);
    warm.push(performance.now() - started);
  }
  const expected = expectedFrom(result.entities);
  console.log(
    `output: ${result.entities.length} entities (${Object.entries(
      expected.byKind,
    )
      .map(([kind, count]) => `${count} ${kind}`)
      .join(', ')}), ${result.problems.length} problems`,
  );
  if (result.problems.length > 0) {
    console.log(
      `  first problem: ${result.problems[0].path}: ${result.problems[0].message}`,
    );
  }
  const filesPerSecond = files.length / (coldMs / 1000);
  console.log(
    `warm runs: ${warm.map(seconds).join(', ')} (${(
      files.length /
      (Math.min(...warm) / 1000)
    ).toFixed(0)} files/s at best)`,
  );
  checkTarget(
    `extraction of ${files.length} reports (first run): ${seconds(
      coldMs,
    )}, ${filesPerSecond.toFixed(0)} files/s`,
    {
      name: 'extraction time',
      value: seconds(coldMs),
      target: '< 5 s',
      met: coldMs < 5000,
    },
  );

  await benchProviderRefresh(reportsDir, files.length);
  return expected;
}

/** Records what the provider submits, like the catalog's connection would. */
function collectingConnection() {
  const mutations: number[] = [];
  const connection: EntityProviderConnection = {
    async applyMutation(mutation) {
      mutations.push(
        mutation.type === 'full'
          ? mutation.entities.length
          : mutation.added.length + mutation.removed.length,
      );
    },
    async refresh() {},
  };
  return { connection, mutations };
}

function quietLogger(): LoggerService & { warnings: string[] } {
  const warnings: string[] = [];
  const logger = {
    warnings,
    error: (message: string) => warnings.push(message),
    warn: (message: string) => warnings.push(message),
    info: () => {},
    debug: () => {},
    child: () => logger,
  };
  return logger;
}

async function benchProviderRefresh(reportsDir: string, fileCount: number) {
  heading('(a) provider refresh over the same directory, twice');
  const logger = quietLogger();
  // The benchmark calls refresh() itself; the schedule never runs.
  const scheduler = {
    createScheduledTaskRunner: () => ({ run: async () => {} }),
  } as unknown as SchedulerService;
  const urlReader = {} as UrlReaderService;
  // The provider keeps each location's last good read in its database.
  const knex = knexFactory({
    client: 'better-sqlite3',
    connection: ':memory:',
    useNullAsDefault: true,
  });
  const database = { getClient: async () => knex };
  const provider = ConferenceTakeawaysEntityProvider.fromConfig(
    new ConfigReader({
      conferenceTakeaways: { reports: { locations: [{ target: reportsDir }] } },
    }),
    { logger, scheduler, urlReader, database },
  );
  const { connection, mutations } = collectingConnection();
  await provider.connect(connection);

  let started = performance.now();
  const first = await provider.refresh();
  const firstMs = performance.now() - started;
  started = performance.now();
  const second = await provider.refresh();
  const secondMs = performance.now() - started;

  console.log(
    `first refresh: ${first.filesParsed} files parsed, ${
      first.entities
    } entities submitted, ${first.problems} problems, ${seconds(firstMs)}`,
  );
  console.log(
    `mutations applied: ${mutations.length} (${mutations.join(', ')} entities)`,
  );
  if (first.filesParsed !== fileCount || logger.warnings.length > 0) {
    console.log(
      `  sanity: expected ${fileCount} files parsed without warnings; got ${
        first.filesParsed
      }, warnings: ${logger.warnings.slice(0, 3).join(' | ')}`,
    );
  }
  checkTarget(
    `second (unchanged) refresh: ${second.filesParsed} files parsed, ${seconds(
      secondMs,
    )}`,
    {
      name: 'files parsed by an unchanged refresh',
      value: String(second.filesParsed),
      target: '0 files parsed',
      met: second.filesParsed === 0,
    },
  );
  await knex.destroy();
}
