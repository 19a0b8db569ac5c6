import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { GeneratedFile } from './reportGenerator';

const created: string[] = [];
let keep = false;

/** Temporary directories are removed on exit unless asked to keep them. */
export function keepTempDirs(value: boolean): void {
  keep = value;
}

process.on('exit', () => {
  if (!keep) {
    for (const dir of created) {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});

export function makeTempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `ct-bench-${label}-`));
  created.push(dir);
  return dir;
}

export async function writeFiles(
  root: string,
  files: GeneratedFile[],
): Promise<void> {
  for (const file of files) {
    const path = join(root, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.content);
  }
}

/** Replaces a file in one step, so a reader never sees half of it. */
export async function replaceFile(
  path: string,
  content: string,
): Promise<void> {
  const partial = `${path}.partial`;
  await writeFile(partial, content);
  await rename(partial, path);
}

/** Every file under `root`, as paths relative to it with `/`. */
export async function listFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        await walk(path);
      } else {
        out.push(relative(root, path).split(sep).join('/'));
      }
    }
  };
  await walk(root);
  return out.sort();
}

export async function readReportFiles(
  root: string,
): Promise<Array<{ path: string; content: Buffer }>> {
  const paths = await listFiles(root);
  return Promise.all(
    paths.map(async path => ({
      path,
      content: await readFile(join(root, path)),
    })),
  );
}
