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
