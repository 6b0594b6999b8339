import { expect, test } from './test';
import { ITEM, openView, saveScreenshot, shippedIndex, timelineReady, watchConsole } from './story';

const index = shippedIndex();
const firstEvent = [...index.events].sort((a, b) => a.date.localeCompare(b.date))[0]!;

test('the timeline shows one item per shipped event', async ({ page }) => {
  const errors = watchConsole(page);
  await openView(page, '/');
  await timelineReady(page);
  await expect(page.locator(ITEM)).toHaveCount(index.events.length);
  expect(errors).toEqual([]);
});

test('clicking an event opens its panel and puts its id in the URL; reload and back restore views', async ({
  page,
}) => {
  await openView(page, '/');
  await timelineReady(page);
  await page.locator(ITEM, { hasText: firstEvent.title }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: firstEvent.title })).toBeVisible();
  expect(page.url()).toContain(`/events/${firstEvent.id}/`);

  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: firstEvent.title })).toBeVisible();
  await expect(page.locator(`${ITEM}.vis-selected`)).toHaveCount(1);
  await expect(page).toHaveTitle(new RegExp(`^${firstEvent.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));

  await page.goBack();
  await expect(page.getByRole('heading', { name: 'How the story unfolded' })).toBeVisible();
  expect(page.url()).not.toContain('/events/');
});

test('an unknown event id shows "not found" and the timeline still works', async ({ page }) => {
  await openView(page, '/events/no-such-event');
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  await timelineReady(page);
  await page.locator(ITEM, { hasText: firstEvent.title }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: firstEvent.title })).toBeVisible();
});

test('screenshots at desktop and phone width', async ({ page }) => {
  await openView(page, `/events/${firstEvent.id}`);
  await timelineReady(page);
  await saveScreenshot(page, 'event-desktop');
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole('heading', { level: 2, name: firstEvent.title })).toBeVisible();
  await saveScreenshot(page, 'event-phone');
});
