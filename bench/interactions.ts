/**
 * Browser interactions and how long each takes to paint: zoom (a wheel turn), pan (a drag), a filter
 * change in the app (its URL) or in the baseline page. The probe (`probe.ts`) in the page reports the
 * first paint after the input and when the DOM settles.
 */
import type { Page } from '@playwright/test';

/** Quiet time that ends a measured interaction, and the shorter one inside the 100-change loop. */
export const QUIET_MS = 400;
export const QUIET_FAST_MS = 60;

export interface Interaction {
  firstPaint: number;
  settled: number;
  mutations: number;
  timedOut: boolean;
  error?: string;
}

export async function settle(page: Page, quietMs = QUIET_MS, timeoutMs = 60_000): Promise<Interaction> {
  await page.evaluate(() => window.__bench!.arm('now'));
  return page.evaluate(([q, t]) => window.__bench!.result(q!, t!), [quietMs, timeoutMs]);
}

async function timelineBox(page: Page) {
  const box = await page.locator('.vis-panel.vis-center').first().boundingBox();
  if (!box) throw new Error('no .vis-center panel');
  return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 200) };
}

export async function measureZoom(page: Page): Promise<Interaction> {
  const { x, y } = await timelineBox(page);
  await page.mouse.move(x, y);
  await page.evaluate(() => window.__bench!.arm('wheel'));
  await page.mouse.wheel(0, -300);
  return page.evaluate(([q]) => window.__bench!.result(q!, 60_000), [QUIET_MS]);
}

export async function measurePan(page: Page): Promise<Interaction> {
  const { x, y } = await timelineBox(page);
  await page.mouse.move(x, y);
  await page.mouse.down();
  // Past the drag threshold first, so the measured move is a pan in progress.
  await page.mouse.move(x - 20, y, { steps: 2 });
  await page.evaluate(() => window.__bench!.arm('pointermove'));
  await page.mouse.move(x - 220, y);
  await page.mouse.up();
  return page.evaluate(([q]) => window.__bench!.result(q!, 60_000), [QUIET_MS]);
}

/** App: add `actors=<id>` to the current address, keeping the window, as the app's own links do. */
export async function appFilter(page: Page, actorId: string, quietMs: number): Promise<Interaction> {
  await page.evaluate((actor) => {
    window.__bench!.arm('now');
    const params = new URLSearchParams(location.search);
    params.set('actors', actor);
    history.pushState(null, '', `${location.pathname}?${params.toString()}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, actorId);
  return page.evaluate(([q]) => window.__bench!.result(q!, 60_000), [quietMs]);
}

export async function baselineFilter(page: Page, subset: boolean, quietMs: number): Promise<Interaction> {
  await page.evaluate((sub) => {
    window.__bench!.arm('now');
    if (sub) window.__baseline!.filterSubset();
    else window.__baseline!.filterAll();
  }, subset);
  return page.evaluate(([q]) => window.__bench!.result(q!, 120_000), [quietMs]);
}

export async function visibleItemCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('.vis-item').length);
}

declare global {
  interface Window {
    __bench?: {
      state: {
        firstItem: number | null;
        firstItemSeen: number | null;
        firstTitle: number | null;
        lastMutation: number;
      };
      arm(trigger: 'now' | 'wheel' | 'pointermove'): void;
      result(quietMs: number, timeoutMs: number): Promise<Interaction>;
    };
    // __baseline is declared by the baseline page itself (bench/baseline/main.ts).
  }
}
