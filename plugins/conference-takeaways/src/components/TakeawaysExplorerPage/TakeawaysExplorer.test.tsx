import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { Entity } from '@backstage/catalog-model';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConferenceTakeawaysApi, conferenceTakeawaysApiRef } from '../../api';
import { rootRouteRef, toolLinkRouteRef } from '../../routes';
import {
  conferences,
  takeaway,
  takeaways,
  talks,
} from '../../__testUtils__/fixtures';
import { TakeawaysExplorer } from './TakeawaysExplorer';

// jsdom does no layout; give recharts' ResponsiveContainer a size to draw in.
// (beforeEach: the test setup restores mocks after every test)
beforeEach(() => {
  (global as any).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  jest
    .spyOn(HTMLElement.prototype, 'getBoundingClientRect')
    .mockReturnValue({ width: 900, height: 360, top: 0, left: 0 } as DOMRect);
});

/** The backend's tool summaries, with the given tools as background. */
function toolSummariesApi(background: string[]) {
  return {
    getToolSummaries: jest.fn<
      ReturnType<ConferenceTakeawaysApi['getToolSummaries']>,
      [string[]]
    >(async slugs => ({
      tools: slugs.map(slug => ({
        slug,
        name: slug,
        ubiquitous: background.includes(slug),
      })),
    })),
  };
}

async function renderExplorer(
  search = '',
  entities: Entity[] = [...conferences, ...talks, ...takeaways],
  catalogApi = catalogApiMock({ entities }),
  toolsApi = toolSummariesApi(['kubernetes']),
) {
  return renderInTestApp(<TakeawaysExplorer />, {
    apis: [catalogApi, [conferenceTakeawaysApiRef, toolsApi]],
    mountedRoutes: {
      '/conference-takeaways': rootRouteRef,
      '/catalog/:namespace/:kind/:name': entityRouteRef,
    },
    initialRouteEntries: [`/conference-takeaways${search}`],
  });
}

const takeawayLinks = () =>
  [
    'Linkerd is the service mesh people enjoy running',
    'Istio ambient mode changes the comparison',
    'OpenTelemetry became the default',
    'Service meshes are coming',
  ].filter(name => screen.queryByRole('link', { name }));

// A whole page with tables and a chart: the first test also pays for loading
// MUI and recharts into jsdom (~3 s alone, more on a busy CI machine), so
// the 5 s default is too tight for a page-level render.
jest.setTimeout(15_000);

