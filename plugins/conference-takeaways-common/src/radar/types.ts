import type {
  RadarEntryLink,
  RadarQuadrant,
  RadarRing,
} from '@backstage-community/plugin-tech-radar-common';
import { ConferenceSummary, ResolvedTool } from '../relevance/types';
import { ToolDefinition } from '../tools/types';

/*
 * Two families of types live here:
 *
 * - the organisation's radar file (`OrgRadar`): the community tech radar
 *   format plus `active` on entries and `evidence` on timeline moves;
 * - the wire types of the backend's radar endpoints, shared with the
 *   frontend client.
 */

/** Ring move of a timeline item: 1 towards adopt, -1 away, 0 none. @public */
export type RadarMove = -1 | 0 | 1;

/** One move of an entry through the rings, as the radar file states it. @public */
export interface OrgRadarSnapshot {
  /** `YYYY-MM-DD`, or an ISO 8601 date-time when the file gives one. */
  date: string;
  ringId: string;
  /** Markdown. */
  description?: string;
  moved?: RadarMove;
  /**
   * Refs of the takeaways and talks behind this move, as written in the file
   * (e.g. `takeaway:default/<name>`). Empty when none are given.
   */
  evidence: string[];
  /**
   * Evidence cited from the portal (stored by the backend, not written in
   * the file); each ref is also listed in `evidence`. Absent when none.
   */
  citations?: PortalCitedEvidence[];
}

/** A ref of a move's evidence cited from the portal, and who cited it. @public */
export interface PortalCitedEvidence extends EvidenceCitation {
  /** Canonical `takeaway:<ns>/<name>` or `talk:<ns>/<name>`. */
  entityRef: string;
}

/** One technology on the organisation's radar. @public */
export interface OrgRadarEntry {
  id: string;
  /** Defaults to `id` when the file leaves it out. */
  key: string;
  title: string;
  quadrant: string;
  /** Deprecated by the tech radar in favour of `links`; passed through. */
  url?: string;
  /** Markdown. */
  description?: string;
  links: RadarEntryLink[];
  /** False for a phased-out technology: kept for its history, not drawn. */
  active: boolean;
  /** Newest first: `timeline[0]` is the current ring. Never empty. */
  timeline: OrgRadarSnapshot[];
}

/** The organisation's radar file, validated and normalised. @public */
export interface OrgRadar {
  quadrants: RadarQuadrant[];
  rings: RadarRing[];
  entries: OrgRadarEntry[];
}

/** A timeline item of `GET /radar`: the tech radar's snapshot as JSON. @public */
export interface TechRadarSnapshotJson {
  /** ISO 8601; the tech radar client turns it into a `Date`. */
  date: string;
  ringId: string;
  description?: string;
  moved?: RadarMove;
}

/** An entry of `GET /radar`, exactly the tech radar's `RadarEntry` as JSON. @public */
export interface TechRadarEntryJson {
  key: string;
  id: string;
  quadrant: string;
  title: string;
  url?: string;
  description?: string;
  links?: RadarEntryLink[];
  timeline: TechRadarSnapshotJson[];
}

/**
 * Response of `GET /radar`: the tech radar's `TechRadarLoaderResponse` as
 * JSON (timeline dates are strings). Parse it with `parseTechRadarResponse`
 * to get the object the tech radar components take.
 *
 * @public
 */
export interface TechRadarResponse {
  quadrants: RadarQuadrant[];
  rings: RadarRing[];
  entries: TechRadarEntryJson[];
}

/** An entry of `GET /radar/history`. @public */
export interface RadarHistoryEntry extends OrgRadarEntry {
  /** Slug of the tool the entry is about (its tool page: `/tools/<slug>`). */
  tool: string;
}

/**
 * Response of `GET /radar/history`: every entry of the radar file, inactive
 * ones included, timelines newest first, with the evidence refs as written.
 *
 * @public
 */
export interface RadarHistoryResponse {
  quadrants: RadarQuadrant[];
  rings: RadarRing[];
  entries: RadarHistoryEntry[];
}

/** A takeaway or talk as the tool page and the radar show it. @public */
export interface CitedItem {
  entityRef: string;
  kind: 'Takeaway' | 'Talk';
  title: string;
  /** The item's catalog page, an app-relative path. */
  path: string;
  conference?: ConferenceSummary;
  /** `YYYY-MM-DD`: the conference's start (else mid-year), else the report date. */
  date?: string;
  /** A talk's recording and slides; http(s) only. */
  links: RadarEntryLink[];
}

/**
 * Who cited a ref from the portal. Evidence written in the radar file has
 * none.
 *
 * @public
 */
