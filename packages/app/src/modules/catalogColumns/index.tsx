import {
  coreExtensionData,
  createFrontendModule,
} from '@backstage/frontend-plugin-api';
import catalogPlugin, {
  CatalogIndexPage,
} from '@backstage/plugin-catalog/alpha';
import { createConferenceTakeawaysCatalogColumnsFunc } from '@conference-takeaways/backstage-plugin-conference-takeaways';

const columns = createConferenceTakeawaysCatalogColumnsFunc();

/**
 * The catalog page of the new frontend system takes no columns, so this
 * override renders the same page with a columns function: conference, year
 * and tools for takeaways and talks, dates, location and counts for
 * conferences, the catalog's own columns for every other kind. Filters,
 * pagination and export settings still come from the page's inputs and
 * config (exporters added through export-config extensions are not merged:
 * this app adds none).
 */
const catalogPage = catalogPlugin.getExtension('page:catalog').override({
  factory(originalFactory, { inputs, config }) {
    return originalFactory({
      params: {
        loader: async () => (
          <CatalogIndexPage
            filters={
              <>
                {inputs.filters.map(filter =>
                  filter.get(coreExtensionData.reactElement),
                )}
              </>
            }
            columns={columns}
            pagination={config.pagination}
            exportSettings={
              config.exportSettings?.enabled ? config.exportSettings : undefined
            }
          />
        ),
      },
    });
  },
});

export const catalogColumnsModule = createFrontendModule({
  pluginId: 'catalog',
  extensions: [catalogPage],
});
