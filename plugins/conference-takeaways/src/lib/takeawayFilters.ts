import { TakeawayEntity } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { ConferenceIndex } from './conferences';
import { normalizeRef } from './entityRefs';

/** Filters of the explorer's takeaway list; empty fields match everything. */
export interface TakeawayFilter {
  /** Free text, matched against headline, summary, report title and author. */
  text?: string;
  tool?: string;
  /** Conference ref, in any form `parseEntityRef` accepts. */
  conference?: string;
  year?: number;
}

function searchableText(takeaway: TakeawayEntity): string {
  const { headline, summary, report } = takeaway.spec;
  return [
    takeaway.metadata.title,
    headline,
    summary,
    report?.title,
    report?.author,
  ]
    .filter(Boolean)
    .join('\n')
    .toLocaleLowerCase('en-US');
}

export function filterTakeaways(
  takeaways: TakeawayEntity[],
  conferences: ConferenceIndex,
  filter: TakeawayFilter,
): TakeawayEntity[] {
  const words = (filter.text ?? '')
    .toLocaleLowerCase('en-US')
    .split(/\s+/)
    .filter(Boolean);
  const conferenceRef = filter.conference
    ? normalizeRef(filter.conference, 'conference')
    : undefined;
  return takeaways.filter(takeaway => {
    if (filter.tool && !(takeaway.spec.tools ?? []).includes(filter.tool)) {
      return false;
    }
    if (conferenceRef || filter.year !== undefined) {
      const conference = conferences.get(takeaway.spec.conference);
      if (conferenceRef && conference?.ref !== conferenceRef) {
        return false;
      }
      if (filter.year !== undefined && conference?.year !== filter.year) {
        return false;
      }
    }
    if (words.length > 0) {
      const text = searchableText(takeaway);
      return words.every(word => text.includes(word));
    }
    return true;
  });
}
