import { mockApis } from '@backstage/frontend-test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConferenceTakeawaysApi } from '../../api';
import { renderWithEntity } from '../../__testUtils__/renderWithEntity';
import { takeaways, talks } from '../../__testUtils__/fixtures';
import {
  alexCitation,
  fakeRadarBackend,
  linkerdTakeawayRef,
} from '../../__testUtils__/radarFixtures';
import { TakeawayDetailsCard } from '../TakeawayDetailsCard';
import { TalkDetailsCard } from '../TalkDetailsCard';

const [linkerdTakeaway] = takeaways;
const ref = linkerdTakeawayRef;

// no typing delay: the machine running the tests may be slow enough
const user = userEvent.setup({ delay: null });

function evidenceSection() {
  return screen.findByRole('region', { name: 'Radar evidence' });
}

/** Renders the Linkerd takeaway's page; returns its radar evidence section. */
async function renderTakeawayPage(
  api: Partial<ConferenceTakeawaysApi>,
  alertApi = mockApis.alert(),
) {
  await renderWithEntity(<TakeawayDetailsCard />, {
    entity: linkerdTakeaway,
    api,
    alertApi,
  });
  return evidenceSection();
}

/** Clicks one of the section's buttons; returns the dialog it opens. */
async function openDialog(section: HTMLElement, name: string) {
  await user.click(await within(section).findByRole('button', { name }));
  return screen.findByRole('dialog');
}

jest.setTimeout(30_000);

