import { buildStoryLookup } from '../../src/app/data/storyLookup';
import { listPage } from '../../src/app/timeline/EventListView';
import { localDate } from '../../src/app/format/dates';
import {
  defaultWindow,
  emphasisedEvents,
  eventIdOfItem,
  eventTimelineItems,
  itemsForWindow,
  timelineGroups,
  withEmphasis,
} from '../../src/app/timeline/timelineItems';
import { makeActor, makeEvent, makeEvents, makeIndex } from '../fixtures/story';

describe('eventTimelineItems', () => {
  it('makes one box per day event, labelled with the plain title', () => {
    const [item] = eventTimelineItems([makeEvent({ title: '<b>not bold</b>' })], 'none');
    expect(item).toMatchObject({
      id: 'macron-visits-trump',
      type: 'box',
      label: '<b>not bold</b>',
      group: undefined,
    });
    expect(item!.start).toEqual(localDate('2025-02-24'));
  });

  it('draws a week or month date as a box at the start of the period, tagged with the period', () => {
    const [week] = eventTimelineItems([makeEvent({ precision: 'week' })], 'none');
    expect(week).toMatchObject({
      type: 'box',
      start: localDate('2025-02-24'),
      end: undefined,
      tag: 'wk of 24 Feb',
    });
    const [month] = eventTimelineItems([makeEvent({ date: '2025-03-01', precision: 'month' })], 'none');
    expect(month).toMatchObject({ type: 'box', end: undefined, tag: 'Mar 2025' });
    expect(month!.className).toContain('precision-month');
  });

  it('draws an event that spans days as a range to the end of its last day', () => {
    const [summit] = eventTimelineItems([makeEvent({ date: '2025-03-01', endDate: '2025-03-02' })], 'none');
    expect(summit).toMatchObject({
      type: 'range',
      start: localDate('2025-03-01'),
      end: localDate('2025-03-03'),
    });
    expect(summit!.tag).toBeUndefined();
  });

  it('tags a planned event and gives every item the glyph of its kind', () => {
    const [planned] = eventTimelineItems([makeEvent({ planned: true, kind: 'call' })], 'none');
    expect(planned).toMatchObject({ tag: 'planned', icon: '☎\uFE0E' });
    const [plannedMonth] = eventTimelineItems(
      [makeEvent({ planned: true, precision: 'month', date: '2025-04-01' })],
      'none',
    );
    expect(plannedMonth!.tag).toBe('Apr 2025 · planned');
  });

  it('puts an event in every actor row it involves, with ids that lead back to the event', () => {
    const items = eventTimelineItems([makeEvent({ actorIds: ['macron', 'trump'] })], 'actor');
    expect(items.map((i) => [i.id, i.group])).toEqual([
      ['macron-visits-trump@macron', 'macron'],
      ['macron-visits-trump@trump', 'trump'],
    ]);
    expect(items.map((i) => eventIdOfItem(i.id))).toEqual(['macron-visits-trump', 'macron-visits-trump']);
  });

  it('makes one item per row even when an event lists an actor twice', () => {
    const items = eventTimelineItems([makeEvent({ actorIds: ['macron', 'macron'] })], 'actor');
    expect(items.map((i) => i.id)).toEqual(['macron-visits-trump@macron']);
  });

  it('marks planned and extracted events for styling', () => {
    const [item] = eventTimelineItems([makeEvent({ planned: true, provenance: 'extracted' })], 'none');
    expect(item!.className).toContain('is-planned');
    expect(item!.className).toContain('is-extracted');
  });

  it('names rows by actor, busiest first, with a row for events without actors', () => {
    const lookup = buildStoryLookup(
      makeIndex({ actors: [makeActor(), makeActor({ id: 'trump', name: 'Donald Trump' })] }),
    );
    const events = [
      makeEvent({ id: 'a', actorIds: ['trump'] }),
      makeEvent({ id: 'b', actorIds: ['trump', 'macron'] }),
      makeEvent({ id: 'c', actorIds: [] }),
    ];
    const groups = timelineGroups(eventTimelineItems(events, 'actor'), 'actor', lookup);
    expect(groups?.map((g) => g.label)).toEqual(['Donald Trump', 'Emmanuel Macron', 'No actor']);
  });
});

