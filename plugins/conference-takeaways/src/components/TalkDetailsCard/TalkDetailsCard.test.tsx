import { screen, within } from '@testing-library/react';
import { RELATION_CITED_BY } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { TalkDetailsCard } from './TalkDetailsCard';
import { renderWithEntity } from '../../__testUtils__/renderWithEntity';
import { talks } from '../../__testUtils__/fixtures';

const [linkerdTalk, otelTalk] = talks;

describe('TalkDetailsCard', () => {
  it('shows speakers, format, conference, media links and citing takeaways', async () => {
    await renderWithEntity(<TalkDetailsCard />, {
      entity: {
        ...linkerdTalk,
        relations: [
          {
            type: RELATION_CITED_BY,
            targetRef: 'takeaway:default/linkerd-is-enjoyable-111111',
          },
        ],
      },
    });

    expect(screen.getByText('Linkerd at scale')).toBeInTheDocument();
    expect(screen.getByText('talk')).toBeInTheDocument();
    expect(screen.getByText('Ana Mesh, Bo Proxy')).toBeInTheDocument();
    expect(
      await screen.findByRole('link', {
        name: 'KubeCon + CloudNativeCon Europe 2022',
      }),
    ).toHaveAttribute('href', '/catalog/default/conference/kubecon-eu-2022');

    const media = screen.getByRole('region', { name: 'Recording and slides' });
    expect(
      within(media).getByRole('link', { name: /Recording/ }),
    ).toHaveAttribute('href', 'https://www.youtube.com/watch?v=linkerd');
    // slidesUrl is javascript: in the fixture
    expect(within(media).queryByRole('link', { name: /Slides/ })).toBeNull();

    const citedBy = screen.getByRole('list', { name: 'Cited by' });
    expect(
      await within(citedBy).findByRole('link', {
        name: 'Linkerd is the service mesh people enjoy running',
      }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/takeaway/linkerd-is-enjoyable-111111',
    );
    expect(within(citedBy).getByText(/Jane Doe/)).toBeInTheDocument();
  });

  it('says when recording and slides are unknown, and nobody cited it', async () => {
    await renderWithEntity(<TalkDetailsCard />, { entity: otelTalk });

    const media = screen.getByRole('region', { name: 'Recording and slides' });
    expect(within(media).getByText('Not known')).toBeInTheDocument();
    const citedBy = screen.getByRole('region', { name: 'Cited by' });
    expect(within(citedBy).getByText('None yet.')).toBeInTheDocument();
  });
});
