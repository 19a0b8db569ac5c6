import { ResponseError } from '@backstage/errors';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { ToolHubResponse } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConferenceTakeawaysApi, conferenceTakeawaysApiRef } from '../../api';
import { explorerLinkRouteRef, toolLinkRouteRef } from '../../routes';
import { linkerdHub, quietHub } from '../../__testUtils__/toolHubFixtures';
import {
  fakeRadarBackend,
  holdProposal,
  linkerdHubCitedFromPortal,
} from '../../__testUtils__/radarFixtures';
import { ToolHub } from './ToolHub';

function renderHub(
  getTool: ConferenceTakeawaysApi['getTool'],
  tool = 'linkerd',
  options: {
    api?: Partial<ConferenceTakeawaysApi>;
    alertApi?: ReturnType<typeof mockApis.alert>;
  } = {},
) {
  return renderInTestApp(<ToolHub tool={tool} />, {
    apis: [
      [
        conferenceTakeawaysApiRef,
        {
          ...fakeRadarBackend().api,
          getTool,
          getExploreTools: async () => ({ tools: [] }),
          ...options.api,
        },
      ],
      mockApis.permission(),
      options.alertApi ?? mockApis.alert(),
    ],
    mountedRoutes: {
      '/catalog/:namespace/:kind/:name': entityRouteRef,
      '/conference-takeaways': explorerLinkRouteRef,
    },
  });
}

async function backendError(status: number, name: string, message: string) {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name, message },
        response: { statusCode: status },
      }),
      { status, headers: { 'content-type': 'application/json' } },
    ),
  );
}

