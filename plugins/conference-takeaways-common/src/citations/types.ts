/*
 * Wire types of the radar citation and proposal endpoints, shared by the
 * backend and the frontend client. Citations and proposals live in the
 * backend's own database; the radar file stays untouched until someone
 * exports the merged YAML.
 */

/**
 * A takeaway or talk cited from the portal as evidence for one move of a
 * radar entry.
 *
 * @public
 */
export interface RadarCitation {
  id: string;
  /** The radar entry's id, as in the radar file. */
  entryId: string;
  /** The cited move: its `date` as the radar file gives it. */
  moveDate: string;
  /** `takeaway:<ns>/<name>` or `talk:<ns>/<name>`. */
  entityRef: string;
  /** The user who cited it. */
  citedBy: string;
  /** ISO 8601 date-time. */
  citedAt: string;
}

/** Body of `POST /radar/citations`. @public */
export interface CreateRadarCitationRequest {
  entryId: string;
  /** Defaults to the entry's current (newest) move. */
  moveDate?: string;
  entityRef: string;
}

/** Response of `GET /radar/citations`. @public */
export interface RadarCitationsResponse {
  citations: RadarCitation[];
}

/** A proposed radar move: a new ring for an entry, with its evidence. @public */
export interface RadarProposal {
  id: string;
  entryId: string;
  /** Slug of the tool the entry is about (its tool page). */
  tool: string;
  /** The proposed ring's id. */
  ringId: string;
  /** Plain text, why the ring should change. */
  rationale: string;
  /** Refs of takeaways and talks behind the proposal. */
  evidence: string[];
  proposedBy: string;
  /** ISO 8601 date-time. */
  proposedAt: string;
}

/** Body of `POST /radar/proposals`. @public */
export interface CreateRadarProposalRequest {
  entryId: string;
  ringId: string;
  rationale: string;
  evidence: string[];
}

/** Response of `GET /radar/proposals`. @public */
export interface RadarProposalsResponse {
  proposals: RadarProposal[];
}
