import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import catalogGraphPlugin from '@backstage/plugin-catalog-graph/alpha';
import orgPlugin from '@backstage/plugin-org/alpha';
import searchPlugin from '@backstage/plugin-search/alpha';
import apiDocsPlugin from '@backstage/plugin-api-docs/alpha';
import techRadarPlugin from '@backstage-community/plugin-tech-radar/alpha';
import conferenceTakeawaysPlugin, {
  conferenceTakeawaysTechRadarModule,
} from '@conference-takeaways/backstage-plugin-conference-takeaways/alpha';
import { navModule } from './modules/nav';
import { homeModule } from './modules/home';
import { catalogGraphModule } from './modules/catalogGraph';
import { catalogAliasModule } from './modules/catalogAlias';
import { catalogColumnsModule } from './modules/catalogColumns';
import { signInModule } from './modules/signIn';

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
    techRadarPlugin,
    // the tech radar reads the organisation's radar from our backend, with
    // the talks and takeaways behind each decision
    conferenceTakeawaysTechRadarModule,
    catalogGraphModule,
    catalogAliasModule,
    // takeaways, talks and conferences get columns that fit them
    catalogColumnsModule,
    navModule,
    signInModule,
    homeModule,
  ],
});
