import { ConferenceEntity, TakeawayEntity, TalkEntity } from '../kinds/types';
import { parseIsoDate } from './age';
import { conferenceDateOf, RefIndex, refOf, titleOf } from './itemView';
import { ToolLookup } from './toolLookup';

type Candidate = TakeawayEntity | TalkEntity;

/**
 * What ranking reads of a takeaway or talk, worked out from its entity: the
 * same for every entity it is ranked for, so an index can keep it.
 */
export interface PreparedCandidate {
  candidate: Candidate;
  /** Canonical ref. */
  entityRef: string;
  title: string;
  /** Slugs of the tools in `spec.tools` (names and aliases resolved). */
  toolSlugs: readonly string[];
  /**
   * Slugs of what the item is about: a takeaway's `spec.subjectTools`, the
   * tools a talk's title names.
   */
  subjectSlugs: readonly string[];
  /** Its conference's date, else a takeaway's report date. */
  date: Date | undefined;
  /** `date` for ordering: -Infinity when undated. */
  time: number;
}

/**
 * Prepares candidates for ranking. Items share a few conferences, report
 * dates, tool names and talk titles, so each is resolved once per preparer.
 */
export class CandidatePreparer {
  readonly #dictionary: ToolLookup;
  readonly #conferences: RefIndex<ConferenceEntity>;
  readonly #slugOfName = new Map<string, string>();
  readonly #titleSubjects = new Map<string, string[]>();
  /** By conference ref as written; undefined when it gives no date. */
  readonly #conferenceDates = new Map<string, Date | undefined>();
  readonly #reportDates = new Map<string, Date | undefined>();

  constructor(
    conferences: Map<string, ConferenceEntity>,
    dictionary: ToolLookup,
  ) {
    this.#conferences = new RefIndex(conferences, 'conference');
    this.#dictionary = dictionary;
  }

  prepare(candidate: Candidate): PreparedCandidate {
    const date = this.#dateOf(candidate);
    return {
      candidate,
      entityRef: refOf(candidate),
      title: titleOf(candidate),
      toolSlugs: this.#slugsOf(candidate.spec.tools),
      subjectSlugs:
        candidate.kind === 'Takeaway'
          ? this.#slugsOf(candidate.spec.subjectTools)
          : this.#titleSubjectsOf(candidate.spec.title),
      date,
      time: date?.getTime() ?? Number.NEGATIVE_INFINITY,
    };
  }

  #slugsOf(names: unknown): string[] {
    if (!Array.isArray(names)) {
      return [];
    }
    const slugs: string[] = [];
    for (const name of names) {
      if (typeof name === 'string') {
        slugs.push(this.#slugOf(name));
      }
    }
    return slugs;
  }

  /** A known tool's slug; an unknown name stands for itself. */
  #slugOf(name: string): string {
    let slug = this.#slugOfName.get(name);
    if (slug === undefined) {
      slug =
        this.#dictionary.resolve(name)?.slug ?? name.toLocaleLowerCase('en-US');
      this.#slugOfName.set(name, slug);
    }
    return slug;
  }

  /** The tools a talk's title names: what the talk is about. */
  #titleSubjectsOf(title: unknown): string[] {
    const text = typeof title === 'string' ? title : '';
    let slugs = this.#titleSubjects.get(text);
    if (!slugs) {
      slugs = this.#dictionary.findMentions(text).map(m => m.slug);
      this.#titleSubjects.set(text, slugs);
    }
    return slugs;
  }

  #dateOf(item: Candidate): Date | undefined {
    const conferenceRef = item.spec.conference;
    if (typeof conferenceRef === 'string') {
      if (!this.#conferenceDates.has(conferenceRef)) {
        this.#conferenceDates.set(
          conferenceRef,
          conferenceDateOf(this.#conferences.get(conferenceRef, 'conference')),
        );
      }
      const date = this.#conferenceDates.get(conferenceRef);
      if (date) {
        return date;
      }
    }
    const reportDate =
      item.kind === 'Takeaway' ? item.spec.report?.date : undefined;
    if (typeof reportDate !== 'string') {
      return undefined;
    }
    if (!this.#reportDates.has(reportDate)) {
      this.#reportDates.set(reportDate, parseIsoDate(reportDate));
    }
    return this.#reportDates.get(reportDate);
  }
}
