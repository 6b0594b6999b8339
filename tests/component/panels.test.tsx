import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  SENTENCE,
  makeActor,
  makeArticle,
  makeEvent,
  makeIndex,
  makePosition,
  makeQuote,
  makeTopic,
  summaryOf,
} from '../fixtures/story';
import { renderStory } from './renderStory';

afterEach(() => vi.unstubAllGlobals());

const trump = makeActor({
  id: 'trump',
  name: 'Donald Trump',
  role: 'President of the United States',
  aliases: ['Trump'],
});
const article = makeArticle({
  mentions: [
    { actorId: 'macron', count: 2 },
    { actorId: 'trump', count: 1 },
  ],
  citedOutlets: ['Financial Times'],
  published: {
    date: '2025-02-25',
    precision: 'day',
    method: 'caption-year',
    confidence: 'inferred',
    source: 'reported on Feb. 25',
  },
  paragraphs: [
    { sentences: [{ ...SENTENCE, actorIds: ['macron', 'trump'], dates: [] }] },
    { sentences: [{ id: 'sother', text: 'Nothing else happened.', actorIds: [], dates: [] }] },
  ],
});
const story = makeIndex({
  articles: [summaryOf(article)],
  actors: [makeActor(), trump],
  topics: [makeTopic(), makeTopic({ id: 'un-mandate', name: 'UN mandate', description: 'A UN mandate.' })],
  events: [
    makeEvent({ actorIds: ['macron', 'trump'] }),
    makeEvent({ id: 'later-summit', date: '2025-03-27', title: 'Paris summit', kind: 'summit' }),
  ],
  quotes: [makeQuote({ eventId: 'macron-visits-trump' })],
  positions: [
    makePosition({ actorId: 'trump', stance: 'supports', date: '2025-02-24', id: 'p1' }),
    makePosition({
      actorId: 'trump',
      stance: 'ambiguous',
      date: '2025-02-26',
      id: 'p2',
      summary: 'Stays vague.',
    }),
    makePosition({ actorId: 'macron', stance: 'supports', id: 'p3' }),
  ],
});
const data = { index: story, articles: [article] };

describe('event panel', () => {
  it('shows date, kind, actors as links, evidence with its source, and the next event', async () => {
    renderStory('/events/macron-visits-trump', data);
    const panel = await screen.findByRole('article', { name: 'Macron visits Trump at the White House' });
    expect(within(panel).getByText(/Event · meeting · Happened/)).toBeVisible();
    expect(within(panel).getByRole('link', { name: 'Donald Trump' })).toHaveAttribute(
      'href',
      '/actors/trump/',
    );
    expect(within(panel).getByRole('link', { name: 'Open in article' })).toHaveAttribute(
      'href',
      `/articles/a1/?s=${SENTENCE.id}`,
    );
    expect(within(panel).getByRole('link', { name: /Next: Paris summit/ })).toBeVisible();
    expect(within(panel).getByRole('link', { name: /“Macron visited”/ })).toHaveAttribute(
      'href',
      '/quotes/q1/',
    );
  });
});

describe('article panel', () => {
  it.each([
    [{ method: 'dateline', confidence: 'stated' }, /\(stated by the article\)/],
    [{ method: 'page-metadata', confidence: 'stated' }, /\(stated by the page\)/],
    [
      { method: 'latest-date-in-text', confidence: 'guessed' },
      /a guess, not stated: the latest date the text reports/,
    ],
    [{ method: 'url-date', confidence: 'inferred' }, /not stated: read from the article’s address/],
    [
      { method: 'yearless-line+copyright-year', confidence: 'inferred' },
      /not stated: the page’s date without its year, with the year of its copyright line/,
    ],
  ] as const)('says how sure the publication date is (%#)', async (how, words) => {
    const dated = makeArticle({ published: { ...article.published!, ...how } });
    renderStory('/articles/a1/', { index: makeIndex({ articles: [summaryOf(dated)] }), articles: [dated] });
    const panel = await screen.findByRole('article', { name: dated.title });
    expect(within(panel).getByText(words)).toBeVisible();
  });

  it('shows metadata, says how an inferred date was found, and highlights evidence sentences', async () => {
    renderStory(`/articles/a1/?s=${SENTENCE.id}`, data);
    const panel = await screen.findByRole('article', { name: 'Macron meets Trump' });
    expect(within(panel).getByText(/not stated: worked out from the text/)).toBeVisible();
    expect(within(panel).getByText('Cites: Financial Times')).toBeVisible();
    const sentence = await within(panel).findByText(SENTENCE.text);
    expect(sentence).toHaveClass('is-evidence', 'is-target');
    await waitFor(() => expect(sentence).toHaveFocus());
    expect(within(panel).getByText('Nothing else happened.')).not.toHaveClass('is-evidence');
    // Listed among the article's events, and linked from the sentence it cites.
    expect(
      within(panel).getAllByRole('link', { name: 'Macron visits Trump at the White House' }),
    ).toHaveLength(2);
    expect(within(panel).getByRole('link', { name: 'Emmanuel Macron' }).parentElement).toHaveTextContent('2');
  });

  it('names an unknown sentence id and still shows the article', async () => {
    renderStory('/articles/a1?s=snope', data);
    expect(await screen.findByText(/This article has no sentence “snope”/)).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Macron meets Trump' })).toBeVisible();
  });

  it('shows the article metadata even when its body fails to load, with a retry', async () => {
    renderStory('/articles/a1', { index: story, articles: [] });
    expect(await screen.findByText(/data\/articles\/a1\.json was not found/)).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Macron meets Trump' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeVisible();
  });
});

