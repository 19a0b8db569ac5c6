import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import { toolLinkRouteRef } from '../../routes';
import {
  ConferenceTakeawaysSearchResultListItem,
  ConferenceTakeawaysSearchResultListItemProps,
} from './ConferenceTakeawaysSearchResultListItem';
import {
  ConferenceTakeawaysSearchDocument,
  isConferenceTakeawaysSearchResult,
} from './ConferenceTakeawaysSearchDocument';

const takeawayDocument: ConferenceTakeawaysSearchDocument = {
  title: 'Linkerd is the service mesh people enjoy running',
  text: 'Teams moved from Istio to Linkerd.\nTools: Linkerd; Istio',
  location: '/catalog/default/takeaway/linkerd-is-enjoyable-111111',
  kind: 'Takeaway',
  tools: ['linkerd', 'istio'],
  speakers: ['Ana Mesh', 'Bo Proxy'],
  conference: 'KubeCon + CloudNativeCon Europe',
  year: 2022,
};

function renderItem(
  props: ConferenceTakeawaysSearchResultListItemProps,
  mountToolPages = true,
) {
  return renderInTestApp(
    <ul>
      <li>
        <ConferenceTakeawaysSearchResultListItem {...props} />
      </li>
    </ul>,
    {
      mountedRoutes: mountToolPages
        ? { '/conference-takeaways/tools/:tool': toolLinkRouteRef }
        : {},
    },
  );
}

describe('ConferenceTakeawaysSearchResultListItem', () => {
  it('shows kind, conference and year, tools and speakers, linking to the entity', async () => {
    await renderItem({ result: takeawayDocument });

    expect(
      screen.getByRole('link', {
        name: 'Linkerd is the service mesh people enjoy running',
      }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/takeaway/linkerd-is-enjoyable-111111',
    );
    const details = screen.getByLabelText('Result details');
    expect(within(details).getByText('Takeaway')).toBeInTheDocument();
    expect(
      within(details).getByText('KubeCon + CloudNativeCon Europe (2022)'),
    ).toBeInTheDocument();
    expect(
      within(details).getByRole('button', { name: 'linkerd: tool page' }),
    ).toHaveAttribute('href', '/conference-takeaways/tools/linkerd');
    expect(
      within(details).getByRole('button', { name: 'istio: tool page' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Speakers: Ana Mesh, Bo Proxy'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Teams moved from Istio/)).toBeInTheDocument();
  });

  it('highlights the matched terms of title and text', async () => {
    await renderItem({
      result: takeawayDocument,
      highlight: {
        preTag: '<em>',
        postTag: '</em>',
        fields: {
          title: '<em>Linkerd</em> is the service mesh people enjoy running',
          text: 'Teams moved from Istio to <em>Linkerd</em>.',
        },
      },
    });

    const marks = screen.getAllByText('Linkerd', { selector: 'mark' });
    expect(marks).toHaveLength(2);
    expect(
      screen.getByRole('link', {
        name: 'Linkerd is the service mesh people enjoy running',
      }),
    ).toContainElement(marks[0]);
    // the tags themselves are never shown
    expect(screen.queryByText(/<em>/)).toBeNull();
  });

  it('does not repeat a year the conference title already has', async () => {
    await renderItem({
      result: {
        ...takeawayDocument,
        kind: 'Conference',
        conference: 'KubeCon + CloudNativeCon Europe 2022',
        tools: [],
        speakers: [],
      },
    });

    expect(
      screen.getByText('KubeCon + CloudNativeCon Europe 2022'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Speakers:/)).toBeNull();
  });

  it('copes with documents that only have title, text and location', async () => {
    await renderItem(
      {
        result: {
          title: 'Old document',
          text: 'Indexed before tools were added',
          location: '/catalog/default/talk/old',
        },
      },
      false,
    );

    expect(
      screen.getByRole('link', { name: 'Old document' }),
    ).toBeInTheDocument();
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('renders plain tool chips when the app has no tool pages or explorer', async () => {
    await renderItem({ result: takeawayDocument }, false);

    expect(screen.getByText('linkerd')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /linkerd/ })).toBeNull();
  });

  it('renders nothing without a result', async () => {
    await renderItem({});

    expect(screen.queryByRole('link')).toBeNull();
  });
});

describe('isConferenceTakeawaysSearchResult', () => {
  it('matches the collator document type only', () => {
    expect(
      isConferenceTakeawaysSearchResult({ type: 'conference-takeaways' }),
    ).toBe(true);
    expect(
      isConferenceTakeawaysSearchResult({ type: 'software-catalog' }),
    ).toBe(false);
  });
});
