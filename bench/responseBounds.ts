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
import { writableTools } from './lib/vocabulary';

/** Largest response we accept from a tool page or the radar, in bytes. */
const TARGET_MAX_BYTES = 1024 * 1024;
/** Radar entries: the most popular tools, which gather the most items. */
const RADAR_TOOLS = 8;
/** Repetitions of each timed request. */
const REPEATS = 10;

interface PageBody {
  items: Array<{ entityRef: string }>;
  itemsPage: { total: number; nextOffset?: number };
}

/**
 * Sizes and latencies of the tool page and the radar over the relevance
 * benchmark's catalog, where the most popular tool gathers thousands of
 * takeaways and talks and thousands of components: the responses must stay
 * bounded, and paging must reach every item.
 */
export async function benchResponseBounds(
  settings: BenchSettings,
): Promise<void> {
  heading(
    `(d) bounded responses: ${settings.takeaways} takeaways, ${settings.talks} talks, ${settings.components} components`,
  );
  const workDir = makeTempDir('responses');
  const descriptorsDir = join(workDir, 'descriptors');
  const componentsPath = join(workDir, 'catalog-info.yaml');
  const radarPath = join(workDir, 'radar.yaml');
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
  const slugs = writableTools()
    .slice(0, RADAR_TOOLS)
    .map(tool => tool.slug);
  writeFileSync(radarPath, stringify(radarFile(slugs)));

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
    await waitForCounts(
      api,
      [
        {
          label: 'takeaways',
          filter: 'kind=takeaway',
          expected: descriptors.counts.takeaways,
        },
        {
          label: 'talks',
          filter: 'kind=talk',
          expected: descriptors.counts.talks,
        },
        {
          label: 'components with ownedBy',
          filter: 'kind=component,relations.ownedBy',
          expected: components.length,
        },
      ],
      {
        startedAt,
        timeoutMs: settings.ingestTimeoutSeconds * 1000,
        pollMs: 2000,
        log: note,
      },
    );
    const token = await api.guestToken();
    const get = (path: string) =>
      api.getWithSize(`/api/conference-takeaways${path}`, token);
    const [tool] = slugs;

    const firstPage: number[] = [];
    let first: { body: unknown; bytes: number } | undefined;
    for (let i = 0; i < REPEATS; i++) {
      const [response, ms] = await timed(() => get(`/tools/${tool}`));
      first = response;
      firstPage.push(ms);
    }
    const total = (first!.body as PageBody).itemsPage.total;
    console.log(
      `GET /tools/${tool} (first page, ${total} items in all): ${
        first!.bytes
      } bytes, p50 ${millis(percentile(firstPage, 50))}, p95 ${millis(
        percentile(firstPage, 95),
      )}`,
    );

    const refs = new Set<string>();
    let offset: number | undefined = 0;
    let pages = 0;
    let largestPage = 0;
    const [, walkMs] = await timed(async () => {
      while (offset !== undefined) {
        const { body, bytes } = await get(
          `/tools/${tool}?limit=100&offset=${offset}`,
        );
        const page = body as PageBody;
        page.items.forEach(item => refs.add(item.entityRef));
        largestPage = Math.max(largestPage, bytes);
        offset = page.itemsPage.nextOffset;
        pages += 1;
      }
    });
    console.log(
      `all ${total} items of ${tool} in ${pages} pages of 100: ${millis(
        walkMs,
      )} in all, largest page ${largestPage} bytes`,
    );
    checkTarget(`items reached by paging: ${refs.size} of ${total}`, {
      name: 'every tool page item reachable',
      value: `${refs.size}/${total}`,
      target: 'all, each once',
      met: refs.size === total,
    });

    const radarMs: number[] = [];
    let radarBytes = 0;
    for (let i = 0; i < REPEATS; i++) {
      const [{ bytes }, ms] = await timed(() => get('/radar'));
      radarBytes = bytes;
      radarMs.push(ms);
    }
    console.log(
      `GET /radar (${slugs.length} entries): ${radarBytes} bytes, p50 ${millis(
        percentile(radarMs, 50),
      )}, p95 ${millis(percentile(radarMs, 95))}`,
    );
    const largest = Math.max(first!.bytes, largestPage, radarBytes);
    checkTarget(`largest response: ${largest} bytes`, {
      name: 'largest tool page or radar response',
      value: `${largest} bytes`,
      target: `≤ ${TARGET_MAX_BYTES} bytes`,
      met: largest <= TARGET_MAX_BYTES,
    });
  } catch (error) {
    if (backend) {
      note(`backend log (last lines):\n${backend.logTail()}`);
    }
    throw error;
  } finally {
    await backend?.stop();
  }
}
