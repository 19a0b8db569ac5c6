/**
 * One region a series is held in, e.g. KubeCon's `Europe`.
 *
 * @public
 */
export interface ConferenceRegionDefinition {
  /** Display name, e.g. `Europe`. */
  name: string;
  /** Short code used in entity names, e.g. `eu`. */
  code: string;
  /**
   * Other spellings, e.g. `EU`. Short all-capital spellings (`EU`, `NA`,
   * `IN`) match only when written in capitals, so "in" stays a word.
   */
  aliases?: string[];
}

/**
 * One edition of a series: where and when it was held.
 *
 * @public
 */
export interface ConferenceEditionDefinition {
  year: number;
  /** Name of one of the series' regions; none for a series' main edition. */
  region?: string;
  city?: string;
  /** `YYYY-MM-DD`, first day including co-located events. */
  startDate?: string;
  /** `YYYY-MM-DD`, last day. */
  endDate?: string;
  /** Held online only. */
  online?: boolean;
}

/**
 * A conference series and how reports name it.
 *
 * @public
 */
export interface ConferenceSeriesDefinition {
  /** Stable id, the prefix of entity names: `kubecon`, `srecon`. */
  id: string;
  /** Display name, e.g. `KubeCon + CloudNativeCon`. */
  name: string;
  /** Other names reports use; case and accents do not matter. */
  aliases?: string[];
  /**
   * Names that are also common words (`Velocity`): they count only when a
   * year, region or city of the series follows them.
   */
  weakAliases?: string[];
  /**
   * Events held alongside an edition and reported as part of it (ArgoCon at
   * KubeCon). A mention supports the series but never outweighs its name.
   */
  coLocated?: string[];
  regions?: ConferenceRegionDefinition[];
  /**
   * Editions are told apart by city (DevOpsDays Ghent, QCon London): the
   * city is the edition's region and part of its entity name.
   */
  editionsByCity?: boolean;
  /** City of every edition that names none, e.g. FOSDEM's Brussels. */
  city?: string;
  editions?: ConferenceEditionDefinition[];
}
