import {
  canonicalRegion,
  ConferenceInfo,
  KUBECON_EDITIONS,
  KUBECON_SERIES,
  kubeConEditionInCity,
} from './conference';

const KUBECON_MENTION =
  /(?:kube\s*con|cloud\s*native\s*con)(?:\s*(?:(?:\+|\/|&|and)\s*)?(?:kube\s*con|cloud\s*native\s*con))?/gi; // one `\s*` per gap: two in a row backtrack quadratically

/** Other `…Con` series, e.g. `ServiceMeshCon`, used when KubeCon is absent. */
const OTHER_SERIES_MENTION = /\b([A-Z][A-Za-z]+Con)\b/g;

/** Region names; the short codes only in capitals ("KubeCon EU", "NA"). */
const REGION_IN_TEXT =
  /^(?:[\s,+&/-]|\b(?:and|the)\b)*(Europe|North America|China|Japan|India|Latin America|Hong Kong|\bEU\b|\bNA\b|\bCN\b)/i;
const SHORT_CODES = new Set(['EU', 'NA', 'CN']);

const YEAR = /\b(20[1-4]\d)\b/;

const MONTH =
  '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const DATE_PATTERNS = [
  new RegExp(`${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(20[1-4]\\d)\\b`),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+${MONTH}\\s+(20[1-4]\\d)\\b`),
  /\b(20[1-4]\d)-\d{2}-\d{2}\b/,
];

const KNOWN_CITIES = [...new Set(KUBECON_EDITIONS.map(e => e.city))];

function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

interface Mention {
  index: number;
  series: string;
  region?: string;
  year?: number;
  city?: string;
}

function cityAt(text: string): string | undefined {
  return KNOWN_CITIES.find(city => new RegExp(`^${city}\\b`, 'i').test(text));
}

/** Region, year and city written right after a series mention. */
function readMention(
  text: string,
  index: number,
  length: number,
): Omit<Mention, 'series'> {
  const after = text.slice(index + length, index + length + 70);
  const sentenceEnd = after.search(/[.!?:;]\s|\n/);
  const window = sentenceEnd === -1 ? after : after.slice(0, sentenceEnd);
  const mention: Omit<Mention, 'series'> = { index };
  const region = REGION_IN_TEXT.exec(window);
  if (
    region &&
    (!SHORT_CODES.has(region[1].toUpperCase()) ||
      region[1] === region[1].toUpperCase())
  ) {
    mention.region = canonicalRegion(region[1]);
  }
  const firstWords = window.split(/\s+/).slice(0, 6).join(' ');
  const year = YEAR.exec(firstWords);
  if (year) {
    mention.year = Number(year[1]);
  }
  const leadingCity = cityAt(window.trim());
  const inCity = /\bin\s+(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+){0,2})/u.exec(
    window,
  );
  mention.city = leadingCity ?? (inCity ? cityAt(inCity[1]) : undefined);
  return mention;
}

function isAboutAnotherEdition(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 30), index);
  return /\b(next|upcoming|last year'?s|previous)\b[^.!?]*$/i.test(before);
}

function mentionsOf(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const match of text.matchAll(KUBECON_MENTION)) {
    if (!isAboutAnotherEdition(text, match.index)) {
      mentions.push({
        series: KUBECON_SERIES,
        ...readMention(text, match.index, match[0].length),
      });
    }
  }
  if (mentions.length) {
    return mentions;
  }
  for (const match of text.matchAll(OTHER_SERIES_MENTION)) {
    if (!isAboutAnotherEdition(text, match.index)) {
      mentions.push({
        series: match[1],
        ...readMention(text, match.index, match[0].length),
      });
    }
  }
  return mentions;
}

/** The year of the first date written in the text (a publication date). */
export function firstDateYear(text: string): number | undefined {
  const years = DATE_PATTERNS.map(pattern => pattern.exec(text))
    .filter((m): m is RegExpExecArray => Boolean(m))
    .sort((a, b) => a.index - b.index);
  return years.length ? Number(years[0][1]) : undefined;
}

/**
 * Which conference edition a plain-text report is about.
 *
 * The first mention of the series that is not about another edition
 * ("see you at the next KubeCon …") gives the region; the year comes from
 * the first mention with a year, else from the KubeCon city table (by the
 * city the report names), else from the first date written in the report.
 */
export function detectConference(
  rawText: string,
): { info: ConferenceInfo } | { problem: string } {
  const text = foldAccents(rawText);
  const mentions = mentionsOf(text);
  if (!mentions.length) {
    return { problem: 'no conference is named (e.g. "KubeCon Europe 2022")' };
  }
  const series = mentions[0].series;
  const isKubeCon = series === KUBECON_SERIES;
  let region = mentions.find(m => m.region)?.region;
  const sameEdition = (m: Mention) =>
    !m.region || !region || m.region === region;
  let year = mentions.find(m => m.year && sameEdition(m))?.year;
  let city = mentions.find(m => m.city && sameEdition(m))?.city;

  if (!city && isKubeCon) {
    const cities = KNOWN_CITIES.map(c => ({
      city: c,
      index: text.search(new RegExp(`\\b${c}\\b`)),
    }))
      .filter(c => c.index >= 0 && !isAboutAnotherEdition(text, c.index))
      .filter(c =>
        KUBECON_EDITIONS.some(
          e => e.city === c.city && (!region || e.region === region),
        ),
      )
      .sort((a, b) => a.index - b.index);
    city = cities[0]?.city;
  }
  if (isKubeCon && city && (!year || !region)) {
    const edition = kubeConEditionInCity(city, year ?? firstDateYear(text));
    if (edition && (!region || edition.region === region)) {
      region ??= edition.region;
      year ??= edition.year;
    }
  }
  year ??= firstDateYear(text);
  if (!year) {
    return {
      problem: `no year for ${series}${
        region ? ` ${region}` : ''
      } (write e.g. "${series} ${region ?? 'Europe'} 2022")`,
    };
  }
  return { info: { series, region, year, city } };
}
