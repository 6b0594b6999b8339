import type { Page } from '@playwright/test';
import { makeActor, makeArticle, makeEvent, makeIndex, SENTENCE, summaryOf } from '../fixtures/story';
import { hostileCases } from './hostileLinks';
import { ITEM, openView, shippedIndex, timelineReady, viewPath, watchConsole } from './story';
import { expect, test } from './test';

const index = shippedIndex();
const ordered = [...index.events].sort(
  (a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title),
);
const errorScreen = (page: Page) => page.getByText('Could not load the story data');
const notice = (page: Page) => page.locator('.url-notice');

test.describe('links edited by hand never take the explorer down', () => {
  const cases: [string, string[], (page: Page) => Promise<void>][] = [
    [
      '/?actors=',
      ['actors= has no value'],
      async (page) => {
        await expect(page.getByText(`${index.events.length} of ${index.events.length} events`)).toBeVisible();
      },
    ],
    [
      '/?actors=Macron',
      ['actors=Macron is not an actor id'],
      async (page) => {
        await expect(page.getByText(`${index.events.length} of ${index.events.length} events`)).toBeVisible();
      },
    ],
    ['/?topics=,', ['topics=, has no value'], async () => {}],
    ['/?stances=x', ['stances=x is not a stance'], async () => {}],
    ['/?kinds=bogus', ['kinds=bogus is not a kind of event'], async () => {}],
    [
      '/events/macron-trump-meeting?kinds=',
      ['kinds= has no value'],
      async (page) => {
        const event = index.events.find((e) => e.id === 'macron-trump-meeting')!;
        await expect(page.getByRole('heading', { level: 2, name: event.title })).toBeVisible();
      },
    ],
    [
      '/matrix?actors=Macron',
      ['actors=Macron is not an actor id'],
      async (page) => {
        await expect(page.getByRole('heading', { level: 2, name: 'Who stands where' })).toBeVisible();
      },
    ],
    [
      '/?from=9',
      ['from=9 is not a date written YYYY-MM-DD'],
      async (page) => {
        await expect(page.getByText(`${index.events.length} of ${index.events.length} events`)).toBeVisible();
        await expect(page.getByRole('list', { name: 'Active filters' })).toHaveCount(0);
      },
    ],
    [
      '/?provenance=bogus',
      ['provenance=bogus is not'],
      async (page) => {
        await expect(page.getByText(`${index.events.length} of ${index.events.length} events`)).toBeVisible();
      },
    ],
    [
      '/?constructor=1',
      ['constructor=1 is not a setting this app knows'],
      async (page) => {
        await expect(notice(page)).not.toContainText('function');
      },
    ],
    [
      '/?group=bogus',
      ['group=bogus is not a grouping'],
      async (page) => {
        await timelineReady(page);
        await expect(page.getByLabel('Rows')).toHaveValue('none');
      },
    ],
  ];
  for (const [route, named, rest] of cases) {
    test(`${route}: no error screen, the notice names what was ignored, the rest applies`, async ({
      page,
    }) => {
      const errors = watchConsole(page);
      await openView(page, route);
      for (const text of named) await expect(notice(page)).toContainText(text);
      await rest(page);
      await expect(page.locator(ITEM).first()).toBeVisible();
      await expect(errorScreen(page)).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  }

  test('an impossible or half window is named and the whole story is shown instead', async ({ page }) => {
    await openView(page, '/');
    const timeline = page.getByRole('region', { name: /^Timeline: / });
    const whole = await timeline.getAttribute('aria-label');
    await openView(page, '/?start=2025-02-30&end=2025-03-01');
    await expect(notice(page)).toContainText('start=2025-02-30 is not a date written YYYY-MM-DD');
    await expect(notice(page)).toContainText('end=2025-03-01 is used only together with "start"');
    await expect(page.getByRole('region', { name: /^Timeline: / })).toHaveAttribute('aria-label', whole!);
  });

  test('nonsense window dates never reach the screen as "Invalid" or "NaN"', async ({ page }) => {
    for (const route of ['/?start=x&end=y', '/?start=x&end=y&view=list']) {
      await openView(page, route);
      await expect(notice(page)).toContainText('start=x is not a date');
      await expect(page.locator('body')).not.toContainText(/Invalid|NaN/);
    }
    await expect(
      page.getByRole('list', { name: `${index.events.length} events in time order` }),
    ).toBeVisible();
  });
});

test('→ steps through every event in time order while focus stays on the timeline', async ({ page }) => {
  await openView(page, '/');
  await timelineReady(page);
  const timeline = page.locator('.timeline-wrap');
  await timeline.focus();
  for (const event of ordered) {
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('heading', { level: 2, name: event.title })).toBeVisible();
    await expect(timeline).toBeFocused();
  }
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('heading', { level: 2, name: ordered.at(-2)!.title })).toBeVisible();
  // The step is announced for screen-reader users.
  await expect(page.locator('.timeline-wrap [aria-live]')).toContainText(
    `Event ${ordered.length - 1} of ${ordered.length}: ${ordered.at(-2)!.title}`,
  );
});

