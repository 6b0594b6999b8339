import type { Page } from '@playwright/test';
import type { Position } from '../../src/model';
import { ITEM, openView, saveScreenshot, shippedIndex, timelineReady } from './story';
import { expect, test } from './test';

const index = shippedIndex();
const actorName = (id: string) => index.actors.find((a) => a.id === id)!.name;
const topicName = (id: string) => index.topics.find((t) => t.id === id)!.name;
const ordered = [...index.events].sort(
  (a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title),
);
const STANCE_SCALE = ['supports', 'conditional', 'ambiguous', 'skeptical', 'opposes'];

// The topic whose positions changed most, worked out here from the data.
function changesOn(topicId: string): [Position, Position][] {
  const byActor = new Map<string, Position[]>();
  for (const p of index.positions.filter((p) => p.topicId === topicId))
    byActor.set(p.actorId, [...(byActor.get(p.actorId) ?? []), p]);
  return [...byActor.values()].flatMap((list) => {
    const sorted = [...list].sort((a, b) => a.date.localeCompare(b.date));
    return sorted
      .slice(1)
      .flatMap((p, i) => (p.stance !== sorted[i]!.stance ? [[sorted[i]!, p] as [Position, Position]] : []));
  });
}
const topicWithChange = index.topics.find((t) => changesOn(t.id).length > 0)!;
const [before, after] = changesOn(topicWithChange.id)[0]!;

const WIDTHS = [
  ['desktop', 1280, 800],
  ['phone', 390, 844],
] as const;

async function atWidth(page: Page, width: number, height: number) {
  await page.setViewportSize({ width, height });
}

for (const [device, width, height] of WIDTHS) {
  test.describe(`at ${device} width`, () => {
    test('stances over time: a row per actor, bands with symbol and word, a change marked, a band opens its evidence', async ({
      page,
    }) => {
      await atWidth(page, width, height);
      await openView(page, `/matrix/${topicWithChange.id}`);
      const chart = page.getByRole('region', { name: `${topicWithChange.name}: stances over time, chart` });
      await expect(chart).toBeVisible();
      const actors = new Set(
        index.positions.filter((p) => p.topicId === topicWithChange.id).map((p) => p.actorId),
      );
      for (const id of actors)
        await expect(chart.getByRole('link', { name: actorName(id), exact: true })).toBeVisible();
      const band = chart.getByRole('link', {
        name: new RegExp(`^${actorName(after.actorId)}: ${after.stance} from .*, a change$`),
      });
      await expect(band).toHaveCount(1);
      await expect(band).toContainText(after.stance);
      await expect(chart.locator('.stance-band')).toHaveCount(
        index.positions.filter((p) => p.topicId === topicWithChange.id).length,
      );
      // The same data as a table, for screen readers.
      await expect(
        page.getByRole('table', { name: new RegExp(`${topicWithChange.name}: each actor`) }),
      ).toBeVisible();
      await saveScreenshot(page, `stances-over-time-${device}`);

      await band.scrollIntoViewIfNeeded();
      await band.click();
      await expect(
        page.getByRole('heading', {
          level: 2,
          name: `${actorName(after.actorId)} on ${topicName(after.topicId)}: ${after.stance}`,
        }),
      ).toBeVisible();
      expect(page.url()).toContain(`/positions/${after.id}/`);
      await expect(page.locator('.evidence blockquote').first()).toContainText(
        after.evidence[0]!.quote.slice(0, 20),
      );
      await expect(page.getByText(`Changed from`)).toContainText(before.stance);
      await saveScreenshot(page, `position-${device}`);
    });

    test('timeline items read: full title in the label and the popover, precision, plans and kinds marked', async ({
      page,
    }) => {
      await atWidth(page, width, height);
      await openView(page, '/?view=timeline');
      await timelineReady(page);
      const monthEvent = index.events.find((e) => e.precision === 'month')!;
      const item = page.locator(ITEM).filter({ hasText: monthEvent.title });
      await expect(item.locator('.item-title')).toHaveText(monthEvent.title);
      await expect(item.locator('.item-tag')).toHaveText(/^[A-Z][a-z]{2} \d{4}$/);
      await expect(item).toHaveClass(/precision-month/);
      const planned = index.events.find((e) => e.planned && e.precision === 'day')!;
      await expect(page.locator(ITEM).filter({ hasText: planned.title }).locator('.item-tag')).toHaveText(
        'planned',
      );
      await expect(page.locator(`${ITEM} .item-icon`)).toHaveCount(await page.locator(ITEM).count());

      if (device === 'desktop') {
        await item.hover();
        const popover = page.getByRole('tooltip');
        await expect(popover).toContainText(monthEvent.title);
        await expect(popover).toContainText('known to the month');
      }
      await saveScreenshot(page, `timeline-labels-${device}`);
    });
  });
}

