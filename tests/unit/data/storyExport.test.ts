import { exportRecords, selectForExport } from '../../../src/app/data/storyExport';
import { overlapsWindow } from '../../../src/app/view/timeWindow';
import { exportLookup, PAGE } from './exportStory';

const all = exportLookup.eventsInOrder;
const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

describe('overlapsWindow', () => {
  it.each([
    ['no window: everything', '2025-01-01', '2025-01-01', {}, true],
    ['a day inside', '2025-02-20', '2025-02-20', { start: '2025-02-15', end: '2025-03-05' }, true],
    ['on the first day', '2025-02-15', '2025-02-15', { start: '2025-02-15', end: '2025-03-05' }, true],
    [
      'on the end day, which is not shown',
      '2025-03-05',
      '2025-03-05',
      { start: '2025-02-15', end: '2025-03-05' },
      false,
    ],
    ['the day before', '2025-02-14', '2025-02-14', { start: '2025-02-15', end: '2025-03-05' }, false],
    ['a month reaching in', '2025-02-01', '2025-02-28', { start: '2025-02-15', end: '2025-03-05' }, true],
  ])('%s', (_name, first, last, window, expected) => {
    expect(overlapsWindow(first, last, window)).toBe(expected);
  });
});

describe('selectForExport', () => {
  it('without a window: every filtered event, their quotes, positions of their actor–topic pairs', () => {
    const selection = selectForExport(all, {}, {}, exportLookup);
    expect(ids(selection.events)).toEqual(['e2', 'e1', 'e3', 'e4']);
    expect(ids(selection.quotes)).toEqual(['q2', 'q1']);
    // p2: no event names Macron with the UN mandate; p5: Starmer's event has no topic.
    expect(ids(selection.positions)).toEqual(['p3', 'p4', 'p1']);
  });

  it('with a window: events covering one of its days, positions dated in it', () => {
    const selection = selectForExport(all, {}, { start: '2025-03-06', end: '2025-03-21' }, exportLookup);
    expect(ids(selection.events)).toEqual(['e3', 'e4']);
    expect(ids(selection.quotes)).toEqual(['q1']);
    expect(ids(selection.positions)).toEqual(['p4', 'p1']);
  });

  it('a window ending on an event’s first day leaves it out (end is the first day not shown)', () => {
    const selection = selectForExport(all, {}, { start: '2025-02-15', end: '2025-03-05' }, exportLookup);
    expect(ids(selection.events)).toEqual(['e2']);
    expect(ids(selection.positions)).toEqual([]);
  });

  it('the From/Until dates and chosen stances narrow the positions too', () => {
    expect(
      ids(selectForExport(all, { from: '2025-03-01', to: '2025-03-12' }, {}, exportLookup).positions),
    ).toEqual(['p4', 'p1']);
    expect(ids(selectForExport(all, { stances: ['opposes'] }, {}, exportLookup).positions)).toEqual(['p3']);
  });

  it('exports only the events it is given (the filtered ones)', () => {
    const filtered = all.filter((e) => e.id === 'e1');
    const selection = selectForExport(filtered, {}, {}, exportLookup);
    expect(ids(selection.events)).toEqual(['e1']);
    expect(ids(selection.quotes)).toEqual(['q2']);
    // e1 names only Macron: Trump's positions on the backstop stay out.
    expect(ids(selection.positions)).toEqual(['p1']);
  });
});

describe('exportRecords', () => {
  const records = exportRecords(exportLookup, PAGE);

  it('an event with names, status, the reader’s words for how it was found, and addresses', () => {
    expect(records.event(exportLookup.eventsById.get('e3')!)).toEqual({
      id: 'e3',
      date: '2025-03-05',
      endDate: '2025-03-07',
      precision: 'day',
      status: 'happened',
      title: 'Three-day summit',
      summary: 'The French president discusses a European force with the US president.',
      kind: 'summit',
      foundBy: 'checked by an editor',
      actors: [
        { id: 'macron', name: 'Emmanuel Macron' },
        { id: 'trump', name: 'Donald Trump' },
      ],
      topics: [{ id: 'us-backstop', name: 'US backstop' }],
      evidence: [
        {
          sentence: 'Macron visited U.S. President Donald Trump',
          outlet: 'Example News',
          reportedBy: null,
          articleId: 'a1',
          articleTitle: 'Macron meets Trump',
          articleDate: '2025-02-25',
          originalAddress: 'https://example.org/a1',
          originalAtSentence:
            'https://example.org/a1#:~:text=Macron%20visited%20U.S.%20President%20Donald%20Trump',
          explorerAddress: 'https://explorer.example/app/articles/a1/?s=s1a2b3c4d',
        },
      ],
      explorerAddress: 'https://explorer.example/app/events/e3/',
    });
  });

  it('an unknown original address stays null, a planned event says so', () => {
    const record = records.event(exportLookup.eventsById.get('e2')!);
    expect(record.status).toBe('planned');
    expect(record.foundBy).toBe('found automatically');
    expect(record.evidence[0]).toMatchObject({
      outlet: null,
      originalAddress: null,
      originalAtSentence: null,
    });
  });

  it('a quote with its speaker and event; a position with its actor–topic address', () => {
    expect(records.quote(exportLookup.quotesById.get('q1')!)).toMatchObject({
      speaker: { id: 'macron', name: 'Emmanuel Macron' },
      speakerAsWritten: 'Macron',
      event: { id: 'e3', name: 'Three-day summit' },
      explorerAddress: 'https://explorer.example/app/quotes/q1/',
    });
    expect(records.position(exportLookup.positionsById.get('p4')!)).toMatchObject({
      actor: { id: 'trump', name: 'Donald Trump' },
      topic: { id: 'us-backstop', name: 'US backstop' },
      stance: 'ambiguous',
      explorerAddress: 'https://explorer.example/app/actors/trump/topics/us-backstop/',
    });
  });
});
