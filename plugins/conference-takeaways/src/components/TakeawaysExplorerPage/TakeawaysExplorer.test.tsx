import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  ExploreItem,
  ExploreQuery,
  ExploreResponse,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConferenceTakeawaysApi, conferenceTakeawaysApiRef } from '../../api';
import { rootRouteRef, toolLinkRouteRef } from '../../routes';
import { TakeawaysExplorer } from './TakeawaysExplorer';

const kubeconEu2022 = {
  entityRef: 'conference:default/kubecon-eu-2022',
  title: 'KubeCon Europe 2022',
  year: 2022,
  startDate: '2022-05-16',
  endDate: '2022-05-20',
  location: 'Valencia, Spain',
};

function takeawayItem(n: number): ExploreItem {
  return {
    entityRef: `takeaway:default/takeaway-${n}`,
    kind: 'Takeaway',
    name: `takeaway-${n}`,
    title: `Takeaway number ${n}`,
    conference: kubeconEu2022,
    year: 2022,
    tools: [{ slug: 'linkerd', name: 'Linkerd' }],
  };
}

const facets: ExploreResponse['facets'] = {
  tools: [
    { slug: 'linkerd', name: 'Linkerd', count: 30 },
    { slug: 'opentelemetry', name: 'OpenTelemetry', count: 4 },
  ],
  conferences: [{ ...kubeconEu2022, count: 45 }],
  years: [
    { year: 2022, count: 45 },
    { year: 2018, count: 2 },
  ],
};

/**
 * A backend holding 45 takeaways: answers one page at a time, like the real
 * one, and records what it was asked.
 */
function fakeBackend(overrides: Partial<ConferenceTakeawaysApi> = {}) {
  const all = Array.from({ length: 45 }, (_, i) => takeawayItem(i + 1));
  const explore = jest.fn(
    async (query: ExploreQuery): Promise<ExploreResponse> => {
      const offset = query.offset ?? 0;
      const limit = query.limit ?? 20;
      const matching = query.q
        ? all
            .filter(item => item.title.endsWith(` ${query.q}`))
            .map(item => ({
              ...item,
              match: {
                field: 'summary' as const,
                snippet: `… the mesh in number ${query.q} …`,
              },
            }))
        : all;
      return {
        kind: query.kind ?? 'takeaway',
        total: matching.length,
        offset,
        limit,
        items: matching.slice(offset, offset + limit),
        facets,
        trends: {
          years: [2018, 2022],
          series: [
            { slug: 'linkerd', name: 'Linkerd', counts: [1, 9] },
            { slug: 'opentelemetry', name: 'OpenTelemetry', counts: [0, 4] },
          ],
        },
      };
    },
  );
  return {
    api: {
      explore,
      getToolSummaries: async () => ({ tools: [] }),
      ...overrides,
    },
    explore,
  };
}

async function renderExplorer(
  search = '',
  backend = fakeBackend(),
  mountToolPages = false,
) {
  await renderInTestApp(<TakeawaysExplorer />, {
    apis: [[conferenceTakeawaysApiRef, backend.api]],
    mountedRoutes: {
      '/conference-takeaways': rootRouteRef,
      '/catalog/:namespace/:kind/:name': entityRouteRef,
      ...(mountToolPages
        ? { '/conference-takeaways/tools/:tool': toolLinkRouteRef }
        : {}),
    },
    initialRouteEntries: [`/conference-takeaways${search}`],
  });
  return backend;
}

// a page-level render with tables: the first test also pays for loading MUI
jest.setTimeout(15_000);

