import { render, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { DataSet } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import { localDate } from '../../src/app/format/dates';
import { EventTimeline, type EventTimelineProps } from '../../src/app/timeline/EventTimeline';
import { eventTimelineItems } from '../../src/app/timeline/timelineItems';
import { makeEvents } from '../fixtures/story';

function props(overrides: Partial<EventTimelineProps> = {}): EventTimelineProps {
  return {
    items: eventTimelineItems(makeEvents(5, '2025-02-01'), 'none'),
    window: { start: localDate('2025-01-25'), end: localDate('2025-02-15') },
    selectedItemIds: [],
    onSelectItem: vi.fn(),
    onWindowChange: vi.fn(),
    ariaLabel: 'Timeline',
    ...overrides,
  };
}

const contents = (container: HTMLElement) =>
  [...container.querySelectorAll('.vis-item-content .item-title')].map((el) => el.textContent).sort();

// jsdom does no layout: every element measures 0 × 0, and vis-timeline draws no item in a
// zero-width timeline. Give elements a size so the real widget renders its items.
beforeAll(() => {
  // Items get a box's width, everything else the width of a timeline; heights are generous.
  const width = function (this: HTMLElement) {
    return this.classList.contains('vis-item') ? 40 : 800;
  };
  for (const [prop, get] of [
    ['clientWidth', width],
    ['offsetWidth', width],
    ['clientHeight', () => 300],
    ['offsetHeight', () => 300],
  ] as const) {
    Object.defineProperty(HTMLElement.prototype, prop, { configurable: true, get });
  }
});

afterAll(() => {
  for (const prop of ['clientWidth', 'offsetWidth', 'clientHeight', 'offsetHeight']) {
    delete (HTMLElement.prototype as unknown as Record<string, unknown>)[prop];
  }
});

const labels = (container: HTMLElement) =>
  [...container.querySelectorAll('.vis-label .vis-inner')].map((el) => el.textContent);
const selected = (container: HTMLElement) =>
  [...container.querySelectorAll('.vis-item.vis-selected .item-title')].map((el) => el.textContent);

// The real widget, given a size (above); user gestures are tested in Chromium
// (tests/e2e/timeline.spec.ts), where it has a real layout and real input.
describe('EventTimeline (the vis-timeline wrapper)', () => {
  it('creates exactly one timeline under StrictMode and destroys it on unmount', async () => {
    const { container, unmount } = render(
      <StrictMode>
        <EventTimeline {...props()} />
      </StrictMode>,
    );
    expect(container.querySelectorAll('.vis-timeline')).toHaveLength(1);
    await waitFor(() => expect(contents(container)).toHaveLength(5));
    unmount();
    expect(container.querySelectorAll('.vis-timeline')).toHaveLength(0);
  });

  it('pushes only what changed in the items, without creating the widget again', async () => {
    const first = props();
    const { container, rerender } = render(<EventTimeline {...first} />);
    await waitFor(() => expect(contents(container)).toHaveLength(5));
    const root = container.querySelector('.vis-timeline');
    const update = vi.spyOn(DataSet.prototype, 'update');
    const remove = vi.spyOn(DataSet.prototype, 'remove');
    const [kept, renamed, ...dropped] = first.items;
    const added = { ...dropped[0]!, id: 'event-new', eventId: 'event-new', label: 'A new event' };
    rerender(<EventTimeline {...first} items={[kept!, { ...renamed!, label: 'Renamed event' }, added]} />);
    await waitFor(() => expect(contents(container)).toContain('Renamed event'));
    // vis-data passes ids or whole items along, and calls itself: compare the sets of ids touched.
    const ids = (calls: unknown[][]) =>
      [
        ...new Set(
          calls.flatMap(([arg]) =>
            [arg].flat().map((x) => (typeof x === 'object' ? (x as { id: string }).id : x)),
          ),
        ),
      ].sort();
    expect(ids(remove.mock.calls)).toEqual(dropped.map((i) => i.id).sort());
    expect(ids(update.mock.calls)).toEqual(['event-new', renamed!.id].sort());
    expect(contents(container)).not.toContain(dropped[1]!.label);
    expect(container.querySelector('.vis-timeline')).toBe(root);
    update.mockRestore();
    remove.mockRestore();
  });

  it('follows the window it is given, and reports no change the user did not make', async () => {
    const first = props();
    const setWindow = vi.spyOn(Timeline.prototype, 'setWindow');
    const { rerender } = render(<EventTimeline {...first} />);
    const narrow = { start: localDate('2025-02-02'), end: localDate('2025-02-05') };
    rerender(<EventTimeline {...first} window={narrow} />);
    await waitFor(() =>
      expect(setWindow).toHaveBeenLastCalledWith(narrow.start, narrow.end, { animation: false }),
    );
    // The same window again (a re-render from an unrelated change) is not pushed again.
    const calls = setWindow.mock.calls.length;
    rerender(<EventTimeline {...first} window={{ ...narrow }} ariaLabel="Timeline, relabelled" />);
    expect(setWindow).toHaveBeenCalledTimes(calls);
    expect(first.onWindowChange).not.toHaveBeenCalled();
    setWindow.mockRestore();
  });

  it('follows the rows it is given', async () => {
    const items = props().items.map((item, i) => ({ ...item, group: i % 2 ? 'odd' : 'even' }));
    const groups = [
      { id: 'even', label: 'Even days' },
      { id: 'odd', label: 'Odd days' },
    ];
    const { container, rerender } = render(<EventTimeline {...props({ items, groups })} />);
    await waitFor(() => expect(labels(container)).toEqual(['Even days', 'Odd days']));
    rerender(
      <EventTimeline
        {...props({ items, groups: [{ id: 'even', label: 'Even days, renamed' }, groups[1]!] })}
      />,
    );
    await waitFor(() => expect(labels(container)).toEqual(['Even days, renamed', 'Odd days']));
  });

  it('shows the selection it is given', async () => {
    const first = props();
    const { container, rerender } = render(
      <EventTimeline {...first} selectedItemIds={[first.items[1]!.id]} />,
    );
    await waitFor(() => expect(selected(container)).toEqual(['Event number 1']));
    rerender(<EventTimeline {...first} selectedItemIds={[first.items[3]!.id]} />);
    await waitFor(() => expect(selected(container)).toEqual(['Event number 3']));
    expect(first.onSelectItem).not.toHaveBeenCalled();
  });
});
