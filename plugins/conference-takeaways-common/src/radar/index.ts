export * from './types';
export { parseOrgRadar, RadarFormatError } from './parseOrgRadar';
export { sortTimelineNewestFirst } from './timeline';
export { catalogEntityPath, toolPagePath } from './entityPath';
export { RadarItemIndex } from './RadarItemIndex';
export type { IndexedItem } from './RadarItemIndex';
export { findRadarEntry, findTool, radarEntryToolSlug } from './radarTools';
export type { KnownTool } from './radarTools';
export { findToolUsers, teamsOfUsers } from './toolUsers';
export type { FindToolUsersOptions } from './toolUsers';
export {
  citedRefs,
  evidenceRef,
  radarEvidenceRefs,
  resolveEvidence,
} from './evidence';
export type { ResolvedEvidence } from './evidence';
export { describeToolUsage, holdWhileUsedWarning, isHoldRing } from './usage';
export {
  parseTechRadarResponse,
  toTechRadarResponse,
} from './techRadarResponse';
export type { TechRadarEnrichment } from './techRadarResponse';
export { toRadarHistory } from './radarHistory';
export { radarWarnings } from './radarWarnings';
export { buildToolHub, evidenceSnippet } from './buildToolHub';
export type { BuildToolHubOptions } from './buildToolHub';
