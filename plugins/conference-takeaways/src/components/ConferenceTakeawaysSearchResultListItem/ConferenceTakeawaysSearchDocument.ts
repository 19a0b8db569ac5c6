/**
 * The search document type (`SearchResult.type`) of the conference-takeaways
 * search collator.
 *
 * @public
 */
export const CONFERENCE_TAKEAWAYS_SEARCH_TYPE = 'conference-takeaways';

/**
 * A Conference, Talk or Takeaway entity as the conference-takeaways search
 * collator indexes it. A copy of the collator's document type, so the
 * frontend does not depend on a backend package.
 *
 * @public
 */
export interface ConferenceTakeawaysSearchDocument {
  title: string;
  text: string;
  /** The entity's catalog page. */
  location: string;
  /** The entity kind: `Conference`, `Talk` or `Takeaway`. */
  kind: string;
  /** Tool slugs, most central first (empty for conferences). */
  tools: string[];
  /** Speakers of the talk, or of the talks a takeaway cites. */
  speakers: string[];
  /** Display title of the conference (of the entity itself for a Conference). */
  conference: string;
  /** Year of the conference, when known. */
  year?: number;
}

/**
 * True for search results of the conference-takeaways collator: the
 * predicate for search result list item extensions.
 *
 * @public
 */
export function isConferenceTakeawaysSearchResult(result: {
  type: string;
}): boolean {
  return result.type === CONFERENCE_TAKEAWAYS_SEARCH_TYPE;
}
