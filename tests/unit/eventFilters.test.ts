import { buildStoryLookup } from '../../src/app/data/storyLookup';
import {
  FACET_KEYS,
  buildFilterContext,
  emptyResultHint,
  facetCounts,
  filterEvents,
  hasActiveFilters,
  type FacetKey,
  type FilterContext,
} from '../../src/app/data/eventFilters';
import { activeFilterChips } from '../../src/app/filters/filterChips';
import { STANCE_ORDER } from '../../src/app/format/labels';
import type { EventFilters, ViewParams } from '../../src/app/view/viewParams';
import { lastDayCovered } from '../../src/model';
import { eventKind, provenance, type DataIndex, type StoryEvent } from '../../src/model';
import {
  makeActor,
  makeArticle,
  makeEvent,
  makeIndex,
  makePosition,
  makeTopic,
  summaryOf,
} from '../fixtures/story';

const ev = (articleId: string) => ({ articleId, sentenceId: 's1a2b3c4d', quote: 'Macron visited' });

/**
 * e6 (10–12 Feb) · e1 (16 Feb) · e4 (week of 17 Feb) · e2 (24 Feb) · e3 (2 Mar) · e5 (all of March).
 * Reuters: a1, BBC: a2, a3 has no publisher.
 */
const EVENTS: StoryEvent[] = [
  makeEvent({
    id: 'e1',
    date: '2025-02-16',
    kind: 'summit',
    actorIds: ['starmer', 'macron'],
    topicIds: ['troops'],
    evidence: [ev('a2')],
  }),
  makeEvent({
    id: 'e2',
    date: '2025-02-24',
    kind: 'meeting',
    actorIds: ['macron', 'trump'],
    topicIds: ['us-backstop'],
    evidence: [ev('a1')],
  }),
  makeEvent({
    id: 'e3',
    date: '2025-03-02',
    kind: 'summit',
    actorIds: ['starmer', 'meloni', 'macron'],
    topicIds: ['troops', 'un-mandate'],
    evidence: [ev('a1'), ev('a2')],
  }),
  makeEvent({
    id: 'e4',
    date: '2025-02-17',
    precision: 'week',
    kind: 'statement',
    actorIds: ['meloni'],
    topicIds: ['un-mandate'],
    evidence: [ev('a3')],
    provenance: 'extracted',
  }),
  makeEvent({
    id: 'e5',
    date: '2025-03-01',
    precision: 'month',
    kind: 'report',
    actorIds: ['trump'],
    topicIds: [],
    evidence: [ev('a2')],
    provenance: 'extracted',
  }),
  makeEvent({
    id: 'e6',
    date: '2025-02-10',
    endDate: '2025-02-12',
    kind: 'call',
    actorIds: ['trump', 'starmer'],
    topicIds: ['us-backstop'],
    evidence: [ev('a1'), ev('a1')],
    provenance: 'extracted',
  }),
];

const INDEX: DataIndex = makeIndex({
  articles: [
    summaryOf(makeArticle({ id: 'a1', publisher: 'Reuters' })),
    summaryOf(makeArticle({ id: 'a2', publisher: 'BBC' })),
    summaryOf(makeArticle({ id: 'a3', publisher: null })),
  ],
  actors: [
    makeActor(),
    makeActor({ id: 'starmer', name: 'Keir Starmer' }),
    makeActor({ id: 'meloni', name: 'Giorgia Meloni' }),
    makeActor({ id: 'trump', name: 'Donald Trump' }),
  ],
  topics: [
    makeTopic(),
    makeTopic({ id: 'troops', name: 'European troops' }),
    makeTopic({ id: 'un-mandate', name: 'UN mandate' }),
  ],
  events: EVENTS,
  positions: [
    makePosition({ id: 'p1', actorId: 'meloni', topicId: 'un-mandate', stance: 'opposes' }),
    makePosition({ id: 'p2', actorId: 'meloni', topicId: 'troops', stance: 'skeptical' }),
    makePosition({ id: 'p3', actorId: 'trump', topicId: 'troops', stance: 'opposes' }),
    makePosition({ id: 'p4', actorId: 'macron', topicId: 'troops', stance: 'supports' }),
    makePosition({ id: 'p5', actorId: 'macron', topicId: 'us-backstop', stance: 'conditional' }),
    makePosition({
      id: 'p6',
      actorId: 'macron',
      topicId: 'us-backstop',
      stance: 'supports',
      date: '2025-03-01',
    }),
    makePosition({ id: 'p7', actorId: 'starmer', topicId: 'un-mandate', stance: 'supports' }),
  ],
});
const CONTEXT = buildFilterContext(INDEX);
const ids = (events: readonly StoryEvent[]) => events.map((e) => e.id);

