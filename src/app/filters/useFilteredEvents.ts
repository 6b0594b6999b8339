import { useMemo } from 'react';
import type { EventKind, Stance, StoryEvent } from '../../model';
import { useStory } from '../data/storyIndex';
import { rootRouteApi } from '../url/routeApi';
import { filterEvents, type EventFilters } from './eventFilters';

const split = <T extends string>(joined: string | undefined) =>
  joined ? (joined.split(',') as T[]) : undefined;

/**
 * The filter part of the URL, the same object while only other parameters change. Actor and
 * topic ids the data does not have are left out (the filter bar names them), so a stale link
 * still shows something.
 */
export function useEventFilters(): EventFilters {
  const search = rootRouteApi.useSearch();
  const { lookup } = useStory();
  // Lists are compared by content: a new array with the same ids is the same filter.
  const actors = search.actors?.join();
  const topics = search.topics?.join();
  const stances = search.stances?.join();
  const publishers = search.publishers?.join();
  const kinds = search.kinds?.join();
  const { provenance, from, to } = search;
  return useMemo(
    () => ({
      actors: split(actors)?.filter((id) => lookup.actorsById.has(id)),
      topics: split(topics)?.filter((id) => lookup.topicsById.has(id)),
      stances: split<Stance>(stances),
      publishers: split(publishers),
      kinds: split<EventKind>(kinds),
      provenance,
      from,
      to,
    }),
    [actors, topics, stances, publishers, kinds, provenance, from, to, lookup],
  );
}

/** The events that pass the URL's filters, in time order. */
export function useFilteredEvents(): { filters: EventFilters; events: readonly StoryEvent[] } {
  const { lookup, filterContext } = useStory();
  const filters = useEventFilters();
  const events = useMemo(
    () => filterEvents(lookup.eventsInOrder, filters, filterContext),
    [lookup, filters, filterContext],
  );
  return { filters, events };
}
