/**
 * A search backend module that indexes the Conference, Talk and Takeaway
 * entities of the conference-takeaways plugin family.
 *
 * @packageDocumentation
 */

export { searchModuleConferenceTakeaways as default } from './module';
export { ConferenceTakeawaysCollatorFactory } from './collator/ConferenceTakeawaysCollatorFactory';
export type { ConferenceTakeawaysCollatorFactoryOptions } from './collator/ConferenceTakeawaysCollatorFactory';
export { CONFERENCE_TAKEAWAYS_DOCUMENT_TYPE } from './collator/ConferenceTakeawaysDocument';
export type { ConferenceTakeawaysDocument } from './collator/ConferenceTakeawaysDocument';
