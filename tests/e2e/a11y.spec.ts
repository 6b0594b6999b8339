import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { openView, saveScreenshot, timelineReady } from './story';

const views = [
  ['timeline', '/'],
  ['list view', '/?view=list'],
  ['event', '/events/macron-trump-meeting'],
  ['article', '/articles/000_16401bdc4fe40c2d'],
  ['actor', '/actors/macron'],
  ['topic', '/topics/us-backstop'],
  ['actor on topic', '/actors/trump/topics/us-backstop'],
  ['quote', '/quotes/meloni-premature'],
  ['stance matrix', '/matrix'],
  ['topic over time', '/matrix/reassurance-force'],
  ['stances over time, with changes', '/matrix/us-backstop'],
  ['position', '/positions/meloni-reassurance-force-2025-03-27'],
  ['timeline with an actor emphasised', '/actors/meloni'],
  ['search', '/search?q=zelensk'],
  ['filtered, nothing matches', '/?actors=meloni&kinds=call'],
  ['not found', '/events/no-such-event'],
  ['bad parameter', '/?group=weekly'],
] as const;

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const width of [1280, 390]) {
  for (const [name, route] of views) {
    test(`${name} at ${width}px has no serious accessibility violations`, async ({ page }) => {
      await page.setViewportSize({ width, height: width > 500 ? 800 : 844 });
      await openView(page, route);
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

test('the filter panel opened and the data-error state have no serious violations', async ({ page }) => {
  await openView(page, '/');
  await timelineReady(page);
  await page.getByText('Actors', { exact: true }).click();
  await expect(page.getByRole('searchbox', { name: 'Find actors' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.route('**/data/index.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.reload();
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('dark theme and reduced motion are respected', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await openView(page, '/events/macron-trump-meeting');
  await timelineReady(page);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = background.match(/\d+/g)!.map(Number);
  expect(r! + g! + b!).toBeLessThan(150);
  expect(await seriousViolations(page)).toEqual([]);
  await saveScreenshot(page, 'event-dark');
});

test('everything is reachable with the keyboard, with a visible focus ring', async ({ page }) => {
  await openView(page, '/');
  await timelineReady(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to details' })).toBeFocused();
  // Walk forward until the timeline region is reached, checking each stop shows focus.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      if (!active || active === document.body) return 'none';
      // A date field's parts take focus inside it; the ring is drawn around its label.
      const el = (active.matches('input[type=date]') && active.closest('label')) || active;
      const style = getComputedStyle(el);
      return `${style.outlineStyle} ${style.outlineWidth} ${el.tagName}.${el.className}`;
    });
    expect(outline).not.toMatch(/^none|^\S+ 0px/);
    if (await page.locator('.timeline-wrap').evaluate((el) => el === document.activeElement)) break;
  }
  await expect(page.locator('.timeline-wrap')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 2 })).not.toHaveText('How the story unfolded');
});

test('at 200% zoom (640px wide) nothing is cut off sideways', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 400 });
  await openView(page, '/events/macron-trump-meeting');
  await timelineReady(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await saveScreenshot(page, 'event-zoom-200');
});
