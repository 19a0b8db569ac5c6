/**
 * Wire types of the conference-takeaways backend API, shared by the backend
 * and the frontend client.
 */

/** Why we believe an entity uses a tool. @public */
export type ToolSourceType =
  | 'tag'
  | 'annotation'
  | 'dependency'
  | 'owned-component';

/** A tool an entity uses, with where each piece of evidence came from. @public */
export interface ResolvedTool {
  slug: string;
  name: string;
  sources: Array<{
    type: ToolSourceType;
    /** The entity that carries the evidence (the dependency, the owned component). */
    entityRef?: string;
    /** That entity's title, when it has one, so people read names, not refs. */
    title?: string;
  }>;
}

/** A human-readable reason an item was ranked. @public */
export interface RelevanceReason {
  type: 'uses-tool' | 'subject' | 'mention' | 'breadth' | 'age';
  tool?: string;
  /** e.g. `uses linkerd (tag)`, `linkerd is the subject of this takeaway`. */
  text: string;
}

/** A conference as shown next to an item. @public */
export interface ConferenceSummary {
  entityRef: string;
  title: string;
  year?: number;
}

/** One ranked takeaway or talk. @public */
export interface RelevantItem {
  entityRef: string;
  kind: 'Takeaway' | 'Talk';
  title: string;
  /** Markdown summary (takeaways) or speakers line (talks). */
  summary?: string;
  conference?: ConferenceSummary;
  tools: string[];
  score: number;
  reasons: RelevanceReason[];
  /** Talks cited by a takeaway, with their recording/slides when known. */
  talks?: Array<{
    entityRef: string;
    title: string;
    speakers: string[];
    recordingUrl?: string;
    slidesUrl?: string;
  }>;
  /** For talks: recording and slides. */
  links?: Array<{ url: string; title: string }>;
}

/** Response of `GET /relevant`. @public */
export interface RelevanceResponse {
  entityRef: string;
  tools: ResolvedTool[];
  items: RelevantItem[];
}