/** The spec, written the slow obvious way: the oracle for every fast path. */
function naiveFilter(events: readonly StoryEvent[], f: EventFilters, index: DataIndex): StoryEvent[] {
  const on = <T>(list: T[] | undefined): list is T[] => list !== undefined && list.length > 0;
  const publisher = (articleId: string) => index.articles.find((a) => a.id === articleId)?.publisher;
  return events.filter(
    (e) =>
      (!on(f.actors) || e.actorIds.some((a) => f.actors!.includes(a))) &&
      (!on(f.topics) || e.topicIds.some((t) => f.topics!.includes(t))) &&
      (!on(f.kinds) || f.kinds.includes(e.kind)) &&
      (!f.provenance || e.provenance === f.provenance) &&
      (!on(f.publishers) || e.evidence.some((x) => f.publishers!.includes(publisher(x.articleId) ?? ''))) &&
      (!f.from || lastDayCovered(e.date, e.precision, e.endDate) >= f.from) &&
      (!f.to || e.date <= f.to) &&
      (!on(f.stances) ||
        index.positions.some(
          (p) =>
            e.actorIds.includes(p.actorId) &&
            f.stances!.includes(p.stance) &&
            (!on(f.topics) || f.topics.includes(p.topicId)),
        )),
  );
}

describe('filterEvents', () => {
  it.each<[string, EventFilters, string[]]>([
    ['one actor', { actors: ['meloni'] }, ['e3', 'e4']],
    ['two actors (OR)', { actors: ['meloni', 'trump'] }, ['e2', 'e3', 'e4', 'e5', 'e6']],
    ['an unknown actor', { actors: ['nobody'] }, []],
    ['a topic', { topics: ['un-mandate'] }, ['e3', 'e4']],
    ['a kind', { kinds: ['summit'] }, ['e1', 'e3']],
    ['provenance', { provenance: 'extracted' }, ['e4', 'e5', 'e6']],
    ['one publisher', { publishers: ['BBC'] }, ['e1', 'e3', 'e5']],
    ['two publishers', { publishers: ['Reuters', 'BBC'] }, ['e1', 'e2', 'e3', 'e5', 'e6']],
    ['actor AND kinds', { actors: ['macron'], kinds: ['meeting', 'call'] }, ['e2']],
    ['from: spans that end on or after it', { from: '2025-02-20' }, ['e2', 'e3', 'e4', 'e5']],
    ['to: spans that start on or before it', { to: '2025-02-16' }, ['e1', 'e6']],
    ['a day inside an end date range', { from: '2025-02-11', to: '2025-02-11' }, ['e6']],
    ['the last day of a week', { from: '2025-02-23', to: '2025-02-23' }, ['e4']],
    ['a range overlapping a month', { from: '2025-03-31', to: '2025-04-30' }, ['e5']],
    ['a range with nothing', { from: '2025-02-13', to: '2025-02-15' }, []],
    ['from after to', { from: '2025-03-01', to: '2025-02-01' }, []],
    ['a stance on any topic', { stances: ['opposes'] }, ['e2', 'e3', 'e4', 'e5', 'e6']],
    ['a stance held in an earlier position', { stances: ['conditional'] }, ['e1', 'e2', 'e3']],
    ['who opposes a UN mandate?', { topics: ['un-mandate'], stances: ['opposes'] }, ['e3', 'e4']],
    ['who supports a UN mandate?', { topics: ['un-mandate'], stances: ['supports'] }, ['e3']],
    ['stance restricted to the selected topic', { topics: ['troops'], stances: ['opposes'] }, []],
    ['a stance nobody holds', { stances: ['ambiguous'] }, []],
  ])('%s', (_label, filters, expected) => {
    expect(ids(filterEvents(EVENTS, filters, CONTEXT))).toEqual(expected);
    expect(ids(naiveFilter(EVENTS, filters, INDEX))).toEqual(expected);
  });

  it.each<[string, EventFilters]>([
    ['no filters', {}],
    ['empty lists', { actors: [], topics: [], stances: [], publishers: [], kinds: [] }],
    ['only non-filter URL state', { q: 'macron', group: 'actor', start: '2025-01-01' } as ViewParams],
  ])('returns the very same array with %s', (_label, filters) => {
    expect(hasActiveFilters(filters)).toBe(false);
    expect(filterEvents(EVENTS, filters, CONTEXT)).toBe(EVENTS);
  });

  it('keeps the input order, whatever it is', () => {
    const reversed = [...EVENTS].reverse();
    expect(ids(filterEvents(reversed, { actors: ['trump'] }, CONTEXT))).toEqual(['e6', 'e5', 'e2']);
  });

  it('works out events that are not in the context', () => {
    const stranger = makeEvent({ id: 'stranger', actorIds: ['meloni'], evidence: [ev('a2')] });
    expect(ids(filterEvents([stranger], { publishers: ['BBC'], stances: ['opposes'] }, CONTEXT))).toEqual([
      'stranger',
    ]);
  });
});

