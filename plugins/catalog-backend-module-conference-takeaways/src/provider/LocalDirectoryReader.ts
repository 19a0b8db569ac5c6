import { NotFoundError, NotModifiedError } from '@backstage/errors';
import { createHash } from 'node:crypto';
import { constants, Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, sep } from 'node:path';
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
  /** The file to read: `absolutePath` with symbolic links resolved. */
  realPath: string;
  size: number;
  mtimeMs: number;
}

interface Listing {
  files: ListedFile[];
  /** Files that are skipped, e.g. links that lead outside the root. */
  problems: ReportFileProblem[];
}

// Opening with O_NOFOLLOW refuses a file that became a link after listing.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);

/**
 * Reads trip reports from a local directory (or a single file).
 *
 * The backend's UrlReader has no reader for local files, so this fills the
 * gap with the same contract as `readTree`: an etag derived from paths, sizes
 * and modification times, and a `NotModifiedError` when the caller's etag
 * still matches, so an unchanged directory is listed but never read.
 *
 * Nothing outside the root is read: a symbolic link is followed only when
 * its target lies inside the root (links to directories are never followed,
 * to stay clear of cycles). A file that cannot be read fails the whole read,
 * so that the caller keeps what it had rather than losing that file.
 */
export class LocalDirectoryReader {
  async readTree(
    root: string,
    options: {
      etag?: string;
      maxFileBytes: number;
      endings?: ReadonlyArray<string>;
    },
  ): Promise<ReportTree> {
    const listing = await this.#list(root, options.endings);
    const etag = computeEtag(listing);
    if (options.etag === etag) {
      throw new NotModifiedError(`${root} is unchanged`);
    }
    const files: ReportFile[] = [];
    const problems: ReportFileProblem[] = [...listing.problems];
    for (const file of listing.files) {
      if (file.size > options.maxFileBytes) {
        problems.push(
          tooLargeProblem(file.path, file.size, options.maxFileBytes),
        );
        continue;
      }
      try {
        files.push({
          path: file.path,
          content: await readFile(file.realPath, { flag: READ_FLAGS }),
          locationRef: `file:${file.absolutePath}`,
        });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'ENOENT' && code !== 'ELOOP') {
          throw error;
        }
        // Deleted, or replaced by a link, between listing and reading.
        problems.push({
          path: file.path,
          message: `could not be read: ${error}`,
        });
      }
    }
    return { etag, files, problems };
  }

  async #list(root: string, endings?: ReadonlyArray<string>): Promise<Listing> {
    let rootStat;
    try {
      rootStat = await stat(root);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new NotFoundError(`${root} does not exist`);
      }
      throw error;
    }
    // The configured root may itself be a link (e.g. a mounted volume).
    const realRoot = await realpath(root);
    if (rootStat.isFile()) {
      const name = basename(root);
      const file = {
        path: name,
        absolutePath: root,
        realPath: realRoot,
        size: rootStat.size,
        mtimeMs: rootStat.mtimeMs,
      };
      return {
        files: isReportFilePath(name, endings) ? [file] : [],
        problems: [],
      };
    }
    const listed: ListedFile[] = [];
    const problems: ReportFileProblem[] = [];
    const walk = async (dir: string) => {
      const entries: Dirent[] = await readdir(dir, { withFileTypes: true });
      for (const entry of entries) {
        const absolutePath = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (isWalkableDirectoryName(entry.name)) {
            await walk(absolutePath);
          }
          continue;
        }
        const path = relative(root, absolutePath).split(sep).join('/');
        if (!isReportFilePath(path, endings)) {
          continue;
        }
        const realPath = entry.isSymbolicLink()
          ? await realpath(absolutePath).catch(() => undefined)
          : join(realRoot, path);
        if (realPath === undefined) {
          continue; // a dangling link
        }
        if (!isInside(realRoot, realPath)) {
          problems.push({
            path,
            message: `is a symbolic link to ${realPath}, outside ${root}; skipped`,
          });
          continue;
        }
        const info = await stat(realPath).catch(() => undefined);
        if (info?.isFile()) {
          listed.push({
            path,
            absolutePath,
            realPath,
            size: info.size,
            mtimeMs: info.mtimeMs,
          });
        }
      }
    };
    await walk(root);
    // Sorted so that the etag and the extraction order are stable.
    return {
      files: listed.sort((a, b) => comparePaths(a.path, b.path)),
      problems: problems.sort((a, b) => comparePaths(a.path, b.path)),
    };
  }
}

function isInside(root: string, path: string): boolean {
  const fromRoot = relative(root, path);
  return (
    fromRoot !== '' &&
    !fromRoot.startsWith(`..${sep}`) &&
    fromRoot !== '..' &&
    !isAbsolute(fromRoot)
  );
}

function comparePaths(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}

function computeEtag(listing: Listing): string {
  const hash = createHash('sha1');
  for (const file of listing.files) {
    hash.update(
      `${file.path}\0${file.realPath}\0${file.size}\0${file.mtimeMs}\n`,
    );
  }
  // A new link leading outside changes the etag, so it is warned about.
  for (const problem of listing.problems) {
    hash.update(`${problem.path}\0${problem.message}\n`);
  }
  return hash.digest('hex');
}
