import { useMemo } from 'react';
import type { StoryEvent } from '../../model/core';
import { useFilterParams } from '../view/useView';
import type { EventFilters } from '../view/viewParams';
import { filterEvents } from './eventFilters';
import { useStory } from './storyIndex';

/**
 * The filter part of the URL. Actor and topic ids the data does not have are left out (the
 * filter bar names them), so a stale link still shows something.
 */
export function useEventFilters(): EventFilters {
  const { lookup } = useStory();
  const inUrl = useFilterParams();
  return useMemo(
    () => ({
      ...inUrl,
      actors: inUrl.actors?.filter((id) => lookup.actorsById.has(id)),
      topics: inUrl.topics?.filter((id) => lookup.topicsById.has(id)),
    }),
    [inUrl, lookup],
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
