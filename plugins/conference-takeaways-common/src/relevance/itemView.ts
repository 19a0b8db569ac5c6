import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { ConferenceEntity, TakeawayEntity, TalkEntity } from '../kinds/types';
import { midYear, parseIsoDate } from './age';
import { normalizeEntityRef } from './refs';
import { ConferenceSummary, RelevantItem } from './types';

type Candidate = TakeawayEntity | TalkEntity;

/** Looks entities up by ref, whatever casing or defaults the ref uses. */
export class RefIndex<T> {
  readonly #byRef = new Map<string, T>();

  constructor(entries: Iterable<[string, T]> | undefined, defaultKind: string) {
    for (const [ref, value] of entries ?? []) {
      const key = normalizeEntityRef(ref, { defaultKind });
      if (key) {
        this.#byRef.set(key, value);
      }
    }
  }

  get(ref: unknown, defaultKind: string): T | undefined {
    const key =
      typeof ref === 'string'
        ? normalizeEntityRef(ref, { defaultKind })
        : undefined;
    return key ? this.#byRef.get(key) : undefined;
  }
}

/** The canonical ref of one of our entities. */
export function refOf(entity: {
  kind: string;
  metadata: { name: string; namespace?: string };
}): string {
  return stringifyEntityRef({
    kind: entity.kind,
    namespace: entity.metadata.namespace,
    name: entity.metadata.name,
  });
}

function isHttpUrl(value: unknown): value is string {
  return typeof value === 'string' && /^https?:\/\//i.test(value);
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : [];
}

export function titleOf(item: Candidate): string {
  const title = item.kind === 'Takeaway' ? item.spec.headline : item.spec.title;
  return title || item.metadata.title || item.metadata.name;
}

/** A conference's date: its start date, else the middle of its year. */
export function conferenceDateOf(
  conference: ConferenceEntity | undefined,
): Date | undefined {
  return (
    parseIsoDate(conference?.spec?.startDate) ?? midYear(conference?.spec?.year)
  );
}

/**
 * The date an item's age is measured from: its conference (start date, else
 * the middle of its year), else the takeaway's report date.
 */
export function dateOf(
  item: Candidate,
  conference: ConferenceEntity | undefined,
): Date | undefined {
  const conferenceDate = conferenceDateOf(conference);
  if (conferenceDate) {
    return conferenceDate;
  }
  return item.kind === 'Takeaway'
    ? parseIsoDate(item.spec.report?.date)
    : undefined;
}

function conferenceSummary(
  ref: unknown,
  conference: ConferenceEntity | undefined,
): ConferenceSummary | undefined {
  if (conference) {
    const { series, edition, region, year } = conference.spec ?? {};
    const fallbackTitle = [
      series,
      edition ?? [region, year].filter(Boolean).join(' '),
    ]
      .filter(Boolean)
      .join(' ');
    return {
      entityRef: refOf(conference),
      title:
        conference.metadata.title || fallbackTitle || conference.metadata.name,
      year: typeof year === 'number' ? year : undefined,
    };
  }
  const entityRef =
    typeof ref === 'string'
      ? normalizeEntityRef(ref, { defaultKind: 'conference' })
      : undefined;
  return entityRef
    ? { entityRef, title: parseEntityRef(entityRef).name }
    : undefined;
}

/** The parts of a {@link RelevantItem} that do not depend on scoring. */
export function describeItem(
  item: Candidate,
  conference: ConferenceEntity | undefined,
  talks: RefIndex<TalkEntity>,
): Omit<RelevantItem, 'score' | 'reasons'> {
  const base = {
    entityRef: refOf(item),
    title: titleOf(item),
    conference: conferenceSummary(item.spec.conference, conference),
    tools: stringArray(item.spec.tools),
  };
  if (item.kind === 'Takeaway') {
    const cited = stringArray(item.spec.talks)
      .map(ref => talks.get(ref, 'talk'))
      .filter((talk): talk is TalkEntity => talk !== undefined)
      .map(talk => ({
        entityRef: refOf(talk),
        title: titleOf(talk),
        speakers: stringArray(talk.spec.speakers),
        recordingUrl: isHttpUrl(talk.spec.recordingUrl)
          ? talk.spec.recordingUrl
          : undefined,
        slidesUrl: isHttpUrl(talk.spec.slidesUrl)
          ? talk.spec.slidesUrl
          : undefined,
      }));
    return {
      ...base,
      kind: 'Takeaway',
      summary: item.spec.summary,
      talks: cited,
    };
  }
  const links = [
    { url: item.spec.recordingUrl, title: 'Recording' },
    { url: item.spec.slidesUrl, title: 'Slides' },
  ].filter((link): link is { url: string; title: string } =>
    isHttpUrl(link.url),
  );
  return {
    ...base,
    kind: 'Talk',
    summary: stringArray(item.spec.speakers).join(', ') || undefined,
    links,
  };
}
