import { Link } from '@tanstack/react-router';
import type { StoryEvent } from '../../model';
import { formatStoryDate } from '../format/dates';
import { eventKindLabel } from '../filters/eventFilters';
import { useOpenEventSearch } from '../links/StoryLinks';

/**
 * The same events as the timeline, as a list that screen readers and keyboards
 * can use: same filters, same selection, same URL.
 */
export function EventListView({
  events,
  selectedId,
}: {
  events: readonly StoryEvent[];
  selectedId?: string;
}) {
  const openEvent = useOpenEventSearch();
  if (events.length === 0) return null;
  return (
    <ol className="event-list-view" aria-label={`${events.length} events in time order`}>
      {events.map((event) => (
        <li key={event.id} className={event.id === selectedId ? 'is-selected' : undefined}>
          <time dateTime={event.date}>{formatStoryDate(event.date, event.precision, event.endDate)}</time>
          <Link to="/events/$eventId" params={{ eventId: event.id }} search={openEvent(event.id)}>
            {event.title}
          </Link>
          <span className="event-meta">
            {eventKindLabel(event.kind)}
            {event.planned ? ' · planned' : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}
