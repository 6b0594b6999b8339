import { expect, test } from '@playwright/test';
import { ITEM, openView, shippedIndex, timelineReady } from './story';

const index = shippedIndex();
const ordered = [...index.events].sort(
  (a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title),
);

test('exactly one timeline is drawn (the wrapper survives StrictMode double effects)', async ({ page }) => {
  await openView(page, '/');
  await timelineReady(page);
  await expect(page.locator('.vis-timeline')).toHaveCount(1);
});

test('dragging the timeline writes the window to the URL; one history entry per settled view', async ({
  page,
}) => {
  await openView(page, '/');
  await timelineReady(page);
  const before = page.url();
  const box = (await page.locator('.vis-timeline .vis-center').first().boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 30);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 200, box.y + 30, { steps: 10 });
  await page.mouse.up();
  await expect.poll(() => page.url()).toMatch(/start=\d{4}-\d{2}-\d{2}&end=\d{4}-\d{2}-\d{2}/);
  const after = page.url();

  await page.goBack();
  await expect.poll(() => page.url()).toBe(before);
  await page.goForward();
  await expect.poll(() => page.url()).toBe(after);
});

test('zooming with the wheel narrows the window in the URL', async ({ page }) => {
  await openView(page, '/?start=2025-02-01&end=2025-04-01');
  await timelineReady(page);
  const box = (await page.locator('.vis-timeline .vis-center').first().boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 40);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -400);
  await page.keyboard.up('Control');
  await expect.poll(() => page.url()).not.toContain('start=2025-02-01&end=2025-04-01');
  const url = new URL(page.url().replace('#/', ''));
  const start = url.searchParams.get('start')!;
  const end = url.searchParams.get('end')!;
  expect(Date.parse(end) - Date.parse(start)).toBeLessThan(
    Date.parse('2025-04-01') - Date.parse('2025-02-01'),
  );
});

test('a link to an event outside the window brings it into view', async ({ page }) => {
  const summit = index.events.find((e) => e.id === 'paris-summit')!;
  await openView(page, '/actors/macron?start=2025-02-20&end=2025-02-27');
  await timelineReady(page);
  await page.locator('.actor-panel').getByRole('link', { name: summit.title }).click();
  await expect(page.getByRole('heading', { level: 2, name: summit.title })).toBeVisible();
  expect(page.url()).toContain('start=2025-03-24&end=2025-03-31');
  await expect(page.locator(`${ITEM}.vis-selected`)).toBeInViewport();
});

test('arrow keys step through events in time order; Escape closes the panel and returns focus', async ({
  page,
}) => {
  await openView(page, '/');
  await timelineReady(page);
  const timeline = page.locator('.timeline-wrap');
  await timeline.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 2, name: ordered[0]!.title })).toBeVisible();
  await timeline.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 2, name: ordered[1]!.title })).toBeVisible();
  expect(page.url()).toContain(`#/events/${ordered[1]!.id}`);

  await page.getByRole('heading', { level: 2, name: ordered[1]!.title }).focus();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'How the story unfolded' })).toBeVisible();
  await expect(timeline).toBeFocused();
});

test('the list view shows the same events with the same selection and URL', async ({ page }) => {
  await openView(page, `/events/${ordered[2]!.id}?view=list`);
  const list = page.getByRole('list', { name: `${index.events.length} events in time order` });
  await expect(list.getByRole('listitem')).toHaveCount(index.events.length);
  await expect(list.getByRole('link', { name: ordered[2]!.title })).toHaveAttribute('aria-current', 'page');
  await list.getByRole('link', { name: ordered[3]!.title }).click();
  await expect(page.getByRole('heading', { level: 2, name: ordered[3]!.title })).toBeVisible();
  expect(page.url()).toContain('view=list');
});
