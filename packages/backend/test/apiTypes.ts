/**
 * The parts of the API responses the integration tests read. The full wire
 * types live in the plugins; these stay minimal on purpose.
 */

export interface CatalogEntity {
  kind: string;
  metadata: { name: string; namespace?: string; title?: string };
  spec?: Record<string, any>;
}

export interface RelevanceResponse {
  entityRef: string;
  tools: Array<{
    slug: string;
    sources: Array<{ type: string; entityRef?: string }>;
  }>;
  items: Array<{
    entityRef: string;
    kind: string;
    score: number;
    tools: string[];
    conference?: { entityRef: string };
    reasons: Array<{ type: string; tool?: string; text: string }>;
  }>;
}

export interface ToolHubResponse {
  items: Array<{ entityRef: string }>;
  radar?: {
    timeline: Array<{
      evidence: Array<{ found: boolean; entityRef: string }>;
    }>;
  };
}

export interface SearchResponse {
  results: Array<{
    type: string;
    document: { title: string; location: string; kind?: string };
  }>;
}
