import { CatalogApi } from './catalogApi';

/** The fields findRelevantItems asks for (ITEM_FIELDS in the backend plugin). */
export const ITEM_FIELDS = [
  'apiVersion',
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'spec',
];

/** What ranking reads of a candidate; everything but e.g. `spec.summary`. */
export const RANKING_FIELDS = [
  'apiVersion',
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'spec.headline',
  'spec.title',
  'spec.tools',
  'spec.subjectTools',
  'spec.conference',
  'spec.talks',
  'spec.report.date',
];

export interface RelevanceBody {
  tools: Array<{ slug: string }>;
  items: unknown[];
}

export interface Candidate {
  kind: string;
  spec?: { conference?: string; talks?: string[] };
}

/**
 * The candidate query exactly as the backend sends it: CatalogClient's
 * getEntities with one filter set per kind, all the entity's tool slugs in
 * each, and the given fields.
 */
export function candidateQueryPath(
  slugs: string[],
  fields: string[] = ITEM_FIELDS,
): string {
  const filterSet = (kind: string) =>
    [`kind=${kind}`, ...slugs.map(slug => `spec.tools=${slug}`)].join(',');
  const params = new URLSearchParams();
  params.set('fields', fields.join(','));
  params.append('filter', filterSet('takeaway'));
  params.append('filter', filterSet('talk'));
  return `/api/catalog/entities?${params}`;
}

/**
 * Refs of the candidates' conferences and cited talks, which the backend
 * looks up in one more call (the generated refs are already canonical).
 */
export function relatedRefsOf(candidates: Candidate[]): string[] {
  const refs = new Set<string>();
  for (const item of candidates) {
    if (item.spec?.conference) {
      refs.add(item.spec.conference);
    }
    if (item.kind === 'Takeaway') {
      for (const talk of item.spec?.talks ?? []) {
        refs.add(talk);
      }
    }
  }
  return [...refs].sort();
}

/** The requests of the relevance benchmark, all with one user's token. */
export class RelevanceRequests {
  constructor(
    private readonly api: CatalogApi,
    private readonly token: string,
  ) {}

  relevant(componentName: string): Promise<RelevanceBody> {
    const ref = encodeURIComponent(`component:default/${componentName}`);
    return this.api.get(
      `/api/conference-takeaways/relevant?entityRef=${ref}&limit=10`,
      this.token,
    ) as Promise<RelevanceBody>;
  }

  async candidates(
    slugs: string[],
    fields: string[] = ITEM_FIELDS,
  ): Promise<{ items: Candidate[]; bytes: number }> {
    const { body, bytes } = await this.api.getWithSize(
      candidateQueryPath(slugs, fields),
      this.token,
    );
    return { items: body as Candidate[], bytes };
  }

  entity(componentName: string): Promise<unknown> {
    return this.api.get(
      `/api/catalog/entities/by-name/component/default/${componentName}`,
      this.token,
    );
  }

  /** Like CatalogClient.getEntitiesByRefs: at most 1,000 refs a request. */
  async byRefs(refs: string[]): Promise<void> {
    for (let i = 0; i < refs.length; i += 1000) {
      await this.api.postJson(
        '/api/catalog/entities/by-refs',
        { entityRefs: refs.slice(i, i + 1000), fields: ITEM_FIELDS },
        this.token,
      );
    }
  }
}
