import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ConferenceEntity,
  dependencyRefsOf,
  rankItems,
  RelevanceResponse,
  resolveEntityTools,
  TakeawayEntity,
  TalkEntity,
  ToolLookup,
} from '@internal/backstage-plugin-conference-takeaways-common';
import { ITEM_FIELDS } from './catalogFields';

export interface FindRelevantItemsOptions {
  catalog: CatalogService;
  dictionary: ToolLookup;
  /** The caller's credentials: every catalog read is made on their behalf. */
  credentials: BackstageCredentials;
  entityRef: string;
  limit: number;
  now: Date;
}

function canonicalRef(ref: unknown, defaultKind: string): string | undefined {
  if (typeof ref !== 'string') {
    return undefined;
  }
  try {
    return stringifyEntityRef(
      parseEntityRef(ref, { defaultKind, defaultNamespace: 'default' }),
    );
  } catch {
    return undefined;
  }
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
 * group, its components, then their dependencies); one query for all
 * candidate items; one lookup of their conferences and cited talks.
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

  const slugs = tools.map(t => t.slug);
  const { items: candidates } = await catalog.getEntities(
    {
      filter: [
        { kind: 'takeaway', 'spec.tools': slugs },
        { kind: 'talk', 'spec.tools': slugs },
      ],
      fields: ITEM_FIELDS,
    },
    { credentials },
  );
  const items = candidates as Array<TakeawayEntity | TalkEntity>;

  const relatedRefs = new Set<string>();
  for (const item of items) {
    const conference = canonicalRef(item.spec?.conference, 'conference');
    if (conference) {
      relatedRefs.add(conference);
    }
    if (item.kind === 'Takeaway' && Array.isArray(item.spec?.talks)) {
      for (const talk of item.spec.talks) {
        const ref = canonicalRef(talk, 'talk');
        if (ref) {
          relatedRefs.add(ref);
        }
      }
    }
  }
  const related = await getByRefs([...relatedRefs].sort(), ITEM_FIELDS);

  return {
    entityRef,
    tools,
    items: rankItems(tools, items, {
      conferences: byRef<ConferenceEntity>(related, 'conference'),
      talks: byRef<TalkEntity>(related, 'talk'),
      now: options.now,
      dictionary,
      limit: options.limit,
    }),
  };
}
