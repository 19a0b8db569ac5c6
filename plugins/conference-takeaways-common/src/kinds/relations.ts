/*
 * Relation names come in pairs, one for each direction, like the catalog's
 * own `ownedBy` / `ownerOf`. The processor always emits both.
 */

/** A takeaway was learnt at a conference. @public */
export const RELATION_TAKEAWAY_FROM = 'takeawayFrom';
/** Reverse of {@link RELATION_TAKEAWAY_FROM}. @public */
export const RELATION_HAS_TAKEAWAY = 'hasTakeaway';

/** A talk was presented at a conference. @public */
export const RELATION_PRESENTED_AT = 'presentedAt';
/** Reverse of {@link RELATION_PRESENTED_AT}. @public */
export const RELATION_HAS_TALK = 'hasTalk';

/** A takeaway cites a talk as its source. @public */
export const RELATION_CITES_TALK = 'citesTalk';
/** Reverse of {@link RELATION_CITES_TALK}. @public */
export const RELATION_CITED_BY = 'citedBy';

/**
 * A takeaway or talk discusses a tool that the organisation models as a
 * catalog entity (see ANNOTATION_TOOL).
 * @public
 */
export const RELATION_DISCUSSES = 'discusses';
/** Reverse of {@link RELATION_DISCUSSES}. @public */
export const RELATION_DISCUSSED_IN = 'discussedIn';

/**
 * Every relation pair above, forward name first — the shape the catalog graph
 * takes for `knownRelationPairs`, so apps can show our relations there.
 *
 * @public
 */
export const CONFERENCE_TAKEAWAYS_RELATION_PAIRS: ReadonlyArray<
  readonly [string, string]
> = [
  [RELATION_TAKEAWAY_FROM, RELATION_HAS_TAKEAWAY],
  [RELATION_PRESENTED_AT, RELATION_HAS_TALK],
  [RELATION_CITES_TALK, RELATION_CITED_BY],
  [RELATION_DISCUSSES, RELATION_DISCUSSED_IN],
];
