import { screen, within } from '@testing-library/react';
import { TakeawayDetailsCard } from './TakeawayDetailsCard';
import { renderWithEntity } from '../../__testUtils__/renderWithEntity';
import { SCRIPT_URL, takeaways } from '../../__testUtils__/fixtures';

const [linkerdTakeaway] = takeaways;

const hostileSummary = [
  'Mesh **lessons**.',
  '',
  '<script>window.__pwned = true</script>',
  '',
  '[markdown link](javascript:alert(1)) and [safe link](https://example.com/ok)',
  '',
  '<a href="javascript:alert(2)">raw html link</a>',
  '',
  '<img src="x" onerror="window.__pwned = true">',
  '',
  '[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
].join('\n');

describe('TakeawayDetailsCard', () => {
  it('names its tools as people write them, asking the backend once', async () => {
    const getToolSummaries = jest.fn(async () => ({
      tools: [
        { slug: 'linkerd', name: 'Linkerd', ubiquitous: false },
        { slug: 'istio', name: 'Istio', ubiquitous: false },
      ],
    }));
    await renderWithEntity(<TakeawayDetailsCard />, {
      entity: linkerdTakeaway,
      api: { getToolSummaries },
    });

    const tools = screen.getByRole('region', { name: 'Tools' });
    expect(
      await within(tools).findByRole('button', {
        name: 'Takeaways about Linkerd',
      }),
    ).toHaveTextContent('Linkerd');
    expect(
      within(tools)
        .getAllByRole('button')
        .map(chip => chip.textContent),
    ).toEqual(['Linkerd', 'Istio']);
    expect(getToolSummaries).toHaveBeenCalledWith(['istio', 'linkerd']);
  });

  it('shows headline, summary, report, conference, talks and tools', async () => {
    await renderWithEntity(<TakeawayDetailsCard />, {
      entity: linkerdTakeaway,
    });

    expect(
      screen.getByText('Linkerd is the service mesh people enjoy running'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Istio', { selector: 'strong' }),
    ).toBeInTheDocument();

    const report = screen.getByRole('region', { name: 'Source report' });
    expect(
      within(report).getByRole('link', {
        name: /KubeCon EU 2022 — what we brought back/,
      }),
    ).toHaveAttribute('href', 'https://example.com/blog/kubecon-eu-2022');
    expect(
      within(report).getByText(/by Jane Doe, 2022-06-01/),
    ).toBeInTheDocument();

    const conference = screen.getByRole('region', { name: 'Conference' });
    expect(
      await within(conference).findByRole('link', {
        name: 'KubeCon + CloudNativeCon Europe 2022',
      }),
    ).toHaveAttribute('href', '/catalog/default/conference/kubecon-eu-2022');

    const talks = screen.getByRole('list', { name: 'Cited talks' });
    expect(
      await within(talks).findByRole('link', { name: 'Linkerd at scale' }),
    ).toHaveAttribute('href', '/catalog/default/talk/linkerd-at-scale-abc123');
    expect(
      within(talks).getByText(/by Ana Mesh, Bo Proxy/),
    ).toBeInTheDocument();
    expect(
      within(talks).getByRole('link', { name: /recording/ }),
    ).toHaveAttribute('href', 'https://www.youtube.com/watch?v=linkerd');
    expect(within(talks).queryByRole('link', { name: /slides/ })).toBeNull();

    const tools = screen.getByRole('region', { name: 'Tools' });
    const chips = within(tools).getAllByRole('button');
    expect(chips.map(chip => chip.textContent)).toEqual(['linkerd', 'istio']);
    expect(chips[0]).toHaveAttribute(
      'href',
      '/conference-takeaways?tab=takeaways&tool=linkerd',
    );
  });

  it('says plainly when the conference was not identified, and how to fix it', async () => {
    const { conference: _unknown, ...spec } = linkerdTakeaway.spec;
    await renderWithEntity(<TakeawayDetailsCard />, {
      entity: { ...linkerdTakeaway, spec },
    });

    const notice = screen.getByRole('status', {
      name: 'Conference not identified',
    });
    expect(
      within(notice).getByText('Conference not identified'),
    ).toBeInTheDocument();
    expect(notice).toHaveTextContent(
      /the report “?KubeCon EU 2022 — what we brought back”? which conference/,
    );
    expect(notice).toHaveTextContent(
      /add conference: to the report's frontmatter/,
    );
    expect(notice).toHaveTextContent('conference: kubecon-eu-2024');
    expect(notice).toHaveTextContent('series: KubeCon + CloudNativeCon');
    expect(screen.queryByRole('region', { name: 'Conference' })).toBeNull();
    // the rest of the takeaway is still there
    expect(
      screen.getByText('Istio', { selector: 'strong' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: 'Linkerd at scale' }),
    ).toBeInTheDocument();
  });

  it('shows no notice when the conference is known', async () => {
    await renderWithEntity(<TakeawayDetailsCard />, {
      entity: linkerdTakeaway,
    });

    expect(
      await screen.findByRole('region', { name: 'Conference' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('status', { name: 'Conference not identified' }),
    ).toBeNull();
    expect(
      screen.queryByRole('list', { name: 'Inferred by the extractor' }),
    ).toBeNull();
  });

  it('lists what the extractor inferred, one line each, under the report', async () => {
    await renderWithEntity(<TakeawayDetailsCard />, {
      entity: {
        ...linkerdTakeaway,
        metadata: {
          ...linkerdTakeaway.metadata,
          annotations: {
            'conference-takeaways.dev/inferred':
              'conference: KubeCon + CloudNativeCon Europe 2022 (from the title)\n\nreport date: 2022-06-01 (from the text)\n',
          },
        },
      },
    });

    const report = screen.getByRole('region', { name: 'Source report' });
    const inferred = within(report).getByRole('list', {
      name: 'Inferred by the extractor',
    });
    expect(
      within(inferred)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual([
      'Inferred — conference: KubeCon + CloudNativeCon Europe 2022 (from the title)',
      'Inferred — report date: 2022-06-01 (from the text)',
    ]);
  });

  it('never lets scripts or non-http links from the summary into the DOM', async () => {
    const { container } = await renderWithEntity(<TakeawayDetailsCard />, {
      entity: {
        ...linkerdTakeaway,
        spec: { ...linkerdTakeaway.spec, summary: hostileSummary },
      },
    });

    expect(screen.getByText('lessons')).toBeInTheDocument();
    expect(container.querySelector('script')).toBeNull();
    expect(document.querySelector('[onerror]')).toBeNull();
    expect((window as any).__pwned).toBeUndefined();

    const hrefs = [...container.querySelectorAll('a')].map(
      a => a.getAttribute('href') ?? '',
    );
    expect(hrefs.some(href => /^\s*(javascript|data):/i.test(href))).toBe(
      false,
    );
    for (const text of [/markdown link/, /raw html link/, /data link/]) {
      expect(screen.getByText(text).closest('a')).toBeNull();
    }
    expect(screen.getByRole('link', { name: /safe link/ })).toHaveAttribute(
      'href',
      'https://example.com/ok',
    );
  });

  it('shows the report title as text when its URL is not http(s)', async () => {
    await renderWithEntity(<TakeawayDetailsCard />, {
      entity: {
        ...linkerdTakeaway,
        spec: {
          ...linkerdTakeaway.spec,
          report: { title: 'Sneaky report', url: SCRIPT_URL },
        },
      },
    });

    const report = screen.getByRole('region', { name: 'Source report' });
    expect(within(report).getByText('Sneaky report')).toBeInTheDocument();
    expect(within(report).queryByRole('link')).toBeNull();
  });

  it('warns instead of crashing on entities without a headline', async () => {
    await renderWithEntity(<TakeawayDetailsCard />, {
      entity: { ...linkerdTakeaway, spec: {} as any },
    });
    expect(screen.getByText(/Not a takeaway/)).toBeInTheDocument();
  });
});
