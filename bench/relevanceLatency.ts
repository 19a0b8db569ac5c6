import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { BackendProcess } from './lib/backendProcess';
import { PROVIDER_TASK, startBenchBackend } from './lib/benchBackend';
import { CatalogApi, waitForCounts } from './lib/catalogApi';
import {
  componentsFile,
  generateComponents,
  generateDescriptors,
} from './lib/catalogGenerator';
import { makeTempDir, replaceFile, writeFiles } from './lib/files';
import { Random } from './lib/random';
import { RelevanceRequests } from './lib/relevanceRequests';
import { radarFile } from './lib/radarFile';
import {
  checkTarget,
  heading,
  millis,
  note,
  percentile,
  timed,
} from './lib/report';
import { BenchSettings } from './lib/settings';
import { measureThroughput } from './lib/throughput';
import { writableTools } from './lib/vocabulary';

const TARGET_RATIO = 1.5;
const TARGET_EXPLORE_BYTES = 200 * 1024;
const TARGET_EXPLORE_MS = 1000;
/** Repetitions of each explorer request. */
const EXPLORE_REPEATS = 20;
/** Requests and concurrency of the throughput measurements. */
const THROUGHPUT = { total: 200, concurrency: 10 };

interface Size {
  label: string;
  takeaways: number;
  talks: number;
  components: number;
}

const p50p95 = (values: number[]) =>
  `p50 ${millis(percentile(values, 50))}, p95 ${millis(
    percentile(values, 95),
  )}`;

/**
 * GET /relevant against one catalog read by name, the explorer's first
 * pages and /radar throughput: at the example catalog's size and at the
 * full size.
 */
export async function benchRelevanceLatency(
  settings: BenchSettings,
): Promise<void> {
  await benchAtSize(settings, { label: 'example size', ...settings.example });
  await benchAtSize(settings, {
    label: 'full size',
    takeaways: settings.takeaways,
    talks: settings.talks,
    components: settings.components,
  });
}

async function benchAtSize(settings: BenchSettings, size: Size) {
  heading(
    `(c) relevance, explorer and radar at ${size.label}: ${size.takeaways} takeaways, ${size.talks} talks, ${size.components} components`,
  );
  const workDir = makeTempDir('relevance');
  const descriptorsDir = join(workDir, 'descriptors');
  const componentsPath = join(workDir, 'catalog-info.yaml');
  const radarPath = join(workDir, 'radar.yaml');
  const descriptors = generateDescriptors({
    seed: settings.seed + 2,
    takeaways: size.takeaways,
    talks: size.talks,
  });
  await writeFiles(descriptorsDir, descriptors.files);
  const { documents, components } = generateComponents(size.components, {
    seed: settings.seed + 3,
  });
  await replaceFile(componentsPath, componentsFile(documents));
  writeFileSync(
    radarPath,
    stringify(
      radarFile(
        writableTools()
          .slice(0, 8)
          .map(tool => tool.slug),
      ),
    ),
  );

  note(`starting the backend; log: ${join(workDir, 'backend.log')}`);
  let backend: BackendProcess | undefined;
  try {
    backend = await startBenchBackend({
      settings,
      workDir,
      reportsDir: descriptorsDir,
      componentsFile: componentsPath,
      radarFile: radarPath,
    });
    const api = new CatalogApi(backend);
    const startedAt = performance.now();
    await api.triggerTask('catalog', PROVIDER_TASK);
    const { counts } = descriptors;
    const ingestSeconds = await waitForCounts(
      api,
      [
        {
          label: 'takeaways with takeawayFrom',
          filter: 'kind=takeaway,relations.takeawayFrom',
          expected: counts.takeaways,
        },
        {
          label: 'components with ownedBy',
          filter: 'kind=component,relations.ownedBy',
          expected: components.length,
        },
        {
          label: 'talks with presentedAt',
          filter: 'kind=talk,relations.presentedAt',
          expected: counts.talks,
        },
        {
          label: 'conferences',
          filter: 'kind=conference',
          expected: counts.conferences,
        },
      ],
      {
        startedAt,
        timeoutMs: settings.ingestTimeoutSeconds * 1000,
        pollMs: 2000,
        log: note,
      },
    );
    const total =
      counts.conferences + counts.talks + counts.takeaways + components.length;
    console.log(
      `ingested ${total} entities in ${ingestSeconds.toFixed(
        1,
      )} s (not a target; the catalog must be complete before measuring)`,
    );

    const requests = new RelevanceRequests(api, await api.guestToken());
    await waitForIndex(requests, counts.takeaways, settings);
    const names = components.map(c => c.name);
    await measureRelevance(requests, settings, names, size.label);
    await measureExplorer(requests, size.label);
    await measureThroughputs(requests, names, settings);
  } catch (error) {
    if (backend) {
      note(`backend log (last lines):\n${backend.logTail()}`);
    }
    throw error;
  } finally {
    await backend?.stop();
  }
}

