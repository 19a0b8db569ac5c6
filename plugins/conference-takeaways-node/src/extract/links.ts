/** True for absolute http(s) URLs, the only links we put into entities. */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || /\s/.test(value)) {
    return false;
  }
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Where a URL cited next to a talk most likely points. */
export function classifyTalkUrl(url: string): 'recording' | 'slides' | 'other' {
  const lower = url.toLowerCase();
  if (
    /^https?:\/\/([a-z0-9-]+\.)*(youtube\.com|youtu\.be|vimeo\.com)\//.test(
      lower,
    )
  ) {
    return 'recording';
  }
  if (
    /\.(pdf|pptx?|key)([?#].*)?$/.test(lower) ||
    /^https?:\/\/([a-z0-9-]+\.)*(speakerdeck\.com|slideshare\.net)\//.test(
      lower,
    ) ||
    /^https?:\/\/docs\.google\.com\/presentation\//.test(lower) ||
    /^https?:\/\/static\.sched\.com\/hosted_files\//.test(lower)
  ) {
    return 'slides';
  }
  return 'other';
}
