import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ANNOTATION_TOOL,
  findToolUsers,
  RadarItemIndex,
  ToolLookup,
  ToolUser,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { ITEM_FIELDS, TOOL_ENTITY_FIELDS, USER_FIELDS } from '../catalogFields';

export interface ReadRadarCatalogOptions {
  catalog: CatalogService;
  /** The caller's credentials: every read is made on their behalf. */
  credentials: BackstageCredentials;
  dictionary: ToolLookup;
  /** The tools whose takeaways and talks to read. */
  slugs: string[];
  /** Canonical refs cited as evidence, fetched when the query misses them. */
  evidenceRefs: string[];
}

export interface RadarCatalog {
  items: RadarItemIndex;
  /** Components, systems and APIs using each tool, by slug. */
  users: Map<string, ToolUser[]>;
}

/**
 * Reads what the radar endpoints need in three parallel catalog queries —
 * the takeaways and talks about the tools plus every conference; the
 * components, systems and APIs (fields limited); the tool records — and
 * one lookup by ref for cited items the first query did not return.
 */
export async function readRadarCatalog(
  options: ReadRadarCatalogOptions,
): Promise<RadarCatalog> {
  const { catalog, credentials, dictionary, slugs } = options;
  // Every takeaway naming a tool: the radar links only those about it and
  // the tool page shows all, both picked in memory. (Takeaways also list
  // spec.subjectTools, but the in-memory test catalog cannot filter on
  // camel-cased fields.)
  const itemFilters =
    slugs.length > 0
      ? [
          { kind: 'takeaway', 'spec.tools': slugs },
          { kind: 'talk', 'spec.tools': slugs },
        ]
      : [];

  const [items, users, toolEntities] = await Promise.all([
    catalog.getEntities(
      {
        filter: [...itemFilters, { kind: 'conference' }],
        fields: ITEM_FIELDS,
      },
      { credentials },
    ),
    catalog.getEntities(
      {
        filter: { kind: ['component', 'system', 'api'] },
        fields: USER_FIELDS,
      },
      { credentials },
    ),
    catalog.getEntities(
      {
        filter: {
          [`metadata.annotations.${ANNOTATION_TOOL}`]: CATALOG_FILTER_EXISTS,
        },
        fields: TOOL_ENTITY_FIELDS,
      },
      { credentials },
    ),
  ]);

  const index = new RadarItemIndex(items.items);
  const missing = options.evidenceRefs.filter(ref => !index.get(ref));
  let cited: Entity[] = [];
  if (missing.length > 0) {
    const response = await catalog.getEntitiesByRefs(
      { entityRefs: missing, fields: ITEM_FIELDS },
      { credentials },
    );
    cited = response.items.filter((e): e is Entity => e !== undefined);
  }

  return {
    items: cited.length
      ? new RadarItemIndex([...items.items, ...cited])
      : index,
    users: findToolUsers(users.items, {
      dictionary,
      toolEntities: toolEntities.items,
    }),
  };
}
