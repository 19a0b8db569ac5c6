import { Entity, parseEntityRef } from '@backstage/catalog-model';
import { NotificationPayload } from '@backstage/plugin-notifications-common';
import { catalogEntityPath } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { OwnerDigest } from './ownerDigests';

/** Users see it, and can turn it off, under this name in their settings. */
export const NOTIFICATION_TOPIC = 'Conference takeaways';

/** Most item titles and entity names spelt out; the rest are counted. */
const LISTED = 5;

function plural(count: number, word: string) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "a, b and c", or "a, b, c and 4 more" past `max`. */
function listOf(names: string[], max = 3): string {
  const shown = names.slice(0, max);
  const rest = names.length - shown.length;
  if (rest > 0) {
    return `${shown.join(', ')} and ${rest} more`;
  }
  return shown.length > 1
    ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`
    : shown.join('');
}

function titleOf(item: Entity): string {
  const spec = item.spec ?? {};
  const title = item.kind === 'Takeaway' ? spec.headline : spec.title;
  return typeof title === 'string' && title
    ? title
    : item.metadata.title ?? item.metadata.name;
}

/**
 * Where the owner reads the new items ranked for it: the conference
 * takeaways tab of its one entity using the tools, else of the team.
 */
function linkOf(digest: OwnerDigest): string {
  const ownerIsGroup =
    parseEntityRef(digest.owner).kind.toLocaleLowerCase('en-US') === 'group';
  const target =
    digest.users.length === 1 || !ownerIsGroup
      ? digest.users[0].entityRef
      : digest.owner;
  return `${catalogEntityPath(target)}/conference-takeaways`;
}

/** The one notification an owner gets for a refresh. */
export function digestNotification(digest: OwnerDigest): NotificationPayload {
  const takeaways = digest.items.filter(i => i.kind === 'Takeaway').length;
  const talks = digest.items.length - takeaways;
  const counts = [
    takeaways > 0 ? plural(takeaways, 'takeaway') : undefined,
    talks > 0 ? plural(talks, 'talk') : undefined,
  ].filter(Boolean);
  const titles = digest.items.slice(0, LISTED).map(titleOf);
  const more = digest.items.length - titles.length;
  return {
    title: `New from conferences: ${counts.join(' and ')} about ${listOf(
      digest.tools.map(t => t.name),
    )}`,
    description: [
      `Used by ${listOf(
        digest.users.map(u => u.title),
        LISTED,
      )}.`,
      ...titles.map(title => `• ${title}`),
      ...(more > 0 ? [`and ${more} more`] : []),
    ].join('\n'),
    link: linkOf(digest),
    topic: NOTIFICATION_TOPIC,
    severity: 'normal',
  };
}
