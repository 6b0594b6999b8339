import type { Page } from '@playwright/test';
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ITEM, openView, shippedIndex, timelineReady, viewPath, watchConsole } from './story';
import { expect, test } from './test';

const index = shippedIndex();
const event = index.events.find((e) => e.id === 'paris-summit')!;
const article = index.articles[0]!;
const actor = index.actors.find((a) => a.id === 'macron')!;
const topic = index.topics.find((t) => t.id === 'us-backstop')!;
const quote = index.quotes.find((q) => q.speakerId)!;
const position = index.positions[0]!;
const name = (id: string) => index.actors.find((a) => a.id === id)!.name;
const topicName = (id: string) => index.topics.find((t) => t.id === id)!.name;
const speaker = name(quote.speakerId!);

/** One page of each kind, what its panel's heading says, and a piece of its content. */
const KINDS = [
  { kind: 'overview', path: '/', heading: 'How the story unfolded', content: index.events[0]!.title },
  { kind: 'event', path: `/events/${event.id}/`, heading: event.title, content: event.evidence[0]!.quote },
  {
    kind: 'article',
    path: `/articles/${article.id}/`,
    heading: article.title,
    content: article.publisher ?? article.title,
  },
  { kind: 'actor', path: `/actors/${actor.id}/`, heading: actor.name, content: actor.role ?? actor.name },
  { kind: 'topic', path: `/topics/${topic.id}/`, heading: topic.name, content: topic.description },
  {
    kind: 'actor on a topic',
    path: `/actors/${position.actorId}/topics/${position.topicId}/`,
    heading: `${name(position.actorId)} on ${topicName(position.topicId)}`,
    content: position.evidence[0]!.quote,
  },
  {
    kind: 'quote',
    path: `/quotes/${quote.id}/`,
    heading: `Quote: ${quote.speakerLabel}`,
    content: quote.text,
  },
  {
    kind: 'position',
    path: `/positions/${position.id}/`,
    heading: `${name(position.actorId)} on ${topicName(position.topicId)}: ${position.stance}`,
    content: position.evidence[0]!.quote,
  },
  { kind: 'stance matrix', path: '/matrix/', heading: 'Who stands where', content: topic.name },
  {
    kind: 'stances over time',
    path: `/matrix/${topic.id}/`,
    heading: `${topic.name}: stances over time`,
    content: 'The same as a table',
  },
  { kind: 'search', path: '/search/', heading: 'Search', content: 'Type in the search box' },
] as const;

function builtPage(path: string): Document {
  return new JSDOM(readFileSync(join('dist', path, 'index.html'), 'utf8')).window.document;
}
const meta = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

test.describe('every view is a real page', () => {
  for (const page of KINDS) {
    test(`${page.kind}: readable without JavaScript, with its own title and preview tags`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const tab = await context.newPage();
      const response = await tab.goto(page.path);
      expect(response?.status()).toBe(200);
      await expect(tab.getByRole('heading', { level: 2, name: page.heading, exact: true })).toBeVisible();
      await expect(tab.locator('#panel')).toContainText(page.content);
      await expect(tab).toHaveTitle(
        page.heading === 'How the story unfolded'
          ? 'Peace Plan Explorer'
          : `${page.heading} · Peace Plan Explorer`,
      );
      const canonical = await tab.locator('link[rel="canonical"]').getAttribute('href');
      expect(new URL(canonical!).pathname).toBe(page.path);
      await expect(tab.locator('meta[property="og:url"]')).toHaveAttribute('content', canonical!);
      await context.close();
    });
  }

  test('a crawler reads each kind of page’s own tags from the built files', () => {
    for (const page of KINDS) {
      const doc = builtPage(page.path);
      const headline = page.kind === 'overview' ? 'Peace Plan Explorer' : page.heading;
      expect(meta(doc, 'og:title'), page.kind).toBe(headline);
      expect(meta(doc, 'twitter:title'), page.kind).toBe(headline);
      expect(meta(doc, 'og:site_name')).toBe('Peace Plan Explorer');
      expect(meta(doc, 'twitter:card')).toBe('summary');
      expect(meta(doc, 'description')!.length, page.kind).toBeGreaterThan(20);
      expect(meta(doc, 'og:description'), page.kind).toBe(meta(doc, 'description'));
    }
    // An event previews with its date and summary; a quote with the verbatim words and who said them.
    expect(meta(builtPage(`/events/${event.id}/`), 'og:description')).toContain('27 March 2025');
    expect(meta(builtPage(`/events/${event.id}/`), 'article:published_time')).toBe(event.date);
    const quoteDescription = meta(builtPage(`/quotes/${quote.id}/`), 'og:description')!;
    expect(quoteDescription).toContain(`“${quote.text}”`);
    expect(quoteDescription).toContain(speaker);
  });

  test('the evidence on a page without JavaScript names its outlet and date and links the original', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`/events/${event.id}/`);
    const evidence = tab.locator('.evidence').first();
    const source = index.articles.find((a) => a.id === event.evidence[0]!.articleId)!;
    await expect(evidence).toContainText(source.publisher!);
    await expect(evidence.getByRole('link', { name: /^Original/ })).toHaveAttribute(
      'href',
      new RegExp(`^${source.sourceUrl!.replace(/[.?+]/g, '\\$&')}#:~:text=`),
    );
    // Links between pages work without JavaScript: they are real addresses.
    await tab
      .getByRole('link', { name: name(event.actorIds[0]!), exact: true })
      .first()
      .click();
    await expect(tab).toHaveURL(new RegExp(`/actors/${event.actorIds[0]}/$`));
    await expect(tab.getByRole('heading', { level: 2, name: name(event.actorIds[0]!) })).toBeVisible();
    await context.close();
  });
});

