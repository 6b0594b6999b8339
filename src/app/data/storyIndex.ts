import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { parseDataIndex, type DataIndex } from '../../model';
import { dataUrl } from './dataUrl';
import { fetchJson } from './fetchJson';
import { buildFilterContext, type FilterContext } from './eventFilters';
import { buildStoryLookup, type StoryLookup } from './storyLookup';

export interface Story {
  index: DataIndex;
  lookup: StoryLookup;
  filterContext: FilterContext;
}

export async function fetchStory(signal?: AbortSignal): Promise<Story> {
  const raw = await fetchJson(dataUrl('index.json'), 'data/index.json', signal);
  const index = parseDataIndex(raw, 'data/index.json');
  return { index, lookup: buildStoryLookup(index), filterContext: buildFilterContext(index) };
}

export const storyQuery = queryOptions({
  queryKey: ['story-index'],
  queryFn: ({ signal }) => fetchStory(signal),
  staleTime: Infinity,
});

/** The small index: events, actors, topics, quotes, positions and article summaries. */
export function useStory(): Story {
  return useSuspenseQuery(storyQuery).data;
}