describe('radar evidence on a takeaway page', () => {
  it("cites the takeaway on its subject tool's current move, then shows who cited it and removes it", async () => {
    const { api } = fakeRadarBackend();
    const alertApi = mockApis.alert();
    const section = await renderTakeawayPage(api, alertApi);
    const moves = await within(section).findByRole('list', {
      name: 'Radar moves citing it',
    });
    // the radar file's citation, which only the file can remove
    expect(moves).toHaveTextContent('Istio, 2021-05-01 move');
    expect(moves).toHaveTextContent('in the radar file');
    expect(
      within(section).queryByRole('button', { name: 'Remove citation' }),
    ).toBeNull();

    const dialog = await openDialog(section, 'Cite as evidence');
    // Linkerd is the takeaway's subject tool; its newest move is offered
    expect(within(dialog).getByLabelText('Radar entry')).toHaveValue('linkerd');
    const move = within(dialog).getByLabelText('Move');
    expect(move).toHaveValue('2020-02-10');
    expect(
      within(move).getByRole('option', { name: '2020-02-10: Adopt (current)' }),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cite' }));

    expect(api.createRadarCitation).toHaveBeenCalledWith({
      entryId: 'linkerd',
      moveDate: '2020-02-10',
      entityRef: ref,
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(
      await within(section).findByText(/Linkerd, 2020-02-10 move/),
    ).toBeInTheDocument();
    const cited = within(section)
      .getByText(/^cited by/)
      .closest('li')!;
    expect(cited).toHaveTextContent('cited by guest on 2026-11-30');
    expect(alertApi.getAlerts()).toContainEqual(
      expect.objectContaining({
        severity: 'success',
        message: "Cited on Linkerd's 2020-02-10 move",
      }),
    );

    await user.click(
      within(cited).getByRole('button', { name: 'Remove citation' }),
    );
    expect(api.deleteRadarCitation).toHaveBeenCalledWith('c1');
    await waitFor(() =>
      expect(within(section).queryByText(/Linkerd, 2020-02-10/)).toBeNull(),
    );
  });

  it("cannot cite a move twice: the dialog offers the entry's next open move", async () => {
    const { api, citations } = fakeRadarBackend();
    citations.push(alexCitation);
    const section = await renderTakeawayPage(api);
    const dialog = await openDialog(section, 'Cite as evidence');

    const move = within(dialog).getByLabelText('Move');
    expect(move).toHaveValue('2019-01-21');
    expect(
      within(move).getByRole('option', {
        name: '2020-02-10: Adopt (current) (already cited)',
      }),
    ).toBeDisabled();
  });

  it('proposes a new ring with the takeaway as evidence', async () => {
    const { api } = fakeRadarBackend();
    const alertApi = mockApis.alert();
    const section = await renderTakeawayPage(api, alertApi);
    const dialog = await openDialog(section, 'Propose a radar move');
    const propose = within(dialog).getByRole('button', { name: 'Propose' });
    expect(propose).toBeDisabled();
    expect(
      within(dialog).getByRole('option', { name: 'Adopt (current)' }),
    ).toBeDisabled();
    await user.selectOptions(within(dialog).getByLabelText('New ring'), 'hold');
    // blank rationales are not sent
    await user.type(
      within(dialog).getByRole('textbox', { name: /Rationale/ }),
      '   ',
    );
    expect(propose).toBeDisabled();
    await user.type(
      within(dialog).getByRole('textbox', { name: /Rationale/ }),
      'Upgrades broke twice ',
    );
    await user.click(propose);

    expect(api.createRadarProposal).toHaveBeenCalledWith({
      entryId: 'linkerd',
      ringId: 'hold',
      rationale: 'Upgrades broke twice',
      evidence: [ref],
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(alertApi.getAlerts()[0]).toMatchObject({ severity: 'success' });
  });

  it("keeps the dialog open and posts the backend's message when citing fails", async () => {
    const { api } = fakeRadarBackend();
    api.createRadarCitation = jest.fn(async () => {
      throw Object.assign(new Error('Request failed with 409 Conflict'), {
        cause: { message: 'The move already cites it' },
      });
    });
    const alertApi = mockApis.alert();
    const section = await renderTakeawayPage(api, alertApi);
    const dialog = await openDialog(section, 'Cite as evidence');
    await user.click(within(dialog).getByRole('button', { name: 'Cite' }));

    await waitFor(() =>
      expect(alertApi.getAlerts()).toEqual([
        expect.objectContaining({
          severity: 'error',
          message: 'The move already cites it',
        }),
      ]),
    );
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Cite' })).toBeEnabled();
  });

  it('shows nothing about the radar when none is configured', async () => {
    const notFound = Object.assign(new Error('No tech radar is configured'), {
      statusCode: 404,
    });
    const section = await renderTakeawayPage({
      getRadarHistory: async () => {
        throw notFound;
      },
    });
    await waitFor(() =>
      expect(within(section).queryByTestId('progress')).toBeNull(),
    );
    expect(within(section).queryByRole('button')).toBeNull();
  });

  it('shows why the citations could not be loaded', async () => {
    const section = await renderTakeawayPage({
      listRadarCitations: async () => {
        throw new Error('The database is not reachable');
      },
    });

    expect(
      await within(section).findByText(/Could not load the radar/),
    ).toBeInTheDocument();
    expect(
      within(section).getAllByText(/The database is not reachable/)[0],
    ).toBeInTheDocument();
    expect(
      within(section).queryByRole('button', { name: 'Cite as evidence' }),
    ).toBeNull();
  });

  it("cites a talk on its tool's entry from the talk's page", async () => {
    const { api } = fakeRadarBackend();
    await renderWithEntity(<TalkDetailsCard />, { entity: talks[0], api });
    const section = await evidenceSection();
    expect(
      await within(section).findByText('No radar move cites it yet.'),
    ).toBeInTheDocument();

    const dialog = await openDialog(section, 'Cite as evidence');
    expect(within(dialog).getByLabelText('Radar entry')).toHaveValue('linkerd');
    await user.click(within(dialog).getByRole('button', { name: 'Cite' }));

    expect(api.createRadarCitation).toHaveBeenCalledWith({
      entryId: 'linkerd',
      moveDate: '2020-02-10',
      entityRef: 'talk:default/linkerd-at-scale-abc123',
    });
    expect(
      await within(section).findByText(/Linkerd, 2020-02-10 move/),
    ).toBeInTheDocument();
  });
});
