import { ResponseError } from '@backstage/errors';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EntityRelevantTakeawaysCard } from './EntityRelevantTakeawaysCard';
import { relevanceForComponent } from '../../__testUtils__/fixtures';
import { renderWithEntity } from '../../__testUtils__/renderWithEntity';

describe('EntityRelevantTakeawaysCard', () => {
  it('shows a progress bar while loading', async () => {
    const getRelevant = jest.fn(() => new Promise<never>(() => {}));
    await renderWithEntity(<EntityRelevantTakeawaysCard />, {
      api: { getRelevant },
    });

    expect(await screen.findByTestId('progress')).toBeInTheDocument();
    expect(getRelevant).toHaveBeenCalledWith('component:default/checkout', {
      limit: 5,
    });
  });

  it('lists ranked items with reasons, conference and links', async () => {
    await renderWithEntity(<EntityRelevantTakeawaysCard />, {
      api: { getRelevant: async () => relevanceForComponent },
    });

    const first = await screen.findByRole('article', {
      name: 'Linkerd is the service mesh people enjoy running',
    });
    expect(
      within(first).getByText(
        'Takeaway · KubeCon + CloudNativeCon Europe 2022',
      ),
    ).toBeInTheDocument();
    expect(within(first).getByText('uses linkerd (tag)')).toBeInTheDocument();
    expect(
      within(first).getByText('linkerd is the subject of this takeaway'),
    ).toBeInTheDocument();
    expect(
      within(first).getByRole('link', {
        name: 'Linkerd is the service mesh people enjoy running',
      }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/takeaway/linkerd-is-enjoyable-111111',
    );
    expect(
      within(first).getByRole('link', { name: 'Linkerd at scale' }),
    ).toHaveAttribute('href', '/catalog/default/talk/linkerd-at-scale-abc123');
    expect(
      within(first).getByRole('link', { name: /recording/ }),
    ).toHaveAttribute('href', 'https://www.youtube.com/watch?v=linkerd');
    // the slides URL of this talk is javascript: and must not become a link
    expect(within(first).queryByRole('link', { name: /slides/ })).toBeNull();

    const talk = screen.getByRole('article', {
      name: 'OpenTelemetry everywhere',
    });
    expect(within(talk).getByText(/^Talk · /)).toBeInTheDocument();
    expect(
      within(talk).getByRole('link', { name: /Recording/ }),
    ).toHaveAttribute('href', 'https://www.youtube.com/watch?v=otel');
  });

  it('respects the limit', async () => {
    await renderWithEntity(<EntityRelevantTakeawaysCard limit={1} />, {
      api: { getRelevant: async () => relevanceForComponent },
    });

    await screen.findByText('uses linkerd (tag)');
    expect(screen.getAllByRole('article')).toHaveLength(1);
  });

  it('shows the tools it found, linking to the explorer, sources on hover', async () => {
    await renderWithEntity(<EntityRelevantTakeawaysCard />, {
      api: { getRelevant: async () => relevanceForComponent },
    });

    const chip = await screen.findByRole('button', {
      name: 'Takeaways about Linkerd',
    });
    expect(chip).toHaveAttribute(
      'href',
      '/conference-takeaways?tab=takeaways&tool=linkerd',
    );
    await userEvent.hover(chip);
    expect(
      await screen.findByText(
        'Found via: tag on this entity; depends on resource:default/mesh',
      ),
    ).toBeInTheDocument();
  });

  it('explains how to add a trip report when nothing matches', async () => {
    await renderWithEntity(<EntityRelevantTakeawaysCard />, {
      api: {
        getRelevant: async () => ({ ...relevanceForComponent, items: [] }),
      },
    });

    expect(
      await screen.findByText("No talks about this service's tools yet"),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'How to add a trip report' }),
    ).toHaveAttribute('href', '/conference-takeaways?tab=add-report');
    // tools are known here, so no advice on declaring them
    expect(screen.queryByText(/Declare them with tags/)).toBeNull();
  });

  it('explains how to declare tools when none were found', async () => {
    await renderWithEntity(
      <EntityRelevantTakeawaysCard docsUrl="https://docs.example.com/trips" />,
      {
        api: {
          getRelevant: async () => ({
            entityRef: 'component:default/checkout',
            tools: [],
            items: [],
          }),
        },
      },
    );

    expect(
      await screen.findByText(/Declare them with tags/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /How to add a trip report/ }),
    ).toHaveAttribute('href', 'https://docs.example.com/trips');
  });

  it('shows backend errors and retries', async () => {
    const failure = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: { name: 'NotFoundError', message: 'No such entity' },
          response: { statusCode: 404 },
        }),
        { status: 404, headers: { 'content-type': 'application/json' } },
      ),
    );
    const getRelevant = jest
      .fn()
      .mockRejectedValueOnce(failure)
      .mockResolvedValueOnce(relevanceForComponent);
    await renderWithEntity(<EntityRelevantTakeawaysCard />, {
      api: { getRelevant },
    });

    expect(await screen.findByText(/No such entity/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(3));
  });

  it('renders without explorer links when the explorer is not mounted', async () => {
    await renderWithEntity(<EntityRelevantTakeawaysCard />, {
      api: { getRelevant: async () => relevanceForComponent },
      mountExplorer: false,
    });

    expect(await screen.findByText('Linkerd')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Takeaways about Linkerd' }),
    ).toBeNull();
    expect(screen.queryByText('Explore all takeaways')).toBeNull();
  });
});
