import { test, expect, Locator, Page } from '@playwright/test';
import path from 'node:path';
import { SCREENSHOT_DIR, screenshot, signInAsGuest } from './helpers';

/*
 * Citing a takeaway on a radar move from the portal, as a member of the
 * platform team (the guest) and as someone outside it. The outsider signs in
 * through the oauth2-proxy provider the browser tests' config enables,
 * sending the header oauth2-proxy would forward.
 */

const TAKEAWAY = 'Linkerd is the mesh most teams are picking';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

/**
 * Screenshots of the same state: the whole page at desktop size, and at
 * phone size the screen showing `focus` (a whole phone page is too long to
 * read).
 */
async function screenshots(page: Page, name: string, focus: Locator) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, `${name}-desktop`);
  await page.setViewportSize(PHONE);
  // the page lays itself out again for the narrow screen first
  await expect(focus).toBeVisible();
  await focus.scrollIntoViewIfNeeded();
  await page.screenshot({
    path: path.join(SCREENSHOT_DIR, `${name}-phone.png`),
  });
  await page.setViewportSize(DESKTOP);
}

async function openTakeaway(page: Page) {
  await page.goto('/conference-takeaways/tools/linkerd');
  await page.getByRole('link', { name: TAKEAWAY }).first().click();
  await expect(page).toHaveURL(/\/catalog\/default\/takeaway\//);
  return page.getByRole('region', { name: 'Radar evidence' });
}

test('the platform team cites a takeaway on Linkerd, the tool page and the radar show it, then it is removed', async ({
  page,
}) => {
  await signInAsGuest(page);
  const section = await openTakeaway(page);
  const takeawayUrl = page.url();
  await expect(section.getByText('No radar move cites it yet.')).toBeVisible();

  await section.getByRole('button', { name: 'Cite as evidence' }).click();
  const dialog = page.getByRole('dialog');
  // the takeaway is about Linkerd: its entry and current move come first
  await expect(dialog.getByLabel('Radar entry')).toHaveValue('linkerd');
  await expect(dialog.getByLabel('Move')).toHaveValue('2020-02-10');
  await screenshots(page, '30-takeaway-cite-dialog', dialog);
  await dialog.getByRole('button', { name: 'Cite' }).click();
  await expect(dialog).toBeHidden();
  const cited = section.getByRole('listitem').filter({
    hasText: 'Linkerd, 2020-02-10 move',
  });
  await expect(cited).toContainText(/cited by guest on/i);
  await expect(
    cited.getByRole('button', { name: 'Remove citation' }),
  ).toBeEnabled();
  // the success message, which then goes away by itself
  const done = page.getByText("Cited on Linkerd's 2020-02-10 move");
  await expect(done).toBeVisible();
  await expect(done).toBeHidden({ timeout: 15_000 });
  await screenshots(page, '31-takeaway-cited', section);

  // a proposal too, so the tool page shows both
  await section.getByRole('button', { name: 'Propose a radar move' }).click();
  await dialog.getByLabel('New ring').selectOption('trial');
  await dialog
    .getByRole('textbox', { name: /Rationale/ })
    .fill('Two upgrades broke the data plane this year; trial it again.');
  await dialog.getByRole('button', { name: 'Propose' }).click();
  await expect(dialog).toBeHidden();

  // the tool page: who cited it on the move, and the proposal
  await page.goto('/conference-takeaways/tools/linkerd');
  const timeline = page.getByRole('list', { name: 'Radar timeline' });
  const evidence = timeline
    .getByRole('list', { name: 'Evidence' })
    .getByRole('listitem')
    .filter({ hasText: TAKEAWAY });
  await expect(evidence).toContainText(/cited by guest on/i);
  await expect(
    evidence.getByRole('button', { name: `Remove citation of ${TAKEAWAY}` }),
  ).toBeEnabled();
  const proposals = page.getByRole('list', {
    name: 'Proposed moves of Linkerd',
  });
  await expect(proposals).toContainText('Two upgrades broke the data plane');
  await expect(proposals).toContainText(/proposed by guest on/i);
  await screenshots(page, '32-tool-page-citation', evidence);
  await screenshots(page, '33-tool-page-proposal', proposals);

  // the radar dialog: the new evidence at once, and the way to cite more
  await page.goto('/tech-radar');
  await page
    .getByRole('button', { name: /Linkerd/ })
    .first()
    .click();
  const radarDialog = page.getByRole('dialog');
  await expect(
    radarDialog.getByRole('link', { name: TAKEAWAY }).first(),
  ).toBeVisible();
  await expect(
    radarDialog.getByRole('link', { name: 'Cite evidence or propose a move' }),
  ).toHaveAttribute(
    'href',
    '/conference-takeaways/tools/linkerd#cite-evidence',
  );
  // still two footer buttons, the dialog's only ones
  await expect(radarDialog.getByRole('button')).toHaveCount(2);
  await screenshots(
    page,
    '34-radar-dialog-citation',
    radarDialog.getByRole('link', { name: TAKEAWAY }).first(),
  );

  // clean up: withdraw the proposal on the tool page, remove the citation
  // on the takeaway page; both disappear at once
  await page.goto('/conference-takeaways/tools/linkerd');
  await proposals.getByRole('button', { name: 'Withdraw' }).first().click();
  await expect(page.getByText(/No move proposed/)).toBeVisible();
  await page.goto(takeawayUrl);
  await cited.getByRole('button', { name: 'Remove citation' }).click();
  await expect(section.getByText('No radar move cites it yet.')).toBeVisible();
  await page.goto('/conference-takeaways/tools/linkerd');
  await expect(
    page.getByRole('list', { name: 'Radar timeline' }),
  ).toBeVisible();
  await expect(page.getByText(/cited by guest on/i)).toHaveCount(0);
});

test.describe('someone outside the platform team', () => {
  test.use({ extraHTTPHeaders: { 'X-Forwarded-User': 'robin-demo' } });

  test('sees the radar actions disabled, with the reason', async ({ page }) => {
    await page.goto('/');
    // signed in by the proxy's header: no guest button
    await expect(
      page
        .getByRole('navigation', { name: 'sidebar nav' })
        .getByRole('link', { name: 'Catalog', exact: true }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Enter' })).toHaveCount(0);

    const section = await openTakeaway(page);
    const cite = section.getByRole('button', { name: 'Cite as evidence' });
    await expect(cite).toBeDisabled();
    await expect(
      section.getByRole('button', { name: 'Propose a radar move' }),
    ).toBeDisabled();
    await expect(section.getByRole('note')).toHaveText(
      /ask the platform team for the conference-takeaways\.radar\.cite permission/,
    );
    await screenshots(page, '35-outsider-cite-disabled', section);
    await cite.locator('..').hover();
    await expect(page.getByRole('tooltip')).toContainText(
      'Only radar owners can cite evidence',
    );

    // the tool page's Cite buttons too
    await page.goto('/conference-takeaways/tools/linkerd');
    const suggestionCite = page
      .getByRole('button', { name: /^Cite .* move$/ })
      .first();
    await expect(suggestionCite).toBeDisabled();
  });
});
