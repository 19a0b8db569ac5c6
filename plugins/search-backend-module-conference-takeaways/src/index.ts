/***/
/**
 * The conference-takeaways-collator module for @backstage/plugin-search-backend
 *
 * @packageDocumentation
 */

export { searchModuleConferenceTakeaways as default } from './module';
