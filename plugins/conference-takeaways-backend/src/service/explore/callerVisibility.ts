import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
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
  permissions?: PermissionsService;
  catalog: CatalogService;
  credentials: BackstageCredentials;
  candidates: () => string[];
}): Promise<(ref: string) => boolean> {
  const { permissions, catalog, credentials } = options;
  if (permissions) {
    const [decision] = await permissions.authorizeConditional(
      [{ permission: catalogEntityReadPermission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.ALLOW) {
      return () => true;
    }
    if (decision.result === AuthorizeResult.DENY) {
      return () => false;
    }
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
