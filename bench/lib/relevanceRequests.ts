import { RANKING_FIELDS } from '../../plugins/conference-takeaways-backend/src/service/catalogFields';
import { CatalogApi } from './catalogApi';

// The very field list the backend asks for, so the benchmark's candidate
// query can never drift from the plugin's.
export { RANKING_FIELDS } from '../../plugins/conference-takeaways-backend/src/service/catalogFields';

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
 * getEntities with one filter set per kind (takeaways and talks with any of
 * the entity's tool slugs, and the conferences that date them) and the
 * ranking fields.
 */
export function candidateQueryPath(
  slugs: string[],
  fields: string[] = RANKING_FIELDS,
): string {
  const filterSet = (kind: string) =>
    [`kind=${kind}`, ...slugs.map(slug => `spec.tools=${slug}`)].join(',');
  const params = new URLSearchParams();
  params.set('fields', fields.join(','));
  params.append('filter', filterSet('takeaway'));
  params.append('filter', filterSet('talk'));
  params.append('filter', 'kind=conference');
  return `/api/catalog/entities?${params}`;
}

/**
 * Refs of the candidates' conferences and cited talks, which the backend
 * looks up in one more call (the generated refs are already canonical).
 */
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
    fields: string[] = RANKING_FIELDS,
  ): Promise<{ items: Candidate[]; bytes: number }> {
    const { body, bytes } = await this.api.getWithSize(
      candidateQueryPath(slugs, fields),
      this.token,
    );
    return { items: body as Candidate[], bytes };
  }

  explore(query: string): Promise<{ body: unknown; bytes: number }> {
    return this.api.getWithSize(
      `/api/conference-takeaways/explore${query}`,
      this.token,
    );
  }

  radar(): Promise<unknown> {
    return this.api.get('/api/conference-takeaways/radar', this.token);
  }

  entity(componentName: string): Promise<unknown> {
    return this.api.get(
      `/api/catalog/entities/by-name/component/default/${componentName}`,
      this.token,
    );
  }
}
