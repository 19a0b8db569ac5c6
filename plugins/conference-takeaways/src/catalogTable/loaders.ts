import { CatalogApi } from '@backstage/plugin-catalog-react';
import { Entity } from '@backstage/catalog-model';
import DataLoader from 'dataloader';
import { ConferenceTakeawaysApi } from '../api';
import { refOf } from '../lib/entityRefs';

/** What a table row shows about the conference it points to. */
export interface ConferenceYear {
  year?: number;
}

/** One batch asks for at most this many conferences or tools. */
const MAX_BATCH = 100;

/**
 * Loaders are shared per API instance so every cell of a table page joins
 * the same batch: one catalog read for the page's conferences, one backend
 * call for its tool names. Nothing is cached between renders of new rows,
 * so a renamed tool or corrected year shows on the next page load.
 */
const conferenceLoaders = new WeakMap<
  CatalogApi,
  DataLoader<string, ConferenceYear | undefined>
>();
const toolNameLoaders = new WeakMap<
  ConferenceTakeawaysApi,
  DataLoader<string, string | undefined>
>();

function yearOf(entity: Entity | undefined): ConferenceYear | undefined {
  if (!entity) {
    return undefined;
  }
  const { year, startDate } = entity.spec ?? {};
  if (typeof year === 'number') {
    return { year };
  }
  const fromDate = /^(\d{4})-/.exec(String(startDate ?? ''))?.[1];
  return { year: fromDate ? Number(fromDate) : undefined };
}

/**
 * Years of conferences by normalised ref, read with the signed-in user's
 * permissions; a conference the user cannot see loads as undefined.
 */
export function conferenceYearLoader(catalogApi: CatalogApi) {
  let loader = conferenceLoaders.get(catalogApi);
  if (!loader) {
    loader = new DataLoader(
      async refs => {
        const unique = [...new Set(refs)];
        const { items } = await catalogApi.getEntitiesByRefs({
          entityRefs: unique,
          fields: [
            'kind',
            'metadata.name',
            'metadata.namespace',
            'spec.year',
            'spec.startDate',
          ],
        });
        const byRef = new Map<string, ConferenceYear | undefined>();
        for (const entity of items) {
          if (entity) {
            byRef.set(refOf(entity), yearOf(entity));
          }
        }
        return refs.map(ref => byRef.get(ref));
      },
      { cache: false, maxBatchSize: MAX_BATCH },
    );
    conferenceLoaders.set(catalogApi, loader);
  }
  return loader;
}

/** Display names of tool slugs; an unknown slug loads as undefined. */
export function toolNameLoader(api: ConferenceTakeawaysApi) {
  let loader = toolNameLoaders.get(api);
  if (!loader) {
    loader = new DataLoader(
      async slugs => {
        const { tools } = await api.getToolSummaries([...new Set(slugs)]);
        const names = new Map(tools.map(tool => [tool.slug, tool.name]));
        return slugs.map(slug => names.get(slug));
      },
      { cache: false, maxBatchSize: MAX_BATCH },
    );
    toolNameLoaders.set(api, loader);
  }
  return loader;
}
