import { ResponseError } from '@backstage/errors';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { PreviewResponse } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReportPreviewApi, reportPreviewApiRef } from '../../api';
import { ReportPreviewCard } from './ReportPreviewCard';

const REPORT = '## Linkerd is boring in a good way\nIt just works.\n';

const extraction: PreviewResponse = {
  fileName: 'valencia.md',
  conference: {
    name: 'kubecon-eu-2022',
    title: 'KubeCon + CloudNativeCon Europe 2022',
    year: 2022,
    startDate: '2022-05-16',
    endDate: '2022-05-20',
    location: 'Valencia, Europe',
  },
  report: { title: 'Valencia', author: 'Jane Doe', date: '2022-06-01' },
  takeaways: [
    {
      name: 'linkerd-is-boring-abc123',
      headline: 'Linkerd is boring in a good way',
      // Report text is user-written: markup must never become HTML.
      summary: 'It **just** works. <img src=x onerror="alert(1)">',
      tools: [{ slug: 'linkerd', name: 'Linkerd' }],
      subjectTools: [{ slug: 'linkerd', name: 'Linkerd' }],
      talks: ['Linkerd in Production'],
    },
  ],
  talks: [
    {
      name: 'linkerd-in-production-def456',
      title: 'Linkerd in Production',
      speakers: ['Speaker One'],
      // A script URL from a hostile report (built so linters let it be).
      recordingUrl: ['javascript', 'alert(1)'].join(':'),
      tools: [{ slug: 'linkerd', name: 'Linkerd' }],
    },
  ],
  tools: [{ slug: 'linkerd', name: 'Linkerd' }],
  warnings: ['Inferred conference from the title'],
  suggestedFile: {
    fileName: 'valencia.md',
    frontmatter: 'title: Valencia\nconference: kubecon-eu-2022\n',
    content:
      '---\ntitle: Valencia\nconference: kubecon-eu-2022\n---\n\n## Linkerd',
  },
};

async function renderCard(preview: ReportPreviewApi['preview']) {
  await renderInTestApp(<ReportPreviewCard />, {
    apis: [[reportPreviewApiRef, { preview }]],
  });
}

async function paste(text: string) {
  fireEvent.change(
    screen.getByLabelText('Trip report (Markdown or plain text)'),
    { target: { value: text } },
  );
}

// The first render loads the app's modules: seconds on a busy machine.
jest.setTimeout(30_000);

describe('ReportPreviewCard', () => {
  it('sends the pasted report and shows its extraction', async () => {
    const preview = jest.fn(async () => extraction);
    await renderCard(preview);

    await paste(REPORT);
    await userEvent.click(
      screen.getByRole('button', { name: 'Preview extraction' }),
    );

    expect(preview).toHaveBeenCalledWith({
      text: REPORT,
      fileName: 'report.md',
    });
    const result = await screen.findByRole('region', {
      name: 'Extraction preview',
    });
    expect(
      within(result).getByText(
        'KubeCon + CloudNativeCon Europe 2022 · Valencia, Europe · 2022-05-16 to 2022-05-20',
      ),
    ).toBeInTheDocument();
    expect(
      within(result).getByText('Linkerd is boring in a good way'),
    ).toBeInTheDocument();
    expect(
      within(result).getByText('Speaker One', { exact: false }),
    ).toBeInTheDocument();
    expect(
      within(result).getByText('Inferred conference from the title'),
    ).toBeInTheDocument();
    expect(
      within(result).getByText(/conference: kubecon-eu-2022/),
    ).toBeInTheDocument();
    expect(
      within(result).getByRole('button', { name: /Download valencia\.md/ }),
    ).toBeEnabled();
  });

  it('renders report content as text, never as markup or unsafe links', async () => {
    await renderCard(async () => extraction);
    await paste(REPORT);
    await userEvent.click(
      screen.getByRole('button', { name: 'Preview extraction' }),
    );

    const result = await screen.findByRole('region', {
      name: 'Extraction preview',
    });
    expect(within(result).getByText('just').tagName).toBe('STRONG');
    // The pasted <img onerror> loses its handler and its source.
    expect(result.querySelector('[onerror]')).toBeNull();
    result
      .querySelectorAll('img')
      .forEach(img => expect(img.getAttribute('src') ?? '').toBe(''));
    expect(
      within(result).queryByRole('link', { name: 'recording' }),
    ).toBeNull();
  });

  it('previews a report at a URL', async () => {
    const preview = jest.fn(async () => extraction);
    await renderCard(preview);

    await userEvent.click(screen.getByRole('tab', { name: 'From a URL' }));
    fireEvent.change(screen.getByLabelText(/Report URL/), {
      target: { value: 'https://github.com/acme/reports/blob/main/a.md' },
    });
    await userEvent.click(
      screen.getByRole('button', { name: 'Preview extraction' }),
    );

    expect(preview).toHaveBeenCalledWith({
      url: 'https://github.com/acme/reports/blob/main/a.md',
    });
  });

  it('cannot be sent empty', async () => {
    const preview = jest.fn();
    await renderCard(preview);

    expect(
      screen.getByRole('button', { name: 'Preview extraction' }),
    ).toBeDisabled();
  });

  it('shows progress while the backend extracts', async () => {
    await renderCard(() => new Promise<never>(() => {}));
    await paste(REPORT);
    await userEvent.click(
      screen.getByRole('button', { name: 'Preview extraction' }),
    );

    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });

  it("shows the backend's error, e.g. a report over the size limit", async () => {
    const error = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: {
            name: 'PayloadTooLargeError',
            message: 'The report is larger than 1048576 bytes',
          },
          response: { statusCode: 413 },
        }),
        { status: 413, headers: { 'content-type': 'application/json' } },
      ),
    );
    await renderCard(async () => {
      throw error;
    });
    await paste(REPORT);
    await userEvent.click(
      screen.getByRole('button', { name: 'Preview extraction' }),
    );

    expect(
      await screen.findByText(/larger than 1048576 bytes/),
    ).toBeInTheDocument();
  });
});
