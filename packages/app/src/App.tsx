import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import catalogGraphPlugin from '@backstage/plugin-catalog-graph/alpha';
import orgPlugin from '@backstage/plugin-org/alpha';
import searchPlugin from '@backstage/plugin-search/alpha';
import apiDocsPlugin from '@backstage/plugin-api-docs/alpha';
import conferenceTakeawaysPlugin from '@internal/backstage-plugin-conference-takeaways/alpha';
import { navModule } from './modules/nav';
import { homeModule } from './modules/home';

// `app.packages: all` in app-config also discovers these; listing them keeps
// the app complete when discovery is narrowed (duplicates are ignored).
export default createApp({
  features: [
    catalogPlugin,
    catalogGraphPlugin,
    orgPlugin,
    searchPlugin,
    apiDocsPlugin,
    conferenceTakeawaysPlugin,
    navModule,
    homeModule,
  ],
});