const FILTER_STATES: [string, EventFilters][] = [
  ['nothing', {}],
  ['an actor', { actors: ['meloni'] }],
  ['topic and stance', { topics: ['troops'], stances: ['opposes'] }],
  [
    'topic, stances and date',
    { topics: ['un-mandate'], stances: ['opposes', 'supports'], from: '2025-02-20' },
  ],
  ['stance and provenance', { stances: ['opposes'], provenance: 'extracted' }],
  ['publisher and kinds', { publishers: ['BBC'], kinds: ['summit', 'report'] }],
  ['actors and to', { actors: ['macron', 'trump'], to: '2025-02-28' }],
  [
    'everything',
    {
      actors: ['macron'],
      topics: ['troops'],
      stances: ['supports'],
      publishers: ['BBC'],
      kinds: ['summit'],
      provenance: 'curated',
      from: '2025-02-01',
      to: '2025-03-31',
    },
  ],
];

function facetValues(index: DataIndex): Record<FacetKey, string[]> {
  return {
    actors: [...index.actors.map((a) => a.id), 'nobody'],
    topics: [...index.topics.map((t) => t.id), 'nothing'],
    stances: [...STANCE_ORDER],
    kinds: [...eventKind.options],
    publishers: [...new Set(index.articles.map((a) => a.publisher ?? 'none'))],
    provenance: [...provenance.options],
  };
}

/** Every facet count must equal the size of the result with that value alone selected. */
function expectCountsToMatchFiltering(
  events: readonly StoryEvent[],
  filters: EventFilters,
  context: FilterContext,
  index: DataIndex,
) {
  const counts = facetCounts(events, filters, context);
  const values = facetValues(index);
  for (const facet of FACET_KEYS) {
    const map = counts[facet] as Map<string, number>;
    for (const value of values[facet]) {
      const next: EventFilters = { ...filters, [facet]: facet === 'provenance' ? value : [value] };
      const expected = naiveFilter(events, next, index).length;
      expect({ facet, value, count: map.get(value) ?? 0 }).toEqual({ facet, value, count: expected });
    }
    for (const [value, count] of map) {
      if (count === 0) {
        const selected = filters[facet];
        expect(Array.isArray(selected) ? selected.includes(value as never) : selected === value).toBe(true);
      }
    }
  }
}

