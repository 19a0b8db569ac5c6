import { extractEntities } from '@conference-takeaways/backstage-plugin-conference-takeaways-node';
import {
  benchExtraction,
  ExpectedReportEntities,
  expectedFrom,
} from './extraction';
import {
  keepTempDirs,
  makeTempDir,
  readReportFiles,
  writeFiles,
} from './lib/files';
import { ReportGenerator } from './lib/reportGenerator';
import { targetResults } from './lib/report';
import { readSettings } from './lib/settings';
import { benchRelevanceLatency } from './relevanceLatency';
import { benchResponseBounds } from './responseBounds';
import { benchTimeToCatalog } from './timeToCatalog';

const PARTS = ['extraction', 'ingestion', 'relevance', 'responses'] as const;
type Part = (typeof PARTS)[number];

function selectedParts(args: string[]): Part[] {
  if (args.length === 0) {
    return [...PARTS];
  }
  for (const arg of args) {
    if (!PARTS.includes(arg as Part)) {
      throw new Error(
        `unknown benchmark "${arg}"; choose from ${PARTS.join(', ')}`,
      );
    }
  }
  return args as Part[];
}

async function main() {
  const settings = readSettings();
  const parts = selectedParts(process.argv.slice(2));
  keepTempDirs(settings.keepTemp);
  const started = performance.now();
  console.log(
    `conference-takeaways benchmarks: ${parts.join(', ')}; Node ${
      process.version
    }; seed ${settings.seed}`,
  );

  const failures: string[] = [];
  // A part that fails is reported and the others still run.
  const run = async (name: string, fn: () => Promise<void>) => {
    try {
      await fn();
    } catch (error) {
      failures.push(name);
      console.log(
        `!! ${name} failed: ${error instanceof Error ? error.message : error}`,
      );
    }
  };

  if (parts.includes('extraction') || parts.includes('ingestion')) {
    const reportsDir = makeTempDir('reports');
    await writeFiles(
      reportsDir,
      new ReportGenerator(settings.seed).generate(settings.reports),
    );
    let expected: ExpectedReportEntities | undefined;
    if (parts.includes('extraction')) {
      await run('extraction', async () => {
        expected = await benchExtraction(reportsDir);
      });
    }
    if (parts.includes('ingestion')) {
      await run('time-to-catalog', async () => {
        expected ??= expectedFrom(
          extractEntities(await readReportFiles(reportsDir)).entities,
        );
        await benchTimeToCatalog(settings, reportsDir, expected);
      });
    }
  }
  if (parts.includes('relevance')) {
    await run('relevance latency', () => benchRelevanceLatency(settings));
  }
  if (parts.includes('responses')) {
    await run('bounded responses', () => benchResponseBounds(settings));
  }

  console.log(
    `\n== summary (${((performance.now() - started) / 1000).toFixed(
      0,
    )} s in all)`,
  );
  for (const result of targetResults()) {
    console.log(
      `${result.met ? 'met   ' : 'MISSED'} ${result.name}: ${
        result.value
      } (target ${result.target})`,
    );
  }
  for (const name of failures) {
    console.log(`FAILED ${name} (see the messages above)`);
  }
  if (failures.length > 0) {
    process.exitCode = 1;
  }
}

main().catch(error => {
  console.error(
    `benchmark failed: ${error instanceof Error ? error.message : error}`,
  );
  process.exitCode = 1;
});
