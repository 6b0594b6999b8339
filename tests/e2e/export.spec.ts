import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Position, StoryEvent } from '../../src/model';
import { openView, saveScreenshot, shippedIndex, timelineReady, watchConsole } from './story';
import { expect, test } from './test';

/**
 * Downloads of the current view, parsed back with independent parsers and compared with what
 * the view shows, worked out here from public/data/index.json without the app's code.
 */
const index = shippedIndex();
const actorName = new Map(index.actors.map((a) => [a.id, a.name]));
const articles = new Map(index.articles.map((a) => [a.id, a]));

/** The last day an event covers, worked out with the Date API. */
function lastDay(item: { date: string; precision: string; endDate?: string }): string {
  if (item.endDate) return item.endDate;
  const [y, m, d] = item.date.split('-').map(Number) as [number, number, number];
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  if (item.precision === 'day') return item.date;
  if (item.precision === 'week') return iso(Date.UTC(y, m - 1, d + 6));
  if (item.precision === 'month') return iso(Date.UTC(y, m, 0));
  return `${y}-12-31`;
}

/** In a window whose `end` is the first day no longer shown. */
const shows = (item: { date: string; precision: string; endDate?: string }, start?: string, end?: string) =>
  !start || !end || (item.date < end && lastDay(item) >= start);

/** By date, then by title as a reader's list sorts it (a leading quote mark does not count), then by id. */
const timeOrder = (a: StoryEvent, b: StoryEvent) =>
  a.date.localeCompare(b.date) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);

function expectedView(keep: (e: StoryEvent) => boolean, start?: string, end?: string) {
  const events = index.events.filter((e) => keep(e) && shows(e, start, end)).sort(timeOrder);
  const eventIds = new Set(events.map((e) => e.id));
  const quotes = index.quotes.filter((q) => q.eventId && eventIds.has(q.eventId));
  const positions = index.positions.filter(
    (p: Position) =>
      events.some((e) => e.actorIds.includes(p.actorId) && e.topicIds.includes(p.topicId)) &&
      shows(p, start, end),
  );
  return { events, quotes, positions };
}

