import { render } from '@testing-library/react';
import { createMemoryHistory } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { QueryClient } from '@tanstack/react-query';
import { StoryApp } from '../../src/app/StoryApp';
import type { Article, DataIndex } from '../../src/model';
import { makeArticle, makeIndex } from '../fixtures/story';

export interface ServedData {
  index?: DataIndex | string | null;
  articles?: Article[];
}

/** Answers the app's data requests from fixtures: an object is JSON, a string is sent as is, null is a 404. */
export function serveData(data: ServedData) {
  const index = data.index === undefined ? makeIndex() : data.index;
  const articles = new Map((data.articles ?? [makeArticle()]).map((a) => [a.id, a]));
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    if (url.endsWith('data/index.json')) {
      if (index === null) return new Response('Not found', { status: 404 });
      return new Response(typeof index === 'string' ? index : JSON.stringify(index));
    }
    const match = /data\/articles\/(.+)\.json$/.exec(url);
    const article = match ? articles.get(match[1]!) : undefined;
    if (article) return new Response(JSON.stringify({ schemaVersion: 1, article }));
    return new Response('Not found', { status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** The real app — router, query client, panels — at a URL, as a reader would open it. */
export function renderStory(url: string, data: ServedData = {}) {
  const fetchMock = serveData(data);
  const history = createMemoryHistory({ initialEntries: [url] });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const view = render(
    <StrictMode>
      <StoryApp history={history} queryClient={queryClient} />
    </StrictMode>,
  );
  return { ...view, history, fetchMock };
}
