import { Entity, RELATION_OWNED_BY } from '@backstage/catalog-model';
import { ANNOTATION_TOOL } from '../kinds/constants';
import { refOf } from '../relevance/itemView';
import { normalizeEntityRef } from '../relevance/refs';
import { resolveEntityTools } from '../relevance/resolveEntityTools';
import { ToolLookup } from '../relevance/toolLookup';
import { ToolTeam, ToolUser } from './types';

// One collator for every comparison, not a locale lookup per call: these
// sorts see thousands of items.
const byText = new Intl.Collator('en-US').compare;

/** Options of {@link findToolUsers}. @public */
export interface FindToolUsersOptions {
  dictionary: ToolLookup;
  /**
   * The catalog's tool records (entities annotated
   * `conference-takeaways.dev/tool`): dependencies on them count as use.
   */
  toolEntities: Entity[];
}

function ownersOf(entity: Entity): string[] {
  const owners = new Set<string>();
  for (const relation of entity.relations ?? []) {
    if (relation.type === RELATION_OWNED_BY) {
      const ref = normalizeEntityRef(relation.targetRef);
      if (ref) {
        owners.add(ref);
      }
    }
  }
  // Relations may not be stitched yet; spec.owner says the same thing.
  const specOwner = entity.spec?.owner;
  if (owners.size === 0 && typeof specOwner === 'string') {
    const ref = normalizeEntityRef(specOwner, {
      defaultKind: 'group',
      defaultNamespace: entity.metadata.namespace ?? 'default',
    });
    if (ref) {
      owners.add(ref);
    }
  }
  return [...owners].sort();
}

/** The tool an entity is itself the record of, so it is not its own user. */
function recordedSlug(entity: Entity, dictionary: ToolLookup) {
  const value = entity.metadata.annotations?.[ANNOTATION_TOOL]?.trim();
  if (!value) {
    return undefined;
  }
  return dictionary.resolve(value)?.slug ?? value.toLocaleLowerCase('en-US');
}

/**
 * Which of `entities` (components, systems, APIs) use which tools, by tool
 * slug: tags, the tools annotation and dependencies on tool records, as
 * {@link resolveEntityTools} reads them. An entity that is itself the
 * record of a tool does not count as using that tool. Users are sorted by
 * kind, then title.
 *
 * @public
 */
export function findToolUsers(
  entities: Entity[],
  options: FindToolUsersOptions,
): Map<string, ToolUser[]> {
  const { dictionary, toolEntities } = options;
  const bySlug = new Map<string, ToolUser[]>();
  for (const entity of entities) {
    const own = recordedSlug(entity, dictionary);
    const tools = resolveEntityTools(entity, {
      dictionary,
      dependencies: toolEntities,
    });
    for (const tool of tools) {
      if (tool.slug === own) {
        continue;
      }
      const users = bySlug.get(tool.slug) ?? [];
      users.push({
        entityRef: refOf(entity),
        kind: entity.kind,
        title: entity.metadata.title || entity.metadata.name,
        owners: ownersOf(entity),
        sources: tool.sources,
      });
      bySlug.set(tool.slug, users);
    }
  }
  for (const users of bySlug.values()) {
    users.sort(
      (a, b) =>
        byText(a.kind, b.kind) ||
        byText(a.title, b.title) ||
        byText(a.entityRef, b.entityRef),
    );
  }
  return bySlug;
}

/**
 * The owners of a tool's users, each with the users it owns; most users
 * first, then by ref.
 *
 * @public
 */
export function teamsOfUsers(users: ToolUser[]): ToolTeam[] {
  const teams = new Map<string, string[]>();
  for (const user of users) {
    for (const owner of user.owners) {
      const uses = teams.get(owner);
      if (uses) {
        uses.push(user.entityRef);
      } else {
        teams.set(owner, [user.entityRef]);
      }
    }
  }
  return [...teams.entries()]
    .map(([entityRef, uses]) => ({ entityRef, uses, usesTotal: uses.length }))
    .sort(
      (a, b) =>
        b.uses.length - a.uses.length || byText(a.entityRef, b.entityRef),
    );
}
