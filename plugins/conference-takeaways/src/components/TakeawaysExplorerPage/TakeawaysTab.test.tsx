import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import { ConferenceIndex } from '../../lib/conferences';
import { conferences, takeaway, takeaways } from '../../__testUtils__/fixtures';
import { TakeawaysTab } from './TakeawaysTab';

const unknownConference = takeaway('helm-charts-need-tests-555555', {
  headline: 'Helm charts need tests',
  tools: ['helm'],
});

describe('TakeawaysTab', () => {
  it('lists a takeaway whose conference was not identified, and says so', async () => {
    await renderInTestApp(
      <TakeawaysTab
        takeaways={[...takeaways, unknownConference]}
        conferences={new ConferenceIndex(conferences)}
        params={{ tab: 'takeaways' }}
        onChange={() => {}}
      />,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );

    const link = await screen.findByRole('link', {
      name: 'Helm charts need tests',
    });
    const row = link.closest('tr')!;
    expect(within(row).getByText('Not identified')).toBeInTheDocument();
    // the others still show their conference
    const known = screen
      .getByRole('link', {
        name: 'Linkerd is the service mesh people enjoy running',
      })
      .closest('tr')!;
    expect(
      within(known).getByText('KubeCon + CloudNativeCon Europe 2022'),
    ).toBeInTheDocument();
  });
});
