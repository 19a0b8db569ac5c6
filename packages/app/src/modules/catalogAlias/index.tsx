import {
  createFrontendModule,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';

/**
 * This app serves the catalog at `/` (see app-config), yet `/catalog` is
 * where Backstage users, docs and links expect it, and entity pages live
 * below it. The alias page answers `/catalog` itself; entity pages
 * (`/catalog/:namespace/:kind/:name`) are more specific routes and win.
 */
export const catalogAliasModule = createFrontendModule({
  pluginId: 'app',
  extensions: [
    PageBlueprint.make({
      name: 'catalog-alias',
      params: {
        path: '/catalog',
        noHeader: true,
        loader: () =>
          import('./CatalogRedirect').then(m => <m.CatalogRedirect />),
      },
    }),
  ],
});
