/** CNCF maturity, or `none` for projects outside the foundation. @public */
export type ToolMaturity = 'graduated' | 'incubating' | 'sandbox' | 'none';

/** One entry of the tool dictionary. @public */
export interface ToolDefinition {
  /** Stable lower-case id, e.g. `opentelemetry`, `argo-cd`. */
  slug: string;
  /** Display name, e.g. `OpenTelemetry`. */
  name: string;
  /** Other spellings people use, e.g. `OTel`. Matched like the name. */
  aliases?: string[];
  homepage?: string;
  maturity?: ToolMaturity;
  /** Broad category, e.g. `service-mesh`, `observability`, `gitops`. */
  category?: string;
  /**
   * When true, the name and aliases only match with the exact casing given
   * (e.g. `Flux` the tool, not "flux" the word; `Kong`, `NATS`, `Helm`).
   */
  caseSensitive?: boolean;
  /**
   * Spellings that cannot be mistaken for plain English, matched in any
   * casing even when `caseSensitive` is set (e.g. `helm chart`, `fluxcd`).
   */
  unambiguousAliases?: string[];
  /**
   * False when the display name alone is too generic to detect in prose
   * (e.g. `Vector`, `Garden`): only the aliases are looked for in text.
   * Lookups by name (`resolve`) still work. Defaults to true.
   */
  matchName?: boolean;
  /**
   * True when the name is an everyday English word ("Score", "Spin"). With
   * `caseSensitive`, the name and aliases are then not matched as the first
   * word of a sentence, line or heading, where any word is capitalised.
   */
  commonWord?: boolean;
  /**
   * True for tools nearly everyone runs (Kubernetes). They are detected like
   * any other, but rankers should treat them as background.
   */
  ubiquitous?: boolean;
  /**
   * Slug of the umbrella project this one belongs to, e.g. `argo` for
   * `argo-cd`, `kubernetes` for `kind`. Its maturity is the umbrella's.
   */
  partOf?: string;
  /** True when the project has been archived by its foundation. */
  archived?: boolean;
  /**
   * True for a technology, API or specification teams adopt rather than a
   * product (eBPF, WebAssembly, Gateway API).
   */
  concept?: boolean;
}

/** Where in a text a tool was found and how central it is. @public */
export interface ToolMention {
  slug: string;
  /** How many times it was mentioned. */
  count: number;
  /**
   * 0..1: how central the tool is to the text. A tool named in the heading
   * or dominating the text is near 1; a passing mention is low.
   */
  weight: number;
  /** True when the tool is a subject of the text rather than a mention. */
  subject: boolean;
}

/** One place in a text where a tool is named. @public */
export interface ToolOccurrence {
  slug: string;
  /** Offset of the first character of the match. */
  start: number;
  /** Offset just past the last character of the match. */
  end: number;
  /** The matched text as written, e.g. `ArgoCD`. */
  text: string;
}

/**
 * What a browser needs to show a tool: its display name and whether it is
 * background (`ubiquitous`). Served by the backend, so the browser never
 * downloads the dictionary. @public
 */
export interface ToolSummary {
  slug: string;
  name: string;
  ubiquitous: boolean;
}

/** Response of `GET /tools?slug=…`; unknown slugs are left out. @public */
export interface ToolSummariesResponse {
  tools: ToolSummary[];
}
