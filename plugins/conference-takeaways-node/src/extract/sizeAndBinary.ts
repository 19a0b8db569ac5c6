/**
 * Files larger than this (1 MiB) are rejected unless the caller sets
 * another limit.
 *
 * @public
 */
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) {
    return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  }
  if (bytes >= 1024) {
    return `${(bytes / 1024).toFixed(1)} KiB`;
  }
  return `${bytes} bytes`;
}

/**
 * Turns a report file into text, or says why it is not a text file we
 * accept: too large, binary (a NUL byte) or not valid UTF-8. A leading byte
 * order mark is dropped.
 */
export function decodeReportText(
  path: string,
  content: Buffer,
  maxBytes: number,
): { text: string } | { problem: string } {
  if (content.length > maxBytes) {
    return {
      problem: `${path} is ${formatBytes(
        content.length,
      )}, over the ${formatBytes(maxBytes)} limit for report files`,
    };
  }
  const nul = content.indexOf(0);
  if (nul !== -1) {
    return {
      problem: `${path} has binary content (NUL byte at offset ${nul}); report files must be UTF-8 text`,
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return { problem: `${path} is not valid UTF-8 text` };
  }
  return { text: text.replace(/^\uFEFF/, '') };
}
