import { Entity } from '@backstage/catalog-model';
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

  it('shows errors', async () => {
    await renderWithEntity(<GroupToolsCard />, {
      entity: group,
      api: {
        getRelevant: async () => {
          throw new Error('catalog unreachable');
        },
      },
    });
    expect(
      await screen.findByText('Error: catalog unreachable'),
    ).toBeInTheDocument();
  });
});
