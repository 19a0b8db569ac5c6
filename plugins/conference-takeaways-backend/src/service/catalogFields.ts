/**
 * What ranking reads of candidate takeaways and talks (see rankCandidates),
 * and of conferences (their dates); `spec.talks` too, so the talks the shown
 * takeaways cite can be fetched together with them. Everything else
 * (summaries, speakers, links, conference names) is read only for the items
 * shown. Each field costs the catalog work on every entity it returns, so
 * the list is short.
 */
export const RANKING_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'spec.headline',
  'spec.title',
  'spec.tools',
  'spec.subjectTools',
  'spec.conference',
  'spec.talks',
  'spec.report.date',
  'spec.year',
  'spec.startDate',
];

/**
 * Only what ranking and the item views read of takeaways, talks and
 * conferences; keeps query payloads small.
 */
export const ITEM_FIELDS = [
  'apiVersion',
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'spec',
];

/** What resolving a component's, system's or API's tools reads. */
export const USER_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.tags',
  'metadata.annotations',
  'relations',
  'spec.owner',
  'spec.dependsOn',
  'spec.consumesApis',
];

/** What reading a tool record reads. */
export const TOOL_ENTITY_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.annotations',
];

/**
 * What the in-memory index keeps of every takeaway, talk, conference and of
 * every component, system, API and resource: what ranking, the explorer and
 * tool resolution read. Takeaways' `relations` are not needed but cheap.
 */
export const INDEX_FIELDS = [
  ...ITEM_FIELDS,
  'metadata.description',
  'metadata.links',
  'metadata.tags',
  'metadata.annotations',
  'metadata.etag',
  'relations',
];

/** What one read on the caller's behalf fetches for `/relevant`. */
export const RELEVANT_READ_FIELDS = [
  ...ITEM_FIELDS,
  'metadata.tags',
  'metadata.annotations',
  'relations',
];
