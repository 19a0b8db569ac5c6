import { Page, expect } from '@playwright/test';
import path from 'node:path';

/** Screenshots land here so people (and reviewers) can look at them. */
export const SCREENSHOT_DIR = path.resolve(
  __dirname,
  '../../../node_modules/.cache/e2e-screenshots',
);

export async function screenshot(page: Page, name: string) {
  await page.screenshot({
    path: path.join(SCREENSHOT_DIR, `${name}.png`),
    fullPage: true,
  });
}

/** Signs in through the guest provider's "Enter" button. */
export async function signInAsGuest(page: Page) {
  await page.goto('/');
  const enter = page.getByRole('button', { name: 'Enter' });
  await expect(enter).toBeVisible();
  await enter.click();
  // The nav element itself can report zero size; its links are what users see.
  await expect(
    page
      .getByRole('navigation', { name: 'sidebar nav' })
      .getByRole('link', { name: 'Catalog', exact: true }),
  ).toBeVisible();
}
