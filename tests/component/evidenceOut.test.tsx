import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  SENTENCE,
  makeActor,
  makeArticle,
  makeEvent,
  makeIndex,
  makePosition,
  makeQuote,
  summaryOf,
} from '../fixtures/story';
import { renderStory } from './renderStory';

afterEach(() => vi.unstubAllGlobals());

const article = makeArticle();
const noAddress = makeArticle({ id: 'a2', sourceUrl: null, title: 'Copied from a print edition' });
const story = makeIndex({
  articles: [summaryOf(article), summaryOf(noAddress)],
  actors: [makeActor(), makeActor({ id: 'trump', name: 'Donald Trump', aliases: [] })],
  events: [
    makeEvent(),
    makeEvent({
      id: 'print-only',
      title: 'Reported in print',
      evidence: [{ articleId: 'a2', sentenceId: SENTENCE.id, quote: 'Macron visited' }],
    }),
  ],
  quotes: [makeQuote({ eventId: 'macron-visits-trump' })],
  positions: [
    makePosition({ id: 'p1', actorId: 'trump', date: '2025-02-24', stance: 'supports' }),
    makePosition({ id: 'p2', actorId: 'trump', date: '2025-02-26', stance: 'ambiguous' }),
  ],
});
const data = { index: story, articles: [article, noAddress] };

describe('links to originals', () => {
  it('open the original at the evidence sentence', async () => {
    renderStory('/events/macron-visits-trump', data);
    const panel = await screen.findByRole('article', { name: 'Macron visits Trump at the White House' });
    expect(within(panel).getByRole('link', { name: /^Original/ })).toHaveAttribute(
      'href',
      'https://example.org/a1#:~:text=Macron%20visited%20U.S.%20President%20Donald%20Trump',
    );
  });

  it('say in words that the original address is not known, instead of a dead link', async () => {
    renderStory('/events/print-only', data);
    const panel = await screen.findByRole('article', { name: 'Reported in print' });
    expect(within(panel).getByText('Original address not known')).toBeVisible();
    expect(within(panel).queryByRole('link', { name: /^Original/ })).toBeNull();
  });

  it('the article panel says so too', async () => {
    renderStory('/articles/a2', data);
    const panel = await screen.findByRole('article', { name: 'Copied from a print edition' });
    expect(within(panel).getByText('Original address not known')).toBeVisible();
    expect(within(panel).queryByRole('link', { name: /Read the original/ })).toBeNull();
  });
});

describe('copying a citation', () => {
  it('copies the plain text and announces it', async () => {
    const user = userEvent.setup();
    renderStory('/events/macron-visits-trump', data);
    const panel = await screen.findByRole('article', { name: 'Macron visits Trump at the White House' });
    await user.click(within(panel).getByRole('button', { name: 'Copy citation' }));
    expect(await within(panel).findByText('Citation copied')).toHaveAttribute('role', 'status');
    const copied = await navigator.clipboard.readText();
    expect(copied.split('\n')).toEqual([
      'Emmanuel Macron (24 February 2025): Macron visits Trump at the White House.',
      '“Macron visited U.S. President Donald Trump”',
      '— Example News, “Macron meets Trump”, 25 February 2025. https://example.org/a1',
      `Peace Plan Explorer: ${window.location.protocol}//${window.location.host}/events/macron-visits-trump/`,
    ]);
  });

  it('copies Markdown', async () => {
    const user = userEvent.setup();
    renderStory('/quotes/q1', data);
    const panel = await screen.findByRole('article', { name: 'Quote: Macron' });
    await user.click(within(panel).getByRole('button', { name: 'Copy as Markdown' }));
    expect(await within(panel).findByText('Citation copied as Markdown')).toBeVisible();
    const copied = await navigator.clipboard.readText();
    expect(copied).toContain('**Emmanuel Macron** (24 February 2025): “Macron visited”.');
    expect(copied).toContain('[Macron meets Trump](https://example.org/a1)');
  });

  it('when the clipboard refuses, shows the citation to copy by hand', async () => {
    const user = userEvent.setup();
    renderStory('/events/macron-visits-trump', data);
    const panel = await screen.findByRole('article', { name: 'Macron visits Trump at the White House' });
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(within(panel).getByRole('button', { name: 'Copy citation' }));
    expect(await within(panel).findByText(/Copy failed/)).toBeVisible();
    const shown = within(panel).getByRole('textbox', { name: 'Citation' }) as HTMLTextAreaElement;
    expect(shown.value.split('\n')[1]).toBe('“Macron visited U.S. President Donald Trump”');
  });

  it('each point of an actor’s stance on a topic has its own citation', async () => {
    const user = userEvent.setup();
    renderStory('/actors/trump/topics/us-backstop', data);
    const panel = await screen.findByRole('article', { name: 'Donald Trump on US backstop' });
    await user.click(
      within(panel).getByRole('button', { name: 'Copy citation for 26 February 2025, ambiguous' }),
    );
    const copied = await navigator.clipboard.readText();
    expect(copied.split('\n')[0]).toBe(
      'Donald Trump on US backstop (26 February 2025): ambiguous — Wants US support behind a European force.',
    );
    expect(copied).toMatch(/\/positions\/[a-z0-9-]+\/$/);
  });
});