/** Waits until the plugin's index has every takeaway (its next refresh). */
async function waitForIndex(
  requests: RelevanceRequests,
  takeaways: number,
  settings: BenchSettings,
) {
  const deadline = performance.now() + settings.ingestTimeoutSeconds * 1000;
  const started = performance.now();
  for (;;) {
    const { body } = await requests.explore('?limit=1');
    const seen = (body as { total: number }).total;
    if (seen === takeaways) {
      note(
        `the plugin's index has all ${takeaways} takeaways (${(
          (performance.now() - started) /
          1000
        ).toFixed(1)} s after ingestion)`,
      );
      return;
    }
    if (performance.now() > deadline) {
      throw new Error(
        `the plugin's index has ${seen} of ${takeaways} takeaways after the ingestion timeout`,
      );
    }
    await new Promise(resolve => setTimeout(resolve, 1000));
  }
}

/** Components in a seeded random order, repeated when there are fewer than needed. */
function chooseComponents(names: string[], count: number, seed: number) {
  const order = new Random(seed).sample(names, names.length);
  return Array.from({ length: count }, (_, i) => order[i % order.length]);
}

async function measureRelevance(
  requests: RelevanceRequests,
  settings: BenchSettings,
  names: string[],
  label: string,
) {
  const chosen = chooseComponents(
    names,
    settings.warmup + settings.requests,
    settings.seed + 4,
  );
  note(`warming up with ${settings.warmup} components`);
  for (const name of chosen.slice(0, settings.warmup)) {
    await requests.relevant(name);
    await requests.entity(name);
  }
  note(`measuring ${settings.requests} components`);
  const relevance: number[] = [];
  const byName: number[] = [];
  // Alternating the two requests spreads background noise over both.
  for (const name of chosen.slice(settings.warmup)) {
    const [body, relevanceMs] = await timed(() => requests.relevant(name));
    if (body.tools.length === 0) {
      throw new Error(
        `component:default/${name} resolved no tools, but every generated component names 1-4 known tools`,
      );
    }
    relevance.push(relevanceMs);
    byName.push((await timed(() => requests.entity(name)))[1]);
  }
  console.log(
    `GET /api/conference-takeaways/relevant?…&limit=10  ${p50p95(relevance)}`,
  );
  console.log(
    `GET /api/catalog/entities/by-name/component/…     ${p50p95(byName)}`,
  );
  const ratio = percentile(relevance, 95) / percentile(byName, 95);
  checkTarget(`ratio p95 relevance/by-name read: ${ratio.toFixed(2)}`, {
    name: `relevance p95 ratio (${label})`,
    value: ratio.toFixed(2),
    target: `≤ ${TARGET_RATIO}`,
    met: ratio <= TARGET_RATIO,
  });
}

async function measureExplorer(requests: RelevanceRequests, label: string) {
  const pages: Array<[string, string]> = [
    ['first page of takeaways', ''],
    ['first page of talks', '?kind=talk'],
    ['text search "mesh"', '?q=mesh'],
    ['one tool and a year', '?tool=kubernetes&year=2022'],
  ];
  for (const [name, query] of pages) {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < EXPLORE_REPEATS; i++) {
      const [response, ms] = await timed(() => requests.explore(query));
      times.push(ms);
      bytes = response.bytes;
    }
    const line = `GET /explore${query} (${name}): ${(bytes / 1024).toFixed(
      1,
    )} KB, ${p50p95(times)}`;
    if (query !== '') {
      console.log(line);
      continue;
    }
    const p95 = percentile(times, 95);
    checkTarget(line, {
      name: `explorer first page (${label})`,
      value: `${(bytes / 1024).toFixed(1)} KB, p95 ${millis(p95)}`,
      target: `≤ ${
        TARGET_EXPLORE_BYTES / 1024
      } KB and ≤ ${TARGET_EXPLORE_MS} ms`,
      met: bytes <= TARGET_EXPLORE_BYTES && p95 <= TARGET_EXPLORE_MS,
    });
  }
}

async function measureThroughputs(
  requests: RelevanceRequests,
  names: string[],
  settings: BenchSettings,
) {
  const chosen = chooseComponents(names, THROUGHPUT.total, settings.seed + 5);
  const describe = (
    name: string,
    t: { requestsPerSecond: number; p50: number; p95: number },
  ) =>
    console.log(
      `${name} at concurrency ${
        THROUGHPUT.concurrency
      }: ${t.requestsPerSecond.toFixed(0)} req/s, p50 ${millis(
        t.p50,
      )}, p95 ${millis(t.p95)}`,
    );
  describe(
    'GET /relevant',
    await measureThroughput(i => requests.relevant(chosen[i]), THROUGHPUT),
  );
  describe(
    'GET by-name  ',
    await measureThroughput(i => requests.entity(chosen[i]), THROUGHPUT),
  );
  describe(
    'GET /radar   ',
    await measureThroughput(() => requests.radar(), THROUGHPUT),
  );
}
