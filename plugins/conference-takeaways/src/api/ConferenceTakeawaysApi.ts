import { createApiRef } from '@backstage/core-plugin-api';
import {
  CreateRadarCitationRequest,
  CreateRadarProposalRequest,
  ExploreQuery,
  ExploreResponse,
  ExploreToolsResponse,
  RadarCitation,
  RadarCitationsResponse,
  RadarHistoryResponse,
  RadarProposal,
  RadarProposalsResponse,
  RelevanceResponse,
  TechRadarResponse,
  ToolHubResponse,
  ToolSummariesResponse,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';

/** Options of {@link ConferenceTakeawaysApi.getRelevant}. @public */
export interface GetRelevantOptions {
  /** Maximum number of ranked items to return; the backend applies its default when left out. */
  limit?: number;
}

/** Options of {@link ConferenceTakeawaysApi.getTool}. @public */
export interface GetToolOptions {
  /** Takeaways and talks in the page; the backend's default when left out. */
  limit?: number;
  /** Index of the page's first item: a previous page's `itemsPage.nextOffset`. */
  offset?: number;
}

/** Filters of {@link ConferenceTakeawaysApi.listRadarCitations}. @public */
export interface ListRadarCitationsFilter {
  /** Only citations of this radar entry. */
  entryId?: string;
  /** Only citations of this takeaway or talk. */
  entityRef?: string;
}

/** Filters of {@link ConferenceTakeawaysApi.listRadarProposals}. @public */
export interface ListRadarProposalsFilter {
  /** Only proposals for this radar entry. */
  entryId?: string;
  /** Only proposals for the entry of this tool (slug). */
  tool?: string;
}

/**
 * Client side of the conference-takeaways backend.
 *
 * @public
 */
export interface ConferenceTakeawaysApi {
  /**
   * Takeaways and talks ranked for a catalog entity (component, system, API
   * or group) by the tools it uses, with the tools themselves.
   */
  getRelevant(
    entityRef: string,
    options?: GetRelevantOptions,
  ): Promise<RelevanceResponse>;

  /**
   * The organisation's tech radar in the tech radar's format (as JSON, dates
   * are strings), with links to the takeaways and talks behind each move.
   * Phased-out entries are left out.
   */
  getRadar(): Promise<TechRadarResponse>;

  /** Every radar entry, phased-out ones included, with its evidence refs. */
  getRadarHistory(): Promise<RadarHistoryResponse>;

  /**
   * Everything about one tool: its definition, radar entry and timeline,
   * who uses it, one page of the takeaways and talks about it, and
   * suggestions and warnings for its radar entry.
   *
   * @param tool - a slug, name or alias (`otel`), or a radar entry id
   */
  getTool(tool: string, options?: GetToolOptions): Promise<ToolHubResponse>;

  /**
   * Display name and background flag (`ubiquitous`) of the given tools, so
   * the browser never needs the whole tool dictionary. Unknown slugs are
   * left out.
   */
  getToolSummaries(slugs: string[]): Promise<ToolSummariesResponse>;

  /**
   * One page of takeaways, talks or conferences matching the filters, with
   * facet counts and tool trends for the whole match, computed by the
   * backend so the browser never loads the whole set.
   */
  explore(query: ExploreQuery): Promise<ExploreResponse>;

  /** Every tool with takeaways, talks or a radar entry, with counts and ring. */
  getExploreTools(): Promise<ExploreToolsResponse>;

  /** Takeaways and talks cited from the portal as evidence for radar moves. */
  listRadarCitations(
    filter?: ListRadarCitationsFilter,
  ): Promise<RadarCitationsResponse>;

  /**
   * Cites a takeaway or talk as evidence for a move of a radar entry (the
   * current move when `moveDate` is left out). Needs the
   * `conference-takeaways.radar.cite` permission.
   */
  createRadarCitation(
    request: CreateRadarCitationRequest,
  ): Promise<RadarCitation>;

  /** Removes a citation made from the portal (not one in the radar file). */
  deleteRadarCitation(id: string): Promise<void>;

  /** Proposed radar moves, newest first. */
  listRadarProposals(
    filter?: ListRadarProposalsFilter,
  ): Promise<RadarProposalsResponse>;

  /** Proposes a new ring for a radar entry, with its evidence. */
  createRadarProposal(
    request: CreateRadarProposalRequest,
  ): Promise<RadarProposal>;

  /** Withdraws a proposal. */
  deleteRadarProposal(id: string): Promise<void>;

  /**
   * The radar file as YAML with every portal citation merged into its move's
   * evidence, for teams that keep the file as the source of truth.
   */
  exportRadar(): Promise<string>;
}

/** @public */
export const conferenceTakeawaysApiRef = createApiRef<ConferenceTakeawaysApi>({
  id: 'plugin.conference-takeaways.service',
});
