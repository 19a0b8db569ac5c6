import { Entity } from '@backstage/catalog-model';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { ReactElement } from 'react';
import { ConferenceTakeawaysApi, conferenceTakeawaysApiRef } from '../api';
import { explorerLinkRouteRef, toolLinkRouteRef } from '../routes';
import { conferences, talks, takeaways } from './fixtures';

export const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'checkout', namespace: 'default' },
  spec: { type: 'service', owner: 'group:default/platform-team' },
};

/**
 * Renders an element inside an entity page of a test app that has the
 * explorer and entity pages mounted, with our API and a catalog of fixtures.
 */
export function renderWithEntity(
  element: ReactElement,
  options: {
    entity?: Entity;
    api?: Partial<ConferenceTakeawaysApi>;
    catalogEntities?: Entity[];
    initialRouteEntries?: string[];
    mountExplorer?: boolean;
    /** Mount the tool pages too, so tool chips link to them. */
    mountToolPages?: boolean;
    /** The answer to every permission check; allowed by default. */
    permission?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
    /** Collects the success and error messages posted. */
    alertApi?: ReturnType<typeof mockApis.alert>;
  } = {},
) {
  const {
    entity = component,
    api = {},
    catalogEntities = [...conferences, ...talks, ...takeaways],
    mountExplorer = true,
    mountToolPages = false,
  } = options;
  return renderInTestApp(
    <EntityProvider entity={entity}>{element}</EntityProvider>,
    {
      apis: [
        // tool names are a nicety every view asks for; none by default
        [
          conferenceTakeawaysApiRef,
          {
            getToolSummaries: async () => ({ tools: [] }),
            // no radar unless a test gives one: its sections stay empty
            getRadarHistory: async () => ({
              quadrants: [],
              rings: [],
              entries: [],
            }),
            listRadarCitations: async () => ({ citations: [] }),
            ...api,
          },
        ],
        catalogApiMock({ entities: catalogEntities }),
        mockApis.permission({
          authorize: options.permission ?? AuthorizeResult.ALLOW,
        }),
        options.alertApi ?? mockApis.alert(),
      ],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        ...(mountExplorer
          ? { '/conference-takeaways': explorerLinkRouteRef }
          : {}),
        ...(mountToolPages
          ? { '/conference-takeaways/tools/:tool': toolLinkRouteRef }
          : {}),
      },
      initialRouteEntries: options.initialRouteEntries,
    },
  );
}
