import {
  ANNOTATION_TOOL,
  findToolUsers,
  RadarItemIndex,
  ToolLookup,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { IndexSnapshot } from '../catalogIndex/IndexSnapshot';
import { RadarCatalog } from './readRadarCatalog';

const USER_KINDS = ['component', 'system', 'api'];

/**
 * What the radar endpoints read of the catalog (see readRadarCatalog), taken
 * from the index instead: every takeaway, talk and conference, the
 * components, systems and APIs using each tool, and the tool records.
 */
export function radarCatalogFromIndex(
  snapshot: IndexSnapshot,
  dictionary: ToolLookup,
): RadarCatalog {
  const users = [...snapshot.users.values()];
  return {
    items: new RadarItemIndex([
      ...snapshot.takeaways,
      ...snapshot.talks,
      ...snapshot.conferences.values(),
    ]),
    users: findToolUsers(
      users.filter(e => USER_KINDS.includes(e.kind.toLocaleLowerCase('en-US'))),
      {
        dictionary,
        toolEntities: users.filter(
          e => e.metadata.annotations?.[ANNOTATION_TOOL] !== undefined,
        ),
      },
    ),
  };
}
