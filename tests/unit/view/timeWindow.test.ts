import { localDate } from '../../../src/app/format/dates';
import { windowFromParams, windowShowing, windowToParams } from '../../../src/app/view/timeWindow';
import { makeEvent } from '../../fixtures/story';

describe('windowShowing', () => {
  const window = { start: '2025-02-01', end: '2025-02-11' };

  const lateJanuary = { start: '2025-01-27', end: '2025-02-06' };
  it.each([
    ['no window set: everything is in view', {}, makeEvent({ date: '2025-06-01' }), {}],
    ['event inside: unchanged', window, makeEvent({ date: '2025-02-05' }), window],
    [
      'a month that overlaps the window: unchanged',
      lateJanuary,
      makeEvent({ date: '2025-01-01', precision: 'month' }),
      lateJanuary,
    ],
    [
      'event after: same span centred on it',
      window,
      makeEvent({ date: '2025-03-01' }),
      { start: '2025-02-24', end: '2025-03-06' },
    ],
    [
      'event before: same span centred on it',
      window,
      makeEvent({ date: '2025-01-10' }),
      { start: '2025-01-05', end: '2025-01-15' },
    ],
  ] as const)('%s', (_, input, event, expected) => {
    expect(windowShowing(input, event)).toEqual(expected);
  });
});

describe('windowToParams', () => {
  it('writes whole days and never an empty window', () => {
    expect(windowToParams({ start: localDate('2025-02-01'), end: localDate('2025-02-11') })).toEqual({
      start: '2025-02-01',
      end: '2025-02-11',
    });
    const narrow = { start: new Date(2025, 1, 1, 9), end: new Date(2025, 1, 1, 10) };
    expect(windowToParams(narrow)).toEqual({ start: '2025-02-01', end: '2025-02-02' });
  });
});

describe('windowFromParams', () => {
  it('reads a window only when both ends are set, each on its own calendar day', () => {
    expect(windowFromParams({ start: '2025-02-01' })).toBeNull();
    const window = windowFromParams({ start: '2025-02-01', end: '2025-03-01' })!;
    expect([
      window.start.getDate(),
      window.start.getMonth(),
      window.end.getDate(),
      window.end.getMonth(),
    ]).toEqual([1, 1, 1, 2]);
    expect(windowToParams(window)).toEqual({ start: '2025-02-01', end: '2025-03-01' });
  });
});
