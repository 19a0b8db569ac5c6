import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const repoRoot = resolve(__dirname, '../../../../../..');

/**
 * Input data that is other people's writing and so not part of this
 * repository: `envVar` points at it, else `shared/<segments>` next to the
 * repository root.
 */
export function sharedInputDir(envVar: string, ...segments: string[]): string {
  return process.env[envVar] ?? resolve(repoRoot, '..', 'shared', ...segments);
}

export function listFiles(dir: string, extension: RegExp): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter(f => extension.test(f))
        .sort()
    : [];
}

/**
 * `describe` when the input is there or in CI (where its absence must fail
 * the suite), `describe.skip` with a warning on a developer's machine.
 */
export function describeSharedInput(
  files: readonly string[],
  dir: string,
  envVar: string,
): jest.Describe {
  if (files.length || process.env.CI) {
    return describe;
  }
  // eslint-disable-next-line no-console
  console.warn(`No input found in ${dir}; set ${envVar} to run this test`);
  // eslint-disable-next-line jest/no-disabled-tests
  return describe.skip;
}
