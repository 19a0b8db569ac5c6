import { renderTestApp } from '@backstage/frontend-test-utils';
import { notificationsApiRef } from '@backstage/plugin-notifications';
import notificationsPlugin from '@backstage/plugin-notifications/alpha';
import conferenceTakeawaysPlugin from '@internal/backstage-plugin-conference-takeaways/alpha';
import { screen, within } from '@testing-library/react';
import { navModule } from './index';

describe('Sidebar', () => {
  it('links to the conference takeaways explorer in the main menu', async () => {
    await renderTestApp({
      features: [navModule, notificationsPlugin, conferenceTakeawaysPlugin],
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
  });
});
