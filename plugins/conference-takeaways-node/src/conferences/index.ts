export { ConferenceDictionary } from './ConferenceDictionary';
export { detectConferences } from './detectConferences';
export type {
  ConferenceDetection,
  ConferenceReportInput,
  DetectedEdition,
  EditionEvidence,
  EditionField,
  EvidenceSource,
} from './detectionTypes';
export { editionEntityName, parseEditionEntityName } from './editionNaming';
export { seriesNamed } from './mentions';
export type {
  ConferenceEditionDefinition,
  ConferenceRegionDefinition,
  ConferenceSeriesDefinition,
} from './types';
export { validateConferenceSeries } from './validateConferenceSeries';
