import { screen, within } from '@testing-library/react';
import {
  RELATION_HAS_TAKEAWAY,
  RELATION_HAS_TALK,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { ConferenceDetailsCard } from './ConferenceDetailsCard';
import { renderWithEntity } from '../../__testUtils__/renderWithEntity';
import { conference, conferences } from '../../__testUtils__/fixtures';

const eu2022 = conferences.find(c => c.metadata.name === 'kubecon-eu-2022')!;

describe('ConferenceDetailsCard', () => {
  it('shows where and when, its talks and its takeaways', async () => {
    await renderWithEntity(<ConferenceDetailsCard />, {
      entity: {
        ...eu2022,
        relations: [
          {
            type: RELATION_HAS_TALK,
            targetRef: 'talk:default/linkerd-at-scale-abc123',
          },
          {
            type: RELATION_HAS_TAKEAWAY,
            targetRef: 'takeaway:default/linkerd-is-enjoyable-111111',
          },
        ],
      },
    });

    expect(
      screen.getByText('KubeCon + CloudNativeCon Europe 2022'),
    ).toBeInTheDocument();
    expect(screen.getByText('Valencia, Europe')).toBeInTheDocument();
    expect(screen.getByText('16–20 May 2022')).toBeInTheDocument();

    const talks = screen.getByRole('list', { name: 'Talks' });
    expect(
      await within(talks).findByRole('link', { name: 'Linkerd at scale' }),
    ).toBeInTheDocument();
    expect(within(talks).getByText(/Ana Mesh/)).toBeInTheDocument();

    const takeaways = screen.getByRole('list', { name: 'Takeaways' });
    expect(
      await within(takeaways).findByRole('link', {
        name: 'Linkerd is the service mesh people enjoy running',
      }),
    ).toBeInTheDocument();

    expect(
      screen.getByRole('link', { name: /Explore its takeaways/ }),
    ).toHaveAttribute(
      'href',
      '/conference-takeaways?tab=takeaways&conference=conference%3Adefault%2Fkubecon-eu-2022',
    );
  });

  it('gives the year as the time of a conference without dates', async () => {
    await renderWithEntity(<ConferenceDetailsCard />, {
      entity: conference('devopsdays-2019', { year: 2019, city: 'Ghent' }),
    });
    expect(screen.getByText('Ghent')).toBeInTheDocument();
    expect(screen.getByText('2019')).toBeInTheDocument();
  });

  it('shows empty lists for a conference nobody reported on', async () => {
    await renderWithEntity(<ConferenceDetailsCard />, { entity: eu2022 });
    expect(screen.getByText('Talks (0)')).toBeInTheDocument();
    expect(screen.getByText('Takeaways (0)')).toBeInTheDocument();
  });
});
