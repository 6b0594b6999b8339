import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { dataIndex, type DataIndex } from '../../src/model';

/** The shipped data, read the same way the app reads it. */
export function shippedIndex(): DataIndex {
  return dataIndex.parse(JSON.parse(readFileSync('public/data/index.json', 'utf8')));
}

/**
 * Opens a view by its address, e.g. `/events/x?actors=macron`, written as the app writes it: a
 * folder per view, so the path ends in `/` (`/events/x/?actors=macron`).
 */
export function viewPath(route: string): string {
  const [path = '/', query] = route.split(/\?(.*)/s);
  return `${path.endsWith('/') ? path : `${path}/`}${query !== undefined ? `?${query}` : ''}`;
}

export async function openView(page: Page, route: string) {
  await page.goto(viewPath(route));
}

/** A drawn timeline item (boxes also draw a line and a dot that carry the class vis-item). */
export const ITEM = '.vis-timeline .vis-item:not(.vis-dot):not(.vis-line)';

export async function timelineReady(page: Page) {
  await expect(page.locator(ITEM).first()).toBeVisible();
}

/** Screenshots go to a git-ignored folder for people to look at; nothing compares them. */
export async function saveScreenshot(page: Page, name: string) {
  mkdirSync('screenshots', { recursive: true });
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage: false });
}

/** Collects uncaught errors and console errors, to assert a clean console. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}
