import { identityApiRef } from '@backstage/core-plugin-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { ConferenceTakeawaysApi, conferenceTakeawaysApiRef } from '../../api';
import { relevanceForComponent } from '../../__testUtils__/fixtures';
import { TeamTakeaways } from './TeamTakeaways';

function identity(ownershipEntityRefs: string[]) {
  return {
    getBackstageIdentity: async () => ({
      type: 'user' as const,
      userEntityRef: 'user:default/guest',
      ownershipEntityRefs,
    }),
  };
}

async function renderWidget(
  refs: string[],
  api: Partial<ConferenceTakeawaysApi>,
) {
  await renderInTestApp(<TeamTakeaways limit={2} />, {
    apis: [
      [identityApiRef, identity(refs)],
      [conferenceTakeawaysApiRef, api],
    ],
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
  });
}

describe('TeamTakeaways', () => {
  it("lists the best items about the user's team's tools", async () => {
    const getRelevant = jest.fn(async () => relevanceForComponent);
    await renderWidget(['user:default/guest', 'group:default/platform-team'], {
      getRelevant,
    });

    expect(
      await screen.findByRole('link', {
        name: 'Linkerd is the service mesh people enjoy running',
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByText(/: Linkerd, OpenTelemetry$/)).toBeInTheDocument();
    expect(getRelevant).toHaveBeenCalledWith('group:default/platform-team', {
      limit: 2,
    });
  });

  it('explains itself to a user in no team, without asking the backend', async () => {
    const getRelevant = jest.fn();
    await renderWidget(['user:default/guest'], { getRelevant });

    expect(await screen.findByText(/Join a team/)).toBeInTheDocument();
    expect(getRelevant).not.toHaveBeenCalled();
  });

  it('says when nothing is about the team tools', async () => {
    await renderWidget(['group:default/platform-team'], {
      getRelevant: async () => ({ ...relevanceForComponent, items: [] }),
    });
    expect(
      await screen.findByText("Nothing about your team's tools yet"),
    ).toBeInTheDocument();
  });

  it('shows backend errors', async () => {
    await renderWidget(['group:default/platform-team'], {
      getRelevant: async () => {
        throw new Error('relevance unavailable');
      },
    });
    expect(
      await screen.findByText('Error: relevance unavailable'),
    ).toBeInTheDocument();
  });
});
