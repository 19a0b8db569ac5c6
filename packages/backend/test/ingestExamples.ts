import { mockCredentials } from '@backstage/backend-test-utils';
import { CatalogEntity } from './apiTypes';
import {
  countExampleOrgEntities,
  countExampleTakeawaySections,
} from './examplePortal';
import { getOk } from './http';
import { PortalTestBackend, TASKS } from './startPortalTestBackend';
import { waitFor } from './waitFor';

const OUR_KINDS_AND_LOCATIONS = ['Conference', 'Talk', 'Takeaway', 'Location'];

/** Every entity of the catalog, read with service credentials. */
export async function listCatalogEntities(
  baseUrl: string,
  authorization = mockCredentials.service.header(),
): Promise<CatalogEntity[]> {
  return getOk<CatalogEntity[]>(
    baseUrl,
    '/api/catalog/entities?fields=kind,metadata.name,metadata.namespace,metadata.title,spec',
    authorization,
  );
}

export function refOf(entity: CatalogEntity): string {
  const namespace = entity.metadata.namespace ?? 'default';
  return `${entity.kind.toLocaleLowerCase('en-US')}:${namespace}/${
    entity.metadata.name
  }`;
}

/**
 * Runs the report ingestion once and waits for the catalog to process it.
 */
export async function ingestExamples(
  portal: PortalTestBackend,
): Promise<CatalogEntity[]> {
  await portal.runTask(TASKS.ingestReports);
  return waitForExampleCatalog(portal.baseUrl);
}

/**
 * Waits until the catalog has processed the example reports and
 * organisation: one Takeaway per report section, every entity of the
 * organisation's files, and no change between two looks.
 */
export async function waitForExampleCatalog(
  baseUrl: string,
  authorization?: string,
): Promise<CatalogEntity[]> {
  const takeawaySections = countExampleTakeawaySections();
  const orgEntities = countExampleOrgEntities();
  let previousCount = -1;
  return waitFor(
    'the catalog to process the example reports and organisation',
    async () => {
      const entities = await listCatalogEntities(baseUrl, authorization);
      const count = (kinds: string[]) =>
        entities.filter(e => kinds.includes(e.kind)).length;
      const takeaways = count(['Takeaway']);
      const org = entities.length - count(OUR_KINDS_AND_LOCATIONS);
      const settled = entities.length === previousCount;
      previousCount = entities.length;
      return takeaways === takeawaySections && org === orgEntities && settled
        ? entities
        : undefined;
    },
    { timeoutMs: 90_000, intervalMs: 750 },
  );
}
