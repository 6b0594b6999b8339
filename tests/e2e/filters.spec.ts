import type { StoryEvent } from '../../src/model';
import { expect, test } from './test';
import { ITEM, openView, shippedIndex, timelineReady } from './story';

const index = shippedIndex();
const meloni = index.actors.find((a) => a.id === 'meloni')!;

// Expected counts are worked out here from the shipped data with plain rules of our own, never
// with the app's filtering code, so a bug there cannot hide in both the app and the test.
const withActors =
  (...ids: string[]) =>
  (e: StoryEvent) =>
    e.actorIds.some((id) => ids.includes(id));
const ofKind = (kind: string) => (e: StoryEvent) => e.kind === kind;
/** The last day an event covers: its end date, or the end of its week, month or year. */
function lastDay(e: StoryEvent): string {
  if (e.endDate) return e.endDate;
  const d = new Date(`${e.date}T00:00:00Z`);
  if (e.precision === 'week') d.setUTCDate(d.getUTCDate() + 6);
  if (e.precision === 'month') d.setUTCMonth(d.getUTCMonth() + 1, 0);
  if (e.precision === 'year') d.setUTCMonth(12, 0);
  return d.toISOString().slice(0, 10);
}
const between = (from: string, to?: string) => (e: StoryEvent) =>
  lastDay(e) >= from && (to === undefined || e.date <= to);
const count = (...tests: ((e: StoryEvent) => boolean)[]) =>
  index.events.filter((e) => tests.every((t) => t(e))).length;

test('the actor filter narrows the timeline, shows a chip and lives in the URL', async ({ page }) => {
  await openView(page, '/');
  await timelineReady(page);
  await page.getByText('Actors', { exact: true }).click();
  await page.getByRole('searchbox', { name: 'Find actors' }).fill('Melo');
  await page.getByRole('checkbox', { name: new RegExp(meloni.name) }).check();

  await expect.poll(() => page.url()).toContain('actors=meloni');
  const expected = count(withActors('meloni'));
  expect(expected).toBeGreaterThan(0);
  await expect(page.getByText(`${expected} of ${index.events.length} events`)).toBeVisible();
  await expect(page.locator(ITEM)).toHaveCount(expected);
  await expect(page.getByRole('list', { name: 'Active filters' })).toContainText(meloni.name);

  await page.getByRole('button', { name: `Remove filter ${meloni.name}` }).click();
  await expect(page.locator(ITEM)).toHaveCount(index.events.length);
  expect(page.url()).not.toContain('actors=');
});

test('the date range filters events and moves the timeline to that range', async ({ page }) => {
  await openView(page, '/');
  await timelineReady(page);
  await page.getByLabel('From', { exact: true }).fill('2025-02-24');
  await page.getByLabel('Until', { exact: true }).fill('2025-02-28');
  await expect.poll(() => page.url()).toContain('from=2025-02-24&to=2025-02-28');
  // The window ends after the last day of the range, so that day is fully in view.
  expect(page.url()).toContain('start=2025-02-24&end=2025-03-01');
  const expected = count(between('2025-02-24', '2025-02-28'));
  await expect(page.getByText(`${expected} of ${index.events.length} events`)).toBeVisible();
  expect(expected).toBeLessThan(index.events.length);
});

test('the visible window can become the date filter', async ({ page }) => {
  await openView(page, '/?start=2025-02-20&end=2025-03-05');
  await timelineReady(page);
  await page.getByRole('button', { name: 'Filter to visible dates' }).click();
  await expect.poll(() => page.url()).toContain('from=2025-02-20&to=2025-03-05');
  const expected = count(between('2025-02-20', '2025-03-05'));
  await expect(page.getByText(`${expected} of ${index.events.length} events`)).toBeVisible();
});

test('an empty result says so and offers to clear the filter that emptied it', async ({ page }) => {
  expect(count(withActors('meloni'), ofKind('call'))).toBe(0);
  // The hint clears whichever filter gives back more events.
  const withoutActor = count(ofKind('call'));
  const withoutKind = count(withActors('meloni'));
  const [name, key, remaining] =
    withoutActor >= withoutKind ? ['actor', 'actors', withoutActor] : ['kind', 'kinds', withoutKind];
  await openView(page, '/?actors=meloni&kinds=call');
  await expect(page.getByText('No events match these filters.')).toBeVisible();
  await page.getByRole('button', { name: new RegExp(`Clear the ${name} filter`) }).click();
  await expect(page.locator(ITEM)).toHaveCount(remaining);
  expect(page.url()).not.toContain(`${key}=`);
});

test('search finds by prefix and typo, highlights matches and opens the result', async ({ page }) => {
  await openView(page, '/');
  await page.getByRole('searchbox', { name: /Search events/ }).fill('zelensk');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Search: zelensk' })).toBeVisible();
  expect(page.url()).toContain('/search/?q=zelensk');
  const actors = page.getByRole('region', { name: /Actors/ });
  await expect(actors.locator('mark').first()).toBeVisible();
  await actors.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 2, name: /Zelensk/ })).toBeVisible();

  await openView(page, '/search?q=Meloni%20premture');
  await expect(page.getByRole('region', { name: /Quotes/ })).toContainText('premature');
});

test('grouping by actor draws one row per actor, and the choice is in the URL', async ({ page }) => {
  await openView(page, '/');
  await timelineReady(page);
  await page.getByLabel('Rows').selectOption('actor');
  await expect.poll(() => page.url()).toContain('group=actor');
  await expect(page.locator('.vis-label', { hasText: 'Emmanuel Macron' })).toBeVisible();
  const rows = await page.locator('.vis-labelset .vis-label').count();
  expect(rows).toBeGreaterThan(5);
  await page.reload();
  await expect(page.locator('.vis-label', { hasText: 'Emmanuel Macron' })).toBeVisible();
});

test('a stance-matrix cell opens the evidence behind it', async ({ page }) => {
  await openView(page, '/matrix');
  const cell = page.getByRole('link', { name: /Donald Trump on US backstop/ });
  await cell.click();
  await expect(page.getByRole('heading', { level: 2, name: 'Donald Trump on US backstop' })).toBeVisible();
  await expect(page.locator('.evidence blockquote').first()).toBeVisible();
  expect(page.url()).toContain('/actors/trump/topics/us-backstop/');
});

test('a shared filtered link opened in a fresh browser reproduces the view', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const link = '/events/paris-summit?actors=macron,meloni&from=2025-03-01&group=actor';
  await openView(page, link);
  await expect(
    page.getByRole('heading', { level: 2, name: index.events.find((e) => e.id === 'paris-summit')!.title }),
  ).toBeVisible();
  const chips = page.getByRole('list', { name: 'Active filters' });
  await expect(chips).toContainText('Emmanuel Macron');
  await expect(chips).toContainText('Giorgia Meloni');
  await expect(chips).toContainText('from 1 March 2025');
  const expected = count(withActors('macron', 'meloni'), between('2025-03-01'));
  await expect(page.getByText(`${expected} of ${index.events.length} events`)).toBeVisible();
  await expect(page.getByLabel('Rows')).toHaveValue('actor');
  await context.close();
});
