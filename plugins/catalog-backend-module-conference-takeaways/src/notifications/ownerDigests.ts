import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  ToolLookup,
  ToolUser,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';

/** What one owner is told about a refresh: new items about tools it runs. */
export interface OwnerDigest {
  /** The owner's ref, usually a group. */
  owner: string;
  /** Its entities that use the tools, sorted by title. */
  users: ToolUser[];
  /** The new takeaways, then talks, about those tools. */
  items: Entity[];
  /** Those tools, by name. */
  tools: Array<{ slug: string; name: string }>;
}

function toolsOf(item: Entity): string[] {
  const tools = item.spec?.tools;
  return Array.isArray(tools)
    ? tools.filter((t): t is string => typeof t === 'string')
    : [];
}

const kindOrder = (item: Entity) => (item.kind === 'Takeaway' ? 0 : 1);

/**
 * Groups new takeaways and talks by the owners of the entities that use
 * their tools: one digest per owner, whatever the number of items, tools
 * and entities. Tools nearly everyone runs (Kubernetes) are left out: a
 * takeaway naming them is news to nobody in particular.
 */
export function ownerDigests(
  items: Entity[],
  usersByTool: Map<string, ToolUser[]>,
  dictionary: ToolLookup,
): OwnerDigest[] {
  const digests = new Map<
    string,
    {
      users: Map<string, ToolUser>;
      items: Map<string, Entity>;
      tools: Set<string>;
    }
  >();
  for (const item of items) {
    for (const slug of toolsOf(item)) {
      if (dictionary.get(slug)?.ubiquitous) {
        continue;
      }
      for (const user of usersByTool.get(slug) ?? []) {
        for (const owner of user.owners) {
          let digest = digests.get(owner);
          if (!digest) {
            digest = { users: new Map(), items: new Map(), tools: new Set() };
            digests.set(owner, digest);
          }
          digest.users.set(user.entityRef, user);
          digest.items.set(stringifyEntityRef(item), item);
          digest.tools.add(slug);
        }
      }
    }
  }
  return [...digests.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([owner, digest]) => ({
      owner,
      users: [...digest.users.values()].sort((a, b) =>
        a.title.localeCompare(b.title),
      ),
      // Takeaways first: they are the news, talks are where it came from.
      items: [...digest.items.values()].sort(
        (a, b) => kindOrder(a) - kindOrder(b),
      ),
      tools: [...digest.tools].sort().map(slug => ({
        slug,
        name: dictionary.get(slug)?.name ?? slug,
      })),
    }));
}