test('the popover follows the keyboard: → on the timeline shows the opened event’s full title', async ({
  page,
}) => {
  await openView(page, '/');
  await timelineReady(page);
  await page.locator('.timeline-wrap').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tooltip')).toContainText(ordered[0]!.title);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tooltip')).toContainText(ordered[1]!.title);
});

test('the event panel says how exactly its date is known, whether it happened, and who checked it', async ({
  page,
}) => {
  const monthEvent = index.events.find((e) => e.precision === 'month')!;
  await openView(page, `/events/${monthEvent.id}`);
  await expect(page.getByText('(date known to the month)')).toBeVisible();
  await expect(page.getByText(/^Checked by an editor|^Found automatically/)).toBeVisible();
  const planned = index.events.find((e) => e.planned)!;
  await openView(page, `/events/${planned.id}`);
  await expect(page.getByText('it had not happened when reported')).toBeVisible();
});

test('no pipeline words anywhere a reader looks', async ({ page }) => {
  for (const route of ['/', '/events/paris-summit', '/?provenance=curated', '/matrix', '/actors/macron']) {
    await openView(page, route);
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    const text = await page.locator('body').innerText();
    expect(text, route).not.toMatch(/curated|extracted|provenance/i);
  }
  await page.getByText('Checked', { exact: true }).isVisible();
});

test('an open actor panel makes that actor’s events stand out and fades the rest', async ({ page }) => {
  for (const [device, width, height] of WIDTHS) {
    await atWidth(page, width, height);
    await openView(page, '/actors/meloni');
    if (device === 'phone') {
      // On a phone the panel covers the timeline; back to the timeline keeps nothing faded.
      await expect(page.getByRole('heading', { level: 2, name: 'Giorgia Meloni' })).toBeVisible();
      continue;
    }
    await timelineReady(page);
    const meloni = index.events.filter((e) => e.actorIds.includes('meloni'));
    expect(meloni.length).toBeGreaterThan(0);
    await expect(page.locator(`${ITEM}.vis-box:not(.is-faded)`)).toHaveCount(meloni.length);
    await expect(page.locator(`${ITEM}.vis-box.is-faded`)).toHaveCount(index.events.length - meloni.length);
    for (const event of meloni)
      await expect(page.locator(`${ITEM}:not(.is-faded)`).filter({ hasText: event.title })).toHaveCount(1);
    await saveScreenshot(page, 'actor-emphasis-desktop');
  }
});

test('the overview tells the story: where it starts, the latest news, the biggest change of stance', async ({
  page,
}) => {
  for (const [device, width, height] of WIDTHS) {
    await atWidth(page, width, height);
    await openView(page, '/');
    const overview = page.locator('.overview');
    await expect(overview.getByRole('link', { name: ordered[0]!.title })).toBeVisible();
    const latest = ordered.filter((e) => !e.planned).at(-1)!;
    await expect(overview.getByRole('link', { name: latest.title })).toBeVisible();
    const biggest = index.topics
      .flatMap((t) => changesOn(t.id))
      .sort(
        ([a, b], [c, d]) =>
          Math.abs(STANCE_SCALE.indexOf(d.stance) - STANCE_SCALE.indexOf(c.stance)) -
            Math.abs(STANCE_SCALE.indexOf(b.stance) - STANCE_SCALE.indexOf(a.stance)) ||
          d.date.localeCompare(b.date),
      )[0]!;
    const link = overview.getByRole('link', {
      name: `${actorName(biggest[1].actorId)} on ${topicName(biggest[1].topicId)}`,
    });
    await expect(link).toBeVisible();
    await saveScreenshot(page, `overview-${device}`);
    await link.click();
    expect(page.url()).toContain(`/positions/${biggest[1].id}/`);
  }
});
