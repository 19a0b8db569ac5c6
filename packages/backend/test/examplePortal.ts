import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The repository's example data (organisation, trip reports, radar), which
 * the integration tests ingest exactly as the example portal does.
 */
const repoRoot = resolve(__dirname, '../../..');

export const examplePaths = {
  repoRoot,
  backendPackage: resolve(repoRoot, 'packages/backend'),
  org: resolve(repoRoot, 'examples/org'),
  reports: resolve(repoRoot, 'examples/conference-takeaways'),
  radar: resolve(repoRoot, 'examples/tech-radar/radar.yaml'),
};

/** `catalog` config that registers the example organisation's YAML files. */
export function exampleCatalogConfig() {
  return {
    rules: [{ allow: ['Component', 'System', 'API', 'Resource', 'Location'] }],
    locations: [
      {
        type: 'file',
        target: join(examplePaths.org, '*.yaml'),
        rules: [
          {
            allow: [
              'User',
              'Group',
              'Component',
              'System',
              'API',
              'Resource',
              'Domain',
            ],
          },
        ],
      },
    ],
  };
}

/**
 * How many takeaways the example reports hold: one per `##` section of each
 * Markdown report (the report format's rule), counted from the files so the
 * expectation follows the data.
 */
export function countExampleTakeawaySections(
  reportsDir = examplePaths.reports,
): number {
  const dir = join(reportsDir, 'reports');
  return readdirSync(dir)
    .filter(name => name.endsWith('.md'))
    .map(name => readFileSync(join(dir, name), 'utf8'))
    .reduce((sum, text) => sum + (text.match(/^## /gm)?.length ?? 0), 0);
}

/** How many entities the example organisation's YAML files declare. */
export function countExampleOrgEntities(orgDir = examplePaths.org): number {
  return readdirSync(orgDir)
    .filter(name => name.endsWith('.yaml'))
    .map(name => readFileSync(join(orgDir, name), 'utf8'))
    .reduce((sum, text) => sum + (text.match(/^kind:/gm)?.length ?? 0), 0);
}
