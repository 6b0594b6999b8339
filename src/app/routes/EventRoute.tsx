import { useParams } from '@tanstack/react-router';
import { useStory } from '../data/storyIndex';
import { EventPanel } from '../panels/EventPanel';
import { NotFoundPanel } from '../panels/NotFoundPanel';

export function EventRoute() {
  const { eventId } = useParams({ from: '/events/$eventId' });
  const { lookup } = useStory();
  const event = lookup.eventsById.get(eventId);
  if (!event) return <NotFoundPanel what="event" id={eventId} />;
  return <EventPanel event={event} />;
}
