import {
  createExternalRouteRef,
  createRouteRef,
  createSubRouteRef,
} from '@backstage/core-plugin-api';

/**
 * Route of the takeaways explorer page. Created with the legacy API so both
 * the legacy plugin and the new frontend system plugin can mount it.
 *
 * @public
 */
export const rootRouteRef = createRouteRef({
  id: 'conference-takeaways',
});

/**
 * Mount point of the entity tab in legacy apps, separate from the explorer
 * so an app can mount both.
 *
 * @public
 */
export const entityContentRouteRef = createRouteRef({
  id: 'conference-takeaways:entity-content',
});

/**
 * Where the cards link to for "more takeaways about this tool". Optional, so
 * cards render without those links when nothing is bound; the new frontend
 * system binds it to the explorer page by default.
 *
 * @public
 */
export const explorerLinkRouteRef = createExternalRouteRef({
  id: 'conference-takeaways:explorer-link',
  optional: true,
  defaultTarget: 'conference-takeaways.root',
});

/**
 * The page of one tool, below the explorer: `/conference-takeaways/tools/linkerd`.
 * `tool` is a slug, name or alias, or the id of a radar entry.
 *
 * @public
 */
export const toolRouteRef = createSubRouteRef({
  id: 'conference-takeaways:tool',
  parent: rootRouteRef,
  path: '/tools/:tool',
});

/**
 * Where tool chips link to: the tool's page. Optional like
 * {@link explorerLinkRouteRef}; chips fall back to the explorer filtered by
 * the tool when it is not bound. The new frontend system binds it to
 * {@link toolRouteRef} by default.
 *
 * @public
 */
export const toolLinkRouteRef = createExternalRouteRef({
  id: 'conference-takeaways:tool-link',
  params: ['tool'],
  optional: true,
  defaultTarget: 'conference-takeaways.tool',
});
