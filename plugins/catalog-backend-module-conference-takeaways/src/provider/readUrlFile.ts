import { UrlReaderService } from '@backstage/backend-plugin-api';
import { NotModifiedError } from '@backstage/errors';
import { createHash } from 'node:crypto';
import { ReportTree, tooLargeProblem } from './reportFiles';

/**
 * Reads a single report file through the backend's UrlReader (`readUrl`), for
 * hosts whose reader cannot read trees. Throws `NotModifiedError` when `etag`
 * still matches.
 */
export async function readUrlFile(
  urlReader: UrlReaderService,
  target: string,
  options: { etag?: string; maxFileBytes: number },
): Promise<ReportTree> {
  const response = await urlReader.readUrl(target, { etag: options.etag });
  const content = await response.buffer();
  const path = decodeURIComponent(new URL(target).pathname.split('/').pop()!);
  // Not every server sends an ETag; the content hash is as good a version.
  const etag =
    response.etag ?? createHash('sha256').update(content).digest('hex');
  if (etag === options.etag) {
    throw new NotModifiedError(`${target} is unchanged`);
  }
  if (content.length > options.maxFileBytes) {
    return {
      etag,
      files: [],
      problems: [tooLargeProblem(path, content.length, options.maxFileBytes)],
    };
  }
  return {
    etag,
    files: [{ path, content, url: target, locationRef: `url:${target}` }],
    problems: [],
  };
}
