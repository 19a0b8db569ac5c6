import {
  DetectedEdition,
  EditionEvidence,
  EditionField,
  EvidenceSource,
} from './detectionTypes';
import { ConferenceDictionary } from './ConferenceDictionary';
import { editionEntityName } from './editionNaming';
import { CityMention, SeriesMention } from './mentions';
import { ProseDate } from './proseDates';
import {
  ConferenceEditionDefinition,
  ConferenceSeriesDefinition,
} from './types';

/** Where in the report a mention was found. */
export type MentionSource = 'title' | 'tags' | 'text';

export interface SourcedMention extends SeriesMention {
  source: MentionSource;
}

/** What the whole report offers beyond the mentions themselves. */
export interface ReportClues {
  /** Cities named anywhere in the text. */
  cities(): CityMention[];
  /** Full dates written in the text. */
  dates(): ProseDate[];
  /** `YYYY-MM-DD`. */
  published?: string;
}

const SOURCE_ORDER: MentionSource[] = ['title', 'tags', 'text'];
const DAY = 86_400_000;
/** A report published this long after an edition began may be about it. */
const REPORT_WINDOW_DAYS = 200;

const daysBetween = (from: string, to: string) =>
  (Date.parse(to) - Date.parse(from)) / DAY;

function covers(
  edition: ConferenceEditionDefinition,
  date: ProseDate,
): boolean {
  if (!edition.startDate) {
    return false;
  }
  const end = edition.endDate ?? edition.startDate;
  return (
    daysBetween(edition.startDate, date.start) >= -1 &&
    daysBetween(date.start, end) >= -1
  );
}

/**
 * Which edition of `series` the mentions (and the report's clues) point
 * to. The first region, year and city written next to the series name
 * (title first) narrow the series' editions; cities named in the text,
 * full dates in the text and the publication date narrow them further; an
 * edition left alone fills in what was not written.
 */
export function resolveEdition(
  series: ConferenceSeriesDefinition,
  mentions: SourcedMention[],
  clues: ReportClues,
  dictionary: ConferenceDictionary,
): DetectedEdition {
  const ordered = [...mentions].sort(
    (a, b) =>
      SOURCE_ORDER.indexOf(a.source) - SOURCE_ORDER.indexOf(b.source) ||
      a.index - b.index,
  );
  const evidence: EditionEvidence[] = [
    { field: 'series', value: series.name, from: ordered[0]?.source ?? 'text' },
  ];
  const note = (field: EditionField, value: unknown, from: EvidenceSource) =>
    evidence.push({ field, value: String(value), from });
  const editions = series.editions ?? [];

  const byRegion = ordered.find(m => m.region);
  let region = byRegion?.region;
  if (byRegion) note('region', region, byRegion.source);
  const byYear = ordered.find(
    m => m.year && (!region || !m.region || m.region === region),
  );
  let year = byYear?.year;
  if (byYear) note('year', year, byYear.source);
  const cityFits = (city: string) =>
    series.editionsByCity ||
    !editions.some(e => e.city) ||
    editions.some(
      e =>
        e.city === city &&
        (!region || e.region === region) &&
        (!year || e.year === year),
    );
  const byCity = ordered.find(m => m.city && cityFits(m.city));
  let city = byCity?.city;
  if (byCity) note('city', city, byCity.source);
  if (series.editionsByCity) {
    region ??= city;
    city ??= region;
  }

  let candidates = editions.filter(
    e =>
      (!year || e.year === year) &&
      (!region || e.region === region) &&
      (!city || e.city === city),
  );
  let decidedBy: EvidenceSource = 'edition table';

  if (!city && candidates.length > 1) {
    const named = clues
      .cities()
      .find(c => !c.otherEdition && candidates.some(e => e.city === c.city));
    if (named) {
      candidates = candidates.filter(e => e.city === named.city);
      decidedBy = 'text';
    }
  }
  if (candidates.length > 1) {
    const dates = clues.dates();
    const hits = candidates.map(e => dates.filter(d => covers(e, d)).length);
    const most = Math.max(0, ...hits);
    if (most > 0) {
      candidates = candidates.filter((_, i) => hits[i] === most);
      decidedBy = 'dates in text';
    }
  }
  const published = clues.published;
  if (published) {
    // An edition that began after the report was published is a future one.
    const notLater = candidates.filter(
      e => !e.startDate || daysBetween(published, e.startDate) <= 1,
    );
    if (notLater.length && notLater.length < candidates.length) {
      candidates = notLater;
      decidedBy = 'publication date';
    }
  }
  if (published && candidates.length > 1) {
    const before = candidates.filter(
      e =>
        e.startDate &&
        daysBetween(e.startDate, published) >= 0 &&
        daysBetween(e.startDate, published) <= REPORT_WINDOW_DAYS,
    );
    if (before.length) {
      const latest = before.reduce((a, b) =>
        (a.startDate ?? '') >= (b.startDate ?? '') ? a : b,
      );
      candidates = [latest];
      decidedBy = 'publication date';
    }
  }
  if (candidates.length > 1 && !region && !city) {
    // "GopherCon 2018" is the main edition, not GopherCon EU.
    const main = candidates.filter(e => !e.region);
    if (main.length === 1) {
      candidates = main;
    }
  }

  const edition = candidates.length === 1 ? candidates[0] : undefined;
  if (edition) {
    if (!year) note('year', edition.year, decidedBy);
    if (!region && edition.region) note('region', edition.region, decidedBy);
    if (!city && edition.city) note('city', edition.city, decidedBy);
    year ??= edition.year;
    region ??= edition.region;
    city ??= edition.city;
    if (edition.startDate) {
      note('dates', edition.startDate, decidedBy);
    }
  }
  if (!year && published) {
    year = Number(published.slice(0, 4));
    note('year', year, 'publication date');
  }

  const unknown: EditionField[] = [];
  if (!year) unknown.push('year');
  if (
    !region &&
    !edition &&
    (series.regions?.length || series.editionsByCity)
  ) {
    unknown.push('region');
  }
  if (!city && !edition?.online) unknown.push('city');
  if (!edition?.startDate) unknown.push('dates');

  const parts = { series: series.name, region, year };
  return {
    seriesId: series.id,
    series: series.name,
    year,
    region,
    city,
    startDate: edition?.startDate,
    endDate: edition?.endDate,
    online: edition?.online,
    title: [series.name, region, year].filter(Boolean).join(' '),
    name: year ? editionEntityName({ ...parts, year }, dictionary) : undefined,
    evidence,
    unknown,
  };
}
