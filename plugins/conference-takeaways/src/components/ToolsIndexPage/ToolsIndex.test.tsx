import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConferenceTakeawaysApi, conferenceTakeawaysApiRef } from '../../api';
import { explorerLinkRouteRef, toolLinkRouteRef } from '../../routes';
import { ToolsIndex } from './ToolsIndex';

const tools = [
  {
    slug: 'linkerd',
    name: 'Linkerd',
    takeaways: 6,
    talks: 3,
    ring: 'adopt',
    radarEntry: 'linkerd',
    lastYear: 2023,
  },
  { slug: 'rabbitmq', name: 'RabbitMQ', takeaways: 0, talks: 0, ring: 'hold' },
];

async function renderIndex(api: Partial<ConferenceTakeawaysApi>) {
  await renderInTestApp(<ToolsIndex />, {
    apis: [
      [
        conferenceTakeawaysApiRef,
        {
          getRadarHistory: async () => {
            throw new Error('no radar');
          },
          ...api,
        },
      ],
    ],
    mountedRoutes: {
      '/conference-takeaways': explorerLinkRouteRef,
      '/conference-takeaways/tools/:tool': toolLinkRouteRef,
    },
  });
}

describe('ToolsIndex', () => {
  it('lists every tool with its counts, ring and links', async () => {
    await renderIndex({ getExploreTools: async () => ({ tools }) });

    expect(await screen.findByText('2 tools')).toBeInTheDocument();
    const linkerd = screen.getByRole('link', { name: 'Linkerd' });
    expect(linkerd).toHaveAttribute(
      'href',
      '/conference-takeaways/tools/linkerd',
    );
    const row = linkerd.closest('tr')!;
    expect(within(row).getByRole('link', { name: '6' })).toHaveAttribute(
      'href',
      '/conference-takeaways?tab=takeaways&tool=linkerd',
    );
    expect(within(row).getByRole('link', { name: '3' })).toHaveAttribute(
      'href',
      '/conference-takeaways?tab=talks&tool=linkerd',
    );
    expect(within(row).getByText('adopt')).toBeInTheDocument();
    expect(within(row).getByText('2023')).toBeInTheDocument();

    // a tool known only from the radar: counts without links
    const rabbit = screen
      .getByRole('link', { name: 'RabbitMQ' })
      .closest('tr')!;
    expect(within(rabbit).queryByRole('link', { name: '0' })).toBeNull();
    expect(within(rabbit).getByText('—')).toBeInTheDocument();
  });

  it('says so when there are no tools', async () => {
    await renderIndex({ getExploreTools: async () => ({ tools: [] }) });
    expect(await screen.findByText('No tools yet')).toBeInTheDocument();
  });

  it('shows errors with a retry', async () => {
    const getExploreTools = jest
      .fn()
      .mockRejectedValueOnce(new Error('tools unavailable'))
      .mockResolvedValueOnce({ tools });
    await renderIndex({ getExploreTools });

    expect(
      await screen.findByText('Error: tools unavailable'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('2 tools')).toBeInTheDocument();
  });

  it('shows progress while loading', async () => {
    await renderIndex({ getExploreTools: () => new Promise<never>(() => {}) });
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });
});
