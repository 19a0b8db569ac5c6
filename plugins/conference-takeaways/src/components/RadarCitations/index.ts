export { ItemRadarEvidence } from './ItemRadarEvidence';
export type { ItemRadarEvidenceProps } from './ItemRadarEvidence';
export { CitationByline } from './CitationByline';
export { CiteDeniedNote } from './CiteDeniedNote';
export { RadarActionButton } from './RadarActionButton';
