import { UrlReaderService } from '@backstage/backend-plugin-api';
import {
  isReportFilePath,
  ReportFile,
  ReportFileProblem,
  ReportTree,
  tooLargeProblem,
} from './reportFiles';

/**
 * Reads the report files below a URL through the backend's UrlReader.
 * Throws `NotModifiedError` when `etag` still matches the remote tree.
 */
export async function readUrlTree(
  urlReader: UrlReaderService,
  target: string,
  options: {
    etag?: string;
    maxFileBytes: number;
    endings?: ReadonlyArray<string>;
  },
): Promise<ReportTree> {
  const response = await urlReader.readTree(target, {
    etag: options.etag,
    filter: path => isReportFilePath(path, options.endings),
  });
  const base = target.endsWith('/') ? target : `${target}/`;
  const files: ReportFile[] = [];
  const problems: ReportFileProblem[] = [];
  const listed = await response.files();
  for (const file of [...listed].sort((a, b) => compare(a.path, b.path))) {
    const content = await file.content();
    if (content.length > options.maxFileBytes) {
      problems.push(
        tooLargeProblem(file.path, content.length, options.maxFileBytes),
      );
      continue;
    }
    const url = new URL(file.path, base).toString();
    files.push({ path: file.path, content, url, locationRef: `url:${url}` });
  }
  return { etag: response.etag, files, problems };
}

function compare(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}