describe('actor panel', () => {
  it('shows role, aliases, stance sequence per topic, quotes, events and articles', async () => {
    renderStory('/actors/trump/', data);
    const panel = await screen.findByRole('article', { name: 'Donald Trump' });
    expect(within(panel).getByText('President of the United States')).toBeVisible();
    expect(within(panel).getByText('Trump')).toBeVisible();
    const sequence = within(panel)
      .getAllByRole('listitem')
      .filter((li) => li.closest('.stance-sequence'));
    expect(sequence.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/24 February 2025.*supports/),
      expect.stringMatching(/26 February 2025.*ambiguous.*Stays vague/),
    ]);
    expect(within(panel).getByRole('link', { name: 'US backstop' })).toHaveAttribute(
      'href',
      '/actors/trump/topics/us-backstop/',
    );
    expect(within(panel).getByRole('link', { name: 'Macron meets Trump' })).toBeVisible();
  });
});

describe('topic and position panels', () => {
  it('shows every actor’s stance on a topic side by side', async () => {
    renderStory('/topics/us-backstop', data);
    const panel = await screen.findByRole('article', { name: 'US backstop' });
    expect(within(panel).getByRole('heading', { name: 'Donald Trump' })).toBeVisible();
    expect(within(panel).getByRole('heading', { name: 'Emmanuel Macron' })).toBeVisible();
  });

  it('shows one actor’s sequence on one topic with the evidence for each point', async () => {
    renderStory('/actors/trump/topics/us-backstop/', data);
    const panel = await screen.findByRole('article', { name: 'Donald Trump on US backstop' });
    expect(panel.querySelectorAll('blockquote')).toHaveLength(2);
  });

  it('says when an actor has no position on a topic', async () => {
    renderStory('/actors/trump/topics/un-mandate', data);
    expect(await screen.findByText('No recorded position of Donald Trump on UN mandate.')).toBeVisible();
  });
});

describe('quote panel', () => {
  it('shows the words, the speaker and the event', async () => {
    renderStory('/quotes/q1/', data);
    const panel = await screen.findByRole('article', { name: 'Quote: Macron' });
    expect(within(panel).getByText('“Macron visited”')).toBeVisible();
    expect(within(panel).getByRole('link', { name: 'Emmanuel Macron' })).toBeVisible();
    expect(within(panel).getByRole('link', { name: 'Macron visits Trump at the White House' })).toBeVisible();
  });
});

describe('stance matrix', () => {
  it('shows each actor’s latest stance per topic, marks a change, and links to the evidence', async () => {
    renderStory('/matrix', data);
    const table = await screen.findByRole('table');
    const trumpCell = within(table).getByRole('link', { name: /Donald Trump on US backstop/ });
    expect(trumpCell).toHaveTextContent('ambiguous');
    expect(trumpCell).toHaveTextContent('changed over time');
    expect(within(table).getByRole('link', { name: /Emmanuel Macron on US backstop/ })).not.toHaveTextContent(
      'changed',
    );
  });
});

describe('search panel', () => {
  it('groups results by type and marks the matched words', async () => {
    renderStory('/search?q=trum&actors=trump', data);
    const actors = await screen.findByRole('region', { name: /Actors/ });
    // A result keeps the view (its filters) and leaves the search text with the search view.
    expect(within(actors).getByRole('link', { name: 'Donald Trump' })).toHaveAttribute(
      'href',
      '/actors/trump/?actors=trump',
    );
    expect(screen.getByRole('searchbox', { name: /Search events/ })).toHaveValue('trum');
    expect(actors.querySelector('mark')).toHaveTextContent('Trump');
    expect(screen.getByRole('region', { name: /Events/ })).toBeVisible();
  });
});

describe('filters', () => {
  it('narrows events, counts them, and clears from a chip', async () => {
    const { history } = renderStory('/?actors=trump', data);
    expect(await screen.findByText('1 of 2 events')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Remove filter Donald Trump' }));
    expect(await screen.findByText('2 of 2 events')).toBeVisible();
    expect(history.location.search).toBe('');
  });

  it('names unknown ids in a filter, ignores them, and offers to remove them from the link', async () => {
    const { history } = renderStory('/?actors=trump,nobody', data);
    expect(await screen.findByText(/Not in this data, so ignored: “nobody”/)).toBeVisible();
    expect(screen.getByText('1 of 2 events')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Remove from the link' }));
    await waitFor(() => expect(history.location.search).toBe('?actors=trump'));
  });

  it('ignores a filter made only of unknown ids instead of hiding everything', async () => {
    renderStory('/?actors=nobody', data);
    expect(await screen.findByText('2 of 2 events')).toBeVisible();
  });
});
