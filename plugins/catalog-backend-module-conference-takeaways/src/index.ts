/**
 * Catalog module of the conference-takeaways plugin family: the Conference,
 * Talk and Takeaway kinds, and an entity provider that ingests trip reports.
 *
 * @packageDocumentation
 */

export { catalogModuleConferenceTakeaways as default } from './module';
export {
  ConferenceTakeawaysEntitiesProcessor,
  type ConferenceTakeawaysEntitiesProcessorOptions,
} from './processor/ConferenceTakeawaysEntitiesProcessor';
export {
  CatalogToolEntityIndex,
  type CatalogToolEntityIndexOptions,
  type ToolEntityIndex,
} from './processor/ToolEntityIndex';
export {
  ConferenceTakeawaysEntityProvider,
  type ConferenceTakeawaysEntityProviderOptions,
  type ConferenceTakeawaysRefreshSummary,
  type ItemsAddedListener,
} from './provider/ConferenceTakeawaysEntityProvider';
