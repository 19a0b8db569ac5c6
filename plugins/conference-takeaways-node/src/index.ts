/**
 * Report parsing for the conference-takeaways plugin: turns trip reports
 * (Markdown, plain text), entity descriptors and Sessionize program exports
 * into Conference, Talk and Takeaway entities.
 *
 * @packageDocumentation
 */

export { extractEntities } from './extract/extractEntities';
export {
  extractEntitiesIsolated,
  DEFAULT_PARSE_TIMEOUT_MS,
} from './isolation/extractEntitiesIsolated';
export type { IsolatedExtractOptions } from './isolation/extractEntitiesIsolated';
export { stopExtractionWorkers } from './isolation/sharedExtractionWorkers';
export { DEFAULT_EXTRACTION_LIMITS } from './extract/bounds';
export type { ExtractionLimits } from './extract/bounds';
export type {
  ExtractionProblem,
  ExtractionResult,
  ExtractOptions,
  ReportFile,
} from './extract/types';
export { DEFAULT_MAX_FILE_BYTES } from './extract/sizeAndBinary';
export type { ReportParser } from './extract/parsers/types';
export type {
  EntityOrigin,
  FileExtraction,
  ParseContext,
  SourcedEntity,
} from './extract/types';
export {
  defaultReportParsers,
  reportFileExtensions,
  withDefaultParsers,
} from './extract/parsers/registry';
export {
  conferenceEntityName,
  parseConferenceEntityName,
} from './extract/conference';
export type { ConferenceInfo } from './extract/conference';
export { takeawayEntityName, talkEntityName } from './extract/naming';
export { toolDictionaryFromConfig } from './config/toolDictionaryFromConfig';
export { suggestReportFile } from './preview/suggestReportFile';
export type { SuggestedReportFile } from './preview/suggestReportFile';
export {
  organisationToolDefinitions,
  withOrganisationTools,
} from './tools/organisationTools';
export type { OrganisationToolSources } from './tools/organisationTools';
export {
  ConferenceDictionary,
  detectConferences,
  validateConferenceSeries,
} from './conferences';
export type {
  ConferenceDetection,
  ConferenceEditionDefinition,
  ConferenceRegionDefinition,
  ConferenceReportInput,
  ConferenceSeriesDefinition,
  DetectedEdition,
  EditionEvidence,
  EditionField,
  EvidenceSource,
} from './conferences';
export { conferenceDictionaryFromConfig } from './config/conferenceDictionaryFromConfig';
export { conferenceTakeawaysParsersExtensionPoint } from './extensions/parsersExtensionPoint';
export type { ConferenceTakeawaysParsersExtensionPoint } from './extensions/parsersExtensionPoint';