describe('TakeawaysExplorer', () => {
  it('introduces itself and shows the first page the backend sends', async () => {
    const { explore } = await renderExplorer();

    expect(
      screen.getByText(/What our engineers learned at conferences/),
    ).toBeInTheDocument();
    expect(await screen.findByText('1–20 of 45 takeaways')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Takeaway number 1' }),
    ).toHaveAttribute('href', '/catalog/default/takeaway/takeaway-1');
    expect(
      screen.queryByRole('link', { name: 'Takeaway number 21' }),
    ).toBeNull();
    expect(explore).toHaveBeenCalledWith({
      kind: 'takeaway',
      limit: 20,
      offset: 0,
    });
  });

  it('on a phone, shows one column with the conference under each title', async () => {
    const matchMedia = window.matchMedia;
    // the phone breakpoint is a max-width query; nothing else asks
    window.matchMedia = ((query: string) => ({
      matches: query.includes('max-width'),
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    })) as typeof window.matchMedia;
    try {
      await renderExplorer();
      await screen.findByText('1–20 of 45 takeaways');

      expect(
        screen.getAllByRole('columnheader').map(h => h.textContent),
      ).toEqual(['Takeaway']);
      const cell = screen
        .getByRole('link', { name: 'Takeaway number 1' })
        .closest('td')!;
      expect(within(cell).getByText('KubeCon Europe 2022')).toBeVisible();
    } finally {
      window.matchMedia = matchMedia;
    }
  });

  it('pages on the server', async () => {
    const { explore } = await renderExplorer();
    await screen.findByText('1–20 of 45 takeaways');

    await userEvent.click(screen.getByRole('button', { name: /next page/i }));

    expect(
      await screen.findByText('21–40 of 45 takeaways'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Takeaway number 21' }),
    ).toBeInTheDocument();
    expect(explore).toHaveBeenLastCalledWith(
      expect.objectContaining({ offset: 20, limit: 20 }),
    );
  });

  it('offers tool names with counts, and filters on the server', async () => {
    const { explore } = await renderExplorer();
    await screen.findByText('1–20 of 45 takeaways');

    const tool = screen.getByRole('combobox', { name: 'Tool' });
    expect(
      [...(tool as HTMLSelectElement).options].map(o => o.textContent),
    ).toEqual(['All tools', 'Linkerd (30)', 'OpenTelemetry (4)']);

    await userEvent.selectOptions(tool, 'OpenTelemetry (4)');
    await waitFor(() =>
      expect(explore).toHaveBeenLastCalledWith(
        expect.objectContaining({ tool: ['opentelemetry'], offset: 0 }),
      ),
    );
  });

  it('shows why a row matched the search', async () => {
    await renderExplorer('?q=17');

    const row = (
      await screen.findByRole('link', { name: 'Takeaway number 17' })
    ).closest('tr')!;
    expect(within(row).getByText(/Matched in summary/)).toHaveTextContent(
      'Matched in summary: “… the mesh in number 17 …”',
    );
    expect(
      within(row).getByText('17', { selector: 'mark' }),
    ).toBeInTheDocument();
  });

  it('lists talks with their media links', async () => {
    const backend = fakeBackend();
    backend.explore.mockImplementation(async query => ({
      kind: 'talk',
      total: 1,
      offset: 0,
      limit: query.limit ?? 20,
      items: [
        {
          entityRef: 'talk:default/mesh-talk',
          kind: 'Talk',
          name: 'mesh-talk',
          title: 'Meshes in production',
          conference: kubeconEu2022,
          tools: [],
          speakers: [{ name: 'Ana Mesh', company: 'Buoyant' }],
          media: {
            recording: 'https://www.youtube.com/watch?v=mesh',
            // eslint-disable-next-line no-script-url
            slides: 'javascript:alert(1)',
            schedule: 'https://kccnceu2022.sched.com/event/mesh',
          },
        },
      ],
      facets,
      trends: { years: [], series: [] },
    }));
    await renderExplorer('?tab=talks', backend);

    const row = (
      await screen.findByRole('link', { name: 'Meshes in production' })
    ).closest('tr')!;
    expect(within(row).getByText('Ana Mesh (Buoyant)')).toBeInTheDocument();
    expect(
      within(row).getByRole('link', { name: /Recording/ }),
    ).toHaveAttribute('href', 'https://www.youtube.com/watch?v=mesh');
    expect(within(row).getByRole('link', { name: /Schedule/ })).toHaveAttribute(
      'href',
      'https://kccnceu2022.sched.com/event/mesh',
    );
    // a script URL never becomes a link
    expect(within(row).queryByRole('link', { name: /Slides/ })).toBeNull();
    expect(backend.explore).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'talk' }),
    );
  });

  it('shows conference dates in one piece', async () => {
    const backend = fakeBackend();
    backend.explore.mockImplementation(async () => ({
      kind: 'conference',
      total: 1,
      offset: 0,
      limit: 20,
      items: [
        {
          entityRef: kubeconEu2022.entityRef,
          kind: 'Conference',
          name: 'kubecon-eu-2022',
          title: kubeconEu2022.title,
          conference: kubeconEu2022,
          year: 2022,
          tools: [],
        },
      ],
      facets,
      trends: { years: [], series: [] },
    }));
    await renderExplorer('?tab=conferences', backend);

    expect(await screen.findByText('16–20 May 2022')).toBeInTheDocument();
    expect(screen.getByText('Valencia, Spain')).toBeInTheDocument();
  });

  it('shows the tool trends as a grid of counts with readable labels', async () => {
    await renderExplorer('?tab=trends');

    const grid = await screen.findByRole('table', {
      name: 'Takeaways per tool and year',
    });
    expect(within(grid).getByText('2018')).toBeInTheDocument();
    expect(within(grid).getByLabelText('Linkerd, 2022: 9')).toHaveTextContent(
      '9',
    );
    expect(
      within(grid).getByLabelText('OpenTelemetry, 2018: 0'),
    ).toHaveTextContent('·');
  });

  it('links the chosen tool to its page', async () => {
    await renderExplorer('?tool=linkerd', fakeBackend(), true);

    expect(
      await screen.findByRole('link', {
        name: 'Everything about Linkerd: radar, users, talks',
      }),
    ).toHaveAttribute('href', '/conference-takeaways/tools/linkerd');
  });

  it('says when nothing matches the filters', async () => {
    await renderExplorer('?q=nothing-like-this');

    expect(
      await screen.findByText('No takeaways match these filters.'),
    ).toBeInTheDocument();
  });

  it('explains how to add reports when the catalog has none', async () => {
    const backend = fakeBackend();
    backend.explore.mockImplementation(async query => ({
      kind: query.kind ?? 'takeaway',
      total: 0,
      offset: 0,
      limit: 20,
      items: [],
      facets: { tools: [], conferences: [], years: [] },
      trends: { years: [], series: [] },
    }));
    await renderExplorer('', backend);

    expect(
      await screen.findByText('No takeaways in the catalog yet'),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'How to add a trip report' }),
    );
    expect(
      await screen.findByRole('tab', {
        name: 'Add a trip report',
        selected: true,
      }),
    ).toBeInTheDocument();
  });

  it('shows errors with a retry', async () => {
    const backend = fakeBackend();
    const answer = backend.explore.getMockImplementation()!;
    backend.explore
      .mockRejectedValueOnce(new Error('explorer unavailable'))
      .mockImplementation(answer);
    await renderExplorer('', backend);

    expect(
      await screen.findByText('Error: explorer unavailable'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('1–20 of 45 takeaways')).toBeInTheDocument();
  });

  it('shows progress until the first answer', async () => {
    await renderExplorer(
      '',
      fakeBackend({ explore: () => new Promise<never>(() => {}) }),
    );
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });
});
