/**
 * Talks as reports cite them. The readers live in `talkCitations/`: list
 * items and lines (`parseTalkItem`), headings (`talkFromHeading`) and prose
 * (`findTalksInProse`).
 */
export type { ItemLink, TalkCitation } from './talkCitations/types';
export { parseTalkItem } from './talkCitations/item';
export type { TalkItemOptions } from './talkCitations/item';
export { talkFromHeading } from './talkCitations/heading';
export { findTalksInProse } from './talkCitations/prose';
export type { ProseOptions } from './talkCitations/prose';
export { formatFromWord } from './talkCitations/cleanup';

/** A label or heading over a list of talks: "Talks:", "Talks to watch", "Sessions". */
export const TALKS_LABEL =
  /^(?:(?:my\s+)?(?:favou?rite|best|most inspiring|recommended|notable)\s+)?(?:the\s+)?(?:talks?|sessions?|keynotes?|videos?|recordings?|presentations?)(?:\s+(?:to watch|worth watching|cited|referenced|i attended|i saw|i liked))?\s*:?$/i;
