import { test, expect } from '@playwright/test';
import { screenshot, signInAsGuest } from './helpers';

test('a guest opens the catalog, an example service and the takeaways page', async ({
  page,
}) => {
  await signInAsGuest(page);
  const nav = page.getByRole('navigation', { name: 'sidebar nav' });

  await nav.getByRole('link', { name: 'Catalog', exact: true }).click();
  const serviceLink = page.getByRole('link', { name: 'payments-api' });
  await expect(serviceLink).toBeVisible();
  await screenshot(page, '01-catalog');

  await serviceLink.click();
  await expect(
    page.getByRole('heading', { name: 'payments-api' }).first(),
  ).toBeVisible();
  await screenshot(page, '02-component-page');

  await nav.getByRole('link', { name: /Conference Takeaways/i }).click();
  await expect(page).toHaveURL(/\/conference-takeaways/);
  await expect(
    page.getByRole('heading', { name: /Conference Takeaways/i }).first(),
  ).toBeVisible();
  await screenshot(page, '03-takeaways-explorer');
});
