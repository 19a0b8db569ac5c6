import { UrlReaderService } from '@backstage/backend-plugin-api';
import { InputError, isError, NotAllowedError } from '@backstage/errors';
import {
  reportFileExtensions,
  withDefaultParsers,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-node';
import { z } from 'zod';
import { PayloadTooLargeError } from './PayloadTooLargeError';

/** The report a preview reads, as a file of the reports directory. */
export interface PreviewSource {
  fileName: string;
  content: Buffer;
}

const FILE_NAME = /^[\w][\w .()+-]{0,199}$/;

const requestSchema = z.union([
  z
    .object({
      text: z.string().min(1, 'text is empty'),
      fileName: z
        .string()
        .regex(FILE_NAME, 'fileName must be a plain file name like report.md')
        .optional(),
    })
    .strict(),
  z.object({ url: z.string().url('url is not a URL') }).strict(),
]);

/** Endings the built-in parsers read; a preview reads nothing else. */
const ENDINGS = reportFileExtensions(withDefaultParsers([]));

function checkFileName(fileName: string): string {
  const lower = fileName.toLocaleLowerCase('en-US');
  if (!ENDINGS.some(ending => lower.endsWith(ending))) {
    throw new InputError(
      `${fileName} is not a report file: its name must end with one of ${ENDINGS.join(
        ', ',
      )}`,
    );
  }
  return fileName;
}

function tooLarge(what: string, maxBytes: number): PayloadTooLargeError {
  return new PayloadTooLargeError(
    `${what} is larger than ${maxBytes} bytes, the most a preview reads (conferenceTakeaways.preview.maxBytes)`,
  );
}

/** The last path segment of a URL, when it is a report file name. */
function fileNameOfUrl(url: URL): string {
  const last = decodeURIComponent(url.pathname.split('/').pop() ?? '');
  return FILE_NAME.test(last) && ENDINGS.some(e => last.endsWith(e))
    ? last
    : 'report.md';
}

async function readAtMost(
  stream: NodeJS.ReadableStream,
  maxBytes: number,
  url: string,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    size += buffer.length;
    if (size > maxBytes) {
      // Stop reading: the rest is never downloaded.
      (stream as { destroy?: () => void }).destroy?.();
      throw tooLarge(url, maxBytes);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Validates a preview request and returns the report it names: pasted text,
 * or a URL read through the backend's UrlReader, so only hosts the reading
 * allow-list and integrations permit are ever fetched.
 */
export async function readPreviewSource(
  body: unknown,
  options: { urlReader: UrlReaderService; maxBytes: number },
): Promise<PreviewSource> {
  const parsed = requestSchema.safeParse(body);
  if (!parsed.success) {
    throw new InputError(
      `Expected {"text": "...", "fileName"?: "report.md"} or {"url": "https://..."}: ${parsed.error.issues
        .map(issue => issue.message)
        .join('; ')}`,
    );
  }
  const request = parsed.data;
  if ('text' in request) {
    const content = Buffer.from(request.text, 'utf8');
    if (content.length > options.maxBytes) {
      throw tooLarge('The report', options.maxBytes);
    }
    return {
      fileName: checkFileName(request.fileName ?? 'report.md'),
      content,
    };
  }

  const url = new URL(request.url);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(
      `Only http(s) URLs can be previewed, not ${url.protocol}`,
    );
  }
  let response;
  try {
    response = await options.urlReader.readUrl(url.toString());
  } catch (error) {
    if (isError(error) && error.name === NotAllowedError.name) {
      throw new InputError(
        `The portal may not read ${url.host}: only hosts in backend.reading.allow or with an integration can be previewed`,
      );
    }
    throw new InputError(
      `Could not read ${url}: ${isError(error) ? error.message : error}`,
    );
  }
  const content = response.stream
    ? await readAtMost(response.stream(), options.maxBytes, url.toString())
    : await response.buffer();
  if (content.length > options.maxBytes) {
    throw tooLarge(url.toString(), options.maxBytes);
  }
  return { fileName: fileNameOfUrl(url), content };
}
