import { test, expect } from '@playwright/test';
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { screenshot, signInAsGuest } from './helpers';

const REPORT = path.resolve(
  __dirname,
  'fixtures/watched-reports/kubecon-na-2022-crossplane.md',
);

test('a new report about a tool the platform team runs notifies its members', async ({
  page,
}) => {
  const watched = process.env.E2E_WATCHED_REPORTS;
  test.skip(!watched, 'needs the watched reports directory of scripts/e2e.sh');
  await signInAsGuest(page);

  // The guest is in the platform team, whose Cluster Fleet service uses
  // Crossplane; the watched location is refreshed every few seconds.
  await copyFile(REPORT, path.join(watched!, path.basename(REPORT)));

  const title = /New from conferences: .*about Crossplane/;
  await expect(async () => {
    await page.goto('/notifications');
    await expect(page.getByText(title).first()).toBeVisible({
      timeout: 3_000,
    });
  }).toPass({ timeout: 90_000 });
  // One notification for the team, naming its service that runs Crossplane.
  await expect(page.getByText(title)).toHaveCount(1);
  await expect(page.getByText(/Used by Cluster Fleet\./)).toBeVisible();
  await screenshot(page, '20-notification-new-takeaways');

  await page.getByRole('link', { name: title }).first().click();
  await expect(page).toHaveURL(
    /\/catalog\/default\/component\/cluster-fleet\/conference-takeaways$/,
  );
});
