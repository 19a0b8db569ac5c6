/**
 * The apiVersion of every entity kind this plugin family defines. It is
 * namespaced to us, never `backstage.io`, so the catalog's own processors do
 * not claim these kinds.
 *
 * @public
 */
export const CONFERENCE_TAKEAWAYS_API_VERSION =
  'conference-takeaways.dev/v1alpha1';

/** @public */
export const CONFERENCE_KIND = 'Conference';
/** @public */
export const TALK_KIND = 'Talk';
/** @public */
export const TAKEAWAY_KIND = 'Takeaway';

/**
 * Annotation on any catalog entity listing the tools it uses, comma or
 * whitespace separated, by slug or alias (e.g. `linkerd, OTel`).
 *
 * @public
 */
export const ANNOTATION_TOOLS = 'conference-takeaways.dev/tools';

/**
 * Annotation that marks a catalog entity as the organisation's record of a
 * tool; its value is the tool slug (a new slug extends the dictionary).
 *
 * @public
 */
export const ANNOTATION_TOOL = 'conference-takeaways.dev/tool';

/**
 * Optional companion of {@link ANNOTATION_TOOL}: extra aliases for a tool the
 * organisation defines, comma separated.
 *
 * @public
 */
export const ANNOTATION_TOOL_ALIASES = 'conference-takeaways.dev/tool-aliases';

/**
 * Annotation put on ingested entities: the URL or path of the report file
 * they were extracted from.
 *
 * @public
 */
export const ANNOTATION_SOURCE_REPORT =
  'conference-takeaways.dev/source-report';

/**
 * On entities extracted from a report: what the extractor inferred rather
 * than read from the report's metadata, in plain words, e.g.
 * `conference: KubeCon + CloudNativeCon North America 2024 (from the title and dates in the text)`.
 * One line per fact.
 *
 * @public
 */
export const ANNOTATION_INFERRED = 'conference-takeaways.dev/inferred';

/**
 * On entities extracted from a report: what could not be told from it, e.g.
 * `conference`. Comma separated. The takeaway page shows it as a gap to fix.
 *
 * @public
 */
export const ANNOTATION_UNKNOWN = 'conference-takeaways.dev/unknown';