test('Escape closes an open filter picker and returns focus to it, leaving the panel open', async ({
  page,
}) => {
  const event = ordered[0]!;
  await openView(page, `/events/${event.id}`);
  const picker = page.locator('details.facet', { hasText: 'Actors' });
  await picker.locator('summary').click();
  await expect(picker).toHaveAttribute('open', '');
  await picker.getByRole('searchbox').focus();
  await page.keyboard.press('Escape');
  await expect(picker).not.toHaveAttribute('open', '');
  await expect(picker.locator('summary')).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: event.title })).toBeVisible();
});

test.describe('a very large story keeps panels small', () => {
  // 50,000 events, all by one actor and citing one sentence of one article.
  const COUNT = 50_000;
  const article = makeArticle();
  const big = makeIndex({
    actors: [makeActor()],
    articles: [summaryOf(article)],
    events: Array.from({ length: COUNT }, (_, i) =>
      makeEvent({ id: `e${i}`, title: `Meeting number ${i}`, date: i % 2 ? '2025-02-24' : '2025-02-25' }),
    ),
  });
  const body = JSON.stringify(big);

  test.beforeEach(async ({ page }) => {
    test.setTimeout(120_000);
    await page.route('**/data/index.json', (route) =>
      route.fulfill({ contentType: 'application/json', body }),
    );
    await page.route(`**/data/articles/${article.id}.json`, (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ schemaVersion: 1, article }) }),
    );
  });

  test('the article shows a few of the sentence’s 50,000 uses and offers the rest', async ({ page }) => {
    await openView(page, `/articles/${article.id}`);
    const sentence = page.locator(`#sentence-${SENTENCE.id}`);
    await expect(sentence).toBeVisible();
    const uses = page.locator('.article-text .use-link');
    await expect(uses).toHaveCount(3);
    await expect(page.getByRole('button', { name: `and ${COUNT - 3} more` })).toBeVisible();
    await expect(
      page.getByRole('list', { name: 'Events from this article' }).getByRole('listitem'),
    ).toHaveCount(50);
    const nodes = await page.locator('.panel-pane').evaluate((el) => el.querySelectorAll('*').length);
    expect(nodes).toBeLessThan(3000);
  });

  test('the actor panel lists a page of events and shows more on request', async ({ page }) => {
    await openView(page, '/actors/macron');
    const events = page.locator('.actor-panel ol.event-list > li');
    await expect(events).toHaveCount(50);
    await page.getByRole('button', { name: `Show 50 more events (${COUNT - 50} not shown)` }).click();
    await expect(events).toHaveCount(100);
  });

  test('search over 50,000 events finds them and shows a page of each kind', async ({ page }) => {
    await openView(page, '/search?q=meeting');
    await expect(page.getByRole('heading', { level: 3, name: `Events (${COUNT})` })).toBeVisible();
    await expect(page.locator('.search-results').first().locator('li')).toHaveCount(8);
  });
});

test('the link fuzzer: 300 hostile addresses, no error screen, no page error, every notice accurate', async ({
  page,
}) => {
  // A ceiling, not a timing window: 300 addresses, each waited for, take over two minutes on a slow, busy machine.
  test.setTimeout(360_000);
  const errors = watchConsole(page);
  await openView(page, '/');
  await timelineReady(page);
  const cases = hostileCases(300);
  for (const [i, c] of cases.entries()) {
    // A marker nobody else writes: once the notice names it, the page shows this case.
    const marker = `fuzz${i}=1`;
    // In the page, as the app's own links do: push the address and let the router follow it.
    await page.evaluate(
      (address) => {
        window.history.pushState(null, '', address);
        window.dispatchEvent(new PopStateEvent('popstate'));
      },
      viewPath(`${c.route}&${marker}`),
    );
    const text = notice(page);
    await expect(text, c.route).toContainText(`${marker} is not a setting this app knows`);
    const said = (await text.textContent()) ?? '';
    for (const part of c.named) expect(said, `${c.route} should name ${part}`).toContain(`${part} `);
    for (const part of c.notNamed)
      expect(said, `${c.route} should not name ${part}`).not.toContain(`${part} `);
    for (const name of c.namedParams) expect(said, `${c.route} should name ${name}`).toContain(`${name}=`);
    await expect(errorScreen(page)).toHaveCount(0);
  }
  expect(errors).toEqual([]);
});
