import { renderInTestApp, mockApis } from '@backstage/frontend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen, waitFor, within } from '@testing-library/react';
import { conferenceTakeawaysApiRef } from '../../api';
import { explorerLinkRouteRef } from '../../routes';
import { takeaways } from '../../__testUtils__/fixtures';
import {
  alexCitation,
  fakeRadarBackend,
  holdProposal,
  linkerdHubCitedFromPortal,
} from '../../__testUtils__/radarFixtures';
import { renderWithEntity } from '../../__testUtils__/renderWithEntity';
import { TakeawayDetailsCard } from '../TakeawayDetailsCard';
import { ToolHub } from '../ToolHubPage/ToolHub';

/*
 * Users without conference-takeaways.radar.cite. In a file of their own:
 * the permission hook caches answers for the whole test file, so an allowed
 * answer from another test would show first.
 */

jest.setTimeout(30_000);

const REASON =
  'Only radar owners can cite evidence or propose radar moves: ask the platform team for the conference-takeaways.radar.cite permission.';

describe('radar actions without the cite permission', () => {
  it('are disabled on a takeaway page, saying why', async () => {
    const { api, citations } = fakeRadarBackend();
    citations.push(alexCitation);
    await renderWithEntity(<TakeawayDetailsCard />, {
      entity: takeaways[0],
      api,
      permission: AuthorizeResult.DENY,
    });
    const section = await screen.findByRole('region', {
      name: 'Radar evidence',
    });

    for (const name of [
      'Cite as evidence',
      'Propose a radar move',
      'Remove citation',
    ]) {
      expect(
        await within(section).findByRole('button', { name }),
      ).toBeDisabled();
    }
    expect(within(section).getByRole('note')).toHaveTextContent(REASON);
    // who cited it is still shown
    expect(section).toHaveTextContent('cited by alex-example on 2026-11-01');
  });

  it('are disabled on the tool page: cite, remove and withdraw', async () => {
    const { api, proposals } = fakeRadarBackend();
    proposals.push(holdProposal);
    const hub = linkerdHubCitedFromPortal();
    await renderInTestApp(<ToolHub tool="linkerd" />, {
      apis: [
        [conferenceTakeawaysApiRef, { ...api, getTool: async () => hub }],
        mockApis.permission({ authorize: AuthorizeResult.DENY }),
      ],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/conference-takeaways': explorerLinkRouteRef,
      },
    });

    const remove = await screen.findByRole('button', {
      name: /^Remove citation of/,
    });
    const cite = screen.getByRole('button', { name: /^Cite .* move$/ });
    const withdraw = await screen.findByRole('button', { name: 'Withdraw' });
    await waitFor(() => expect(remove).toBeDisabled());
    expect(cite).toBeDisabled();
    expect(withdraw).toBeDisabled();
    expect(screen.getAllByRole('note')[0]).toHaveTextContent(REASON);
    // the export needs no permission: it only reads
    expect(
      screen.getByRole('button', { name: 'Export radar YAML' }),
    ).toBeEnabled();
  });
});
