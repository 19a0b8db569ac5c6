import { parseEntityRef } from '@backstage/catalog-model';

/**
 * The app-relative path of an entity's catalog page,
 * `/catalog/<namespace>/<kind>/<name>`, with the kind lower-cased as the
 * catalog's routes write it. Relative, so it works whatever the app's base
 * URL: the tech radar renders links with Backstage's router-aware `Link`.
 *
 * @public
 */
export function catalogEntityPath(entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return ['/catalog', namespace, kind.toLocaleLowerCase('en-US'), name]
    .map((part, index) => (index === 0 ? part : encodeURIComponent(part)))
    .join('/');
}

/**
 * The app-relative path of a tool's page in the conference-takeaways
 * frontend plugin, `/conference-takeaways/tools/<slug>`: where the radar
 * sends readers for the evidence it does not list itself.
 *
 * @public
 */
export function toolPagePath(slug: string): string {
  return `/conference-takeaways/tools/${encodeURIComponent(slug)}`;
}
