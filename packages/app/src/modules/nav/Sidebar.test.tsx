import { renderTestApp } from '@backstage/frontend-test-utils';
import { notificationsApiRef } from '@backstage/plugin-notifications';
import notificationsPlugin from '@backstage/plugin-notifications/alpha';
import techRadarPlugin from '@backstage-community/plugin-tech-radar/alpha';
import conferenceTakeawaysPlugin from '@conference-takeaways/backstage-plugin-conference-takeaways/alpha';
import { screen, within } from '@testing-library/react';
import { navModule } from './index';

describe('Sidebar', () => {
  it('links to the conference takeaways explorer and the tech radar in the main menu', async () => {
    await renderTestApp({
      features: [
        navModule,
        notificationsPlugin,
        conferenceTakeawaysPlugin,
        techRadarPlugin,
      ],
      apis: [
        [
          notificationsApiRef,
          { getStatus: async () => ({ unread: 0, read: 0 }) },
        ],
      ],
    });

    const nav = await screen.findByRole('navigation', { name: 'sidebar nav' });
    expect(
      within(nav).getByRole('link', { name: 'Conference takeaways' }),
    ).toHaveAttribute('href', '/conference-takeaways');
    expect(
      within(nav).getByRole('link', { name: 'Tech Radar' }),
    ).toHaveAttribute('href', '/tech-radar');
  });
});
