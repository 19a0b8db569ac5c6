/**
 * Backend plugin of conference-takeaways: the relevance API.
 *
 * @packageDocumentation
 */
export { conferenceTakeawaysPlugin as default } from './plugin';