export interface EvidenceCitation {
  /** The citation's id, for `DELETE /radar/citations/:id`. */
  id: string;
  /** The user who cited it. */
  citedBy: string;
  /** ISO 8601 date-time. */
  citedAt: string;
}

/** A ref cited as evidence, resolved when the caller may see it. @public */
export type EvidenceView =
  | ({ found: true; citation?: EvidenceCitation } & CitedItem)
  | {
      found: false;
      /** The ref as written in the radar file or cited from the portal. */
      entityRef: string;
      citation?: EvidenceCitation;
    };

/** One move of a tool's radar entry, with its evidence resolved. @public */
export interface ToolRadarMove {
  date: string;
  ring: RadarRing;
  moved?: RadarMove;
  description?: string;
  evidence: EvidenceView[];
}

/** A tool's place on the radar. @public */
export interface ToolRadarView {
  entryId: string;
  title: string;
  /** False when the entry is phased out (not drawn on the radar). */
  active: boolean;
  quadrant: RadarQuadrant;
  /** The current ring: that of the newest move. */
  ring: RadarRing;
  description?: string;
  /** The entry's own links from the radar file. */
  links: RadarEntryLink[];
  /** Newest first. */
  timeline: ToolRadarMove[];
}

/** A component, system or API that uses a tool. @public */
export interface ToolUser {
  entityRef: string;
  kind: string;
  title: string;
  /** Owner refs (usually groups). */
  owners: string[];
  /** How we know it uses the tool. */
  sources: ResolvedTool['sources'];
}

/** A team (owner) whose components, systems or APIs use a tool. @public */
export interface ToolTeam {
  entityRef: string;
  /** Refs of its entities that use the tool (at most the response's bound). */
  uses: string[];
  /** How many of its entities use the tool in all. */
  usesTotal: number;
}

/** Where a page of a paged list sits in the whole list. @public */
export interface PageInfo {
  /** Index of the page's first item in the whole list. */
  offset: number;
  /** Most items the page could hold. */
  limit: number;
  /** Items in the whole list. */
  total: number;
  /** The offset of the next page; absent on the last page. */
  nextOffset?: number;
}

/**
 * How much one tool page response carries: a page of its takeaways and
 * talks, and at most `maxListed` users, teams (and entities per team) and
 * suggestions.
 *
 * @public
 */
export interface ToolHubBounds {
  offset: number;
  limit: number;
  maxListed: number;
}

/** A takeaway or talk about a tool, on the tool page. @public */
export interface ToolHubItem extends CitedItem {
  /** Markdown summary (takeaways) or the speakers (talks). */
  summary?: string;
  /** True when the tool is its subject rather than a passing mention. */
  subject: boolean;
  /** Dates of the radar moves of this tool that cite it. */
  citedBy: string[];
}

/** A takeaway or talk the radar entry could cite. @public */
export interface EvidenceSuggestion {
  item: CitedItem;
  /** YAML to paste under a timeline move of the radar file. */
  snippet: string;
}

/** Kinds of problem the tool page reports. @public */
export type ToolHubWarningType =
  /** The entry is on hold while services still use the tool. */
  | 'hold-while-used'
  /** A cited ref does not exist or the caller may not see it. */
  | 'missing-evidence'
  /** A cited value is not a takeaway or talk ref. */
  | 'invalid-evidence'
  /** The radar file could not be loaded. */
  | 'radar-file';

/** A problem worth fixing, shown on the tool page. @public */
export interface ToolHubWarning {
  type: ToolHubWarningType;
  message: string;
  /** The ref concerned, when there is one. */
  entityRef?: string;
}

/** Response of `GET /tools/:tool`: everything the tool page shows. @public */
export interface ToolHubResponse {
  tool: {
    slug: string;
    name: string;
    /** The dictionary's entry; absent for a tool only the radar knows. */
    definition?: ToolDefinition;
  };
  /** Absent when the tool is not on the radar (or the radar is not available). */
  radar?: ToolRadarView;
  /** The first `maxListed` users of the tool. */
  usedBy: ToolUser[];
  /** How many components, systems and APIs use the tool in all. */
  usedByTotal: number;
  /** The first `maxListed` teams, those using it most first. */
  teams: ToolTeam[];
  teamsTotal: number;
  /** One page of the takeaways and talks about the tool, newest first. */
  items: ToolHubItem[];
  /** Where `items` sits in the whole list; ask for `nextOffset` for more. */
  itemsPage: PageInfo;
  /** The first `maxListed` items whose subject is the tool that no move of its entry cites yet. */
  suggestions: EvidenceSuggestion[];
  suggestionsTotal: number;
  warnings: ToolHubWarning[];
}
