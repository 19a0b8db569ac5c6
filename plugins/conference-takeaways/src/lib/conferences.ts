import {
  ConferenceEntity,
  TakeawayEntity,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { normalizeRef, refOf } from './entityRefs';

/** e.g. `KubeCon + CloudNativeCon Europe 2022`. */
export function conferenceTitle(conference: ConferenceEntity): string {
  if (conference.metadata.title) {
    return conference.metadata.title;
  }
  const { series, edition, region, year } = conference.spec;
  const rest = edition ?? [region, year].filter(Boolean).join(' ');
  return [series, rest].filter(Boolean).join(' ') || conference.metadata.name;
}

/**
 * The tools a takeaway is about. Takeaways written before subject tools were
 * extracted only list mentions, most central first; we then take the first.
 */
export function subjectToolsOf(takeaway: TakeawayEntity): string[] {
  const subject = takeaway.spec.subjectTools ?? [];
  if (subject.length > 0) {
    return subject;
  }
  return (takeaway.spec.tools ?? []).slice(0, 1);
}

/** What we show for a conference ref. */
export interface ConferenceInfo {
  ref: string;
  title: string;
  year?: number;
  /** Sort key: start date or year. */
  sortKey: string;
  entity?: ConferenceEntity;
}

/**
 * Looks conferences up by (normalised) ref. Refs without an entity still get
 * a label from their name, and a year when the name ends with one
 * (`kubecon-eu-2022`), so takeaways of unknown conferences stay usable.
 */
export class ConferenceIndex {
  private readonly byRef = new Map<string, ConferenceInfo>();

  constructor(conferences: ConferenceEntity[]) {
    for (const entity of conferences) {
      const ref = refOf(entity);
      this.byRef.set(ref, {
        ref,
        title: conferenceTitle(entity),
        year:
          typeof entity.spec.year === 'number' ? entity.spec.year : undefined,
        sortKey: entity.spec.startDate ?? String(entity.spec.year ?? ''),
        entity,
      });
    }
  }

  get(ref: string | undefined): ConferenceInfo | undefined {
    const normalized = normalizeRef(ref, 'conference');
    if (!normalized?.startsWith('conference:')) {
      return undefined;
    }
    const known = this.byRef.get(normalized);
    if (known) {
      return known;
    }
    const name = normalized.slice(normalized.indexOf('/') + 1);
    const year = /-(\d{4})$/.exec(name)?.[1];
    return {
      ref: normalized,
      title: name,
      year: year ? Number(year) : undefined,
      sortKey: year ?? '',
    };
  }

  all(): ConferenceInfo[] {
    return [...this.byRef.values()].sort(compareConferenceInfo);
  }
}

export function compareConferenceInfo(
  a: ConferenceInfo,
  b: ConferenceInfo,
): number {
  return a.sortKey.localeCompare(b.sortKey) || a.title.localeCompare(b.title);
}
