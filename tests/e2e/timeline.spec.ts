import type { Page } from '@playwright/test';
import { expect, test } from './test';
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

/** Drags the timeline's background sideways by `dx` pixels, as a person would with a mouse. */
async function dragTimeline(page: Page, dx: number) {
  const box = (await page.locator('.vis-timeline .vis-center').first().boundingBox())!;
  const y = box.y + 30;
  await page.mouse.move(box.x + box.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + dx, y, { steps: 10 });
  await page.mouse.up();
}

/** An event well inside the drawn area, so a press lands on it and a drag from it has room. */
async function eventWellInside(page: Page) {
  const panel = (await page.locator('.vis-timeline .vis-center').first().boundingBox())!;
  const boxes = await page
    .locator(ITEM)
    .evaluateAll((items) =>
      items
        .map((item) => item.getBoundingClientRect())
        .map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })),
    );
  const box = boxes.find(
    (b) =>
      b.x + b.width / 2 > panel.x + panel.width * 0.2 &&
      b.x + b.width / 2 < panel.x + panel.width * 0.6 &&
      b.y > panel.y &&
      b.y + b.height < panel.y + panel.height,
  );
  expect(box).toBeDefined();
  return box!;
}

/** Waits until the address differs from `previous` and has a window in it; returns it. */
/** Presses on an event well inside the drawn area and drags 120 px right; `whileHeld` runs before the move. */
async function dragFromEvent(page: Page, whileHeld?: () => Promise<void>) {
  const box = await eventWellInside(page);
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width / 2, y);
  await page.mouse.down();
  await whileHeld?.();
  await page.mouse.move(box.x + box.width / 2 + 120, y, { steps: 10 });
  await page.mouse.up();
}

/**
 * Input is handled in order: once a later gesture has changed the address (`after` was the last one), the
 * earlier gesture's own consequences are all in, so a wrongly opened event would show now.
 */
async function expectNoEventOpened(page: Page, after: string) {
  await dragTimeline(page, -80);
  await nextWindowUrl(page, after);
  expect(new URL(page.url()).pathname).toBe('/');
}

async function nextWindowUrl(page: Page, previous: string): Promise<string> {
  await expect.poll(() => page.url()).not.toBe(previous);
  await expect.poll(() => page.url()).toMatch(/start=\d{4}-\d{2}-\d{2}&end=\d{4}-\d{2}-\d{2}/);
  return page.url();
}

async function expectBackAndForward(page: Page, entries: string[]) {
  for (const url of [...entries].reverse().slice(1)) {
    await page.goBack();
    await expect.poll(() => page.url()).toBe(url);
  }
  for (const url of entries.slice(1)) {
    await page.goForward();
    await expect.poll(() => page.url()).toBe(url);
  }
}

test.describe('one history entry per pan or zoom gesture', () => {
  test('a drag at once after the page opens keeps the way back to it', async ({ page }) => {
    await openView(page, '/');
    await timelineReady(page);
    const before = page.url();
    await dragTimeline(page, -200);
    const after = await nextWindowUrl(page, before);
    await expectBackAndForward(page, [before, after]);
  });

  test('a drag after a pause is one entry', async ({ page }) => {
    await page.clock.install();
    await openView(page, '/?start=2025-02-01&end=2025-04-01');
    await timelineReady(page);
    await page.clock.fastForward('00:10');
    const before = page.url();
    await dragTimeline(page, 150);
    const after = await nextWindowUrl(page, before);
    await expectBackAndForward(page, [before, after]);
  });

  test('two separate drags are two entries, however quickly they follow', async ({ page }) => {
    await openView(page, '/?start=2025-02-01&end=2025-04-01');
    await timelineReady(page);
    const before = page.url();
    await dragTimeline(page, -150);
    const first = await nextWindowUrl(page, before);
    await dragTimeline(page, -150);
    const second = await nextWindowUrl(page, first);
    await expectBackAndForward(page, [before, first, second]);
  });

  test('a press held still on an event, as a slow machine holds the start of a drag, opens nothing', async ({
    page,
  }) => {
    await page.clock.install();
    await openView(page, '/?start=2025-02-01&end=2025-04-01');
    await timelineReady(page);
    const before = page.url();
    // Longer than the widget's long press: it reads the held press as a selection of the event.
    await dragFromEvent(page, () => page.clock.runFor(600));
    const after = await nextWindowUrl(page, before);
    expect(new URL(after).pathname).toBe('/');
    await expectNoEventOpened(page, after);
  });

  test('a drag that starts on an event pans the timeline and opens nothing', async ({ page }) => {
    await openView(page, '/?start=2025-02-01&end=2025-04-01');
    await timelineReady(page);
    const before = page.url();
    await dragFromEvent(page);
    await expectNoEventOpened(page, await nextWindowUrl(page, before));
  });

  test('a wheel zoom is one entry', async ({ page }) => {
    await openView(page, '/events/paris-summit?start=2025-02-01&end=2025-04-01');
    await timelineReady(page);
    const before = page.url();
    const box = (await page.locator('.vis-timeline .vis-center').first().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 40);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -400);
    await page.keyboard.up('Control');
    const after = await nextWindowUrl(page, before);
    expect(after).toContain('/events/paris-summit/?');
    await expectBackAndForward(page, [before, after]);
  });
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
  const url = new URL(page.url());
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
  expect(page.url()).toContain(`/events/${ordered[1]!.id}/`);

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
