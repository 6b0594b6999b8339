import {
  clearFilter,
  clearFilters,
  filterToWindow,
  groupBy,
  keepKnownIds,
  keepView,
  openArticleAt,
  openEvent,
  removeFilterValue,
  searchFor,
  setDateFilter,
  setListFilter,
  showAs,
} from '../../../src/app/view/viewAddress';
import type { AnyViewParams, FilterKey, ViewParams } from '../../../src/app/view/viewParams';
import { makeEvent } from '../../fixtures/story';

const view: ViewParams = { actors: ['macron'], group: 'actor', start: '2025-02-01', end: '2025-02-11' };

describe('next addresses', () => {
  it('a link keeps the view and leaves the route’s own parameters behind', () => {
    const here: AnyViewParams = { ...view, s: 'sentence1', q: 'meloni' };
    expect(keepView(here)).toEqual(view);
  });

  it('opening an article sets its sentence; opening the search sets its text', () => {
    expect(openArticleAt({ ...view, q: 'x' } as ViewParams, 's1')).toEqual({ ...view, s: 's1' });
    expect(searchFor(view, '  zelensk ')).toEqual({ ...view, q: 'zelensk' });
    expect(searchFor(view, '   ')).toEqual({ ...view, q: undefined });
  });

  it('opening an event outside the window moves the window to it, the same span wide', () => {
    expect(openEvent(view, makeEvent({ date: '2025-03-01' }))).toEqual({
      ...view,
      start: '2025-02-24',
      end: '2025-03-06',
    });
    expect(openEvent(view, makeEvent({ date: '2025-02-05' }))).toEqual(view);
  });

  it('a complete, ordered date filter brings the window with it', () => {
    const from = setDateFilter({}, 'from', '2025-02-10');
    expect(from).toEqual({ from: '2025-02-10' });
    expect(setDateFilter(from, 'to', '2025-02-20')).toEqual({
      from: '2025-02-10',
      to: '2025-02-20',
      start: '2025-02-10',
      end: '2025-02-21',
    });
    expect(setDateFilter({ from: '2025-02-10' }, 'to', '2025-02-01')).toEqual({
      from: '2025-02-10',
      to: '2025-02-01',
    });
    expect(setDateFilter({ from: '2025-02-10' }, 'from', '')).toEqual({ from: undefined });
  });

  it('the window becomes the date filter', () => {
    expect(filterToWindow(view)).toEqual({ ...view, from: '2025-02-01', to: '2025-02-11' });
    expect(filterToWindow({ actors: ['a'] })).toEqual({ actors: ['a'] });
  });

  it('grouping and list/timeline write nothing for their defaults', () => {
    expect(groupBy(view, 'none').group).toBeUndefined();
    expect(groupBy(view, 'topic').group).toBe('topic');
    expect(showAs(view, 'list').view).toBe('list');
    expect(showAs({ view: 'list' }, 'timeline').view).toBeUndefined();
  });

  it('a list filter set to nothing is off', () => {
    expect(setListFilter(view, 'actors', []).actors).toBeUndefined();
    expect(setListFilter(view, 'stances', ['opposes']).stances).toEqual(['opposes']);
  });

  it('keeps only ids the data knows', () => {
    expect(keepKnownIds({ actors: ['macron', 'ghost'] }, 'actors', (id) => id === 'macron').actors).toEqual([
      'macron',
    ]);
    expect(keepKnownIds({ actors: ['ghost'] }, 'actors', () => false).actors).toBeUndefined();
  });
});

describe('removeFilterValue, clearFilter and clearFilters', () => {
  it.each<[string, AnyViewParams, FilterKey, string, AnyViewParams]>([
    ['one of two values', { actors: ['a', 'b'] }, 'actors', 'a', { actors: ['b'] }],
    ['the last value turns the filter off', { actors: ['a'] }, 'actors', 'a', { actors: undefined }],
    ['a value that is not there', { actors: ['a'] }, 'actors', 'z', { actors: ['a'] }],
    [
      'a date',
      { from: '2025-02-01', to: '2025-03-01' },
      'from',
      '2025-02-01',
      { from: undefined, to: '2025-03-01' },
    ],
    [
      'another provenance than the set one',
      { provenance: 'curated' },
      'provenance',
      'extracted',
      { provenance: 'curated' },
    ],
    [
      'keeps the rest of the parameters',
      { q: 'x', group: 'actor', stances: ['opposes'] },
      'stances',
      'opposes',
      { q: 'x', group: 'actor', stances: undefined },
    ],
  ])('%s', (_label, before, key, value, after) => {
    const snapshot = structuredClone(before);
    const next = removeFilterValue(before, key, value);
    expect(next).toEqual(after);
    expect(before).toEqual(snapshot);
  });

  it('clears one filter', () => {
    expect(clearFilter({ actors: ['a'], from: '2025-02-01' }, 'from')).toEqual({
      actors: ['a'],
      from: undefined,
    });
  });

  it('clears every filter and keeps the rest, without touching the input', () => {
    const before: AnyViewParams = {
      q: 'meloni',
      start: '2025-02-01',
      actors: ['meloni'],
      topics: ['troops'],
      stances: ['opposes'],
      kinds: ['summit'],
      publishers: ['BBC'],
      provenance: 'curated',
      from: '2025-02-01',
      to: '2025-03-01',
    };
    const snapshot = structuredClone(before);
    const cleared = clearFilters(before);
    expect(Object.fromEntries(Object.entries(cleared).filter(([, v]) => v !== undefined))).toEqual({
      q: 'meloni',
      start: '2025-02-01',
    });
    expect(before).toEqual(snapshot);
  });
});
