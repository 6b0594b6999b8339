import { SCHEMA_VERSION } from './dataError';
import type { DataIndex } from './schema';

/** The index with its version and counts filled in from its lists, so the counts can never disagree. */
export function assembleDataIndex(parts: Omit<DataIndex, 'schemaVersion' | 'counts'>): DataIndex {
  // Keys in the order the JSON files are written.
  return {
    schemaVersion: SCHEMA_VERSION,
    generatedAt: parts.generatedAt,
    counts: {
      articles: parts.articles.length,
      events: parts.events.length,
      actors: parts.actors.length,
      topics: parts.topics.length,
      quotes: parts.quotes.length,
      positions: parts.positions.length,
    },
    articles: parts.articles,
    actors: parts.actors,
    topics: parts.topics,
    events: parts.events,
    quotes: parts.quotes,
    positions: parts.positions,
  };
}
