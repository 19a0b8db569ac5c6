import { test, expect, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { screenshot, signInAsGuest } from './helpers';

const REPORT = path.resolve(
  __dirname,
  'fixtures/watched-reports/kubecon-na-2022-crossplane.md',
);

async function previewPastedReport(page: Page) {
  await page.goto('/conference-takeaways?tab=add-report');
  const card = page.locator('.MuiCard-root').filter({
    hasText: 'Try your report',
  });
  await card
    .getByLabel('Trip report (Markdown or plain text)')
    .fill(await readFile(REPORT, 'utf8'));
  await card.getByRole('button', { name: 'Preview extraction' }).click();
  const result = card.getByRole('region', { name: 'Extraction preview' });
  await expect(
    result.getByText('Crossplane compositions replace our Terraform modules'),
  ).toBeVisible();
  return { card, result };
}

test('the preview page shows what the portal extracts from a pasted report', async ({
  page,
}) => {
  await signInAsGuest(page);

  const { result } = await previewPastedReport(page);

  await expect(
    result.getByText(/KubeCon \+ CloudNativeCon North America 2022/),
  ).toBeVisible();
  await expect(
    result.getByText('Composing Platforms with Crossplane', { exact: true }),
  ).toBeVisible();
  await expect(result.getByText(/by Speaker Three/)).toBeVisible();
  await expect(result.getByText(/conference: kubecon-na-2022/)).toBeVisible();
  const download = page.waitForEvent('download');
  await result
    .getByRole('button', {
      name: /Download kubecon-na-2022-crossplane\.md|Download report\.md/,
    })
    .click();
  expect((await download).suggestedFilename()).toMatch(/\.md$/);
  await screenshot(page, '21-report-preview-desktop');
});

test('the preview page works on a phone', async ({ page }) => {
  await signInAsGuest(page);
  await page.setViewportSize({ width: 390, height: 844 });

  const { result } = await previewPastedReport(page);

  await expect(
    result.getByText('Composing Platforms with Crossplane', { exact: true }),
  ).toBeVisible();
  await screenshot(page, '22-report-preview-phone');
});
