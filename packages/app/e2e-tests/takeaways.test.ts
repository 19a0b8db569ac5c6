import { test, expect } from '@playwright/test';
import { screenshot, signInAsGuest } from './helpers';

test('a service page shows relevant takeaways and leads to the takeaway and the explorer', async ({
  page,
}) => {
  await signInAsGuest(page);

  await page.goto('/catalog/default/component/payments-api');
  // The card is a core-components InfoCard (a MUI Card) with this subheader.
  const card = page.locator('.MuiCard-root').filter({
    hasText: 'What conference talks said about the tools this uses',
  });
  await expect(card.getByText(/uses linkerd \(tag\)/).first()).toBeVisible();
  await expect(
    card.getByText(/linkerd is the subject of this/).first(),
  ).toBeVisible();
  await expect(card.getByText(/Europe 2022/).first()).toBeVisible();
  await expect(card.getByText(/North America 2022/).first()).toBeVisible();
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, '04-component-takeaways-card');

  await card
    .getByRole('link', { name: 'Linkerd is the mesh most teams are picking' })
    .click();
  await expect(page).toHaveURL(/\/catalog\/default\/takeaway\//);
  await expect(
    page
      .getByRole('heading', {
        name: 'Linkerd is the mesh most teams are picking',
      })
      .first(),
  ).toBeVisible();
  await expect(
    page.getByText('KubeCon + CloudNativeCon Europe 2022').first(),
  ).toBeVisible();
  await screenshot(page, '05-takeaway-page');

  const nav = page.getByRole('navigation', { name: 'sidebar nav' });
  await nav.getByRole('link', { name: /Conference takeaways/i }).click();
  await expect(page.getByText(/of \d+ takeaways/)).toBeVisible();
  await screenshot(page, '06-explorer');

  await page.getByRole('tab', { name: 'Tool trends' }).click();
  await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
  await screenshot(page, '07-explorer-trends');
});

test('the relevance API ranks linkerd takeaways from several conferences', async ({
  page,
}) => {
  const backend = process.env.E2E_BACKEND_URL ?? 'http://localhost:7007';
  const auth = await page.request.post(`${backend}/api/auth/guest/refresh`);
  const token = (await auth.json()).backstageIdentity.token;
  const response = await page.request.get(
    `${backend}/api/conference-takeaways/relevant?entityRef=component:default/payments-api&limit=100`,
    { headers: { Authorization: `Bearer ${token}` } },
  );
  expect(response.ok()).toBeTruthy();
  const body = await response.json();
  const linkerdItems = body.items.filter((item: any) =>
    item.reasons.some((r: any) => r.tool === 'linkerd'),
  );
  const conferences = new Set(
    linkerdItems.map((item: any) => item.conference?.entityRef),
  );
  expect(conferences).toEqual(
    new Set([
      'conference:default/kubecon-eu-2018',
      'conference:default/kubecon-eu-2022',
      'conference:default/kubecon-na-2022',
    ]),
  );
});
