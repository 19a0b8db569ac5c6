import { RELEVANCE_KINDS } from '../lib/isConferenceTakeawaysAvailable';

/*
 * Entity filters of our cards and tab, as filter predicates. Kinds compare
 * case-insensitively, and apps can override them in app-config.
 */

/** Components, systems and APIs: entities that use tools themselves. */
export const usesToolsFilter = {
  kind: { $in: ['component', 'system', 'api'] },
};

/** Everything the relevance API ranks for, teams included. */
export const relevanceFilter = {
  kind: { $in: RELEVANCE_KINDS },
};

export const groupFilter = { kind: 'group' };
export const takeawayFilter = { kind: 'takeaway' };
export const talkFilter = { kind: 'talk' };
export const conferenceFilter = { kind: 'conference' };
