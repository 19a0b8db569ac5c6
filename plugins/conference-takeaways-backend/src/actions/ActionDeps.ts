import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { ToolLookup } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { RadarService } from '../service/radar/RadarService';

/** What every action registration needs; see registerActions. */
export interface ActionDeps {
  actionsRegistry: ActionsRegistryService;
  catalog: CatalogService;
  dictionary: ToolLookup;
  radar: RadarService;
  /** Most items an action returns in one answer. */
  maxItems: number;
  now: () => Date;
}