describe('TakeawaysExplorer', () => {
  it('lists all takeaways, searchable and filterable', async () => {
    await renderExplorer();

    expect(await screen.findByText('4 of 4 takeaways')).toBeInTheDocument();
    expect(takeawayLinks()).toHaveLength(4);

    // pasted, not typed: one re-render of the page instead of one per key,
    // which kept this test near the 5 s limit on a busy machine
    await userEvent.click(
      screen.getByRole('searchbox', { name: 'Search takeaways' }),
    );
    await userEvent.paste('mesh');
    expect(await screen.findByText('3 of 4 takeaways')).toBeInTheDocument();

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Year' }),
      '2018',
    );
    expect(await screen.findByText('1 of 4 takeaways')).toBeInTheDocument();
    expect(takeawayLinks()).toEqual(['Service meshes are coming']);
  });

  it('opens filtered by the tool in the URL (links from tool chips)', async () => {
    await renderExplorer('?tab=takeaways&tool=opentelemetry');

    expect(await screen.findByText('1 of 4 takeaways')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Tool' })).toHaveValue(
      'opentelemetry',
    );
    expect(takeawayLinks()).toEqual(['OpenTelemetry became the default']);
  });

  it('links the filtered tool and the tool chips to the tool pages', async () => {
    await renderInTestApp(<TakeawaysExplorer />, {
      apis: [catalogApiMock({ entities: [...conferences, ...takeaways] })],
      mountedRoutes: {
        '/conference-takeaways': rootRouteRef,
        '/conference-takeaways/tools/:tool': toolLinkRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
      initialRouteEntries: ['/conference-takeaways?tool=opentelemetry'],
    });

    expect(
      await screen.findByRole('link', {
        name: 'Everything about opentelemetry: radar, users, talks',
      }),
    ).toHaveAttribute('href', '/conference-takeaways/tools/opentelemetry');
    expect(
      screen.getByRole('button', { name: 'opentelemetry: tool page' }),
    ).toHaveAttribute('href', '/conference-takeaways/tools/opentelemetry');
  });

  it('filters by a conference ref from the URL', async () => {
    await renderExplorer('?conference=conference%3Adefault%2Fkubecon-na-2022');
    expect(await screen.findByText('2 of 4 takeaways')).toBeInTheDocument();
  });

  it('charts how often each tool was discussed per conference', async () => {
    const { container } = await renderExplorer('?tab=trends');

    expect(
      await screen.findByText('Tools discussed per conference'),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(container.querySelectorAll('.recharts-line')).toHaveLength(3),
    );
    // x axis: conferences in date order
    const ticks = [
      ...container.querySelectorAll(
        '.recharts-xAxis .recharts-cartesian-axis-tick-value',
      ),
      // recharts wraps tick labels into one tspan per line
    ].map(tick =>
      [...tick.querySelectorAll('tspan')].map(t => t.textContent).join(' '),
    );
    expect(ticks).toEqual([
      'KubeCon Europe 2018',
      'KubeCon Europe 2022',
      'KubeCon North America 2022',
    ]);
    // series: tools by number of subject mentions
    const legend = container.querySelector('.recharts-legend-wrapper')!;
    expect(
      [...legend.querySelectorAll('.recharts-legend-item-text')].map(
        item => item.textContent,
      ),
    ).toEqual(['linkerd', 'istio', 'opentelemetry']);
  });

  it('leaves tools the backend calls background out of the default chart', async () => {
    // As if the organisation configured linkerd as a tool everyone runs.
    const toolsApi = toolSummariesApi(['linkerd']);
    const { container } = await renderExplorer(
      '?tab=trends',
      undefined,
      undefined,
      toolsApi,
    );
    await screen.findByText('Tools discussed per conference');

    // linkerd is the most discussed tool here, yet not charted by default.
    await waitFor(() => {
      const legend = container.querySelector('.recharts-legend-wrapper');
      expect(legend?.textContent).toContain('istio');
      expect(legend?.textContent).not.toContain('linkerd');
    });
    expect(toolsApi.getToolSummaries).toHaveBeenCalledWith(
      expect.arrayContaining(['linkerd', 'istio']),
    );
  });

  it('lets users pick the tools in the chart', async () => {
    const { container } = await renderExplorer('?tab=trends');
    await screen.findByText('Tools discussed per conference');

    const picker = screen.getByRole('textbox', { name: 'Tools in chart' });
    const istio = within(picker.closest('.MuiAutocomplete-root')!).getByRole(
      'button',
      { name: 'istio (1)' },
    );
    await userEvent.click(istio.querySelector('.MuiChip-deleteIcon')!);

    await waitFor(() =>
      expect(container.querySelectorAll('.recharts-line')).toHaveLength(2),
    );
    const legend = container.querySelector('.recharts-legend-wrapper')!;
    expect(legend.textContent).not.toContain('istio');
  });

  it('shows the top 8 tools by default', async () => {
    const conferenceRefs = [
      'conference:default/kubecon-eu-2018',
      'conference:default/kubecon-eu-2022',
      'conference:default/kubecon-na-2022',
    ];
    const many = Array.from({ length: 10 }, (_, i) =>
      takeaway(`t${i}`, {
        headline: `Takeaway ${i}`,
        conference: conferenceRefs[i % conferenceRefs.length],
        // tool-0 is the subject of 10 takeaways, tool-9 of 1
        subjectTools: Array.from({ length: i + 1 }, (__, j) => `tool-${j}`),
      }),
    );
    const { container } = await renderExplorer('?tab=trends', [
      ...conferences,
      ...many,
    ]);
    await screen.findByText('Tools discussed per conference');
    await waitFor(() =>
      expect(container.querySelectorAll('.recharts-line')).toHaveLength(8),
    );
    const legend = container.querySelector('.recharts-legend-wrapper')!;
    expect(legend.textContent).toContain('tool-0');
    expect(legend.textContent).not.toContain('tool-8');

    await userEvent.click(
      screen.getByRole('textbox', { name: 'Tools in chart' }),
    );
    await userEvent.paste('tool-9');
    await userEvent.click(
      await screen.findByRole('option', { name: 'tool-9 (1)' }),
    );
    await waitFor(() =>
      expect(container.querySelectorAll('.recharts-line')).toHaveLength(9),
    );
    expect(
      container.querySelector('.recharts-legend-wrapper')!.textContent,
    ).toContain('tool-9');
  });

  it('lists conferences newest first with their counts', async () => {
    await renderExplorer('?tab=conferences');

    const rows = await screen.findAllByRole('row');
    const names = rows
      .map(row => within(row).queryAllByRole('link')[0]?.textContent)
      .filter(Boolean);
    expect(names).toEqual([
      'KubeCon + CloudNativeCon North America 2022',
      'KubeCon + CloudNativeCon Europe 2022',
      'KubeCon + CloudNativeCon Europe 2018',
    ]);
    const na = rows.find(row =>
      row.textContent?.includes('North America 2022'),
    )!;
    expect(within(na).getByRole('link', { name: '2' })).toHaveAttribute(
      'href',
      '/conference-takeaways?tab=takeaways&conference=conference%3Adefault%2Fkubecon-na-2022',
    );
  });

  it('lists talks with safe media links only', async () => {
    await renderExplorer('?tab=talks');

    expect(await screen.findByText('2 talks')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Linkerd at scale' }),
    ).toHaveAttribute('href', '/catalog/default/talk/linkerd-at-scale-abc123');
    expect(screen.getByRole('link', { name: /recording/ })).toHaveAttribute(
      'href',
      'https://www.youtube.com/watch?v=linkerd',
    );
    expect(screen.queryByRole('link', { name: /slides/ })).toBeNull();
  });

  it('has an empty state pointing to the trip report guide', async () => {
    await renderExplorer('', conferences);

    expect(
      await screen.findByText('No conference takeaways in the catalog yet'),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'How to add a trip report' }),
    );
    expect(await screen.findByText(/Takeaways come from/)).toBeInTheDocument();
  });

  it('shows catalog errors', async () => {
    const catalogApi = catalogApiMock.mock({
      getEntities: jest.fn().mockRejectedValue(new Error('catalog is down')),
    });
    await renderExplorer('', [], catalogApi);

    expect(
      await screen.findByText('Error: catalog is down'),
    ).toBeInTheDocument();
  });

  it('asks the catalog for our kinds only, with limited fields', async () => {
    const catalogApi = catalogApiMock.mock({
      getEntities: jest.fn().mockResolvedValue({ items: [] }),
    });
    await renderExplorer('', [], catalogApi);
    await screen.findByText('No conference takeaways in the catalog yet');

    const calls = (catalogApi.getEntities as jest.Mock).mock.calls.map(
      ([request]) => request,
    );
    expect(calls.map(r => r.filter.kind).sort()).toEqual([
      'Conference',
      'Takeaway',
      'Talk',
    ]);
    for (const request of calls) {
      expect(request.fields).toContain('spec');
      expect(request.fields).not.toContain('relations');
    }
  });
});
