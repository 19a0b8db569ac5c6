import {
  ExploreItem,
  ExploreQuery,
  ExploreResponse,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import plugin from './index';
import { conferenceTakeawaysApiRef } from '../api';
import { linkerdHub } from '../__testUtils__/toolHubFixtures';

describe('conference-takeaways alpha plugin', () => {
  it('has the plugin id and the documented extension ids', () => {
    expect(plugin.pluginId).toBe('conference-takeaways');
    for (const id of [
      'api:conference-takeaways',
      'entity-card:conference-takeaways/relevant-takeaways',
      'entity-card:conference-takeaways/group-tools',
      'entity-card:conference-takeaways/takeaway-details',
      'entity-card:conference-takeaways/talk-details',
      'entity-card:conference-takeaways/conference-details',
      'entity-content:conference-takeaways/relevant-takeaways',
      'page:conference-takeaways',
    ] as const) {
      expect(plugin.getExtension(id)).toBeDefined();
    }
  });

  it('serves the explorer at /conference-takeaways, linked from the sidebar', async () => {
    const talk = (n: number): ExploreItem => ({
      entityRef: `talk:default/talk-${n}`,
      kind: 'Talk',
      name: `talk-${n}`,
      title: `Talk number ${n}`,
      tools: [{ slug: 'linkerd', name: 'Linkerd' }],
    });
    const explore = jest.fn(
      async (query: ExploreQuery): Promise<ExploreResponse> => ({
        kind: query.kind ?? 'takeaway',
        total: 2,
        offset: 0,
        limit: 20,
        items: [talk(1), talk(2)],
        facets: { tools: [], conferences: [], years: [] },
        trends: { years: [], series: [] },
      }),
    );
    await renderTestApp({
      features: [plugin],
      initialRouteEntries: ['/conference-takeaways?tab=talks'],
      // entity links need the catalog's entity page, normally the catalog plugin's
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      apis: [
        [
          conferenceTakeawaysApiRef,
          { explore, getToolSummaries: async () => ({ tools: [] }) },
        ],
      ],
    });
    expect(
      await screen.findByText('2 talks', {}, { timeout: 10000 }),
    ).toBeInTheDocument();
    expect(explore).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'talk' }),
    );
    // tool chips link to the tool pages below the explorer by default
    expect(
      screen.getAllByRole('button', { name: 'Linkerd: tool page' })[0],
    ).toHaveAttribute('href', '/conference-takeaways/tools/linkerd');
    const nav = screen.getByRole('navigation', { name: 'sidebar nav' });
    expect(
      within(nav).getByRole('link', { name: 'Conference takeaways' }),
    ).toHaveAttribute('href', '/conference-takeaways');
  }, 20000);

  it('serves tool pages below the explorer', async () => {
    const getTool = jest.fn(async () => linkerdHub);
    await renderTestApp({
      features: [plugin],
      initialRouteEntries: ['/conference-takeaways/tools/linkerd'],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      apis: [[conferenceTakeawaysApiRef, { getTool }]],
    });

    expect(
      await screen.findByRole('list', { name: 'Radar timeline' }),
    ).toBeInTheDocument();
    expect(getTool).toHaveBeenCalledWith('linkerd');
    expect(
      screen.getByRole('link', { name: 'All conference takeaways' }),
    ).toHaveAttribute('href', '/conference-takeaways');
  }, 20000);
});
