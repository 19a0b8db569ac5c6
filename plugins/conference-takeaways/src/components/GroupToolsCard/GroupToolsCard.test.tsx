import { Entity } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import {
  RadarHistoryResponse,
  RelevanceResponse,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { screen, within } from '@testing-library/react';
import { GroupToolsCard } from './GroupToolsCard';
import { relevanceForGroup } from '../../__testUtils__/fixtures';
import { renderWithEntity } from '../../__testUtils__/renderWithEntity';

const group: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'platform-team', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

const radar: RadarHistoryResponse = {
  quadrants: [{ id: 'platforms', name: 'Platforms' }],
  rings: [
    { id: 'adopt', name: 'Adopt', color: '#5ba300' },
    { id: 'trial', name: 'Trial', color: '#009eb0' },
  ],
  entries: [
    {
      id: 'linkerd',
      key: 'linkerd',
      title: 'Linkerd',
      quadrant: 'platforms',
      links: [],
      active: true,
      tool: 'linkerd',
      // newest first
      timeline: [
        { date: '2024-02-01', ringId: 'adopt', evidence: [] },
        { date: '2022-06-01', ringId: 'trial', evidence: [] },
      ],
    },
    {
      id: 'otel',
      key: 'otel',
      title: 'OpenTelemetry',
      quadrant: 'platforms',
      links: [],
      active: false,
      tool: 'opentelemetry',
      timeline: [{ date: '2023-01-01', ringId: 'trial', evidence: [] }],
    },
  ],
};

async function findToolSection(name: string) {
  return screen.findByRole('region', { name });
}

describe('GroupToolsCard', () => {
  it('lists tools by how many owned components use them, with the newest items', async () => {
    const getRelevant = jest.fn(async () => relevanceForGroup);
    await renderWithEntity(<GroupToolsCard itemsPerTool={1} />, {
      entity: group,
      api: { getRelevant },
    });

    await screen.findByRole('region', { name: 'Linkerd' });
    const sections = screen.getAllByRole('region');
    const tools = sections.filter(s =>
      ['Linkerd', 'OpenTelemetry'].includes(s.getAttribute('aria-label')!),
    );
    expect(tools.map(s => s.getAttribute('aria-label'))).toEqual([
      'Linkerd',
      'OpenTelemetry',
    ]);
    expect(
      within(tools[0]).getByText('used by 2 components'),
    ).toBeInTheDocument();
    expect(
      within(tools[1]).getByText('used by 1 component'),
    ).toBeInTheDocument();
    expect(
      within(tools[0]).getByRole('link', {
        name: 'Linkerd is the service mesh people enjoy running',
      }),
    ).toBeInTheDocument();
    expect(
      within(tools[0]).queryByRole('link', {
        name: 'Service meshes are coming',
      }),
    ).toBeNull();
    expect(getRelevant).toHaveBeenCalledWith('group:default/platform-team', {
      limit: 100,
    });
  });

  it('links each tool to its page when the app has tool pages', async () => {
    await renderWithEntity(<GroupToolsCard />, {
      entity: group,
      api: { getRelevant: async () => relevanceForGroup },
      mountToolPages: true,
    });

    expect(
      await screen.findByRole('button', { name: 'Linkerd: tool page' }),
    ).toHaveAttribute('href', '/conference-takeaways/tools/linkerd');
  });

  it('links each tool to the explorer when the app has no tool pages', async () => {
    await renderWithEntity(<GroupToolsCard />, {
      entity: group,
      api: { getRelevant: async () => relevanceForGroup },
    });

    expect(
      await screen.findByRole('button', { name: 'Takeaways about Linkerd' }),
    ).toHaveAttribute(
      'href',
      '/conference-takeaways?tab=takeaways&tool=linkerd',
    );
  });

  it('explains how tools are found when the team has none', async () => {
    await renderWithEntity(<GroupToolsCard />, {
      entity: group,
      api: {
        getRelevant: async () => ({ ...relevanceForGroup, tools: [] }),
      },
    });
    expect(
      await screen.findByText("No tools found for this team's components"),
    ).toBeInTheDocument();
    expect(screen.getByText(/Declare them with tags/)).toBeInTheDocument();
  });

  it("shows each active tool's current radar ring, linking to its page", async () => {
    let resolveRelevant: (value: RelevanceResponse) => void = () => {};
    const getRelevant = jest.fn(
      () => new Promise<RelevanceResponse>(r => (resolveRelevant = r)),
    );
    const getRadarHistory = jest.fn(async () => radar);
    await renderWithEntity(<GroupToolsCard />, {
      entity: group,
      api: { getRelevant, getRadarHistory },
      mountToolPages: true,
    });
    // both requests go out at once
    expect(getRadarHistory).toHaveBeenCalledTimes(1);
    resolveRelevant(relevanceForGroup);

    const linkerd = await findToolSection('Linkerd');
    const ring = await within(linkerd).findByRole('button', {
      name: 'Linkerd on the tech radar: Adopt',
    });
    expect(ring).toHaveAttribute('href', '/conference-takeaways/tools/linkerd');
    expect(ring).toHaveTextContent('Adopt');
    expect(ring).toHaveStyle({ borderColor: '#5ba300' });
    expect(within(linkerd).queryByText('Trial')).toBeNull();

    // phased out: no ring
    const otel = screen.getByRole('region', { name: 'OpenTelemetry' });
    expect(within(otel).queryByText('Trial')).toBeNull();
    expect(
      within(otel).queryByRole('button', { name: /tech radar/ }),
    ).toBeNull();
  });

  it('shows the ring without a link when the app has no tool pages', async () => {
    await renderWithEntity(<GroupToolsCard />, {
      entity: group,
      api: {
        getRelevant: async () => relevanceForGroup,
        getRadarHistory: async () => radar,
      },
    });
    const linkerd = await findToolSection('Linkerd');
    expect(await within(linkerd).findByText('Adopt')).toBeInTheDocument();
    expect(
      within(linkerd).queryByRole('button', { name: /tech radar/ }),
    ).toBeNull();
  });

  it.each([
    ['is not configured', new NotFoundError('No radar file configured')],
    ['fails', new Error('radar file is not valid YAML')],
  ])('renders without rings when the radar %s', async (_, radarError) => {
    const getRadarHistory = jest.fn(async () => {
      throw radarError;
    });
    await renderWithEntity(<GroupToolsCard />, {
      entity: group,
      api: { getRelevant: async () => relevanceForGroup, getRadarHistory },
      mountToolPages: true,
    });

    const linkerd = await findToolSection('Linkerd');
    expect(
      within(linkerd).getByText('used by 2 components'),
    ).toBeInTheDocument();
    expect(getRadarHistory).toHaveBeenCalled();
    expect(screen.queryByText('Adopt')).toBeNull();
    expect(screen.queryByText(/tech radar/)).toBeNull();
    expect(screen.queryByText(radarError.message, { exact: false })).toBeNull();
  });

  it('shows errors', async () => {
    await renderWithEntity(<GroupToolsCard />, {
      entity: group,
      api: {
        getRelevant: async () => {
          throw new Error('catalog unreachable');
        },
        getRadarHistory: async () => radar,
      },
    });
    expect(
      await screen.findByText('Error: catalog unreachable'),
    ).toBeInTheDocument();
  });
});
