/**
 * A property of a conference edition.
 *
 * @public
 */
export type EditionField = 'series' | 'year' | 'region' | 'city' | 'dates';

/**
 * Where a property came from: the report's title, tags or text, full dates
 * written in the text, its publication date, or the dictionary's table of
 * editions once the others narrowed it to one edition.
 *
 * @public
 */
export type EvidenceSource =
  | 'title'
  | 'tags'
  | 'text'
  | 'dates in text'
  | 'publication date'
  | 'edition table';

/**
 * How one property of an edition was found.
 *
 * @public
 */
export interface EditionEvidence {
  field: EditionField;
  value: string;
  from: EvidenceSource;
}

/**
 * A conference edition a report is about, as far as it can be told.
 *
 * @public
 */
export interface DetectedEdition {
  /** Dictionary id of the series; a slug of the name for unknown series. */
  seriesId: string;
  series: string;
  year?: number;
  /** A region (Europe) or, for series held city by city, the city. */
  region?: string;
  city?: string;
  startDate?: string;
  endDate?: string;
  online?: boolean;
  /** Display title, e.g. `KubeCon + CloudNativeCon North America 2024`. */
  title: string;
  /** Entity name, e.g. `kubecon-na-2024`; only once the year is known. */
  name?: string;
  evidence: EditionEvidence[];
  /** What the dictionary could say of this series but the report did not. */
  unknown: EditionField[];
  /** The series is not in the dictionary (a `…Con 2023` in the text). */
  unknownSeries?: boolean;
}

/**
 * Which conference(s) a report covers.
 *
 * @public
 */
export interface ConferenceDetection {
  /** The edition the report is mostly about. */
  main?: DetectedEdition;
  /** Other editions it covers, e.g. a second conference in one report. */
  others: DetectedEdition[];
  /** Why no conference could be told, when `main` is missing. */
  problem?: string;
}

/**
 * What {@link detectConferences} reads from a report.
 *
 * @public
 */
export interface ConferenceReportInput {
  title?: string;
  tags?: string[];
  text: string;
  /** Publication date, ISO (`2025-04-04` or a timestamp). */
  publishedDate?: string;
}
