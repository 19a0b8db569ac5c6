/**
 * Shared types, schemas, tool dictionary and pure functions of the
 * conference-takeaways plugin family.
 *
 * @packageDocumentation
 */

export * from './kinds';
export * from './tools';
export * from './relevance';
export * from './radar';
export * from './explore';
export * from './preview';
export * from './citations';
export * from './permissions';
