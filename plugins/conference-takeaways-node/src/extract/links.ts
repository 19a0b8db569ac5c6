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

/** What a URL cited next to a talk points at. */
export type TalkUrlKind = 'recording' | 'slides' | 'schedule' | 'other';

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

function hostIs(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** Path segments of conference sites that hold one session each. */
const SESSION_PATH =
  /\/(?:(?:schedule|program|programme|agenda)\/(?:event|session|talk)s?|sessions?|talks?|presentations?|proposals?)\/[^/?#]+/i;

/**
 * Where a URL cited next to a talk points: a recording (YouTube, Vimeo),
 * slides (Speaker Deck, SlideShare, Google Slides, PDF or deck files, files
 * attached on Sched) or a schedule page (Sched, Sessionize, pages of a
 * conference site under /schedule/event/, /session/, /talk/, ...).
 */
export function classifyTalkUrl(url: string): TalkUrlKind {
  const parsed = parse(url);
  if (!parsed) {
    return 'other';
  }
  const host = parsed.hostname.toLowerCase();
  const path = parsed.pathname.toLowerCase();
  if (
    hostIs(host, 'youtube.com') ||
    hostIs(host, 'youtu.be') ||
    hostIs(host, 'vimeo.com') ||
    hostIs(host, 'youtube-nocookie.com')
  ) {
    return 'recording';
  }
  if (
    /\.(?:pdf|pptx?|key|odp)$/.test(path) ||
    hostIs(host, 'speakerdeck.com') ||
    hostIs(host, 'slideshare.net') ||
    hostIs(host, 'slides.com') ||
    (host === 'docs.google.com' && path.startsWith('/presentation/')) ||
    (host === 'static.sched.com' && path.startsWith('/hosted_files/'))
  ) {
    return 'slides';
  }
  if (
    hostIs(host, 'sched.com') ||
    host === 'sched.co' ||
    hostIs(host, 'sessionize.com') ||
    SESSION_PATH.test(parsed.pathname)
  ) {
    return 'schedule';
  }
  return 'other';
}

/**
 * True when the URL is the page of one talk (a video, a deck, a session in a
 * schedule) rather than a playlist, a channel or a whole schedule.
 */
export function isTalkPageUrl(url: string): boolean {
  const parsed = parse(url);
  if (!parsed) {
    return false;
  }
  const host = parsed.hostname.toLowerCase();
  const path = parsed.pathname.toLowerCase();
  switch (classifyTalkUrl(url)) {
    case 'recording':
      if (hostIs(host, 'youtube.com') || hostIs(host, 'youtube-nocookie.com')) {
        return (
          // shorts last a minute: never a conference talk
          (path === '/watch' && parsed.searchParams.has('v')) ||
          /^\/(?:embed|live|v)\/[^/]+/.test(path)
        );
      }
      if (hostIs(host, 'youtu.be')) {
        return path.length > 1;
      }
      return /^\/(?:video\/)?\d+/.test(path); // vimeo.com/123456
    case 'slides':
      return true;
    case 'schedule':
      if (host === 'sched.co') {
        return path.length > 1;
      }
      if (hostIs(host, 'sched.com')) {
        return path.startsWith('/event/');
      }
      if (hostIs(host, 'sessionize.com')) {
        return path.split('/').filter(Boolean).length >= 2;
      }
      return SESSION_PATH.test(parsed.pathname);
    default:
      return false;
  }
}
