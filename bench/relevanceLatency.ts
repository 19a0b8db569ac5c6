import { join } from 'node:path';
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
import { checkTarget, heading, millis, note, percentile } from './lib/report';
import { BenchSettings } from './lib/settings';

const TARGET_RATIO = 1.5;
/** Components the breakdown looks at when the target is missed. */

interface Sample {
  name: string;
  slugs: string[];
  relevanceMs: number;
  candidateMs: number;
  candidates: number;
  candidateBytes: number;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, performance.now() - started];
}

const p50p95 = (values: number[]) =>
  `p50 ${millis(percentile(values, 50))}, p95 ${millis(
    percentile(values, 95),
  )}`;

/**
 * Latency of GET /relevant against the one catalog query it cannot avoid,
 * with `takeaways` takeaways, `talks` talks and `components` components in
 * the catalog.
 */
export async function benchRelevanceLatency(
  settings: BenchSettings,
): Promise<void> {
  heading(
    `(c) relevance latency: ${settings.takeaways} takeaways, ${settings.talks} talks, ${settings.components} components`,
  );
  const workDir = makeTempDir('relevance');
  const descriptorsDir = join(workDir, 'descriptors');
  const componentsPath = join(workDir, 'catalog-info.yaml');
  const descriptors = generateDescriptors({
    seed: settings.seed + 2,
    takeaways: settings.takeaways,
    talks: settings.talks,
  });
  await writeFiles(descriptorsDir, descriptors.files);
  const { documents, components } = generateComponents(settings.components, {
    seed: settings.seed + 3,
  });
  await replaceFile(componentsPath, componentsFile(documents));

  note(`starting the backend; log: ${join(workDir, 'backend.log')}`);
  let backend: BackendProcess | undefined;
  try {
    backend = await startBenchBackend({
      settings,
      workDir,
      reportsDir: descriptorsDir,
      componentsFile: componentsPath,
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
    const samples = await measure(
      requests,
      settings,
      components.map(c => c.name),
    );
    report(samples);
  } catch (error) {
    if (backend) {
      note(`backend log (last lines):\n${backend.logTail()}`);
    }
    throw error;
  } finally {
    await backend?.stop();
  }
}

async function measure(
  requests: RelevanceRequests,
  settings: BenchSettings,
  componentNames: string[],
): Promise<Sample[]> {
  const random = new Random(settings.seed + 4);
  const chosen = random.sample(
    componentNames,
    Math.min(componentNames.length, settings.warmup + settings.requests),
  );

  note(`warming up with ${settings.warmup} components`);
  for (const name of chosen.slice(0, settings.warmup)) {
    const body = await requests.relevant(name);
    await requests.candidates(body.tools.map(t => t.slug));
  }

  note(`measuring ${chosen.length - settings.warmup} components`);
  const samples: Sample[] = [];
  // Alternating the two requests spreads background noise over both.
  for (const name of chosen.slice(settings.warmup)) {
    const [body, relevanceMs] = await timed(() => requests.relevant(name));
    const slugs = body.tools.map(t => t.slug);
    if (slugs.length === 0) {
      throw new Error(
        `component:default/${name} resolved no tools, but every generated component names 1-4 known tools`,
      );
    }
    const [{ items, bytes }, candidateMs] = await timed(() =>
      requests.candidates(slugs),
    );
    samples.push({
      name,
      slugs,
      relevanceMs,
      candidateMs,
      candidates: items.length,
      candidateBytes: bytes,
    });
  }
  return samples;
}

/** Prints the figures and returns the p95 ratio. */
function report(samples: Sample[]): number {
  const relevance = samples.map(s => s.relevanceMs);
  const candidate = samples.map(s => s.candidateMs);
  const counts = samples.map(s => s.candidates);
  const megabytes = samples.map(s => s.candidateBytes / 1024 / 1024);
  console.log(
    `candidates per request: median ${percentile(counts, 50)}, p95 ${percentile(
      counts,
      95,
    )}, max ${Math.max(...counts)}; candidate payload median ${percentile(
      megabytes,
      50,
    ).toFixed(1)} MiB, p95 ${percentile(megabytes, 95).toFixed(1)} MiB (${
      samples.length
    } components)`,
  );
  console.log(
    `GET /api/conference-takeaways/relevant?…&limit=10 ${p50p95(relevance)}`,
  );
  console.log(
    `GET /api/catalog/entities (candidate query)       ${p50p95(candidate)}`,
  );
  const ratio = percentile(relevance, 95) / percentile(candidate, 95);
  checkTarget(`ratio p95 relevance/candidate query: ${ratio.toFixed(2)}`, {
    name: 'relevance p95 ratio',
    value: ratio.toFixed(2),
    target: `≤ ${TARGET_RATIO}`,
    met: ratio <= TARGET_RATIO,
  });
  return ratio;
}
