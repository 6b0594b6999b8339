import { useMemo } from 'react';
import type { StoryEvent } from '../../model';
import { useStory } from '../data/storyIndex';
import { rootRouteApi } from '../url/routeApi';
import { filterEvents, type EventFilters } from './eventFilters';

/** The filter part of the URL, stable while only other parameters change. */
export function useEventFilters(): EventFilters {
  const search = rootRouteApi.useSearch();
  const { actors, topics, stances, publishers, kinds, provenance, from, to } = search;
  return useMemo(
    () => ({ actors, topics, stances, publishers, kinds, provenance, from, to }),
    // Lists are compared by content: a new array with the same ids is the same filter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      actors?.join(),
      topics?.join(),
      stances?.join(),
      publishers?.join(),
      kinds?.join(),
      provenance,
      from,
      to,
    ],
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
