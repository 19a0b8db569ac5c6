/**
 * Returns the URL when it is an absolute http(s) URL and undefined otherwise.
 *
 * Report data comes from files anyone can edit, so every link we render goes
 * through this first: `javascript:`, `data:` and friends never become links.
 *
 * @public
 */
export function safeHttpUrl(url: unknown): string | undefined {
  if (typeof url !== 'string' || url.trim() === '') {
    return undefined;
  }
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return undefined;
  }
  return parsed.href;
}
