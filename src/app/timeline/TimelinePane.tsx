import { useNavigate, useParams } from '@tanstack/react-router';
import { useCallback, useMemo, useRef } from 'react';
import { useStory } from '../data/storyIndex';
import { localDate, toIsoDate } from '../format/dates';
import { rootRouteApi } from '../url/routeApi';
import { EventTimeline } from './EventTimeline';
import {
  defaultWindow,
  eventIdOfItem,
  eventTimelineItems,
  itemsForWindow,
  timelineGroups,
  type TimeWindow,
} from './timelineItems';
import { windowToSearch } from './timeWindow';

/** More boxes than this in and near the window become per-row counts. */
const MAX_DRAWN_ITEMS = 400;
/** A window change within this long after the last one replaces its history entry. */
const SETTLE_MS = 1200;

export function TimelinePane() {
  const { index } = useStory();
  const search = rootRouteApi.useSearch();
  const navigate = useNavigate();
  const { eventId } = useParams({ strict: false });
  const grouping = search.group ?? 'none';
  const lastWindowPush = useRef(0);

  const events = index.events;
  const allItems = useMemo(() => eventTimelineItems(events, grouping), [events, grouping]);
  const { start, end } = search;
  const window = useMemo<TimeWindow>(
    () => (start && end ? { start: localDate(start), end: localDate(end) } : defaultWindow(allItems)),
    [start, end, allItems],
  );
  const drawn = useMemo(() => itemsForWindow(allItems, window, MAX_DRAWN_ITEMS), [allItems, window]);
  const { lookup } = useStory();
  const groups = useMemo(() => timelineGroups(allItems, grouping, lookup), [allItems, grouping, lookup]);
  const selectedItemIds = useMemo(
    () => (eventId ? drawn.items.filter((item) => item.eventId === eventId).map((item) => item.id) : []),
    [drawn.items, eventId],
  );

  const onSelectItem = useCallback(
    (itemId: string | null) => {
      if (!itemId) return;
      void navigate({
        to: '/events/$eventId',
        params: { eventId: eventIdOfItem(itemId) },
        search: (prev) => ({ ...prev, s: undefined }),
      });
    },
    [navigate],
  );

  const onWindowChange = useCallback(
    (next: TimeWindow) => {
      const now = performance.now();
      // One history entry per settled view: quick successive pans and zooms replace it.
      const replace = now - lastWindowPush.current < SETTLE_MS;
      lastWindowPush.current = now;
      void navigate({ to: '.', search: (prev) => ({ ...prev, ...windowToSearch(next) }), replace });
    },
    [navigate],
  );

  return (
    <div className="timeline-wrap">
      {drawn.summarized && (
        <p className="timeline-note" role="status">
          Too many events to draw at this zoom: showing counts. Zoom in or click a count.
        </p>
      )}
      <EventTimeline
        key={grouping === 'none' ? 'single-row' : 'rows'}
        items={drawn.items}
        groups={groups}
        window={window}
        selectedItemIds={selectedItemIds}
        onSelectItem={onSelectItem}
        onWindowChange={onWindowChange}
        onZoomTo={onWindowChange}
        ariaLabel={`Timeline: ${events.length} events, from ${toIsoDate(window.start)} to ${toIsoDate(window.end)}`}
      />
    </div>
  );
}
