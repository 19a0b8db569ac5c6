import { test, expect } from '@playwright/test';
import { screenshot, signInAsGuest } from './helpers';

test('a guest opens the catalog, an example service and the takeaways page', async ({
  page,
}) => {
  await signInAsGuest(page);
  const nav = page.getByRole('navigation', { name: 'sidebar nav' });

  await nav.getByRole('link', { name: 'Catalog', exact: true }).click();
  // The guest belongs to the platform team, so the catalog switches to
  // "Owned" once it knows the user. Wait for that switch (it shows in the
  // URL) before choosing "All", or the late switch undoes the choice and the
  // Payments API link disappears under the click.
  await expect(page).toHaveURL(/filters(%5B|\[)user(%5D|\])=owned/);
  await page.getByRole('menuitem', { name: /^All/ }).click();
  await expect(page).toHaveURL(/filters(%5B|\[)user(%5D|\])=all/);
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
  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'Catalog', exact: true })
    .click();
  // As above: let the catalog settle on "Owned" before choosing "All".
  await expect(page).toHaveURL(/filters(%5B|\[)user(%5D|\])=owned/);
  await page.getByRole('menuitem', { name: /^All/ }).click();
  await expect(page).toHaveURL(/filters(%5B|\[)user(%5D|\])=all/);

  await page.getByRole('button', { name: 'Component', exact: true }).click();
  await page.getByRole('option', { name: 'Takeaway', exact: true }).click();
  await expect(page).toHaveURL(/filters(%5B|\[)kind(%5D|\])=takeaway/);
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
