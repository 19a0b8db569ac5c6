import { test, expect, Page } from '@playwright/test';
import { screenshot, signInAsGuest } from './helpers';

/**
 * Opens the catalog on everything of one kind, the way a shared link does.
 * Choosing "All" by clicking raced the catalog: its user filter starts on
 * "Owned" for a team member and writes the URL behind the router's back,
 * so a later navigation could put "Owned" back after the click. Filters
 * given in the URL are the picker's starting state, with nothing to race.
 */
async function openCatalog(page: Page, kind: string) {
  await page.goto(`/catalog?filters%5Bkind%5D=${kind}&filters%5Buser%5D=all`);
  await expect(page).toHaveURL(/filters(%5B|\[)user(%5D|\])=all/);
}

test('a guest opens the catalog, an example service and the takeaways page', async ({
  page,
}) => {
  await signInAsGuest(page);
  const nav = page.getByRole('navigation', { name: 'sidebar nav' });

  await openCatalog(page, 'component');
  await expect(
    page.getByRole('heading', { name: /All components/i }).first(),
  ).toBeVisible();
  const serviceLink = page.getByRole('link', { name: 'Payments API' });
  await expect(serviceLink).toBeVisible();
  await screenshot(page, '01-catalog');

  await serviceLink.click();
  await expect(page).toHaveURL(/\/catalog\/default\/component\/payments-api/);
  await expect(
    page.getByRole('heading', { name: 'Payments API' }).first(),
  ).toBeVisible();
  await screenshot(page, '02-component-page');

  await nav.getByRole('link', { name: /Conference takeaways/i }).click();
  await expect(page).toHaveURL(/\/conference-takeaways/);
  await screenshot(page, '03-takeaways-explorer');
});

test('the catalog lists takeaways with their conference, year and tools', async ({
  page,
}) => {
  await signInAsGuest(page);
  await openCatalog(page, 'takeaway');
  await expect(
    page.getByRole('heading', { name: /All takeaways/i }).first(),
  ).toBeVisible();

  const headers = page.getByRole('columnheader');
  for (const title of ['Takeaway', 'Conference', 'Year', 'Tools', 'Owner']) {
    await expect(headers.filter({ hasText: title }).first()).toBeVisible();
  }
  await expect(headers.filter({ hasText: 'Lifecycle' })).toHaveCount(0);

  const row = page.getByRole('row', {
    name: /Cilium offers a service mesh without sidecars/,
  });
  await expect(
    row.getByRole('link', { name: 'KubeCon + CloudNativeCon Europe 2022' }),
  ).toBeVisible();
  await expect(
    row.getByRole('cell', { name: '2022', exact: true }),
  ).toBeVisible();
  // tools by name, the subject first, each opening its tool page
  await expect(
    row.getByRole('button', { name: 'Cilium: tool page' }),
  ).toBeVisible();
  await expect(
    row.getByRole('button', { name: 'Linkerd: tool page' }),
  ).toBeVisible();
  await screenshot(page, '15-catalog-takeaways');
});