describe('facetCounts', () => {
  it('counts every actor, topic, kind, publisher, stance and provenance without filters', () => {
    const counts = facetCounts(EVENTS, {}, CONTEXT);
    expect(Object.fromEntries(counts.actors)).toEqual({ starmer: 3, macron: 3, trump: 3, meloni: 2 });
    expect(Object.fromEntries(counts.topics)).toEqual({ troops: 2, 'us-backstop': 2, 'un-mandate': 2 });
    expect(Object.fromEntries(counts.kinds)).toEqual({
      summit: 2,
      meeting: 1,
      statement: 1,
      report: 1,
      call: 1,
    });
    expect(Object.fromEntries(counts.publishers)).toEqual({ BBC: 3, Reuters: 3 });
    expect(Object.fromEntries(counts.provenance)).toEqual({ curated: 3, extracted: 3 });
    expect(Object.fromEntries(counts.stances)).toEqual({
      supports: 4,
      conditional: 3,
      opposes: 5,
      skeptical: 2,
    });
  });

  it('does not narrow a facet by its own selection, and lists a selected value that has no events', () => {
    const counts = facetCounts(EVENTS, { actors: ['meloni', 'nobody'] }, CONTEXT);
    expect(counts.actors.get('macron')).toBe(3);
    expect(counts.actors.get('nobody')).toBe(0);
    expect(Object.fromEntries(counts.kinds)).toEqual({ summit: 1, statement: 1 });
  });

  it.each(FILTER_STATES)('agrees with filterEvents for every value, with %s', (_label, filters) => {
    expectCountsToMatchFiltering(EVENTS, filters, CONTEXT, INDEX);
  });
});

describe('activeFilterChips', () => {
  const lookup = buildStoryLookup(INDEX);

  it.each<[string, EventFilters, [string, string, string][]]>([
    ['nothing', {}, []],
    [
      'names for ids, in URL order',
      { topics: ['un-mandate'], actors: ['meloni', 'ghost'] },
      [
        ['actors', 'meloni', 'Giorgia Meloni'],
        ['actors', 'ghost', 'ghost'],
        ['topics', 'un-mandate', 'UN mandate'],
      ],
    ],
    [
      'stances, kinds, publishers and provenance',
      { stances: ['opposes'], kinds: ['press-conference'], publishers: ['BBC'], provenance: 'curated' },
      [
        ['stances', 'opposes', 'stance: opposes'],
        ['kinds', 'press-conference', 'kind: press conference'],
        ['publishers', 'BBC', 'source: BBC'],
        ['provenance', 'curated', 'checked by an editor only'],
      ],
    ],
    [
      'dates',
      { to: '2025-03-10', from: '2025-02-20' },
      [
        ['from', '2025-02-20', 'from 20 February 2025'],
        ['to', '2025-03-10', 'until 10 March 2025'],
      ],
    ],
  ])('%s', (_label, filters, expected) => {
    expect(activeFilterChips(filters, lookup).map((c) => [c.key, c.value, c.label])).toEqual(expected);
  });
});