describe('itemsForWindow', () => {
  const items = eventTimelineItems(makeEvents(200, '2025-01-01'), 'none');
  const window = { start: localDate('2025-02-01'), end: localDate('2025-02-11') };

  it('keeps only items in and near the window', () => {
    const { items: near, summarized } = itemsForWindow(items, window, 100);
    expect(summarized).toBe(false);
    const days = near.map((i) => i.start.getTime());
    expect(Math.min(...days)).toBeGreaterThanOrEqual(localDate('2025-01-27').getTime());
    expect(Math.max(...days)).toBeLessThanOrEqual(localDate('2025-02-16').getTime());
    expect(near.some((i) => i.id === 'event-0035')).toBe(true);
  });

  it('includes a long range that starts before the window and reaches into it', () => {
    const long = eventTimelineItems(
      [makeEvent({ id: 'long', date: '2025-01-01', endDate: '2025-12-31' })],
      'none',
    );
    expect(itemsForWindow(long, window, 10).items.map((i) => i.id)).toEqual(['long']);
  });

  it('summarises as counts per row when too many would be drawn, losing no event', () => {
    const wide = { start: localDate('2025-01-01'), end: localDate('2025-07-20') };
    const { items: cells, summarized } = itemsForWindow(items, wide, 50, 10);
    expect(summarized).toBe(true);
    expect(cells.length).toBeLessThanOrEqual(10);
    const total = cells.reduce((sum, cell) => sum + Number(cell.label.split(' ')[0]), 0);
    expect(total).toBe(200);
    expect(cells.every((c) => c.type === 'density' && c.eventId === null)).toBe(true);
  });
});

describe('defaultWindow', () => {
  it('frames every item with a margin', () => {
    const items = eventTimelineItems(makeEvents(10, '2025-02-01'), 'none');
    const { start, end } = defaultWindow(items);
    expect(start.getTime()).toBeLessThan(localDate('2025-02-01').getTime());
    expect(end.getTime()).toBeGreaterThan(localDate('2025-02-10').getTime());
  });
});

describe('emphasis for the open panel', () => {
  const events = [
    makeEvent({
      id: 'a',
      actorIds: ['macron'],
      topicIds: ['us-backstop'],
      evidence: [{ articleId: 'a1', sentenceId: 's1', quote: 'q' }],
    }),
    makeEvent({
      id: 'b',
      actorIds: ['macron'],
      topicIds: ['troops'],
      evidence: [{ articleId: 'a2', sentenceId: 's1', quote: 'q' }],
    }),
    makeEvent({
      id: 'c',
      actorIds: ['trump'],
      topicIds: ['us-backstop'],
      evidence: [{ articleId: 'a1', sentenceId: 's2', quote: 'q' }],
    }),
  ];
  const lookup = buildStoryLookup(makeIndex({ events }));
  const ids = (set: Set<string> | null) => (set ? [...set].sort() : null);

  it.each([
    ['an actor: that actor’s events', { actorId: 'macron' }, ['a', 'b']],
    ['a topic: the events about it', { topicId: 'us-backstop' }, ['a', 'c']],
    ['an actor on a topic: both', { actorId: 'macron', topicId: 'us-backstop' }, ['a']],
    ['an article: the events it is evidence for', { articleId: 'a1' }, ['a', 'c']],
    ['nothing open: nothing fades', {}, null],
  ] as const)('%s', (_, open, expected) => {
    expect(ids(emphasisedEvents(lookup, open))).toEqual(expected);
  });

  it('fades the other events’ items and leaves density counts alone', () => {
    const items = eventTimelineItems(events, 'none');
    const faded = withEmphasis(items, new Set(['a']));
    expect(faded.map((i) => i.className.includes('is-faded'))).toEqual([false, true, true]);
    expect(faded[0]!.className).toContain('is-emphasised');
    expect(withEmphasis(items, null)).toBe(items);
  });
});

describe('listPage', () => {
  const events = makeEvents(500);

  it('shows every event when there are few', () => {
    expect(listPage(events.slice(0, 20), undefined, 200)).toEqual({ from: 0, to: 20 });
  });

  it('pages around the selected event, staying inside the list', () => {
    expect(listPage(events, 'event-0250', 200)).toEqual({ from: 150, to: 350 });
    expect(listPage(events, 'event-0010', 200)).toEqual({ from: 0, to: 200 });
    expect(listPage(events, 'event-0499', 200)).toEqual({ from: 300, to: 500 });
    expect(listPage(events, undefined, 200)).toEqual({ from: 0, to: 200 });
  });
});
