import {
  BackstageCredentials,
  BackstageUserPrincipal,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  OrgRadar,
  OrgRadarEntry,
  radarCitePermission,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';

/** A 403 naming the permission unless the policy grants radar citing. */
export async function requireCitePermission(
  permissions: PermissionsService,
  credentials: BackstageCredentials<BackstageUserPrincipal>,
): Promise<void> {
  const [decision] = await permissions.authorize(
    [{ permission: radarCitePermission }],
    { credentials },
  );
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError(
      `Citing evidence and proposing radar moves needs the ${radarCitePermission.name} permission, which the permission policy does not grant you`,
    );
  }
}

/**
 * A 404 unless the caller may read the takeaway or talk: the catalog is
 * asked with their credentials, so nobody cites what they cannot see.
 */
export async function requireReadableItems(
  catalog: CatalogService,
  refs: string[],
  credentials: BackstageCredentials,
): Promise<void> {
  if (refs.length === 0) {
    return;
  }
  const { items } = await catalog.getEntitiesByRefs(
    { entityRefs: refs, fields: ['kind', 'metadata.name'] },
    { credentials },
  );
  const unreadable = refs.filter((_ref, index) => !items[index]);
  if (unreadable.length > 0) {
    throw new NotFoundError(
      `${unreadable.join(
        ', ',
      )} does not exist in the catalog, or you may not read it`,
    );
  }
}

/** The radar entry with that id, else a 404. */
export function requireEntry(radar: OrgRadar, entryId: string): OrgRadarEntry {
  const entry = radar.entries.find(candidate => candidate.id === entryId);
  if (!entry) {
    throw new NotFoundError(`The tech radar has no entry "${entryId}"`);
  }
  return entry;
}

/** The ring with that id, else a 400 listing the radar's rings. */
export function requireRing(radar: OrgRadar, ringId: string): void {
  if (!radar.rings.some(ring => ring.id === ringId)) {
    throw new InputError(
      `Unknown ring "${ringId}": expected one of ${radar.rings
        .map(ring => ring.id)
        .join(', ')}`,
    );
  }
}
