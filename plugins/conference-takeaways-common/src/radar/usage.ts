import { RadarRing } from '@backstage-community/plugin-tech-radar-common';
import { catalogEntityPath } from './entityPath';
import { markdownLink } from './markdown';
import { OrgRadarEntry, ToolHubWarning, ToolUser } from './types';

/** Users named in a sentence before the rest are only counted. */
const NAMED_USERS = 10;

const KIND_NOUNS: Record<string, [string, string]> = {
  component: ['component', 'components'],
  system: ['system', 'systems'],
  api: ['API', 'APIs'],
};

function countsByKind(users: ToolUser[]): string {
  const counts = new Map<string, number>();
  for (const user of users) {
    const kind = user.kind.toLocaleLowerCase('en-US');
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const parts = [...counts.entries()].map(([kind, count]) => {
    const [one, many] = KIND_NOUNS[kind] ?? [kind, `${kind}s`];
    return `${count} ${count === 1 ? one : many}`;
  });
  return parts.length > 1
    ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
    : parts[0];
}

/**
 * A Markdown sentence saying how many and which catalog entities use the
 * tool, each linked to its catalog page, e.g.
 * `Used by 2 components and 1 API: [Payments API](/catalog/…), …`.
 *
 * @public
 */
export function describeToolUsage(users: ToolUser[]): string {
  if (users.length === 0) {
    return 'Not used by any component, system or API in the catalog.';
  }
  const named = users
    .slice(0, NAMED_USERS)
    .map(user => markdownLink(user.title, catalogEntityPath(user.entityRef)));
  const rest = users.length - named.length;
  const list =
    rest > 0 ? `${named.join(', ')} and ${rest} more` : named.join(', ');
  return `Used by ${countsByKind(users)}: ${list}.`;
}

/** True for the ring that means "do not use": id or name `hold`. @public */
export function isHoldRing(ring: RadarRing | undefined): boolean {
  return [ring?.id, ring?.name].some(
    value => value?.trim().toLocaleLowerCase('en-US') === 'hold',
  );
}

/**
 * A warning when an active entry's current ring is hold while catalog
 * entities still use the tool; undefined otherwise.
 *
 * @public
 */
export function holdWhileUsedWarning(
  entry: OrgRadarEntry,
  rings: RadarRing[],
  users: ToolUser[],
): ToolHubWarning | undefined {
  const current = entry.timeline[0];
  const ring = rings.find(r => r.id === current.ringId);
  if (!entry.active || !isHoldRing(ring) || users.length === 0) {
    return undefined;
  }
  // Named like describeToolUsage: a tool used by thousands stays one line.
  const named = users.slice(0, NAMED_USERS).map(user => user.title);
  const rest = users.length - named.length;
  const names =
    rest > 0 ? `${named.join(', ')} and ${rest} more` : named.join(', ');
  const count =
    users.length === 1
      ? '1 service still uses'
      : `${users.length} services still use`;
  return {
    type: 'hold-while-used',
    message: `${entry.title} is on ${ring?.name} since ${current.date} while ${count} it: ${names}`,
  };
}
