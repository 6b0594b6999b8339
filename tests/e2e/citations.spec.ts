import { openView, saveScreenshot, shippedIndex, timelineReady } from './story';
import { expect, test } from './test';

/** Citations on the clipboard, and links that open the original at the cited sentence. */
const index = shippedIndex();
const event = index.events.find((e) => e.id === 'macron-trump-meeting')!;
const article = index.articles.find((a) => a.id === event.evidence[0]!.articleId)!;
const name = (id: string) => index.actors.find((a) => a.id === id)!.name;

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('an event’s citation: who, what, when, each sentence with outlet and address, the explorer address', async ({
  page,
}) => {
  await openView(page, `/events/${event.id}?actors=macron`);
  const panel = page.getByRole('article', { name: event.title });
  await panel.getByRole('button', { name: 'Copy citation' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Citation copied' })).toBeVisible();
  const lines = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
  expect(lines[0]).toBe(
    `${event.actorIds.map(name).join(', ')} (24 February 2025): Macron and Trump meet at the White House.`,
  );
  expect(lines[1]).toBe(`“${event.evidence[0]!.quote}”`);
  expect(lines[2]).toBe(`— ${article.publisher}, “${article.title}”, 25 February 2025. ${article.sourceUrl}`);
  expect(lines.filter((l) => l.startsWith('“'))).toEqual(event.evidence.map((e) => `“${e.quote}”`));
  // The item's own address, without the filters it was found with.
  expect(lines.at(-1)).toBe(`Peace Plan Explorer: ${new URL(page.url()).origin}/events/${event.id}/`);
  await saveScreenshot(page, 'citation-copied-desktop');
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(panel.getByRole('button', { name: 'Copy as Markdown' })).toBeVisible();
  await saveScreenshot(page, 'citation-copied-phone');
});

test('a quote’s citation as Markdown', async ({ page }) => {
  const quote = index.quotes.find((q) => q.id === 'meloni-premature')!;
  const source = index.articles.find((a) => a.id === quote.evidence.articleId)!;
  await openView(page, `/quotes/${quote.id}`);
  const panel = page.getByRole('article', { name: `Quote: ${quote.speakerLabel}` });
  await panel.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(panel.getByText('Citation copied as Markdown')).toBeVisible();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown.split('\n\n')).toEqual([
    `**${name('meloni')}** (27 March 2025): “premature”.`,
    `> ${quote.evidence.quote}`,
    `— ${source.publisher}, [${source.title}](${source.sourceUrl}), 27 March 2025.`,
    `[Peace Plan Explorer](${new URL(page.url()).origin}/quotes/${quote.id}/)`,
  ]);
});

test('each point of an actor’s stance on a topic copies its own citation', async ({ page }) => {
  const points = index.positions
    .filter((p) => p.actorId === 'trump' && p.topicId === 'us-backstop')
    .sort((a, b) => a.date.localeCompare(b.date));
  await openView(page, '/actors/trump/topics/us-backstop');
  const last = points.at(-1)!;
  await page.getByRole('button', { name: `Copy citation for 26 February 2025, ${last.stance}` }).click();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text.split('\n')[0]).toBe(
    `${name('trump')} on US backstop (26 February 2025): ${last.stance} — ${last.summary}`,
  );
  expect(text).toContain(`“${last.evidence[0]!.quote}”`);
  await saveScreenshot(page, 'citation-position-desktop');
  await page.setViewportSize({ width: 390, height: 844 });
  await saveScreenshot(page, 'citation-position-phone');
});

test('an article opened at a sentence cites that sentence', async ({ page }) => {
  const evidence = event.evidence[0]!;
  await openView(page, `/articles/${article.id}?s=${evidence.sentenceId}`);
  const panel = page.getByRole('article', { name: article.title });
  await expect(panel.locator(`#sentence-${evidence.sentenceId}`)).toBeVisible();
  await panel.getByRole('button', { name: 'Copy citation' }).click();
  await expect(panel.getByText('Citation copied')).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain(evidence.quote);
  expect(text).toContain(article.sourceUrl!);
  expect(text).toMatch(new RegExp(`/articles/${article.id}/\\?s=${evidence.sentenceId}$`));
});

test('the link to the original carries a text fragment for the sentence', async ({ page }) => {
  await openView(page, `/events/${event.id}`);
  const originals = page.getByRole('article', { name: event.title }).getByRole('link', { name: /^Original/ });
  // Written out by hand: the words before "Ukraine's" and the last four words; "-" "," "&" encoded.
  await expect(originals.first()).toHaveAttribute(
    'href',
    `${article.sourceUrl}#:~:text=Macron%20visited%20U.S.%20President,peace%20deal%20with%20Russia.`,
  );
  await expect(originals.nth(1)).toHaveAttribute(
    'href',
    `${article.sourceUrl}#:~:text=Following%20their%20meeting%20on,the%20European%20peacekeeping%20proposal.`,
  );
});

test('Chromium scrolls the original to the sentence, though the page sets its quotes differently', async ({
  page,
}) => {
  const evidence = event.evidence[0]!;
  await openView(page, `/events/${event.id}`);
  const href = await page
    .getByRole('article', { name: event.title })
    .getByRole('link', { name: /^Original/ })
    .first()
    .getAttribute('href');
  // A stand-in for the publisher's page: the sentence far down, with a curly apostrophe.
  const filler = '<p>Other reporting.</p>'.repeat(300);
  const typeset = evidence.quote.replace("'", '’');
  await page.route(`${article.sourceUrl}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><body>${filler}<p id="here">${typeset}</p>${filler}</body></html>`,
    }),
  );
  await page.goto(href!);
  await expect(page.locator('#here')).toBeInViewport();
});

test('an original whose address is not known says so instead of linking', async ({ page }) => {
  await page.route('**/data/index.json', async (route) => {
    const response = await route.fetch();
    const data = await response.json();
    for (const a of data.articles) if (a.id === article.id) a.sourceUrl = null;
    await route.fulfill({ response, json: data });
  });
  await openView(page, `/events/${event.id}`);
  const panel = page.getByRole('article', { name: event.title });
  await expect(panel.getByText('Original address not known').first()).toBeVisible();
  // The other article's evidence still links to its original.
  await expect(panel.getByRole('link', { name: /^Original/ })).toHaveCount(
    event.evidence.filter((e) => e.articleId !== article.id).length,
  );
  await timelineReady(page);
  await panel.getByText('Original address not known').first().scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'original-not-known');
});
