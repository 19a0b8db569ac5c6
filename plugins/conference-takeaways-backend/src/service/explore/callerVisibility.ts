import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { CatalogReadDecisions } from '../catalogIndex/CatalogReadDecision';
import { readOnBehalf } from '../catalogIndex/readOnBehalf';

/** Refs per lookup when a caller's visible items must be listed. */
const CHUNK = 1000;
const REF_FIELDS = ['kind', 'metadata.namespace', 'metadata.name'];

/**
 * Which indexed items a caller may see, so totals, facets and trends count
 * only those. When the permission policy lets the caller read every catalog
 * entity (one permission check), the index is the answer. Otherwise (a
 * conditional or denying policy) the candidates are read on the caller's
 * behalf, refs only, and what the catalog returns is what they see.
 */
export async function callerVisibility(options: {
  decisions: CatalogReadDecisions;
  catalog: CatalogService;
  credentials: BackstageCredentials;
  candidates: () => string[];
}): Promise<(ref: string) => boolean> {
  const { catalog, credentials } = options;
  const decision = await options.decisions.decide(credentials);
  if (decision === 'everything') {
    return () => true;
  }
  if (decision === 'nothing') {
    return () => false;
  }
  const refs = options.candidates();
  const visible = new Set<string>();
  for (let start = 0; start < refs.length; start += CHUNK) {
    const found = await readOnBehalf(
      catalog,
      credentials,
      refs.slice(start, start + CHUNK),
      REF_FIELDS,
    );
    found.forEach((_entity, ref) => visible.add(ref));
  }
  return ref => visible.has(ref);
}
