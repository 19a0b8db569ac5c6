import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EntityRelevantTakeawaysContent } from './EntityRelevantTakeawaysContent';
import { relevanceForComponent } from '../../__testUtils__/fixtures';
import { renderWithEntity } from '../../__testUtils__/renderWithEntity';

const titles = [
  'Linkerd is the service mesh people enjoy running',
  'OpenTelemetry everywhere',
  'Service meshes are coming',
];

function visibleTitles() {
  return titles.filter(title => screen.queryByRole('link', { name: title }));
}

// names of the tools the rows list, as the backend's dictionary gives them
const getToolSummaries = async (slugs: string[]) => ({
  tools: slugs
    .filter(slug => slug === 'istio')
    .map(slug => ({ slug, name: 'Istio', ubiquitous: false })),
});

describe('EntityRelevantTakeawaysContent', () => {
  async function render() {
    const getRelevant = jest.fn(async () => relevanceForComponent);
    await renderWithEntity(<EntityRelevantTakeawaysContent />, {
      api: { getRelevant, getToolSummaries },
    });
    await screen.findByText('3 of 3 takeaways and talks, best match first');
    return { getRelevant };
  }

  it('loads the full ranked list for the entity', async () => {
    const { getRelevant } = await render();
    expect(getRelevant).toHaveBeenCalledWith('component:default/checkout', {
      limit: 100,
    });
    expect(visibleTitles()).toEqual(titles);
    // the one dated item says so in its row; no score decimals
    expect(screen.getByText(/from 2018, may be dated/)).toBeInTheDocument();
    expect(screen.queryByText('0.90')).toBeNull();
    expect(
      screen.getByText('About Linkerd — checkout uses it (tag)'),
    ).toBeInTheDocument();
  });

  it('filters by tool', async () => {
    await render();
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Tool' }),
      'OpenTelemetry',
    );
    expect(
      await screen.findByText('1 of 3 takeaways and talks, best match first'),
    ).toBeInTheDocument();
    expect(visibleTitles()).toEqual(['OpenTelemetry everywhere']);
  });

  it('filters by conference and year, and resets', async () => {
    await render();
    const year = screen.getByRole('combobox', { name: 'Year' });
    expect(
      [...(year as HTMLSelectElement).options].map(o => o.textContent),
    ).toEqual(['All years', '2022', '2018']);

    await userEvent.selectOptions(year, '2022');
    expect(visibleTitles()).toEqual(titles.slice(0, 2));

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Conference' }),
      'KubeCon + CloudNativeCon Europe 2022',
    );
    expect(visibleTitles()).toEqual([titles[0]]);

    await userEvent.selectOptions(year, 'All years');
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Conference' }),
      'All conferences',
    );
    expect(visibleTitles()).toEqual(titles);
  });

  it('shows an empty state when nothing is relevant', async () => {
    await renderWithEntity(<EntityRelevantTakeawaysContent />, {
      api: {
        getRelevant: async () => ({ ...relevanceForComponent, items: [] }),
      },
    });
    expect(
      await screen.findByText('No talks about Linkerd, OpenTelemetry yet'),
    ).toBeInTheDocument();
  });

  it('shows errors', async () => {
    await renderWithEntity(<EntityRelevantTakeawaysContent />, {
      api: {
        getRelevant: async () => {
          throw new Error('backend unavailable');
        },
      },
    });
    expect(
      await screen.findByText('Error: backend unavailable'),
    ).toBeInTheDocument();
  });
});
