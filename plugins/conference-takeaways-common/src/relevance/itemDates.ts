import { ConferenceEntity, TakeawayEntity, TalkEntity } from '../kinds/types';
import { ageFactor, parseIsoDate } from './age';
import { conferenceDateOf, RefIndex } from './itemView';

type Candidate = TakeawayEntity | TalkEntity;

/** An item's date and what it does to the score. */
export interface ItemDate {
  date: Date | undefined;
  /** For ordering: the date's time, -Infinity when undated. */
  time: number;
  ageFactor: number;
}

/**
 * The dates of many items seen at one moment, as `dateOf` gives them. Items share a
 * few conferences and report dates, so each is looked up and parsed once.
 */
export class ItemDates {
  readonly #conferences: RefIndex<ConferenceEntity>;
  readonly #now: Date;
  /** By conference ref as written; undefined when it gives no date. */
  readonly #byConference = new Map<string, ItemDate | undefined>();
  /** By a takeaway's report date as written. */
  readonly #byReportDate = new Map<string, ItemDate>();
  readonly #undated: ItemDate;

  constructor(conferences: RefIndex<ConferenceEntity>, now: Date) {
    this.#conferences = conferences;
    this.#now = now;
    this.#undated = this.#dated(undefined);
  }

  of(item: Candidate): ItemDate {
    const conferenceRef = item.spec.conference;
    if (typeof conferenceRef === 'string') {
      let dated = this.#byConference.get(conferenceRef);
      if (!this.#byConference.has(conferenceRef)) {
        const date = conferenceDateOf(
          this.#conferences.get(conferenceRef, 'conference'),
        );
        dated = date ? this.#dated(date) : undefined;
        this.#byConference.set(conferenceRef, dated);
      }
      if (dated) {
        return dated;
      }
    }
    const reportDate =
      item.kind === 'Takeaway' ? item.spec.report?.date : undefined;
    if (typeof reportDate !== 'string') {
      return this.#undated;
    }
    let dated = this.#byReportDate.get(reportDate);
    if (!dated) {
      dated = this.#dated(parseIsoDate(reportDate));
      this.#byReportDate.set(reportDate, dated);
    }
    return dated;
  }

  #dated(date: Date | undefined): ItemDate {
    return {
      date,
      time: date?.getTime() ?? Number.NEGATIVE_INFINITY,
      ageFactor: ageFactor(date, this.#now),
    };
  }
}
