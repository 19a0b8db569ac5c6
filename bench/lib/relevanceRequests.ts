import { CatalogApi } from './catalogApi';

export interface RelevanceBody {
  tools: Array<{ slug: string }>;
  items: unknown[];
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
