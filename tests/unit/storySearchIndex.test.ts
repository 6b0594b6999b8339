import {
  SEARCH_RESULT_TYPES,
  createStorySearch,
  highlightMatches,
  type SearchGroup,
} from '../../src/app/search/storySearchIndex';
import type { Article } from '../../src/model';
import { makeActor, makeArticle, makeEvent, makeIndex, makeQuote, summaryOf } from '../fixtures/story';

const LONG_SENTENCE =
  'The leaders arrived one by one through the morning, shook hands with the host in front of the cameras, ' +
  'and then sat down around a long table at Lancaster House, where the talks went on well into the evening ' +
  'with no formal statement until the very end of the day, when the host finally read out a short text ' +
  'that promised further meetings of the military planners in the weeks ahead.';

const londonBody: Article = makeArticle({
  id: 'a2',
  title: 'Leaders gather in London',
  publisher: 'The Guardian',
  author: 'Dan Sabbagh',
  paragraphs: [
    {
      sentences: [
        { id: 's-host', text: 'Starmer hosted the gathering.', actorIds: [], dates: [] },
        { id: 's-long', text: LONG_SENTENCE, actorIds: [], dates: [] },
      ],
    },
  ],
});

const INDEX = makeIndex({
  articles: [summaryOf(makeArticle()), summaryOf(londonBody)],
  actors: [
    makeActor(),
    makeActor({
      id: 'zelensky',
      name: 'Volodymyr Zelensky',
      aliases: ['Zelenskyy', 'Zelenskiy'],
      role: 'President of Ukraine',
    }),
    makeActor({ id: 'meloni', name: 'Giorgia Meloni', aliases: ['Meloni'], role: 'Prime Minister of Italy' }),
    makeActor({
      id: 'sanchez',
      name: 'Pedro Sánchez',
      aliases: ['Sánchez'],
      role: 'Prime Minister of Spain',
    }),
  ],
  events: [
    makeEvent(),
    makeEvent({
      id: 'meloni-troops',
      title: 'Meloni calls talk of Italian troops premature',
      summary: 'Italy rules out sending soldiers for now.',
      actorIds: ['meloni'],
      evidence: [{ articleId: 'a1', sentenceId: 's1', quote: 'a step that is premature at this stage' }],
    }),
    makeEvent({
      id: 'zelensky-london',
      title: 'Zelenskyy joins the London summit',
      summary: 'The Ukrainian president meets European leaders.',
      actorIds: ['zelensky'],
    }),
  ],
  quotes: [
    makeQuote({
      id: 'q-meloni',
      text: 'Sending Italian soldiers is premature and risky',
      speakerLabel: 'Meloni',
    }),
    makeQuote({
      id: 'q-diplomat',
      text: 'The mandate question is still open',
      speakerLabel: 'an EU diplomat',
    }),
  ],
});

const search = createStorySearch(INDEX);
const idsOf = (groups: SearchGroup[]) => groups.map((g) => [g.type, g.results.map((r) => r.id)] as const);
const flatIds = (groups: SearchGroup[]) => groups.flatMap((g) => g.results.map((r) => `${g.type}:${r.id}`));

