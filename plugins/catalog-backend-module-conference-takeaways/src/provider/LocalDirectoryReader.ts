import { NotFoundError, NotModifiedError } from '@backstage/errors';
import { createHash } from 'node:crypto';
import { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import {
  isReportFilePath,
  isWalkableDirectoryName,
  ReportFile,
  ReportFileProblem,
  ReportTree,
  tooLargeProblem,
} from './reportFiles';

interface ListedFile {
  path: string;
  absolutePath: string;
  size: number;
  mtimeMs: number;
}

/**
 * Reads trip reports from a local directory (or a single file).
 *
 * The backend's UrlReader has no reader for local files, so this fills the
 * gap with the same contract as `readTree`: an etag derived from paths, sizes
 * and modification times, and a `NotModifiedError` when the caller's etag
 * still matches, so an unchanged directory is listed but never read.
 */
export class LocalDirectoryReader {
  async readTree(
    root: string,
    options: { etag?: string; maxFileBytes: number },
  ): Promise<ReportTree> {
    const listed = await this.#list(root);
    const etag = computeEtag(listed);
    if (options.etag === etag) {
      throw new NotModifiedError(`${root} is unchanged`);
    }
    const files: ReportFile[] = [];
    const problems: ReportFileProblem[] = [];
    for (const file of listed) {
      if (file.size > options.maxFileBytes) {
        problems.push(
          tooLargeProblem(file.path, file.size, options.maxFileBytes),
        );
        continue;
      }
      try {
        files.push({
          path: file.path,
          content: await readFile(file.absolutePath),
          locationRef: `file:${file.absolutePath}`,
        });
      } catch (error) {
        // Deleted or unreadable between listing and reading.
        problems.push({
          path: file.path,
          message: `could not be read: ${error}`,
        });
      }
    }
    return { etag, files, problems };
  }

  async #list(root: string): Promise<ListedFile[]> {
    let rootStat;
    try {
      rootStat = await stat(root);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new NotFoundError(`${root} does not exist`);
      }
      throw error;
    }
    if (rootStat.isFile()) {
      const name = basename(root);
      return isReportFilePath(name)
        ? [
            {
              path: name,
              absolutePath: root,
              size: rootStat.size,
              mtimeMs: rootStat.mtimeMs,
            },
          ]
        : [];
    }
    const listed: ListedFile[] = [];
    const walk = async (dir: string) => {
      const entries: Dirent[] = await readdir(dir, { withFileTypes: true });
      for (const entry of entries) {
        const absolutePath = join(dir, entry.name);
        // Symlinked directories are not followed, to stay clear of cycles.
        if (entry.isDirectory()) {
          if (isWalkableDirectoryName(entry.name)) {
            await walk(absolutePath);
          }
          continue;
        }
        const path = relative(root, absolutePath).split(sep).join('/');
        if (!isReportFilePath(path)) {
          continue;
        }
        const info = await stat(absolutePath).catch(() => undefined);
        if (info?.isFile()) {
          listed.push({
            path,
            absolutePath,
            size: info.size,
            mtimeMs: info.mtimeMs,
          });
        }
      }
    };
    await walk(root);
    // Sorted so that the etag and the extraction order are stable.
    return listed.sort((a, b) => comparePaths(a.path, b.path));
  }
}

function comparePaths(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}

function computeEtag(files: ListedFile[]): string {
  const hash = createHash('sha1');
  for (const file of files) {
    hash.update(`${file.path}\0${file.size}\0${file.mtimeMs}\n`);
  }
  return hash.digest('hex');
}