describe('ToolHub', () => {
  it('shows a progress bar while loading the tool', async () => {
    const getTool = jest.fn(() => new Promise<never>(() => {}));
    await renderHub(getTool, 'otel');

    expect(await screen.findByTestId('progress')).toBeInTheDocument();
    expect(getTool).toHaveBeenCalledWith('otel');
  });

  it('describes the tool and its place on the radar', async () => {
    await renderHub(async () => linkerdHub);

    expect(await screen.findByText('service-mesh')).toBeInTheDocument();
    expect(screen.getByText('CNCF graduated')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /^https:\/\/linkerd\.io/ }),
    ).toHaveAttribute('href', 'https://linkerd.io/');
    expect(screen.getByText('linkerd2')).toBeInTheDocument();
    expect(
      screen.getByText(/in Infrastructure since 2023-03-01/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: 'Takeaways about Linkerd in the explorer',
      }),
    ).toHaveAttribute(
      'href',
      '/conference-takeaways?tab=takeaways&tool=linkerd',
    );
  });

  it('lists the radar timeline newest first, with links to the cited evidence', async () => {
    await renderHub(async () => linkerdHub);

    const timeline = await screen.findByRole('list', {
      name: 'Radar timeline',
    });
    const moves = within(timeline).getAllByRole('heading');
    expect(moves.map(move => move.textContent)).toEqual([
      '2023-03-01',
      '2022-06-13',
    ]);
    expect(within(timeline).getByText('moved in')).toBeInTheDocument();
    expect(within(timeline).getByText('production').tagName).toBe('STRONG');

    const [evidence] = within(timeline).getAllByRole('list', {
      name: 'Evidence',
    });
    expect(
      within(evidence).getByRole('link', {
        name: 'Linkerd is the service mesh people enjoy running',
      }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/takeaway/linkerd-is-enjoyable-111111',
    );
    expect(
      within(evidence).getByRole('link', { name: /recording/ }),
    ).toHaveAttribute('href', 'https://www.youtube.com/watch?v=linkerd');
    // the slides URL is javascript:, so no link
    expect(within(evidence).queryByRole('link', { name: /slides/ })).toBeNull();
    expect(
      within(evidence).getByText(
        'takeaway:default/gone-999999: not found, or you may not see it',
      ),
    ).toBeInTheDocument();
    expect(
      within(timeline).getByText('No evidence cited.'),
    ).toBeInTheDocument();
  });

  it('names the services and teams using the tool, and how we know', async () => {
    await renderHub(async () => linkerdHub);

    const users = await screen.findByRole('list', { name: 'Users of Linkerd' });
    const [checkout, payments] = within(users).getAllByRole('listitem');
    expect(
      within(checkout).getByRole('link', { name: 'Checkout' }),
    ).toHaveAttribute('href', '/catalog/default/component/checkout');
    expect(checkout).toHaveTextContent('tag on this entity');
    expect(
      within(checkout).getByRole('link', { name: 'platform-team' }),
    ).toHaveAttribute('href', '/catalog/default/group/platform-team');
    expect(payments).toHaveTextContent('depends on resource:default/mesh');

    const teams = screen.getByRole('list', { name: 'Teams using Linkerd' });
    const [platform] = within(teams).getAllByRole('listitem');
    expect(
      within(platform).getByRole('link', { name: 'checkout' }),
    ).toHaveAttribute('href', '/catalog/default/component/checkout');
  });

  it('groups every takeaway and talk by year, then conference', async () => {
    await renderHub(async () => linkerdHub);

    const y2022 = await screen.findByRole('region', { name: '2022' });
    const y2018 = screen.getByRole('region', { name: '2018' });
    expect(
      y2022.compareDocumentPosition(y2018) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(
      within(y2022)
        .getAllByRole('heading', { level: 4 })
        .map(h => h.textContent),
    ).toEqual([
      'KubeCon + CloudNativeCon North America 2022',
      'KubeCon + CloudNativeCon Europe 2022',
    ]);
    const talk = within(y2022).getByRole('article', {
      name: 'Linkerd at scale',
    });
    expect(talk).toHaveTextContent('by Ana Mesh, Bo Proxy');
    expect(
      within(talk).getByText('radar evidence (2023-03-01)'),
    ).toBeInTheDocument();
    expect(within(y2018).getByText('mentions Linkerd')).toBeInTheDocument();
  });

  it('loads more takeaways and talks page by page, saying how many there are', async () => {
    const firstPage: ToolHubResponse = {
      ...linkerdHub,
      items: linkerdHub.items.slice(0, 2),
      itemsPage: { offset: 0, limit: 2, total: 4, nextOffset: 2 },
    };
    const getTool = jest.fn(
      async (_tool: string, options?: { offset?: number; limit?: number }) =>
        options?.offset === 2
          ? {
              ...linkerdHub,
              items: linkerdHub.items.slice(2),
              itemsPage: { offset: 2, limit: 2, total: 4 },
            }
          : firstPage,
    );
    await renderHub(getTool);

    expect(
      await screen.findByText('Showing 2 of 4 takeaways and talks'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '2018' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Show more' }));

    expect(
      await screen.findByText('Showing 4 of 4 takeaways and talks'),
    ).toBeInTheDocument();
    expect(getTool).toHaveBeenLastCalledWith('linkerd', {
      offset: 2,
      limit: 2,
    });
    const y2018 = screen.getByRole('region', { name: '2018' });
    expect(within(y2018).getByText('mentions Linkerd')).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(4);
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('groups a takeaway whose conference was not identified under its report year', async () => {
    const [first, ...rest] = linkerdHub.items;
    const { conference: _unknown, ...withoutConference } = first;
    await renderHub(async () => ({
      ...linkerdHub,
      items: [{ ...withoutConference, date: '2024-03-01' }, ...rest],
    }));

    const y2024 = await screen.findByRole('region', { name: '2024' });
    expect(
      within(y2024).getByRole('heading', {
        level: 4,
        name: 'Conference not identified',
      }),
    ).toBeInTheDocument();
    expect(
      within(y2024).getByRole('article', { name: first.title }),
    ).toBeInTheDocument();
  });

  it('says how many users, teams and suggestions the page leaves out', async () => {
    await renderHub(async () => ({
      ...linkerdHub,
      usedByTotal: 2000,
      teams: linkerdHub.teams.map(team => ({ ...team, usesTotal: 50 })),
      teamsTotal: 40,
      suggestionsTotal: 300,
    }));

    expect(
      await screen.findByText(
        'Showing 2 of 2000 components, systems and APIs.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Showing 2 of 40 teams.')).toBeInTheDocument();
    const teams = screen.getByRole('list', { name: 'Teams using Linkerd' });
    expect(within(teams).getAllByRole('listitem')[0]).toHaveTextContent(
      /and 49 more$/,
    );
    expect(
      screen.getByText(/^Showing 1 of 300 suggestions/),
    ).toBeInTheDocument();
  });

  it('suggests uncited evidence with a YAML snippet to copy', async () => {
    await renderHub(async () => linkerdHub);

    const suggestion = await screen.findByRole('region', {
      name: 'Suggestion: Istio ambient mode changes the comparison',
    });
    expect(
      within(suggestion).getByText(/takeaway:default\/mesh-comparison-222222/),
    ).toBeInTheDocument();
    expect(
      within(suggestion).getByRole('button', { name: 'Copy text' }),
    ).toBeInTheDocument();
  });

  it('says so when the radar already cites everything', async () => {
    await renderHub(async () => ({ ...linkerdHub, suggestions: [] }));

    expect(
      await screen.findByText(/already cites every takeaway and talk about/),
    ).toBeInTheDocument();
  });

  it('says there is nothing to cite when nothing is about the tool', async () => {
    await renderHub(async () => ({
      ...linkerdHub,
      suggestions: [],
      itemsPage: { ...linkerdHub.itemsPage, items: [], total: 0 },
    }));

    expect(
      await screen.findByText(/No takeaway or talk is about .* yet/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/already cites every/)).toBeNull();
  });

  it('shows warnings as alerts', async () => {
    await renderHub(async () => linkerdHub);

    const [alert] = await screen.findAllByRole('alert');
    expect(alert).toHaveTextContent(
      'cites takeaway:default/gone-999999, which does not exist',
    );
  });

  it('still shows the takeaways when the radar file is broken', async () => {
    const hub: ToolHubResponse = {
      ...linkerdHub,
      radar: undefined,
      suggestions: [],
      warnings: [
        {
          type: 'radar-file',
          message:
            'conferenceTakeaways.radar.location: radar.yaml is not valid YAML',
        },
      ],
    };
    await renderHub(async () => hub);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'radar.yaml is not valid YAML',
    );
    expect(screen.getByText('Not on the tech radar')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Radar timeline' })).toBeNull();
    expect(screen.getByRole('region', { name: '2018' })).toBeInTheDocument();
  });

  it('explains how to add content when nothing is known about the tool', async () => {
    await renderHub(async () => quietHub, 'kuma');

    expect(
      await screen.findByText('Nothing about Kuma yet'),
    ).toBeInTheDocument();
    expect(screen.getByText('Not on the tech radar')).toBeInTheDocument();
    expect(
      screen.getByText(/Write a Markdown trip report/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says which tool it does not know', async () => {
    const failure = await backendError(
      404,
      'NotFoundError',
      'Unknown tool "nope"',
    );
    await renderHub(async () => Promise.reject(failure), 'nope');

    expect(
      await screen.findByText('No tool called "nope"'),
    ).toBeInTheDocument();
  });

  it('suggests known tools with a close name, and the list of all tools', async () => {
    const failure = await backendError(
      404,
      'NotFoundError',
      'Unknown tool "linkred"',
    );
    await renderInTestApp(<ToolHub tool="linkred" />, {
      apis: [
        [
          conferenceTakeawaysApiRef,
          {
            getTool: async () => Promise.reject(failure),
            getExploreTools: async () => ({
              tools: [
                { slug: 'linkerd', name: 'Linkerd', takeaways: 3, talks: 1 },
                { slug: 'kafka', name: 'Apache Kafka', takeaways: 1, talks: 0 },
              ],
            }),
          },
        ],
      ],
      mountedRoutes: {
        '/conference-takeaways/tools/:tool': toolLinkRouteRef,
      },
    });

    expect(
      await screen.findByRole('link', { name: 'Linkerd' }),
    ).toHaveAttribute('href', '/conference-takeaways/tools/linkerd');
    expect(screen.getByText(/Did you mean/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Apache Kafka' })).toBeNull();
    expect(screen.getByRole('link', { name: 'See all tools' })).toHaveAttribute(
      'href',
      '/conference-takeaways/tools',
    );
  });

  it('shows other backend errors and retries', async () => {
    const failure = await backendError(
      503,
      'ServiceUnavailableError',
      'catalog is down',
    );
    const getTool = jest
      .fn()
      .mockRejectedValueOnce(failure)
      .mockResolvedValueOnce(linkerdHub);
    await renderHub(getTool);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      /catalog is down/,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() =>
      expect(
        screen.getByRole('list', { name: 'Radar timeline' }),
      ).toBeInTheDocument(),
    );
    expect(getTool).toHaveBeenCalledTimes(2);
  });

  describe('citing from the portal', () => {
    const user = userEvent.setup({ delay: null });

    it('says who cited evidence from the portal, and removes it, loading the page again in place', async () => {
      const getTool = jest
        .fn<Promise<ToolHubResponse>, [string]>()
        .mockResolvedValueOnce(linkerdHubCitedFromPortal())
        .mockResolvedValue(linkerdHub);
      const deleteRadarCitation = jest.fn(async () => {});
      const alertApi = mockApis.alert();
      await renderHub(getTool, 'linkerd', {
        api: { deleteRadarCitation },
        alertApi,
      });

      const timeline = await screen.findByRole('list', {
        name: 'Radar timeline',
      });
      const [evidence] = within(timeline).getAllByRole('list', {
        name: 'Evidence',
      });
      const [cited, fromFile] = within(evidence).getAllByRole('listitem');
      expect(cited).toHaveTextContent('cited by guest on 2026-11-30');
      // evidence from the radar file is removed in the file
      expect(within(fromFile).queryByRole('button')).toBeNull();

      await user.click(
        within(cited).getByRole('button', {
          name: 'Remove citation of Linkerd is the service mesh people enjoy running',
        }),
      );

      expect(deleteRadarCitation).toHaveBeenCalledWith('c1');
      await waitFor(() => expect(getTool).toHaveBeenCalledTimes(2));
      await waitFor(() =>
        expect(screen.queryByText(/cited by guest/)).toBeNull(),
      );
      expect(screen.queryByTestId('progress')).toBeNull();
      expect(alertApi.getAlerts()).toContainEqual(
        expect.objectContaining({
          severity: 'success',
          message: 'Citation removed',
        }),
      );
    });

    it("cites a suggestion on the entry's current move, keeping its snippet to copy", async () => {
      const getTool = jest.fn(async () => linkerdHub);
      const { api } = fakeRadarBackend();
      await renderHub(getTool, 'linkerd', { api });

      const suggestion = await screen.findByRole('region', {
        name: 'Suggestion: Istio ambient mode changes the comparison',
      });
      // the snippet stays, its copy button beside it
      expect(
        within(suggestion).getByText(
          /takeaway:default\/mesh-comparison-222222/,
        ),
      ).toBeInTheDocument();
      expect(
        within(suggestion).getByRole('button', { name: 'Copy text' }),
      ).toBeInTheDocument();

      await user.click(
        within(suggestion).getByRole('button', {
          name: 'Cite Istio ambient mode changes the comparison on the 2023-03-01 move',
        }),
      );

      expect(api.createRadarCitation).toHaveBeenCalledWith({
        entryId: 'linkerd',
        moveDate: '2023-03-01',
        entityRef: 'takeaway:default/mesh-comparison-222222',
      });
      await waitFor(() => expect(getTool).toHaveBeenCalledTimes(2));
    });

    it('lists proposed moves with who, when, rationale and evidence, and withdraws one', async () => {
      const { api, proposals } = fakeRadarBackend();
      proposals.push(holdProposal);
      await renderHub(async () => linkerdHub, 'linkerd', { api });

      const list = await screen.findByRole('list', {
        name: 'Proposed moves of Linkerd',
      });
      expect(api.listRadarProposals).toHaveBeenCalledWith({
        entryId: 'linkerd',
      });
      const [proposal] = within(list).getAllByRole('listitem');
      expect(proposal).toHaveTextContent('Adopt →Hold');
      expect(proposal).toHaveTextContent(
        'proposed by alex-example on 2026-11-01',
      );
      expect(proposal).toHaveTextContent('Upgrades broke twice');
      expect(
        within(proposal).getByRole('link', {
          name: 'linkerd-is-enjoyable-111111',
        }),
      ).toHaveAttribute(
        'href',
        '/catalog/default/takeaway/linkerd-is-enjoyable-111111',
      );

      await user.click(
        within(proposal).getByRole('button', { name: 'Withdraw' }),
      );

      expect(api.deleteRadarProposal).toHaveBeenCalledWith('p1');
      expect(await screen.findByText(/No move proposed/)).toBeInTheDocument();
    });

    it('downloads the radar file with the portal citations merged in', async () => {
      const exportRadar = jest.fn(async () => 'entries: []\n');
      const createObjectURL = jest.fn((_blob: Blob) => 'blob:radar');
      const revokeObjectURL = jest.fn();
      Object.assign(URL, { createObjectURL, revokeObjectURL });
      const click = jest
        .spyOn(HTMLAnchorElement.prototype, 'click')
        .mockImplementation(function checkFileName(this: HTMLAnchorElement) {
          expect(this.download).toBe('tech-radar.yaml');
        });
      try {
        await renderHub(async () => linkerdHub, 'linkerd', {
          api: { exportRadar },
        });

        await user.click(
          await screen.findByRole('button', { name: 'Export radar YAML' }),
        );

        await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
        const blob = createObjectURL.mock.calls[0][0];
        expect(blob.type).toBe('text/yaml;charset=utf-8');
        expect(await blob.text()).toBe('entries: []\n');
      } finally {
        click.mockRestore();
      }
    });
  });
});