describe('createStorySearch: what finds what', () => {
  it.each([
    ['a name prefix', 'zelensk', ['event:zelensky-london', 'actor:zelensky']],
    ['an alias (and, one typo away, the event)', 'Zelenskiy', ['actor:zelensky', 'event:zelensky-london']],
    ['a typo', 'zelenksy', ['event:zelensky-london', 'actor:zelensky']],
    ['a name without its accent', 'sanchez', ['actor:sanchez']],
    ['a name with its accent', 'Sánchez', ['actor:sanchez']],
    ['a role', 'prime minister spain', ['actor:sanchez']],
    ['an evidence quote', 'this stage', ['event:meloni-troops']],
    ['a speaker label', 'diplomat', ['quote:q-diplomat']],
    ['a publisher', 'guardian', ['article:a2']],
    ['an author', 'Sabbagh', ['article:a2']],
    ['a title word with typo', 'Leeders gather', ['article:a2']],
  ])('finds %s: %s', (_label, query, expected) => {
    expect(flatIds(search.search(query)).sort()).toEqual([...expected].sort());
  });

  it.each(['', '   ', '!?,.', '—'])('returns no groups for the empty query %j', (query) => {
    expect(search.search(query)).toEqual([]);
    expect(search.searchWithMode(query).mode).toBe('none');
  });

  it('requires every word first: "Meloni premature" finds the quote and the event, not the actor', () => {
    const outcome = search.searchWithMode('Meloni premature');
    expect(outcome.mode).toBe('all');
    expect(idsOf(outcome.groups)).toEqual([
      ['event', ['meloni-troops']],
      ['quote', ['q-meloni']],
    ]);
  });

  it('falls back to any word when no item has them all', () => {
    const outcome = search.searchWithMode('Meloni xylophone');
    expect(outcome.mode).toBe('any');
    expect(flatIds(outcome.groups)).toEqual(
      expect.arrayContaining(['event:meloni-troops', 'quote:q-meloni', 'actor:meloni']),
    );
  });

  it('says none when nothing matches at all', () => {
    expect(search.searchWithMode('xylophone')).toEqual({ mode: 'none', groups: [] });
  });

  it('orders groups event, quote, actor, article whatever the scores', () => {
    // "it" is hard to get… use a word present in every type: "Meloni"/"Guardian" differ, so build one.
    const everywhere = createStorySearch(
      makeIndex({
        articles: [summaryOf(makeArticle({ title: 'Kyiv diary' }))],
        actors: [makeActor({ id: 'kyiv', name: 'Kyiv', aliases: [] })],
        events: [makeEvent({ title: 'Drone strike', summary: 'Kyiv is hit.' })],
        quotes: [makeQuote({ text: 'Kyiv Kyiv Kyiv will stand' })],
      }),
    );
    const groups = everywhere.search('kyiv');
    expect(groups.map((g) => g.type)).toEqual([...SEARCH_RESULT_TYPES]);
    expect(SEARCH_RESULT_TYPES).toEqual(['event', 'quote', 'actor', 'article']);
  });

  it('limits each type and reports the total before the limit', () => {
    const many = createStorySearch(
      makeIndex({
        events: Array.from({ length: 7 }, (_, i) =>
          makeEvent({ id: `ceasefire-${i}`, title: `Ceasefire talks, round ${i}` }),
        ),
        quotes: [makeQuote({ text: 'A ceasefire now' })],
      }),
    );
    const groups = many.search('ceasefire', 3);
    expect(groups.map((g) => [g.type, g.results.length, g.total])).toEqual([
      ['event', 3, 7],
      ['quote', 1, 1],
    ]);
    const scores = groups[0]!.results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('lists the ids of one type for a query, for filtering the timeline by q', () => {
    expect(search.matchingIds('premature', 'event')).toEqual(new Set(['meloni-troops']));
    expect(search.matchingIds('premature', 'actor')).toEqual(new Set());
  });
});

describe('hits: title, snippet, terms', () => {
  const hit = (query: string, type: string, id: string) =>
    search
      .search(query, 10)
      .find((g) => g.type === type)
      ?.results.find((r) => r.id === id);

  it.each([
    [
      'the summary when only the title matches',
      'London',
      'event',
      'zelensky-london',
      'The Ukrainian president meets European leaders.',
    ],
    [
      'the evidence quote that matches',
      'stage',
      'event',
      'meloni-troops',
      'a step that is premature at this stage',
    ],
    [
      'the quote text for a quote',
      'Meloni',
      'quote',
      'q-meloni',
      'Sending Italian soldiers is premature and risky',
    ],
    ['the role for an actor found by name', 'Volodymyr', 'actor', 'zelensky', 'President of Ukraine'],
    ['the aliases when they match', 'zelenskiy', 'actor', 'zelensky', 'Zelenskyy, Zelenskiy'],
    ['the byline for an article without body', 'guardian', 'article', 'a2', 'The Guardian · Dan Sabbagh'],
  ])('snippet is %s', (_label, query, type, id, snippet) => {
    expect(hit(query, type, id)?.snippet).toBe(snippet);
  });

  it('titles a quote with its speaker and words', () => {
    expect(hit('diplomat', 'quote', 'q-diplomat')?.title).toBe(
      'an EU diplomat: “The mandate question is still open”',
    );
  });

  it('returns the indexed words that matched, folded, for highlighting', () => {
    const result = hit('zelensk', 'actor', 'zelensky');
    expect(result?.terms.sort()).toEqual(['zelenskiy', 'zelensky', 'zelenskyy']);
    expect(hit('sánchez', 'actor', 'sanchez')?.terms).toEqual(['sanchez']);
  });
});

describe('article bodies', () => {
  it('are not searched until given', () => {
    expect(createStorySearch(INDEX).search('Lancaster')).toEqual([]);
  });

  it('are searched when given up front', () => {
    const withBodies = createStorySearch(INDEX, [londonBody]);
    expect(flatIds(withBodies.search('Lancaster'))).toEqual(['article:a2']);
    expect(withBodies.size).toBe(createStorySearch(INDEX).size);
  });

  it('can be added later, once each, keeping the summary fields searchable', () => {
    const lazy = createStorySearch(INDEX);
    const size = lazy.size;
    expect(lazy.addArticles([londonBody])).toBe(1);
    expect(lazy.addArticles([londonBody])).toBe(0);
    expect(lazy.size).toBe(size);
    expect(flatIds(lazy.search('Lancaster'))).toEqual(['article:a2']);
    expect(flatIds(lazy.search('Sabbagh'))).toEqual(['article:a2']);
    expect(flatIds(lazy.search('Starmer hosted'))).toEqual(['article:a2']);
  });

  it('adds an article that the index did not list', () => {
    const lazy = createStorySearch(INDEX);
    const extra = makeArticle({ id: 'a9', title: 'Unlisted dispatch' });
    expect(lazy.addArticles([extra])).toBe(1);
    expect(flatIds(lazy.search('unlisted'))).toEqual(['article:a9']);
  });

  it('cuts a long matching sentence around the match, on word boundaries', () => {
    const withBodies = createStorySearch(INDEX, [londonBody]);
    const snippet = withBodies.search('Lancaster')[0]?.results[0]?.snippet ?? '';
    expect(snippet).toMatch(/^….*Lancaster House.*…$/);
    expect(snippet.length).toBeLessThanOrEqual(182);
    const inner = snippet.slice(1, -1);
    expect(LONG_SENTENCE).toContain(inner);
    expect(LONG_SENTENCE[LONG_SENTENCE.indexOf(inner) - 1]).toBe(' ');
  });
});

describe('highlightMatches', () => {
  const marks = (text: string, terms: string[]) =>
    highlightMatches(text, terms)
      .map((s) => (s.match ? `[${s.text}]` : s.text))
      .join('');

  it.each([
    ['Zelenskyy met Meloni', ['zelensky', 'meloni'], '[Zelenskyy] met [Meloni]'],
    ['premature, prematurely', ['premature'], '[premature], [prematurely]'],
    ['unpremature', ['premature'], 'unpremature'],
    ['Pedro Sánchez', ['sanchez'], 'Pedro [Sánchez]'],
    ['PEDRO SANCHEZ', ['Sánchez'], 'PEDRO [SANCHEZ]'],
    ['<b>Meloni</b>', ['meloni'], '<b>[Meloni]</b>'],
    ['a (b) c', ['(b'], 'a (b) c'],
    ['Macron Macron', ['macron'], '[Macron] [Macron]'],
    ['nothing here', [], 'nothing here'],
    ['nothing here', [''], 'nothing here'],
  ])('%j with %j → %s', (text, terms, expected) => {
    expect(marks(text, terms)).toBe(expected);
  });

  it.each([
    ['Zelenskyy met Meloni', ['meloni']],
    ['<script>alert("x")</script> Meloni', ['meloni', 'script']],
    ['  leading and trailing  ', ['leading', 'trailing']],
    ['Sánchez', ['sanchez']],
  ])('joins back to the exact text: %j', (text, terms) => {
    const segments = highlightMatches(text, terms);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.some((s) => s.match)).toBe(true);
    expect(segments.every((s) => s.text.length > 0)).toBe(true);
  });

  it('gives no segments for no text and one plain segment without terms', () => {
    expect(highlightMatches('', ['x'])).toEqual([]);
    expect(highlightMatches('plain', [])).toEqual([{ text: 'plain', match: false }]);
  });

  it('highlights what a search found', () => {
    const [group] = search.search('zelensk');
    const result = group!.results[0]!;
    expect(marks(result.title, result.terms)).toBe('[Zelenskyy] joins the London summit');
  });
});

describe('a large story', () => {
  const events = Array.from({ length: 10_000 }, (_, i) =>
    makeEvent({
      id: `event-${i}`,
      title: `Talks on the ceasefire, round ${i}`,
      summary: i === 7777 ? 'Delegates sign the Istanbul memorandum.' : `Delegations meet for round ${i}.`,
    }),
  );
  const articles = Array.from({ length: 2_000 }, (_, i) =>
    summaryOf(
      makeArticle({
        id: `art-${i}`,
        title: `Dispatch ${i}`,
        publisher: i === 1234 ? 'Kyiv Independent' : 'Wire',
      }),
    ),
  );
  const big = createStorySearch(makeIndex({ events, articles }));

  it('indexes everything', () => {
    expect(big.size).toBe(10_000 + 2_000 + 1);
  });

  it.each([
    ['a word in one summary', 'Istanbul memorandum', [['event', 'event-7777', 1]]],
    ['a typo of it', 'istambul', [['event', 'event-7777', 1]]],
    ['one publisher', 'kyiv independent', [['article', 'art-1234', 1]]],
    ['a word in every event', 'ceasefire', [['event', 'event-0', 10_000]]],
  ])('finds %s among 12,000 items', (_label, query, expected) => {
    const groups = big.search(query, 3);
    expect(groups.map((g) => [g.type, g.results[0]?.id, g.total])).toEqual(expected);
  });
});