describe('emptyResultHint', () => {
  it.each<[string, readonly StoryEvent[], EventFilters, ReturnType<typeof emptyResultHint>]>([
    ['results already', EVENTS, { actors: ['meloni'] }, null],
    ['no events at all', [], { actors: ['meloni'] }, null],
    [
      'the removal that brings back most',
      EVENTS,
      { actors: ['meloni'], kinds: ['meeting'] },
      { key: 'kinds', count: 2 },
    ],
    [
      'clearing topics also widens the stance',
      EVENTS,
      { topics: ['troops'], stances: ['opposes'] },
      { key: 'topics', count: 5 },
    ],
    [
      'a tie goes to the earlier filter',
      EVENTS,
      { actors: ['meloni'], kinds: ['meeting'], provenance: 'curated' },
      { key: 'actors', count: 1 },
    ],
    ['a date range', EVENTS, { actors: ['meloni'], from: '2025-03-10' }, { key: 'from', count: 2 }],
    ['two filters must go', EVENTS, { actors: ['nobody'], kinds: ['leak'] }, null],
  ])('%s', (_label, events, filters, expected) => {
    expect(emptyResultHint(events, filters, CONTEXT)).toEqual(expected);
  });
});

describe('a large story', () => {
  // 10,000 events over 40 actors, 12 topics, 6 publishers; 200 positions.
  const actors = Array.from({ length: 40 }, (_, i) => makeActor({ id: `actor-${i}`, name: `Actor ${i}` }));
  const topics = Array.from({ length: 12 }, (_, i) => makeTopic({ id: `topic-${i}`, name: `Topic ${i}` }));
  const articles = Array.from({ length: 300 }, (_, i) =>
    summaryOf(makeArticle({ id: `art-${i}`, publisher: i % 7 === 6 ? null : `Outlet ${i % 7}` })),
  );
  const precisions = ['day', 'day', 'day', 'week', 'month'] as const;
  const events = Array.from({ length: 10_000 }, (_, i) =>
    makeEvent({
      id: `event-${i}`,
      date: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      precision: precisions[i % 5]!,
      kind: eventKind.options[i % eventKind.options.length]!,
      provenance: i % 3 === 0 ? 'extracted' : 'curated',
      actorIds: [`actor-${i % 40}`, `actor-${(i * 7) % 40}`],
      topicIds: i % 11 === 0 ? [] : [`topic-${i % 12}`, `topic-${(i * 5) % 12}`],
      evidence: [ev(`art-${i % 300}`), ev(`art-${(i * 13) % 300}`)],
    }),
  );
  // A fixed pseudo-random sequence, so positions are not aligned with the events' patterns.
  let seed = 42;
  const next = (n: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return Math.floor((seed / 2_147_483_648) * n);
  };
  const positions = Array.from({ length: 200 }, (_, i) =>
    makePosition({
      id: `pos-${i}`,
      actorId: `actor-${next(40)}`,
      topicId: `topic-${next(12)}`,
      stance: STANCE_ORDER[next(5)]!,
    }),
  );
  const index = makeIndex({ actors, topics, articles, events, positions });
  const context = buildFilterContext(index);

  it.each<[string, EventFilters]>([
    ['actors', { actors: ['actor-3', 'actor-9'] }],
    ['topic and stance', { topics: ['topic-2', 'topic-5'], stances: ['opposes'] }],
    [
      'stances on any topic and a date range',
      { stances: ['skeptical', 'ambiguous'], from: '2025-03-10', to: '2025-08-20' },
    ],
    [
      'publishers, kinds and provenance',
      { publishers: ['Outlet 2', 'Outlet 4'], kinds: ['summit', 'leak', 'call'], provenance: 'extracted' },
    ],
    [
      'a realistic view',
      {
        actors: ['actor-3', 'actor-9', 'actor-21', 'actor-30'],
        topics: ['topic-2', 'topic-5', 'topic-6'],
        stances: ['opposes', 'conditional'],
        publishers: ['Outlet 2', 'Outlet 4', 'Outlet 6'],
        from: '2025-03-10',
      },
    ],
  ])('filters and counts 10,000 events like the oracle: %s', (_label, filters) => {
    const result = filterEvents(events, filters, context);
    const expected = naiveFilter(events, filters, index);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(events.length);
    expect(ids(result)).toEqual(ids(expected));
    expectCountsToMatchFiltering(events, filters, context, index);
  });
});
