import { slugify } from '../extract/naming';
import { ConferenceDictionary } from './ConferenceDictionary';
import {
  ConferenceDetection,
  ConferenceReportInput,
  DetectedEdition,
} from './detectionTypes';
import { editionEntityName } from './editionNaming';
import {
  CityMention,
  findCityMentions,
  findSeriesMentions,
  seriesMatcher,
} from './mentions';
import { ProseDate, proseDates } from './proseDates';
import {
  MentionSource,
  ReportClues,
  resolveEdition,
  SourcedMention,
} from './resolveEdition';
import { foldAccents } from './text';
import { ConferenceSeriesDefinition } from './types';

const SOURCE_WEIGHT: Record<MentionSource, number> = {
  title: 6,
  tags: 3,
  text: 1,
};
/** Mentions this early in the text are the report's own introduction. */
const LEDE_LENGTH = 400;

function weightOf(m: SourcedMention): number {
  const base =
    SOURCE_WEIGHT[m.source] +
    (m.source === 'text' && m.index < LEDE_LENGTH ? 1 : 0);
  return m.strength === 'coLocated' ? base * 0.3 : base;
}

/** `YYYY-MM-DD` of an ISO date or timestamp; undefined otherwise. */
function isoDay(value: string | undefined): string | undefined {
  const day = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value ?? '')?.[1];
  return day && !Number.isNaN(Date.parse(day)) ? day : undefined;
}

function lazy<T>(compute: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= compute());
}

/** A `…Con 2023` / `…Conf 2023` the dictionary does not know. */
const UNKNOWN_SERIES =
  /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}]{1,30}?Conf?)[ \t]{0,3}((?:19|20)\d\d)(?!\d)/gu;

function unknownSeries(
  parts: Array<{ source: MentionSource; text: string }>,
  dictionary: ConferenceDictionary,
): DetectedEdition | undefined {
  for (const part of parts) {
    for (const match of part.text.matchAll(UNKNOWN_SERIES)) {
      const [, series, year] = match;
      const info = { series, year: Number(year) };
      return {
        seriesId: slugify(series),
        series,
        year: info.year,
        title: `${series} ${year}`,
        name: editionEntityName(info, dictionary),
        evidence: [
          { field: 'series', value: series, from: part.source },
          { field: 'year', value: year, from: part.source },
        ],
        unknown: ['city', 'dates'],
        unknownSeries: true,
      };
    }
  }
  return undefined;
}

/** Editions named next to the main one often enough to be covered too. */
function otherEditions(
  main: DetectedEdition,
  mainSeries: ConferenceSeriesDefinition,
  live: SourcedMention[],
  clues: ReportClues,
  dictionary: ConferenceDictionary,
): DetectedEdition[] {
  const groups = new Map<string, SourcedMention[]>();
  for (const m of live) {
    if (m.strength !== 'name') {
      continue;
    }
    let key: string;
    if (m.series === mainSeries) {
      const differs =
        (m.region && main.region && m.region !== main.region) ||
        (m.year && main.year && m.year !== main.year);
      // another edition of the same series counts only with its year written
      if (!differs || !m.year) {
        continue;
      }
      key = `${m.series.id}|${m.region ?? ''}|${m.year ?? ''}`;
    } else {
      key = m.series.id;
    }
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  // Only the report's own dates decide these; its city list belongs to the main one.
  const narrow: ReportClues = {
    cities: () => [],
    dates: () => [],
    published: clues.published,
  };
  const others = [...groups.values()]
    .filter(g => g.length >= 2 || g.some(m => m.source === 'title'))
    .map(g => resolveEdition(g[0].series, g, narrow, dictionary))
    .filter(e => !(e.seriesId === main.seriesId && e.name === main.name))
    // an edition after publication is one the author looks forward to
    .filter(
      e => !clues.published || !e.startDate || e.startDate <= clues.published,
    );
  return others.filter(
    (e, i) => !e.name || others.findIndex(o => o.name === e.name) === i,
  );
}

/**
 * Which conference edition(s) a trip report is about.
 *
 * Series are found by their names and aliases in the title, tags and text
 * (case, accents and `+`/`&`/`and` do not matter); mentions of past or
 * future editions ("see you at the next KubeCon in Paris") do not count.
 * The series named most (the title weighs most) is the main one; its
 * edition comes from the region, year and city written next to its name,
 * else from cities named in the text, full dates in the text and the
 * publication date matched against the dictionary's editions. Another
 * series (or edition) named at least twice, or in the title, is reported
 * in `others`. Every property says where it came from; what could not be
 * told is listed in `unknown`.
 *
 * @public
 */
export function detectConferences(
  input: ConferenceReportInput,
  dictionary: ConferenceDictionary = ConferenceDictionary.default(),
): ConferenceDetection {
  const matcher = seriesMatcher(dictionary);
  const text = foldAccents(input.text);
  const parts: Array<{ source: MentionSource; text: string }> = [
    { source: 'title', text: foldAccents(input.title ?? '') },
    { source: 'tags', text: foldAccents((input.tags ?? []).join(', ')) },
    { source: 'text', text },
  ];
  const live = parts.flatMap(part =>
    findSeriesMentions(part.text, matcher)
      .filter(m => part.source !== 'text' || !m.otherEdition)
      .map((m): SourcedMention => ({ ...m, source: part.source })),
  );
  const clues: ReportClues = {
    cities: lazy((): CityMention[] => findCityMentions(text, matcher)),
    dates: lazy((): ProseDate[] => proseDates(text)),
    published: isoDay(input.publishedDate),
  };

  const scores = new Map<ConferenceSeriesDefinition, number>();
  for (const m of live) {
    scores.set(m.series, (scores.get(m.series) ?? 0) + weightOf(m));
  }
  let mainSeries: ConferenceSeriesDefinition | undefined;
  for (const [series, score] of scores) {
    if (!mainSeries || score > scores.get(mainSeries)!) {
      mainSeries = series;
    }
  }
  if (!mainSeries) {
    const main = unknownSeries(parts, dictionary);
    return main
      ? { main, others: [] }
      : {
          others: [],
          problem:
            'no conference is named (e.g. "KubeCon Europe 2022", "SREcon23 Americas", "DevOpsDays Ghent 2019")',
        };
  }
  const ofMain = live.filter(m => m.series === mainSeries);
  const main = resolveEdition(mainSeries, ofMain, clues, dictionary);
  return {
    main,
    others: otherEditions(main, mainSeries, live, clues, dictionary),
  };
}
