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
    // a few spare items, so dropping talks a takeaway already cites still fills the card
    expect(getRelevant).toHaveBeenCalledWith('component:default/checkout', {
      limit: 10,
    });
  });

  it('lists ranked items with their position, one plain reason line and links', async () => {
    await renderWithEntity(<EntityRelevantTakeawaysCard />, {
      api: { getRelevant: async () => relevanceForComponent },
    });

    const first = await screen.findByRole('article', {
      name: 'Linkerd is the service mesh people enjoy running',
    });
    expect(within(first).getByLabelText('Rank 1')).toHaveTextContent('1.');
    expect(
      within(first).getByText(
        'Takeaway · KubeCon + CloudNativeCon Europe 2022',
      ),
    ).toBeInTheDocument();
    // names, not ids; one line instead of a chip per reason
    expect(
      within(first).getByText('About Linkerd — checkout uses it (tag)'),
    ).toBeInTheDocument();
    expect(within(first).queryByText(/linkerd is the subject/)).toBeNull();
    expect(within(first).queryByText(/Score/)).toBeNull();
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
    expect(within(talk).getByLabelText('Rank 2')).toBeInTheDocument();
    expect(within(talk).getByText(/^Talk · /)).toBeInTheDocument();
    expect(
      within(talk).getByRole('link', { name: /Recording/ }),
    ).toHaveAttribute('href', 'https://www.youtube.com/watch?v=otel');
  });

  it('shows the details of a reason on hover', async () => {
    await renderWithEntity(<EntityRelevantTakeawaysCard />, {
      api: { getRelevant: async () => relevanceForComponent },
    });

    await userEvent.hover(
      await screen.findByText('About Linkerd — checkout uses it (tag)'),
    );
    expect(
      await screen.findByText(
        'Linkerd is what this takeaway is about; checkout uses it (tag).',
      ),
    ).toBeInTheDocument();
  });

  it('does not list a talk again that a shown takeaway cites', async () => {
    const cited = relevanceForComponent.items[0].talks![0];
    await renderWithEntity(<EntityRelevantTakeawaysCard />, {
      api: {
        getRelevant: async () => ({
          ...relevanceForComponent,
          items: [
            ...relevanceForComponent.items,
            {
              entityRef: cited.entityRef,
              kind: 'Talk' as const,
              title: cited.title,
              tools: ['linkerd'],
              score: 0.3,
              reasons: [
                { type: 'mention' as const, tool: 'linkerd', text: '' },
              ],
            },
          ],
        }),
      },
    });

    await screen.findAllByLabelText(/^Rank \d+$/);
    expect(
      screen.getAllByRole('link', { name: 'Linkerd at scale' }),
    ).toHaveLength(1);
    expect(
      screen.queryByRole('article', { name: 'Linkerd at scale' }),
    ).toBeNull();
  });

  it('says the age once when every item is dated, per item when it tells them apart', async () => {
    const dated = (year: number) => ({
      type: 'age' as const,
      text: `from ${year} — may be dated`,
    });
    const [a, b] = relevanceForComponent.items;
    const { unmount } = await renderWithEntity(
      <EntityRelevantTakeawaysCard />,
      {
        api: {
          getRelevant: async () => ({
            ...relevanceForComponent,
            items: [
              { ...a, reasons: [...a.reasons, dated(2022)] },
              { ...b, reasons: [...b.reasons, dated(2021)] },
            ],
          }),
        },
      },
    );
    expect(
      await screen.findByText(/Everything here is from 2022 or earlier/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/may be dated/)).toBeNull();
    unmount();

    await renderWithEntity(<EntityRelevantTakeawaysCard />, {
      api: {
        getRelevant: async () => ({
          ...relevanceForComponent,
          items: [a, { ...b, reasons: [...b.reasons, dated(2019)] }],
        }),
      },
    });
    expect(
      await screen.findByText(/from 2019, may be dated/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Everything here is from/)).toBeNull();
  });

  it('respects the limit', async () => {
    await renderWithEntity(<EntityRelevantTakeawaysCard limit={1} />, {
      api: { getRelevant: async () => relevanceForComponent },
    });

    await screen.findByText('About Linkerd — checkout uses it (tag)');
    expect(screen.getAllByLabelText(/^Rank \d+$/)).toHaveLength(1);
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
      await screen.findByText('No talks about Linkerd, OpenTelemetry yet'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'How to add a trip report' }),
    ).toHaveAttribute('href', '/conference-takeaways?tab=add-report');
    // tools are known here, so no advice on declaring them
    expect(screen.queryByText(/We looked for tools/)).toBeNull();
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
      await screen.findByText('No tools found for this entity'),
    ).toBeInTheDocument();
    // names what it checked, and how to add a tool
    expect(
      screen.getByText(/We looked for tools in checkout's tags/),
    ).toHaveTextContent(
      /tags \(none\), its conference-takeaways.dev\/tools annotation \(not set\)/,
    );
    expect(
      screen.getByText(
        'conference-takeaways.dev/tools: linkerd, opentelemetry',
      ),
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
    await waitFor(() =>
      expect(screen.getAllByLabelText(/^Rank \d+$/)).toHaveLength(3),
    );
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
