import {
  FILTER_KEYS,
  VIEW_PARAMS,
  decodeViewParams,
  encodeViewParams,
  paramsOwnedBy,
  parseViewQuery,
  stringifyViewQuery,
} from '../../../src/app/view/viewParams';

const roundTrip = (query: string) => stringifyViewQuery(decodeViewParams(parseViewQuery(query)).params);

describe('view parameters: the URL codec', () => {
  it.each([
    ['', ''],
    ['?actors=macron,starmer', '?actors=macron,starmer'],
    ['?from=2025-02-20&to=2025-03-10&topic=us-backstop', '?topics=us-backstop&from=2025-02-20&to=2025-03-10'],
    ['?group=actor&start=2025-02-01&end=2025-03-01', '?group=actor&start=2025-02-01&end=2025-03-01'],
    ['?actors=macron&actors=trump', '?actors=macron,trump'],
    ['?actor=macron&actors=trump', '?actors=macron,trump'],
    ['?actors=macron,macron', '?actors=macron'],
    ['?group=none', ''],
    ['?view=timeline', ''],
    ['?q=Meloni%20premature', '?q=Meloni+premature'],
    ['?view=list&s=s12ab', '?view=list&s=s12ab'],
    [
      '?stances=opposes,supports&kinds=summit&provenance=curated',
      '?stances=opposes,supports&kinds=summit&provenance=curated',
    ],
    ['?publishers=Politico%20Europe', '?publishers=Politico+Europe'],
  ])('%s → %s', (input, expected) => {
    expect(roundTrip(input)).toBe(expected);
  });

  it.each([
    '?actors=macron,starmer&from=2025-02-20&to=2025-03-10&topics=us-backstop&group=topic',
    '?q=zelensk&start=2025-02-01&end=2025-04-01',
    '?actors=Bad%20Id,macron&from=2025-13-01&group=weekly',
    '?constructor=1&__proto__=x&actors=,,',
  ])('applying it twice changes nothing: %s', (input) => {
    const once = roundTrip(input);
    expect(roundTrip(once)).toBe(once);
  });

  it('writes keys in the order of the table whatever order they were set in', () => {
    expect(encodeViewParams({ to: '2025-03-01', actors: ['a'], q: 'x' })).toEqual([
      ['q', 'x'],
      ['actors', 'a'],
      ['to', '2025-03-01'],
    ]);
    expect(Object.keys(VIEW_PARAMS).slice(0, 3)).toEqual(['q', 'actors', 'topics']);
  });

  it('derives the filter keys from the table', () => {
    expect(FILTER_KEYS).toEqual([
      'actors',
      'topics',
      'stances',
      'kinds',
      'publishers',
      'provenance',
      'from',
      'to',
    ]);
  });
});

describe('view parameters: what cannot be used is named, the rest applies', () => {
  it('drops each malformed value, names it, and keeps the rest', () => {
    const { params, problems } = decodeViewParams(
      parseViewQuery('?actors=macron,Not%20An%20Id&from=2025-02-31&to=2025-03-10&group=weekly'),
    );
    expect(params).toMatchObject({ actors: ['macron'], to: '2025-03-10' });
    expect(params.from).toBeUndefined();
    expect(params.group).toBeUndefined();
    expect(problems).toEqual([
      {
        param: 'actors',
        value: 'Not An Id',
        message: 'is not an actor id (ids are lowercase, like "macron")',
      },
      { param: 'from', value: '2025-02-31', message: 'is not a date written YYYY-MM-DD' },
      { param: 'group', value: 'weekly', message: 'is not a grouping: use actor, topic, kind' },
    ]);
  });

  it.each([
    ['?actors=', 'actors', '', 'has no value'],
    ['?topics=,', 'topics', ',', 'has no value'],
    [
      '?stances=x',
      'stances',
      'x',
      'is not a stance: use supports, conditional, ambiguous, skeptical, opposes',
    ],
    [
      '?kinds=bogus',
      'kinds',
      'bogus',
      'is not a kind of event: use meeting, press-conference, report, call, summit, statement, leak, decision, other',
    ],
    ['?from=9', 'from', '9', 'is not a date written YYYY-MM-DD'],
    ['?provenance=bogus', 'provenance', 'bogus', 'is not a way of finding events: use curated, extracted'],
    ['?start=x', 'start', 'x', 'is not a date written YYYY-MM-DD'],
    ['?constructor=1', 'constructor', '1', 'is not a setting this app knows'],
    ['?__proto__=1', '__proto__', '1', 'is not a setting this app knows'],
  ])('%s is reported exactly', (query, param, value, message) => {
    const { problems } = decodeViewParams(parseViewQuery(query));
    expect(problems).toEqual([{ param, value, message }]);
  });

  it('returns every parameter its owner has, set or undefined, so no raw text can stand in for a value', () => {
    const { params } = decodeViewParams({ actors: '', from: '9' }, ['view']);
    expect(Object.keys(params).sort()).toEqual(paramsOwnedBy('view').sort());
    expect(params.actors).toBeUndefined();
    expect(params.from).toBeUndefined();
  });

  it('refuses a date range that ends before it starts, and a window that does not move forward', () => {
    const dates = decodeViewParams({ from: '2025-03-10', to: '2025-02-01' });
    expect(dates.params).toMatchObject({ from: '2025-03-10', to: undefined });
    expect(dates.problems).toEqual([
      { param: 'to', value: '2025-02-01', message: 'is before "from" (2025-03-10)' },
    ]);
    const window = decodeViewParams({ start: '2025-03-01', end: '2025-03-01' });
    expect(window.params).toMatchObject({ start: undefined, end: undefined });
  });

  it('names a parameter that belongs to another view', () => {
    const { params, problems } = decodeViewParams({ s: 'abc', actors: 'macron' }, ['view']);
    expect(params).toMatchObject({ actors: ['macron'] });
    expect(problems).toEqual([{ param: 's', value: 'abc', message: 'applies only to an article' }]);
  });

  it('cuts a long search text and says so; refuses absurdly long values whole', () => {
    const long = decodeViewParams({ q: 'a'.repeat(250) }, ['search']);
    expect(long.params.q).toHaveLength(200);
    expect(long.problems[0]?.message).toBe('is longer than 200 characters; the first 200 are used');
    const huge = decodeViewParams({ actors: 'a'.repeat(5000) });
    expect(huge.params.actors).toBeUndefined();
    expect(huge.problems[0]).toMatchObject({ param: 'actors', message: 'is too long to be a real value' });
    expect(huge.problems[0]!.value.length).toBeLessThan(100);
  });

  it('reads values a link built (arrays, nothing) the same as values parsed from text', () => {
    const { params, problems } = decodeViewParams({
      actors: ['macron', 'starmer'],
      group: undefined,
      q: null,
    });
    expect(params.actors).toEqual(['macron', 'starmer']);
    expect(problems).toEqual([]);
  });

  it('never lets markup through as a value', () => {
    const { params } = decodeViewParams({ actors: '<img src=x onerror=alert(1)>', s: '"><script>' });
    expect(params.actors).toBeUndefined();
    expect(params.s).toBeUndefined();
  });

  it('keeps a repeated parameter and prototype names as plain data', () => {
    const raw = parseViewQuery('?constructor=1&actors=a&actors=b');
    expect(raw.constructor).toBe('1');
    expect(raw.actors).toBe('a,b');
  });
});
