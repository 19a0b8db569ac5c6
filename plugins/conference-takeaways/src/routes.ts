import { createRouteRef } from '@backstage/core-plugin-api';

/**
 * Route of the takeaways explorer page. Created with the legacy API so both
 * the legacy plugin and the new frontend system plugin can mount it.
 *
 * @public
 */
export const rootRouteRef = createRouteRef({
  id: 'conference-takeaways',
});
