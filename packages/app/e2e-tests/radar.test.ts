import { test, expect } from '@playwright/test';
import { screenshot, signInAsGuest } from './helpers';

test('the tech radar cites the talks behind linkerd and the services using it', async ({
  page,
}) => {
  await signInAsGuest(page);
  const nav = page.getByRole('navigation', { name: 'sidebar nav' });
  await nav.getByRole('link', { name: 'Tech Radar' }).click();
  await expect(page).toHaveURL(/\/tech-radar/);
  await screenshot(page, '08-tech-radar');

  await page
    .getByRole('button', { name: /Linkerd/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(/Used by/)).toBeVisible();
  await expect(dialog.getByText('Payments API').first()).toBeVisible();
  const evidence = dialog.locator(
    'a[href*="/catalog/default/takeaway/"], a[href*="/catalog/default/talk/"]',
  );
  // the dialog fills in after it opens: wait for the links, do not count once
  await expect.poll(() => evidence.count()).toBeGreaterThanOrEqual(2);
  // two footer buttons: the entry's own link and the tool page (the
  // evidence is linked inline above)
  await expect(
    dialog.getByRole('button', { name: /^\d+ takeaways and talks$/ }),
  ).toHaveCount(1);
  await expect(
    dialog.getByRole('button', { name: /Linkerd website/ }),
  ).toHaveCount(1);
  await screenshot(page, '09-tech-radar-linkerd');

  await page.goto('/conference-takeaways/tools/linkerd');
  await expect(page.getByText(/Adopt/i).first()).toBeVisible();
  await expect(page.getByText('Payments API').first()).toBeVisible();
  await screenshot(page, '10-tool-page-linkerd');
});
