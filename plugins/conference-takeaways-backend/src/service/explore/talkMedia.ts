import { Entity } from '@backstage/catalog-model';
import { ExploreMedia } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';

const RECORDING_HOSTS = /(^|\.)(youtube\.com|youtu\.be|vimeo\.com)$/i;
const SLIDES_HOSTS =
  /(^|\.)(speakerdeck\.com|slideshare\.net|slides\.com|static\.sched\.com)$/i;
const SCHEDULE_HOSTS = /(^|\.)(sched\.com|sessionize\.com|pretalx\.com)$/i;

function httpUrl(value: unknown): URL | undefined {
  if (typeof value !== 'string' || !/^https?:\/\//i.test(value)) {
    return undefined;
  }
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/** What a link of a talk is, judged by where it points. */
function kindOfLink(url: URL): keyof ExploreMedia | undefined {
  if (RECORDING_HOSTS.test(url.hostname)) {
    return 'recording';
  }
  if (SLIDES_HOSTS.test(url.hostname) || /\.pdf$/i.test(url.pathname)) {
    return 'slides';
  }
  if (
    SCHEDULE_HOSTS.test(url.hostname) ||
    /\/(schedule|program|agenda|sessions?)\b/i.test(url.pathname)
  ) {
    return 'schedule';
  }
  return undefined;
}

/**
 * A talk's recording, slides and schedule page: `spec.recordingUrl` and
 * `spec.slidesUrl` as the extractor stored them, else the talk's other
 * links (`metadata.links`) classified by host. Undefined when none is known.
 */
export function talkMedia(talk: Entity): ExploreMedia | undefined {
  const media: ExploreMedia = {};
  const recording = httpUrl(talk.spec?.recordingUrl);
  const slides = httpUrl(talk.spec?.slidesUrl);
  if (recording) media.recording = recording.href;
  if (slides) media.slides = slides.href;
  for (const link of talk.metadata.links ?? []) {
    const url = httpUrl(link.url);
    const kind = url && kindOfLink(url);
    if (url && kind && !media[kind]) {
      media[kind] = url.href;
    }
  }
  return Object.keys(media).length > 0 ? media : undefined;
}
