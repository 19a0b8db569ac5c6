import { test, expect } from '@playwright/test';
import { screenshot, signInAsGuest } from './helpers';

test('a service page shows relevant takeaways and leads to the takeaway and the explorer', async ({
  page,
}) => {
  await signInAsGuest(page);

  await page.goto('/catalog/default/component/payments-api');
  // The card is the catalog's own EntityInfoCard, like About beside it.
  const card = page.locator('.bui-Card').filter({
    has: page.getByRole('heading', { name: 'Conference takeaways' }),
  });
  // one plain reason line per item, tools by name, position instead of a score
  await expect(
    card.getByText('About Linkerd — Payments API uses it (tag)').first(),
  ).toBeVisible();
  await expect(card.getByLabel('Rank 1')).toBeVisible();
  await expect(card.getByText(/Score/)).toHaveCount(0);
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
  await expect(
    page.getByRole('table', { name: 'Takeaways per tool and year' }),
  ).toBeVisible();
  await screenshot(page, '07-explorer-trends');
});

test('the explorer pages and searches on the server and says why a row matched', async ({
  page,
}) => {
  await signInAsGuest(page);

  await page.goto('/conference-takeaways');
  await expect(page.getByText(/^1–20 of \d+ takeaways$/)).toBeVisible();
  const exploreAnswer = page.waitForResponse(
    response =>
      response.url().includes('/api/conference-takeaways/explore?') &&
      response.url().includes('offset=20'),
  );
  await page.getByRole('button', { name: /next page/i }).click();
  expect((await exploreAnswer).ok()).toBeTruthy();
  await expect(page.getByText(/^21–\d+ of \d+ takeaways$/)).toBeVisible();
  await expect(page).toHaveURL(/page=1/);

  await page.getByRole('searchbox', { name: 'Search takeaways' }).fill('mesh');
  // the search lands in the URL once typing pauses; then the list follows
  await expect(page).toHaveURL(/q=mesh/);
  await expect(page).not.toHaveURL(/page=/);
  await expect(
    page.getByText(/^Matched in (title|summary)/).first(),
  ).toBeVisible();
  await expect(
    page.locator('mark', { hasText: /mesh/i }).first(),
  ).toBeVisible();
  await screenshot(page, '12-explorer-search');

  await page.getByRole('tab', { name: 'Talks' }).click();
  await expect(page.getByText(/^\d+ talks$/)).toBeVisible();
});

test('the tools index lists every tool, and an unknown tool suggests close names', async ({
  page,
}) => {
  await signInAsGuest(page);

  await page.goto('/conference-takeaways/tools');
  await expect(page.getByText(/^\d+ tools$/)).toBeVisible();
  const linkerd = page.getByRole('link', { name: 'Linkerd', exact: true });
  await expect(linkerd).toHaveAttribute(
    'href',
    '/conference-takeaways/tools/linkerd',
  );
  await screenshot(page, '13-tools-index');

  await page.goto('/conference-takeaways/tools/linkred');
  await expect(page.getByText('No tool called "linkred"')).toBeVisible();
  await page.getByRole('link', { name: 'Linkerd', exact: true }).click();
  await expect(page).toHaveURL(/\/conference-takeaways\/tools\/linkerd$/);
});

test('/catalog opens the catalog, and Home shows takeaways about the team tools', async ({
  page,
}) => {
  await signInAsGuest(page);

  await page.goto('/catalog');
  // the catalog (served at /) takes over and writes its filters to the URL
  await expect(page).toHaveURL(/\/\?.*filters(%5B|\[)kind(%5D|\])=component/);

  const failures: string[] = [];
  page.on('pageerror', error => failures.push(error.message));
  await page.goto('/home');
  await expect(
    page.getByText("Takeaways about your team's tools").first(),
  ).toBeVisible();
  await expect(page.getByText(/About the tools .* uses/)).toBeVisible();
  await expect(page.getByText('Random Joke')).toHaveCount(0);
  await screenshot(page, '14-home');
  expect(failures).toEqual([]);
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
