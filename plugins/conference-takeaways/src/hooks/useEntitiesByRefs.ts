import { Entity } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { normalizeRef, refOf } from '../lib/entityRefs';

const FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'spec',
];

/**
 * Loads the entities behind a list of refs, keyed by normalised ref. Refs the
 * user cannot see, or that do not exist, are simply absent from the map.
 */
export function useEntitiesByRefs(refs: string[]) {
  const catalogApi = useApi(catalogApiRef);
  const normalized = [
    ...new Set(
      refs.map(ref => normalizeRef(ref)).filter((ref): ref is string => !!ref),
    ),
  ];
  const key = normalized.join(',');
  return useAsync(async () => {
    const byRef = new Map<string, Entity>();
    if (normalized.length === 0) {
      return byRef;
    }
    const { items } = await catalogApi.getEntitiesByRefs({
      entityRefs: normalized,
      fields: FIELDS,
    });
    for (const entity of items) {
      if (entity) {
        byRef.set(refOf(entity), entity);
      }
    }
    return byRef;
    // the key stands for the list of refs, which is a new array every render
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [catalogApi, key]);
}
