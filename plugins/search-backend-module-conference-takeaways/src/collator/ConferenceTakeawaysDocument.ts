import { IndexableDocument } from '@backstage/plugin-search-common';

/**
 * The search document type (`SearchResult.type`) of this collator.
 *
 * @public
 */
export const CONFERENCE_TAKEAWAYS_DOCUMENT_TYPE = 'conference-takeaways';

/**
 * One Conference, Talk or Takeaway entity as a search document.
 *
 * @public
 */
export interface ConferenceTakeawaysDocument extends IndexableDocument {
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
  /** Always set: results follow the catalog's read permission. */
  authorization: { resourceRef: string };
}
