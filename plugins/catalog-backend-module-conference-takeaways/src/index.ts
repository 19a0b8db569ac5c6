/***/
/**
 * The conference-takeaways-provider module for @backstage/plugin-catalog-backend
 *
 * @packageDocumentation
 */

export { catalogModuleConferenceTakeaways as default } from './module';