async function download(page: Page, button: string) {
  await page.getByText('Download', { exact: true }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await downloading;
  const path = await file.path();
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toContainText(
    file.suggestedFilename(),
  );
  // Closed again, so the next download opens it afresh.
  await page.getByText('Download', { exact: true }).click();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

function parseCsv(text: string) {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** Where the explorer runs in this test: its origin (the site is served from the root). */
const appAddress = (page: Page) => new URL(page.url()).origin;

test.describe('downloading the view', () => {
  // Events about the US backstop that cover a day from 25 February up to, not including, 1 March.
  const route = '/?topics=us-backstop&start=2025-02-25&end=2025-03-01';
  const expected = expectedView((e) => e.topicIds.includes('us-backstop'), '2025-02-25', '2025-03-01');

  test('the events as CSV: one row per event the view shows, with names, evidence and addresses', async ({
    page,
  }) => {
    const errors = watchConsole(page);
    await openView(page, route);
    await timelineReady(page);
    const file = await download(page, 'Events (CSV)');
    expect(file.name).toBe('peace-plan-events-2025-02-25-to-2025-02-28.csv');
    const rows = parseCsv(file.text);
    expect(expected.events.length).toBeGreaterThan(1);
    expect(rows.map((r) => r.id)).toEqual(expected.events.map((e) => e.id));
    const base = appAddress(page);
    rows.forEach((row, i) => {
      const event = expected.events[i]!;
      expect(row.title).toBe(event.title);
      expect(row.date).toBe(event.date);
      expect(row.precision).toBe(event.precision);
      expect(row.status).toBe(event.planned ? 'planned' : 'happened');
      expect(row.actors!.split('\n')).toEqual(event.actorIds.map((id) => actorName.get(id)));
      expect(row.evidence_sentences!.split('\n')).toEqual(event.evidence.map((e) => e.quote));
      expect(row.evidence_outlets!.split('\n')).toEqual(
        event.evidence.map((e) => articles.get(e.articleId)!.publisher ?? ''),
      );
      expect(row.evidence_original_addresses!.split('\n')).toEqual(
        event.evidence.map((e) => articles.get(e.articleId)!.sourceUrl),
      );
      expect(row.explorer_address).toBe(`${base}/events/${event.id}/`);
    });
    expect(errors).toEqual([]);
  });

  test('quotes and positions as CSV, and all three as JSON, hold the same items', async ({ page }) => {
    await openView(page, route);
    await timelineReady(page);
    const quotes = parseCsv((await download(page, 'Quotes (CSV)')).text);
    expect(quotes.map((q) => q.id).sort()).toEqual(expected.quotes.map((q) => q.id).sort());
    expect(quotes.length).toBeGreaterThan(0);
    for (const row of quotes) {
      const quote = index.quotes.find((q) => q.id === row.id)!;
      expect(row.text).toBe(quote.text);
      expect(row.evidence_sentences).toBe(quote.evidence.quote);
    }

    const positions = parseCsv((await download(page, 'Positions (CSV)')).text);
    expect(positions.map((p) => p.id).sort()).toEqual(expected.positions.map((p) => p.id).sort());
    expect(positions.length).toBeGreaterThan(0);

    const json = JSON.parse((await download(page, 'Events, quotes and positions (JSON)')).text);
    expect(json.view).toBe(page.url());
    expect(json.window).toEqual({ start: '2025-02-25', end: '2025-03-01' });
    expect(json.filters).toEqual({ topics: ['us-backstop'] });
    expect(json.events.map((e: { id: string }) => e.id)).toEqual(expected.events.map((e) => e.id));
    expect(json.quotes.map((q: { id: string }) => q.id).sort()).toEqual(
      expected.quotes.map((q) => q.id).sort(),
    );
    expect(json.positions.map((p: { id: string }) => p.id).sort()).toEqual(
      expected.positions.map((p) => p.id).sort(),
    );
    const first = json.events[0];
    expect(first.topics.map((t: { name: string }) => t.name)).toContain(
      index.topics.find((t) => t.id === 'us-backstop')!.name,
    );
    expect(first.evidence[0].originalAtSentence).toMatch(/#:~:text=/);
  });

  test('without a window, every filtered event; the calendar file has one all-day entry each', async ({
    page,
  }) => {
    await openView(page, '/?kinds=meeting');
    await timelineReady(page);
    const meetings = expectedView((e) => e.kind === 'meeting').events;
    await page.getByText('Download', { exact: true }).click();
    await expect(page.getByText(`${meetings.length} events: all those the filters show`)).toBeVisible();
    await page.getByText('Download', { exact: true }).click();

    const file = await download(page, 'Events for a calendar (.ics)');
    expect(file.name).toBe('peace-plan-events.ics');
    expect(file.text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(file.text));
    const entries = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(entries.map((e) => e.uid)).toEqual(meetings.map((e) => `${e.id}@peace-plan-explorer`));
    entries.forEach((entry, i) => {
      const event = meetings[i]!;
      expect(entry.startDate.isDate).toBe(true);
      expect(entry.startDate.toString()).toBe(event.date);
      const after = new Date(`${lastDay(event)}T00:00:00Z`);
      after.setUTCDate(after.getUTCDate() + 1);
      expect(entry.endDate.toString()).toBe(after.toISOString().slice(0, 10));
      expect(entry.summary).toContain(event.title);
      expect(entry.description).toMatch(new RegExp(`^Date known to the ${event.precision}`));
      expect(entry.description).toContain(event.evidence[0]!.quote);
    });
    // A week given with its own end date (24 February to 2 March) ends on 3 March.
    const visit = entries.find((e) => e.uid.startsWith('zelensky-washington-visit@'));
    expect(visit?.endDate.toString()).toBe('2025-03-03');
  });

  // One test per width: a page load and an axe scan each, which on a loaded two-core machine took most of the
  // default 30 s when both widths shared one test.
  for (const width of [1280, 390]) {
    test(`the open download menu has no serious accessibility violations (${width}px)`, async ({ page }) => {
      // 8–13 s idle; an axe scan of the whole page on a machine twice as slow comes near the default 30 s.
      test.setTimeout(60_000);
      await page.setViewportSize({ width, height: width > 500 ? 800 : 844 });
      await openView(page, route);
      await timelineReady(page);
      await page.getByText('Download', { exact: true }).click();
      await expect(page.getByRole('button', { name: 'Events (CSV)' })).toBeVisible();
      await saveScreenshot(page, `download-menu-${width}`);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => v.id)).toEqual([]);
      // Escape closes it and puts focus back on its button.
      await page.keyboard.press('Escape');
      await expect(page.getByRole('button', { name: 'Events (CSV)' })).toBeHidden();
      await expect(page.getByText('Download', { exact: true })).toBeFocused();
    });
  }
});
