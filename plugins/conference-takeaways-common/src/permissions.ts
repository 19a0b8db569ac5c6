import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Cite a takeaway or talk as evidence for a move of a radar entry, remove
 * such a citation, or propose a radar move. Radar owners only, usually.
 *
 * @public
 */
export const radarCitePermission = createPermission({
  name: 'conference-takeaways.radar.cite',
  attributes: { action: 'update' },
});

/** Every permission the conference-takeaways plugin defines. @public */
export const conferenceTakeawaysPermissions = [radarCitePermission];
