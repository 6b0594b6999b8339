import { Link } from '@tanstack/react-router';
import type { StoryEvent } from '../../model/core';
import { formatStoryDate } from '../format/dates';
import { eventKindLabel } from '../format/labels';
import { useOpenEvent } from '../ui/StoryLinks';

/** More list rows than this are not rendered at once; the list pages around the selection. */
export const LIST_PAGE_SIZE = 200;

/**
 * The slice of `events` the list shows: all of them when few, otherwise a page
 * centred on the selected event (or the first page), so the URL alone decides it.
 */
export function listPage(
  events: readonly StoryEvent[],
  selectedId: string | undefined,
  size = LIST_PAGE_SIZE,
) {
  if (events.length <= size) return { from: 0, to: events.length };
  const at = selectedId ? events.findIndex((e) => e.id === selectedId) : -1;
  const from = Math.max(0, Math.min(events.length - size, (at === -1 ? 0 : at) - Math.floor(size / 2)));
  return { from, to: from + size };
}

/**
 * The same events as the timeline, as a list that screen readers and keyboards
 * can use: same filters, same selection, same URL.
 */
export function EventListView({
  events,
  selectedId,
  pageSize = LIST_PAGE_SIZE,
}: {
  events: readonly StoryEvent[];
  selectedId?: string;
  /** Rows shown at once, around the selection. */
  pageSize?: number;
}) {
  const openEvent = useOpenEvent();
  if (events.length === 0) return null;
  const { from, to } = listPage(events, selectedId, pageSize);
  const before = events[from - 1];
  const after = events[to];
  return (
    <div className="event-list-wrap">
      {(before || after) && (
        <p className="timeline-note" role="status">
          Showing events {from + 1}–{to} of {events.length}, around the selected one.
        </p>
      )}
      {before && (
        <Link to="/events/$eventId/" params={{ eventId: before.id }} search={openEvent(before.id)}>
          ↑ Earlier events
        </Link>
      )}
      <ol className="event-list-view" aria-label={`${events.length} events in time order`}>
        {events.slice(from, to).map((event) => (
          <li key={event.id} className={event.id === selectedId ? 'is-selected' : undefined}>
            <time dateTime={event.date}>{formatStoryDate(event.date, event.precision, event.endDate)}</time>
            <Link to="/events/$eventId/" params={{ eventId: event.id }} search={openEvent(event.id)}>
              {event.title}
            </Link>
            <span className="event-meta">
              {eventKindLabel(event.kind)}
              {event.planned ? ' · planned' : ''}
            </span>
          </li>
        ))}
      </ol>
      {after && (
        <Link to="/events/$eventId/" params={{ eventId: after.id }} search={openEvent(after.id)}>
          ↓ Later events
        </Link>
      )}
    </div>
  );
}
