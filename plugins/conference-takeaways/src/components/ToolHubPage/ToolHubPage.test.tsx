import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { conferenceTakeawaysApiRef } from '../../api';
import { rootRouteRef } from '../../routes';
import { linkerdHub } from '../../__testUtils__/toolHubFixtures';
import { TakeawaysExplorerPage } from '../TakeawaysExplorerPage';

describe('TakeawaysExplorerPage (legacy frontend system)', () => {
  it('serves the tool pages below the explorer, with their own header', async () => {
    const getTool = jest.fn(async () => linkerdHub);
    await renderInTestApp(<TakeawaysExplorerPage />, {
      apis: [[conferenceTakeawaysApiRef, { getTool }]],
      mountPath: '/conference-takeaways/*',
      mountedRoutes: {
        '/conference-takeaways': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
      initialRouteEntries: ['/conference-takeaways/tools/otel'],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'otel' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('list', { name: 'Radar timeline' }),
    ).toBeInTheDocument();
    expect(getTool).toHaveBeenCalledWith('otel');
  });
});
