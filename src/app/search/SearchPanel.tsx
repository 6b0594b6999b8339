import { useQueries, useQuery } from '@tanstack/react-query';
import { Fragment, useMemo, type ReactNode } from 'react';
import type { DataIndex } from '../../model/core';
import { articleQuery } from '../data/article';
import { useStory } from '../data/storyIndex';
import { ActorLink, ArticleLink, EventLink, QuoteLink } from '../ui/StoryLinks';
import { PanelFrame } from '../ui/PanelFrame';
import { useSearchText } from '../view/useView';
import { buildStorySearch, highlightMatches, type SearchResultType } from './storySearchIndex';

/** Article bodies are fetched for full-text search only while the corpus is this small. */
const MAX_BODIES_FOR_SEARCH = 100;

/**
 * The search index, built once per loaded story, in chunks (see buildStorySearch). Keyed by the
 * story index query it is built from, so it is built again only if the data is.
 */
function useSearchIndex(index: DataIndex) {
  return useQuery({
    queryKey: ['story-search', index.generatedAt, index.counts],
    queryFn: () => buildStorySearch(index),
    staleTime: Infinity,
  });
}

const GROUP_TITLES: Record<SearchResultType, string> = {
  event: 'Events',
  quote: 'Quotes',
  actor: 'Actors',
  article: 'Articles',
};

function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>
      {highlightMatches(text, terms).map((segment, i) =>
        segment.match ? <mark key={i}>{segment.text}</mark> : <Fragment key={i}>{segment.text}</Fragment>,
      )}
    </>
  );
}

function ResultLink({ type, id, children }: { type: SearchResultType; id: string; children: ReactNode }) {
  switch (type) {
    case 'event':
      return <EventLink id={id}>{children}</EventLink>;
    case 'quote':
      return <QuoteLink id={id}>{children}</QuoteLink>;
    case 'actor':
      return <ActorLink id={id}>{children}</ActorLink>;
    case 'article':
      return <ArticleLink id={id}>{children}</ArticleLink>;
  }
}

/** Results for the URL's `q`, grouped by type, matches marked, each opening its panel. */
export function SearchPanel() {
  const { index } = useStory();
  const q = useSearchText() ?? '';
  const searchIndex = useSearchIndex(index).data;
  const wantBodies = index.articles.length <= MAX_BODIES_FOR_SEARCH;
  const bodies = useQueries({
    queries: (wantBodies ? index.articles : []).map((a) => articleQuery(a.id)),
  });
  const loaded = bodies.filter((b) => b.data).length;
  const outcome = useMemo(() => {
    if (!searchIndex) return null;
    searchIndex.addArticles(bodies.flatMap((b) => (b.data ? [b.data] : [])));
    return searchIndex.searchWithMode(q, 8);
    // Re-run when another article body arrives; the query objects change on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [searchIndex, q, loaded]);

  return (
    <PanelFrame title={q ? `Search: ${q}` : 'Search'} kicker="Search" className="search-panel">
      {!q && (
        <p>Type in the search box above: names, places, words from quotes. Prefixes and typos are fine.</p>
      )}
      {q && !outcome && (
        <p className="loading" role="status">
          Preparing the search…
        </p>
      )}
      {q && outcome?.mode === 'none' && <p role="status">Nothing matches “{q}”.</p>}
      {q && outcome?.mode === 'any' && (
        <p role="status" className="muted">
          Nothing matches every word of “{q}”; showing results with some of them.
        </p>
      )}
      {!wantBodies && <p className="muted">Article text is searched by title; open an article to read it.</p>}
      {outcome?.groups.map((group) => (
        <section key={group.type} aria-labelledby={`results-${group.type}`}>
          <h3 id={`results-${group.type}`}>
            {GROUP_TITLES[group.type]} ({group.total})
          </h3>
          <ul className="search-results">
            {group.results.map((hit) => (
              <li key={hit.id}>
                <ResultLink type={group.type} id={hit.id}>
                  <Highlighted text={hit.title} terms={hit.terms} />
                </ResultLink>
                {hit.snippet && hit.snippet !== hit.title && (
                  <p className="snippet">
                    <Highlighted text={hit.snippet} terms={hit.terms} />
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </PanelFrame>
  );
}
