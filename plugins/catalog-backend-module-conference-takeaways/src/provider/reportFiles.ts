import { reportFileExtensions } from '@conference-takeaways/backstage-plugin-conference-takeaways-node';

/** File endings of the built-in parsers: trip reports, descriptors, exports. */
const DEFAULT_REPORT_ENDINGS = reportFileExtensions();

/** One file handed to the extractor. */
export interface ReportFile {
  /** Path relative to the location root, `/`-separated. */
  path: string;
  content: Buffer;
  /** http(s) URL of the file, for files read from a URL location. */
  url?: string;
  /** Catalog location ref of the file, `url:<url>` or `file:<absolute path>`. */
  locationRef: string;
}

/** A file that could not be used, and why. */
export interface ReportFileProblem {
  path: string;
  message: string;
}

/** All report files of one location, with a version tag of the whole tree. */
export interface ReportTree {
  etag: string;
  files: ReportFile[];
  problems: ReportFileProblem[];
}

/**
 * Whether a path (relative to a location root, `/`-separated) may hold a
 * report: hidden files and folders and `node_modules` are skipped.
 */
export function isReportFilePath(
  path: string,
  endings: ReadonlyArray<string> = DEFAULT_REPORT_ENDINGS,
): boolean {
  const segments = path.split('/');
  if (segments.some(s => s.startsWith('.') || s === 'node_modules')) {
    return false;
  }
  const name = segments[segments.length - 1].toLocaleLowerCase('en-US');
  return endings.some(ending => name.endsWith(ending));
}

/** Whether a directory should be descended into while walking a tree. */
export function isWalkableDirectoryName(name: string): boolean {
  return !name.startsWith('.') && name !== 'node_modules';
}

export function tooLargeProblem(
  path: string,
  size: number,
  maxFileBytes: number,
): ReportFileProblem {
  return {
    path,
    message: `file is ${size} bytes, larger than the ${maxFileBytes} bytes allowed by conferenceTakeaways.reports.maxFileBytes; skipped`,
  };
}
