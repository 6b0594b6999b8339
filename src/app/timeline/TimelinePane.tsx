import { useNavigate, useParams } from '@tanstack/react-router';
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { StoryEvent } from '../../model/core';
import { useStory } from '../data/storyIndex';
import { formatStoryDate, toIsoDate } from '../format/dates';
import { useOpenEvent } from '../ui/StoryLinks';
import { windowFromParams, type TimeWindow } from '../view/timeWindow';
import { useViewParams } from '../view/useView';
import { keepView, showWindow } from '../view/viewAddress';
import { EventListView } from './EventListView';
import { EventPopover, useEventPopover } from './EventPopover';
import {
  storyTimelineItems,
  storyWindowOf,
  emphasisedEvents,
  eventIdOfItem,
  itemsForWindowOnce,
  timelineGroups,
  withEmphasis,
} from './timelineItems';
import { historyModeFor } from './windowGestures';
import { TimelineWidget } from './timelineWidget';

/**
 * Rows of the list that stands in for the timeline until it loads (and on a page read without
 * JavaScript): a screenful around the selection, each page linking on to the next.
 */
const FALLBACK_LIST_SIZE = 30;

/** More boxes than this in and near the window become per-row counts. */
const MAX_DRAWN_ITEMS = 400;

/** The timeline of the filtered events, or the same events as a list (`view=list`). */
export function TimelinePane({ events }: { events: readonly StoryEvent[] }) {
  const { group, start, end, view } = useViewParams();
  const navigate = useNavigate();
  const { eventId, actorId, topicId, articleId, quoteId, positionId } = useParams({ strict: false });
  const grouping = group ?? 'none';
  const lastPushedGesture = useRef<number | null>(null);
  const openEvent = useOpenEvent();

  const { lookup } = useStory();
  // Items are built and sorted once per grouping; a filter change only drops the ones it hides.
  const storyItems = useMemo(() => storyTimelineItems(lookup.eventsInOrder, grouping), [lookup, grouping]);
  const shownItems = useMemo(() => {
    if (events === lookup.eventsInOrder) return storyItems;
    const shown = new Set(events.map((e) => e.id));
    return storyItems.filter((item) => item.eventId !== null && shown.has(item.eventId));
  }, [storyItems, events, lookup]);
  // Without a window in the URL the whole story is shown, whatever the filters: filtering
  // never moves the timeline.
  const storyWindow = useMemo(() => storyWindowOf(storyItems), [storyItems]);
  const window = useMemo<TimeWindow>(
    () => windowFromParams({ start, end }) ?? storyWindow,
    [start, end, storyWindow],
  );
  // The events of an open actor, topic or article stand out; the others fade but stay.
  const emphasised = useMemo(
    () => emphasisedEvents(lookup, { actorId, topicId, articleId, quoteId, positionId }),
    [lookup, actorId, topicId, articleId, quoteId, positionId],
  );
  const drawn = useMemo(() => {
    const inWindow = itemsForWindowOnce(shownItems, window, MAX_DRAWN_ITEMS);
    return { ...inWindow, items: withEmphasis(inWindow.items, emphasised) };
  }, [shownItems, window, emphasised]);
  const groups = useMemo(() => timelineGroups(shownItems, grouping, lookup), [shownItems, grouping, lookup]);
  const selectedItemIds = useMemo(
    () => (eventId ? drawn.items.filter((item) => item.eventId === eventId).map((item) => item.id) : []),
    [drawn.items, eventId],
  );

  const selectedIndex = useMemo(
    () => (eventId ? events.findIndex((e) => e.id === eventId) : -1),
    [events, eventId],
  );

  const onSelectItem = useCallback(
    (itemId: string) => {
      void navigate({
        to: '/events/$eventId/',
        params: { eventId: eventIdOfItem(itemId) },
        search: keepView,
      });
    },
    [navigate],
  );

  const onWindowChange = useCallback(
    (next: TimeWindow, gesture: number) => {
      // One history entry per gesture: its first change pushes, its later changes replace it.
      const replace = historyModeFor(gesture, lastPushedGesture.current) === 'replace';
      lastPushedGesture.current = gesture;
      void navigate({ to: './', search: (current) => showWindow(current, next), replace });
    },
    [navigate],
  );

  const onZoomTo = useCallback(
    (next: TimeWindow) => {
      void navigate({ to: './', search: (current) => showWindow(current, next) });
    },
    [navigate],
  );

  // vis-timeline has no keyboard support of its own: arrows step through events in time order.
  // The popover: the hovered item, or the selected one while the timeline has keyboard focus.
  const wrapRef = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState(false);
  const popover = useEventPopover(wrapRef, {
    selectedEventId: focused && view !== 'list' ? eventId : undefined,
    redrawn: [drawn.items, window],
  });
  const popoverEvent = popover.shown ? lookup.eventsById.get(popover.shown.eventId) : undefined;

  const onKeyDown = (keyEvent: KeyboardEvent) => {
    if (keyEvent.key !== 'ArrowRight' && keyEvent.key !== 'ArrowLeft') return;
    // Only on the timeline itself: in the list, arrows belong to the browser and screen reader.
    if (keyEvent.target !== keyEvent.currentTarget) return;
    const ordered = events;
    if (ordered.length === 0) return;
    keyEvent.preventDefault();
    const at = ordered.findIndex((e) => e.id === eventId);
    const step = keyEvent.key === 'ArrowRight' ? 1 : -1;
    const nextIndex = at === -1 ? (step === 1 ? 0 : ordered.length - 1) : at + step;
    const next = ordered[Math.max(0, Math.min(ordered.length - 1, nextIndex))]!;
    void navigate({
      to: '/events/$eventId/',
      params: { eventId: next.id },
      search: openEvent(next.id),
    });
  };

  return (
    <div
      ref={wrapRef}
      className="timeline-wrap"
      role="group"
      tabIndex={0}
      data-focus-home
      data-keeps-focus
      onKeyDown={onKeyDown}
      onFocus={(focusEvent) => setFocused(focusEvent.target === focusEvent.currentTarget)}
      onBlur={(focusEvent) => focusEvent.target === focusEvent.currentTarget && setFocused(false)}
      aria-label="Timeline. Use the left and right arrow keys to step through events."
    >
      <p className="visually-hidden" aria-live="polite">
        {selectedIndex >= 0 &&
          `Event ${selectedIndex + 1} of ${events.length}: ${events[selectedIndex]!.title}, ${formatStoryDate(
            events[selectedIndex]!.date,
            events[selectedIndex]!.precision,
            events[selectedIndex]!.endDate,
          )}`}
      </p>
      {drawn.summarized && view !== 'list' && (
        <p className="timeline-note" role="status">
          Too many events to draw at this zoom: showing counts. Zoom in or click a count.
        </p>
      )}
      {view === 'list' ? (
        <EventListView events={events} selectedId={eventId} />
      ) : (
        <TimelineWidget
          // Until the timeline's chunk arrives (and in a prerendered page) the events are a list.
          fallback={<EventListView events={events} selectedId={eventId} pageSize={FALLBACK_LIST_SIZE} />}
          key={grouping === 'none' ? 'single-row' : 'rows'}
          items={drawn.items}
          groups={groups}
          window={window}
          selectedItemIds={selectedItemIds}
          onSelectItem={onSelectItem}
          onWindowChange={onWindowChange}
          onZoomTo={onZoomTo}
          onHoverItem={popover.onHoverItem}
          ariaLabel={`Timeline: ${events.length} events, from ${toIsoDate(window.start)} to ${toIsoDate(window.end)}`}
        />
      )}
      {popover.shown && popoverEvent && view !== 'list' && (
        <EventPopover event={popoverEvent} anchor={popover.shown.anchor} />
      )}
    </div>
  );
}
