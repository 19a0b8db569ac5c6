import { Entity } from '@backstage/catalog-model';
import {
  TakeawayReport,
  ToolDictionary,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import type { ExtractionLimits } from './bounds';
import type { ConferenceDictionary } from '../conferences/ConferenceDictionary';
import { ConferenceInfo } from './conference';
import type { ReportParser } from './parsers/types';
import { TalkCitation } from './talks';

/**
 * One report file to extract entities from.
 *
 * @public
 */
export interface ReportFile {
  /** Path of the file; its extension picks the format. */
  path: string;
  content: Buffer;
  /** Where the file can be read, used as the source-report annotation. */
  url?: string;
}

/**
 * Why (part of) a file could not be extracted.
 *
 * @public
 */
export interface ExtractionProblem {
  path: string;
  message: string;
}

/**
 * Entities from all files, merged and sorted, and the problems found.
 *
 * @public
 */
export interface ExtractionResult {
  entities: Entity[];
  problems: ExtractionProblem[];
}

/**
 * Options of {@link extractEntities}.
 *
 * @public
 */
export interface ExtractOptions {
  /** Tools to detect; defaults to the curated tools plus the CNCF landscape. */
  dictionary?: ToolDictionary;
  /** Conference series to detect; defaults to `ConferenceDictionary.default()`. */
  conferences?: ConferenceDictionary;
  /** Larger files are rejected; defaults to 1 MiB. */
  maxFileBytes?: number;
  /** Namespace of the entities and of the refs between them; `default`. */
  namespace?: string;
  /**
   * Parsers for more input formats, asked before the built-in ones (see
   * {@link ReportParser}).
   */
  parsers?: ReadonlyArray<ReportParser>;
  /** How much one file may contribute; see `DEFAULT_EXTRACTION_LIMITS`. */
  limits?: Partial<ExtractionLimits>;
  /**
   * Annotations besides ours that entities from reports may carry; any
   * other is dropped with a problem naming the file.
   */
  allowedAnnotations?: ReadonlyArray<string>;
}

/**
 * Who wrote an entity down; on merge the higher one wins.
 *
 * @public
 */
export type EntityOrigin = 'descriptor' | 'program' | 'report';

/**
 * An entity with where it came from, before duplicates are merged.
 *
 * @public
 */
export interface SourcedEntity {
  entity: Entity;
  origin: EntityOrigin;
  /** Path of the file it came from. */
  path: string;
}

/**
 * What every format parser gets.
 *
 * @public
 */
export interface ParseContext {
  path: string;
  /** Value of the source-report annotation. */
  sourceReport: string;
  namespace: string;
  dictionary: ToolDictionary;
  conferences: ConferenceDictionary;
}

/**
 * What a format parser returns: entities it could read and problems.
 *
 * @public
 */
export interface FileExtraction {
  entities: SourcedEntity[];
  problems: string[];
}

/** One takeaway of a report before it becomes an entity. */
export interface TakeawayDraft {
  headline: string;
  /** Markdown (or plain text) shown as the takeaway summary. */
  summary: string;
  /** Tool names the author gave explicitly (`Tools:` line). */
  explicitTools: string[];
  talks: TalkCitation[];
}

/** A parsed Markdown or plain-text trip report. */
export interface ReportModel {
  /** Report key of takeaway names: frontmatter title or file name. */
  key: string;
  report: TakeawayReport;
  owner?: string;
  /** Undefined when the report does not say which conference it covers. */
  conference?: { name: string; info?: ConferenceInfo };
  /** Other editions the report covers besides the main one. */
  otherConferences?: Array<{ name: string; info?: ConferenceInfo }>;
  takeaways: TakeawayDraft[];
  /** Talks the report cites outside any takeaway. */
  otherTalks: TalkCitation[];
  /** Facts inferred rather than read from the report's metadata. */
  inferred?: string[];
  /** What could not be told from the report, e.g. `conference`. */
  unknown?: string[];
}
