import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { openView, shippedIndex, timelineReady } from './story';
import { expect, test } from './test';

/** Printing: panels and the list on paper, without controls, with the originals' addresses. */
const index = shippedIndex();
const event = index.events.find((e) => e.id === 'macron-trump-meeting')!;
const sourceOf = (articleId: string) => index.articles.find((a) => a.id === articleId)!.sourceUrl!;

async function printScreenshot(page: Page, name: string) {
  mkdirSync('screenshots', { recursive: true });
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
}

/** What must not be on paper: every control of the page around the panel. */
async function expectNoControls(page: Page) {
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();
  await expect(page.getByRole('search')).toBeHidden();
  await expect(
    page.getByRole('group', { name: 'Filters' }).getByText('Actors', { exact: true }),
  ).toBeHidden();
  await expect(page.getByText('Download', { exact: true })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
  await expect(page.locator('.vis-timeline')).toBeHidden();
}

async function expectFullWidth(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  const width = page.viewportSize()!.width;
  expect(box!.width).toBeGreaterThan(width * 0.9);
}

for (const width of [1280, 390]) {
  test(`an event panel prints full width, without controls, with each original's address (${width}px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await openView(page, `/events/${event.id}`);
    await timelineReady(page);
    await page.emulateMedia({ media: 'print' });
    const panel = page.getByRole('article', { name: event.title });
    await expect(panel.getByRole('heading', { level: 2 })).toBeVisible();
    await expectNoControls(page);
    await expect(panel.getByRole('button', { name: 'Copy citation' })).toBeHidden();
    await expect(panel.getByRole('link', { name: 'Open in article' }).first()).toBeHidden();
    await expect(page.getByRole('region', { name: 'Timeline of events' })).toBeHidden();
    await expectFullWidth(page, '.panel');
    // Every sentence in full, each followed by its original's plain address.
    for (const evidence of event.evidence) await expect(panel.getByText(evidence.quote)).toBeVisible();
    const addresses = panel.locator('.print-address');
    await expect(addresses).toHaveText(event.evidence.map((e) => sourceOf(e.articleId)));
    await printScreenshot(page, `print-event-${width}`);

    // Back on screen, the controls return and the plain addresses go.
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
    await expect(addresses.first()).toBeHidden();
  });
}

test('actor and topic panels print without controls', async ({ page }) => {
  for (const [route, heading] of [
    ['/actors/macron', index.actors.find((a) => a.id === 'macron')!.name],
    ['/topics/us-backstop', index.topics.find((t) => t.id === 'us-backstop')!.name],
  ] as const) {
    await openView(page, route);
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    // Links that only move around the explorer: there on screen, nowhere to go on paper.
    const onlyOnScreen = page.getByRole('link', {
      name: /Read the evidence|Evidence for each point|See this topic over time/,
    });
    await expect(onlyOnScreen.first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(onlyOnScreen).toHaveCount(0);
    await expectNoControls(page);
    await expectFullWidth(page, '.panel');
    await expect(page.getByRole('button', { name: /Show \d+ more/ })).toHaveCount(0);
    await printScreenshot(page, `print-${route.split('/')[1]}`);
    await page.emulateMedia({ media: 'screen' });
  }
});

test('the list view prints every listed event, and the filters in force as words', async ({ page }) => {
  const macron = index.events.filter((e) => e.actorIds.includes('macron'));
  await openView(page, '/?view=list&actors=macron');
  await expect(page.getByRole('list', { name: `${macron.length} events in time order` })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expectNoControls(page);
  const list = page.getByRole('list', { name: `${macron.length} events in time order` });
  await expect(list.getByRole('listitem')).toHaveCount(macron.length);
  for (const item of await list.getByRole('listitem').all()) await expect(item).toBeVisible();
  await expectFullWidth(page, '.event-list-view');
  await expect(page.getByText(`${macron.length} of ${index.events.length} events`)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Active filters' })).toContainText(
    index.actors.find((a) => a.id === 'macron')!.name,
  );
  await expect(page.getByRole('button', { name: /Remove filter/ })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Clear all' })).toBeHidden();
  // The overview's "select an event" panel is for the screen; the list is what prints.
  await expect(page.getByRole('heading', { name: 'How the story unfolded' })).toBeHidden();
  await printScreenshot(page, 'print-list');
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  await printScreenshot(page, 'print-list-390');
});

/** The page size a PDF declares, in points (1/72 inch). */
function mediaBox(pdf: Buffer): [number, number] {
  const match = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  expect(match).not.toBeNull();
  return [Number(match![1]), Number(match![2])];
}

test('an event panel renders to A4 and Letter PDFs', async ({ page }) => {
  await openView(page, `/events/${event.id}`);
  await timelineReady(page);
  mkdirSync('screenshots', { recursive: true });
  // A4 is 210 × 297 mm (595 × 842 pt), Letter 8.5 × 11 in (612 × 792 pt).
  for (const [format, size] of [
    ['A4', [595, 842]],
    ['Letter', [612, 792]],
  ] as const) {
    const pdf = await page.pdf({ format, path: `screenshots/print-event-${format}.pdf` });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Chromium sizes pages in CSS pixels, so a side may be a fraction of a point larger.
    const [w, h] = mediaBox(pdf);
    expect(Math.abs(w - size[0])).toBeLessThanOrEqual(1);
    expect(Math.abs(h - size[1])).toBeLessThanOrEqual(1);
  }
});
