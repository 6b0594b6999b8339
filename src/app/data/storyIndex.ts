import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { createContext, createElement, useContext, type ReactNode } from 'react';
import { readDataIndex, type DataIndex } from '../../model/core';
import { dataUrl } from './dataUrl';
import { buildFilterContext, type FilterContext } from './eventFilters';
import { fetchJson } from './fetchJson';
import { explainIndexFailure } from './indexCheck';
import { buildStoryLookup, type StoryLookup } from './storyLookup';

export interface Story {
  index: DataIndex;
  lookup: StoryLookup;
  filterContext: FilterContext;
}

/**
 * The index, read just enough to draw (its version and lists: `readDataIndex`). The full check
 * against the schema follows once the page is idle (`useStoryValidation`), so the first view
 * does not wait for the validator to download.
 */
export async function fetchStory(signal?: AbortSignal): Promise<Story> {
  const raw = await fetchJson(dataUrl('index.json'), 'data/index.json', signal);
  const index = readDataIndex(raw, 'data/index.json');
  try {
    return { index, lookup: buildStoryLookup(index), filterContext: buildFilterContext(index) };
  } catch (failure) {
    // An index that breaks the contract deeper than the first read looks: name the field.
    throw await explainIndexFailure(raw, failure);
  }
}

export const storyQuery = queryOptions({
  queryKey: ['story-index'],
  queryFn: ({ signal }) => fetchStory(signal),
  staleTime: Infinity,
});

const StoryContext = createContext<Story | null>(null);

/**
 * Loads the story (suspending until it is there) and hands it to everything below: one query
 * observer for the whole page rather than one per component, which matters for a page with
 * hundreds of links and for the prerender's thousands of pages.
 */
export function StoryProvider({ children }: { children: ReactNode }) {
  const story = useSuspenseQuery(storyQuery).data;
  return createElement(StoryContext.Provider, { value: story }, children);
}

/** The small index: events, actors, topics, quotes, positions and article summaries. */
export function useStory(): Story {
  const story = useContext(StoryContext);
  if (!story) throw new Error('useStory is used outside StoryProvider');
  return story;
}