test.describe('old links keep working', () => {
  for (const [old, now] of [
    [
      `/#/events/${event.id}?actors=macron,starmer&from=2025-02-20`,
      `/events/${event.id}/?actors=macron,starmer&from=2025-02-20`,
    ],
    [`/#/matrix/${topic.id}`, `/matrix/${topic.id}/`],
    [
      `/#/articles/${article.id}?s=${event.evidence[0]!.sentenceId}`,
      `/articles/${article.id}/?s=${event.evidence[0]!.sentenceId}`,
    ],
    ['/#/?view=list&group=actor', '/?view=list&group=actor'],
  ] as const) {
    test(`${old} lands on ${now}`, async ({ page }) => {
      await page.goto(old);
      await expect(page).toHaveURL((url) => url.pathname + url.search === now);
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    });
  }
});

test('an address that matches no view gets a 404 page that says so and offers the overview', async ({
  browser,
}) => {
  for (const javaScriptEnabled of [false, true]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const response = await page.goto('/no/such/view/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 2, name: 'Not found' })).toBeVisible();
    await expect(page).toHaveTitle('Page not found · Peace Plan Explorer');
    await page.getByRole('link', { name: 'Back to the overview' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'How the story unfolded' })).toBeVisible();
    await context.close();
  }
});

async function holdData(page: Page) {
  const held: (() => void)[] = [];
  let waiting = 0;
  await page.route('**/data/index.json', async (route) => {
    waiting += 1;
    await new Promise<void>((release) => held.push(release));
    await route.fallback();
  });
  return {
    requested: () => waiting > 0,
    release: () => held.splice(0).forEach((release) => release()),
  };
}

test('the app takes over a page in place: no console errors, nothing moves, focus and scroll kept', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  const errors = watchConsole(page);
  const data = await holdData(page);
  await openView(page, `/actors/${actor.id}`);
  const heading = page.getByRole('heading', { level: 2, name: actor.name });
  await expect(heading).toBeVisible();
  await expect(page.locator('#root[data-prerendered]')).toHaveCount(1);
  await expect.poll(data.requested).toBe(true);

  // The reader puts focus on a link and scrolls the panel while the app is still loading.
  const panel = page.locator('.panel-pane');
  const link = page.locator('.actor-panel a[href*="/events/"]').first();
  const linkText = await link.textContent();
  await link.focus();
  await panel.evaluate((el) => el.scrollBy(0, -40));
  const scrolled = await panel.evaluate((el) => el.scrollTop);
  expect(scrolled).toBeGreaterThan(0);
  const before = await heading.boundingBox();

  data.release();
  await expect(page.locator('#root[data-prerendered]')).toHaveCount(0);
  await timelineReady(page);
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(linkText);
  expect(await panel.evaluate((el) => el.scrollTop)).toBe(scrolled);
  expect(await heading.boundingBox()).toEqual(before);
  expect(errors).toEqual([]);
});

test('once taken over, each kind of page runs with a clean console', async ({ page }) => {
  const errors = watchConsole(page);
  for (const { path, heading } of KINDS) {
    await page.goto(viewPath(path));
    await expect(page.locator('#root[data-prerendered]')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
    await expect(page.locator(ITEM).first()).toBeVisible();
  }
  expect(errors).toEqual([]);
});
