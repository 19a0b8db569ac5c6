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
