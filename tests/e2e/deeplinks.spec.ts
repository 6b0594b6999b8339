import { expect, test } from './test';
import { openView, saveScreenshot, shippedIndex, timelineReady, viewPath, watchConsole } from './story';

const index = shippedIndex();
const event = index.events.find((e) => e.id === 'macron-trump-meeting')!;
const evidence = event.evidence[0]!;
const article = index.articles.find((a) => a.id === evidence.articleId)!;
const actor = index.actors.find((a) => a.id === 'macron')!;
const topic = index.topics.find((t) => t.id === 'us-backstop')!;
const trump = index.actors.find((a) => a.id === 'trump')!;
const quote = index.quotes.find((q) => q.id === 'meloni-premature')!;

const views = [
  { name: 'event', route: `/events/${event.id}`, heading: event.title },
  { name: 'article', route: `/articles/${article.id}?s=${evidence.sentenceId}`, heading: article.title },
  { name: 'actor', route: `/actors/${actor.id}`, heading: actor.name },
  { name: 'topic', route: `/topics/${topic.id}`, heading: topic.name },
  {
    name: 'actor-topic',
    route: `/actors/${trump.id}/topics/${topic.id}`,
    heading: `${trump.name} on ${topic.name}`,
  },
  { name: 'quote', route: `/quotes/${quote.id}`, heading: `Quote: ${quote.speakerLabel}` },
  { name: 'matrix', route: '/matrix', heading: 'Who stands where' },
  { name: 'topic-over-time', route: `/matrix/${topic.id}`, heading: `${topic.name}: stances over time` },
  { name: 'search', route: '/search?q=Meloni', heading: 'Search: Meloni' },
];

for (const view of views) {
  test(`the ${view.name} view opens from its link, survives a reload and names the tab`, async ({ page }) => {
    const errors = watchConsole(page);
    await openView(page, view.route);
    const heading = page.getByRole('heading', { level: 2, name: view.heading, exact: true });
    await expect(heading).toBeVisible();
    await expect(page).toHaveTitle(`${view.heading} · Peace Plan Explorer`);
    await timelineReady(page);
    await saveScreenshot(page, `${view.name}-desktop`);

    await page.reload();
    await expect(heading).toBeVisible();
    expect(page.url()).toContain(viewPath(view.route));

    await page.setViewportSize({ width: 390, height: 844 });
    await expect(heading).toBeVisible();
    await saveScreenshot(page, `${view.name}-phone`);
    expect(errors).toEqual([]);
  });
}

test('back and forward move between views', async ({ page }) => {
  await openView(page, `/events/${event.id}`);
  await expect(page.getByRole('heading', { level: 2, name: event.title })).toBeVisible();
  await page.getByRole('link', { name: actor.name, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: actor.name })).toBeVisible();
  expect(page.url()).toContain(`/actors/${actor.id}/`);

  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: event.title })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 2, name: actor.name })).toBeVisible();
});

test('"open in article" shows the article scrolled to the highlighted sentence', async ({ page }) => {
  await openView(page, `/events/${event.id}`);
  await page.getByRole('link', { name: 'Open in article' }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: article.title })).toBeVisible();
  const sentence = page.locator(`#sentence-${evidence.sentenceId}`);
  await expect(sentence).toBeInViewport();
  await expect(sentence).toBeFocused();
  await expect(sentence).toHaveClass(/is-target/);
  await expect(sentence).toHaveClass(/is-evidence/);
  await expect(sentence).toContainText(evidence.quote);
});

const badIds = [
  ['event', '/events/no-such-event'],
  ['article', '/articles/no-such-article'],
  ['actor', '/actors/no-such-actor'],
  ['topic', '/topics/no-such-topic'],
  ['actor-topic', `/actors/${actor.id}/topics/no-such-topic`],
  ['quote', '/quotes/no-such-quote'],
  ['matrix topic', '/matrix/no-such-topic'],
];

for (const [kind, route] of badIds) {
  test(`an unknown ${kind} id says "not found" in the panel and the timeline keeps working`, async ({
    page,
  }) => {
    const errors = watchConsole(page);
    const response = await page.goto(viewPath(route!));
    // No page was built for an unknown id: the host answers 404 with the not-found page, and the
    // app, taking over, names what is missing.
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 2, name: 'Not found' })).toBeVisible();
    await expect(page.getByText(/no-such/).first()).toBeVisible();
    await timelineReady(page);
    // The browser reports the 404 of the page itself; nothing else may go wrong.
    expect(errors.filter((e) => !e.includes('status of 404 (Not Found)'))).toEqual([]);
    expect(errors.length).toBeLessThanOrEqual(1);
  });
}

test('a malformed parameter is named in a notice and the rest of the link still applies', async ({
  page,
}) => {
  await openView(page, `/events/${event.id}?group=weekly&actors=${actor.id}&from=2025-02-31`);
  const notice = page.getByRole('alert').filter({ hasText: 'could not be used' });
  await expect(notice).toContainText('group=weekly');
  await expect(notice).toContainText('from=2025-02-31');
  await expect(page.getByRole('list', { name: 'Active filters' })).toContainText(actor.name);
  await expect(page.getByRole('heading', { level: 2, name: event.title })).toBeVisible();
});

test('an unknown sentence in an article link is named, and the article still shows', async ({ page }) => {
  await openView(page, `/articles/${article.id}?s=sdeadbeef`);
  await expect(page.getByRole('heading', { level: 2, name: article.title })).toBeVisible();
  await expect(page.getByText('This article has no sentence “sdeadbeef”')).toBeVisible();
});

test('the copy-link button copies the address of the view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openView(page, `/actors/${actor.id}?actors=${actor.id}`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(copied).toContain(`/actors/${actor.id}/?actors=${actor.id}`);
});
