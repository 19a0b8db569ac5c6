import { test, expect, APIRequestContext } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { screenshot, signInAsGuest } from './helpers';

const backend = process.env.E2E_BACKEND_URL ?? 'http://localhost:7007';
const SOURCE_ANNOTATION = 'conference-takeaways.dev/source-report';

async function guestToken(request: APIRequestContext): Promise<string> {
  const response = await request.post(`${backend}/api/auth/guest/refresh`);
  return (await response.json()).backstageIdentity.token;
}

// Every hostile file is in the directory scripts/e2e.sh adds as a second
// reports location; these tests need that setup.
test.skip(
  !process.env.E2E_HOSTILE_REPORTS,
  'needs the hostile reports location set up by scripts/e2e.sh',
);

test('markup in a report never runs in the page', async ({ page }) => {
  await signInAsGuest(page);
  await page.goto(
    '/catalog/default/takeaway/hostile-markup-never-reaches-the-page-dbe525',
  );
  await expect(
    page
      .getByRole('heading', { name: 'Hostile markup never reaches the page' })
      .first(),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'a fine link' })).toHaveAttribute(
    'href',
    /^https:\/\/linkerd\.io\/?$/,
  );
  await screenshot(page, '11-hostile-takeaway');

  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  expect(await page.locator('a[href^="data:"]').count()).toBe(0);
  expect(await page.locator('img[onerror]').count()).toBe(0);
  const inlineScripts = await page
    .locator('script')
    .evaluateAll(scripts => scripts.map(s => s.textContent ?? ''));
  expect(inlineScripts.filter(text => text.includes('__pwned'))).toEqual([]);
});

test('each bad report is named in the logs and nothing else is lost', async ({
  request,
}) => {
  const token = await guestToken(request);
  const sourceFilesNow = async () => {
    const response = await request.get(
      `${backend}/api/catalog/entities/by-query?filter=kind=takeaway&limit=1000`,
      { headers: { Authorization: `Bearer ${token}` } },
    );
    const { items } = await response.json();
    return {
      items,
      files: [
        ...new Set<string>(
          items.map((e: any) =>
            (e.metadata.annotations?.[SOURCE_ANNOTATION] ?? '')
              .split('/')
              .pop(),
          ),
        ),
      ],
    };
  };
  // the two report locations are read one after the other: wait until both
  // are in, rather than reading whatever the catalog holds at this moment
  await expect
    .poll(async () => (await sourceFilesNow()).files)
    .toEqual(
      expect.arrayContaining([
        'kubecon-eu-2018-copenhagen.md',
        'kubecon-na-2019-day-two.md',
        'kubecon-eu-2022-control-planes.md',
        'kubecon-eu-2022-ebpf-and-wasm.md',
        'kubecon-na-2022-platforms.md',
        'hostile-markup.md',
      ]),
    );
  const { items } = await sourceFilesNow();
  expect(items.map((e: any) => e.metadata.name)).not.toContain(
    'cites-a-component',
  );

  const problems = [
    /invalid\.yaml.*(invalid YAML|line \d+)/,
    /alias-bomb\.yaml.*too many aliases/,
    /binary\.md.*binary content/,
    /fifty-megabytes\.md.*larger than the \d+ bytes allowed/,
    /javascript-url\.md.*http\(s\)/,
    /kubecon-eu-2022\.sessionize\.json.*title/,
    /cites-a-component[\s\S]*spec[./]talks|spec[./]talks[\s\S]*cites-a-component/,
  ];
  // log lines are written as each file is read: wait for all of them
  for (const problem of problems) {
    await expect
      .poll(async () => readFile(process.env.E2E_PORTAL_LOG!, 'utf8'))
      .toMatch(problem);
  }
});

test('1,000 concurrent relevance requests all succeed with one answer', async ({
  request,
}) => {
  const token = await guestToken(request);
  const url = `${backend}/api/conference-takeaways/relevant?entityRef=component:default/payments-api&limit=10`;
  const responses = await Promise.all(
    Array.from({ length: 1000 }, () =>
      fetch(url, { headers: { Authorization: `Bearer ${token}` } }).then(
        async r => ({ status: r.status, body: await r.text() }),
      ),
    ),
  );
  const statuses = new Set(responses.map(r => r.status));
  expect([...statuses]).toEqual([200]);
  expect(new Set(responses.map(r => r.body)).size).toBe(1);
});
