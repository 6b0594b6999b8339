import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { readFileSync } from 'node:fs';
import { SCHEMA_VERSION } from '../../src/model';
import { ITEM, openView, shippedIndex, timelineReady } from './story';

const index = shippedIndex();
const shippedJson = readFileSync('public/data/index.json', 'utf8');
const article = index.articles[0]!;

/** Uncaught exceptions only: a 404 is expected to appear in the console as a failed resource. */
function watchUncaught(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

const brokenIndexes = [
  {
    name: 'is missing (404)',
    response: { status: 404, body: 'Not found' },
    message: /data\/index\.json was not found on the server \(404\)/,
  },
  {
    name: 'is not JSON',
    response: { status: 200, body: '<html>oops</html>' },
    message: /data\/index\.json is not valid JSON/,
  },
  {
    name: 'fails the schema',
    response: { status: 200, body: JSON.stringify({ ...JSON.parse(shippedJson), events: [{ id: 'x' }] }) },
    message: /does not match the data format: events\[0\]\./,
  },
  {
    name: 'is newer than the app',
    response: {
      status: 200,
      body: JSON.stringify({ ...JSON.parse(shippedJson), schemaVersion: SCHEMA_VERSION + 1 }),
    },
    message: new RegExp(`version ${SCHEMA_VERSION + 1}.*up to version ${SCHEMA_VERSION}`),
  },
];

for (const broken of brokenIndexes) {
  test(`when the data index ${broken.name}, the app says so and Retry recovers`, async ({ page }) => {
    const errors = watchUncaught(page);
    let broke = true;
    await page.route('**/data/index.json', (route) =>
      broke ? route.fulfill({ ...broken.response, contentType: 'application/json' }) : route.fallback(),
    );
    await openView(page, '/');
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load the story data' });
    await expect(alert).toContainText(broken.message);
    // The page around the message still stands: no white page.
    await expect(page.getByRole('link', { name: 'Peace Plan Explorer' })).toBeVisible();

    broke = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await timelineReady(page);
    expect(errors).toEqual([]);
  });
}

test('a missing article file breaks only that panel, with Retry', async ({ page }) => {
  const errors = watchUncaught(page);
  let broke = true;
  await page.route(`**/data/articles/${article.id}.json`, (route) =>
    broke ? route.fulfill({ status: 404, body: 'Not found' }) : route.fallback(),
  );
  await openView(page, `/articles/${article.id}`);
  await expect(page.getByRole('heading', { level: 2, name: article.title })).toBeVisible();
  const alert = page.getByRole('alert').filter({ hasText: `data/articles/${article.id}.json was not found` });
  await expect(alert).toBeVisible();
  await timelineReady(page);

  broke = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('.article-text .sentence').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('on a slow network the page is readable at once, the app takes over when its data arrives, and loading states show after', async ({
  page,
}) => {
  // Each data file is held until the state it causes has been seen, then let through: the test
  // waits on states, never on a clock, so it means the same on any machine.
  const held = new Map<string, () => void>();
  await page.route('**/data/**', async (route) => {
    const name = new URL(route.request().url()).pathname.replace(/^.*\/data\//, '');
    await new Promise<void>((release) => held.set(name, release));
    await route.fallback();
  });
  const release = async (name: string) => {
    await expect.poll(() => held.has(name)).toBe(true);
    held.get(name)!();
  };
  await openView(page, `/articles/${article.id}`);
  // The prerendered page: the article and its text, before any data has arrived.
  await expect(page.getByRole('heading', { level: 2, name: article.title })).toBeVisible();
  await expect(page.locator('.article-text .sentence').first()).toBeVisible();
  await expect(page.locator('#root[data-prerendered]')).toHaveCount(1);
  await release('index.json');
  await release(`articles/${article.id}.json`);
  // Taken over: the timeline is drawn, the article still there.
  await expect(page.locator('#root[data-prerendered]')).toHaveCount(0);
  await expect(page.locator(ITEM).first()).toBeVisible();
  await expect(page.locator('.article-text .sentence').first()).toBeVisible();

  // Inside the app, another article loads with a loading state.
  const other = index.articles.find((a) => a.id !== article.id)!;
  await page
    .getByRole('searchbox', { name: /Search events/ })
    .fill(other.title.split(' ').slice(0, 3).join(' '));
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('link', { name: other.title }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: other.title })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Loading the article text' })).toBeVisible();
  await release(`articles/${other.id}.json`);
  await expect(page.locator('.article-text .sentence').first()).toBeVisible();
});
