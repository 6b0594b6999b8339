import type { Actor, ArticleSummary, DataIndex, Position, Quote, StoryEvent, Topic } from '../../model';

/** Id → item maps and time-ordered lists, computed once per loaded index. */
export interface StoryLookup {
  eventsById: Map<string, StoryEvent>;
  actorsById: Map<string, Actor>;
  topicsById: Map<string, Topic>;
  articlesById: Map<string, ArticleSummary>;
  quotesById: Map<string, Quote>;
  positionsById: Map<string, Position>;
  /** Events sorted by date, then title: the order of "previous / next". */
  eventsInOrder: StoryEvent[];
}

export function compareEvents(a: StoryEvent, b: StoryEvent): number {
  return a.date.localeCompare(b.date) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
}

export function buildStoryLookup(index: DataIndex): StoryLookup {
  const byId = <T extends { id: string }>(items: readonly T[]) =>
    new Map(items.map((item) => [item.id, item]));
  return {
    eventsById: byId(index.events),
    actorsById: byId(index.actors),
    topicsById: byId(index.topics),
    articlesById: byId(index.articles),
    quotesById: byId(index.quotes),
    positionsById: byId(index.positions),
    eventsInOrder: [...index.events].sort(compareEvents),
  };
}
