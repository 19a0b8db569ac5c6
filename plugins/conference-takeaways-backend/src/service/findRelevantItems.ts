import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ConferenceEntity,
  dependencyRefsOf,
  describeRankedItems,
  rankCandidates,
  RelevanceResponse,
  resolveEntityTools,
  TakeawayEntity,
  TalkEntity,
  ToolLookup,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { canonicalRef } from './catalogIndex/canonicalRef';
import { ITEM_FIELDS, RANKING_FIELDS } from './catalogFields';

export interface FindRelevantItemsOptions {
  catalog: CatalogService;
  dictionary: ToolLookup;
  /** The caller's credentials: every catalog read is made on their behalf. */
  credentials: BackstageCredentials;
  entityRef: string;
  limit: number;
  now: Date;
}

function byRef<T extends Entity>(entities: Entity[], kind: string) {
  return new Map(
    entities
      .filter(e => e.kind.toLocaleLowerCase('en-US') === kind)
      .map(e => [stringifyEntityRef(e), e as T]),
  );
}

/**
 * Ranks the takeaways and talks relevant to one catalog entity. The number of
 * catalog round trips is constant: the entity; its dependencies (and, for a
 * group, its components, then their dependencies); one query for what
 * ranking reads of all candidate items and of the conferences; one lookup of
 * the items shown, the talks they cite and their conferences.
 */
export async function findRelevantItems(
  options: FindRelevantItemsOptions,
): Promise<RelevanceResponse> {
  const { catalog, dictionary, credentials } = options;

  const getByRefs = async (refs: string[], fields?: string[]) => {
    if (refs.length === 0) {
      return [];
    }
    const { items } = await catalog.getEntitiesByRefs(
      { entityRefs: refs, fields },
      { credentials },
    );
    return items.filter((e): e is Entity => e !== undefined);
  };

  const entity = await catalog.getEntityByRef(options.entityRef, {
    credentials,
  });
  if (!entity) {
    throw new NotFoundError(`Entity ${options.entityRef} not found`);
  }
  const entityRef = stringifyEntityRef(entity);
  const isGroup = entity.kind.toLocaleLowerCase('en-US') === 'group';

  const [dependencies, ownedComponents] = await Promise.all([
    getByRefs(dependencyRefsOf(entity)),
    isGroup
      ? catalog
          .getEntities(
            {
              filter: {
                kind: 'component',
                [`relations.${RELATION_OWNED_BY}`]: entityRef,
              },
            },
            { credentials },
          )
          .then(r => r.items)
      : Promise.resolve([]),
  ]);
  const known = new Set(dependencies.map(d => stringifyEntityRef(d)));
  const componentDependencyRefs = [
    ...new Set(ownedComponents.flatMap(dependencyRefsOf)),
  ].filter(ref => !known.has(ref));
  const componentDependencies = await getByRefs(componentDependencyRefs);

  const tools = resolveEntityTools(entity, {
    dictionary,
    dependencies: [...dependencies, ...componentDependencies],
    ownedComponents,
  });
  if (tools.length === 0) {
    return { entityRef, tools: [], items: [] };
  }

  // One query for what ranking reads of the candidates and of the
  // conferences (few) that date them: one authorization and one round trip
  // for the catalog rather than two.
  const slugs = tools.map(t => t.slug);
  const { items: found } = await catalog.getEntities(
    {
      filter: [
        { kind: 'takeaway', 'spec.tools': slugs },
        { kind: 'talk', 'spec.tools': slugs },
        { kind: 'conference' },
      ],
      fields: RANKING_FIELDS,
    },
    { credentials },
  );
  const conferences = byRef<ConferenceEntity>(found, 'conference');
  const candidates = found.filter(
    (e): e is TakeawayEntity | TalkEntity =>
      e.kind === 'Takeaway' || e.kind === 'Talk',
  );
  const ranked = rankCandidates(tools, candidates, {
    conferences,
    now: options.now,
    dictionary,
    limit: options.limit,
  });

  // Then read in full only the items shown, the talks they cite and their
  // conferences.
  const shownRefs = new Set<string>();
  const addRef = (ref: unknown, defaultKind: string) => {
    const canonical = canonicalRef(ref, defaultKind);
    if (canonical) {
      shownRefs.add(canonical);
    }
  };
  for (const { entityRef: ref, candidate } of ranked) {
    shownRefs.add(ref);
    addRef(candidate.spec.conference, 'conference');
    if (candidate.kind === 'Takeaway' && Array.isArray(candidate.spec.talks)) {
      candidate.spec.talks.forEach(talk => addRef(talk, 'talk'));
    }
  }
  const shown = await getByRefs([...shownRefs].sort(), ITEM_FIELDS);

  return {
    entityRef,
    tools,
    items: describeRankedItems(ranked, {
      conferences: new Map([
        ...conferences,
        ...byRef<ConferenceEntity>(shown, 'conference'),
      ]),
      talks: byRef<TalkEntity>(shown, 'talk'),
      entities: shown.filter(
        (e): e is TakeawayEntity | TalkEntity =>
          e.kind === 'Takeaway' || e.kind === 'Talk',
      ),
    }),
  };
}
