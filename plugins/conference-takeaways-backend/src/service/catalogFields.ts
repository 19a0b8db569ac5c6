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
