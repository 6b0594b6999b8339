import { createBrowserHistory } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { articleQuery } from './data/article';
import { storyQuery } from './data/storyIndex';
import { createStoryRouter } from './router';
import { StoryApp, createQueryClient } from './StoryApp';
import { loadTimelineWidget } from './timeline/timelineWidget';
import { keepReadingPlace } from './ui/readingPlace';
import './styles/index.css';

/**
 * The explorer in the browser. A page built by the prerender already shows its view as plain
 * HTML; the app takes it over in place once everything that view shows is ready (the data, the
 * view's own code, the timeline), in one synchronous render, so there is no blank or loading
 * frame between the two, and focus and scroll stay where the reader had them.
 */
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const queryClient = createQueryClient();
const router = createStoryRouter({ history: createBrowserHistory(), queryClient });

// Started at once, in parallel: the timeline's chunk and the data index.
const timeline = loadTimelineWidget();
const story = queryClient.ensureQueryData(storyQuery);

const app = (
  <StrictMode>
    <StoryApp router={router} queryClient={queryClient} />
  </StrictMode>
);

if (container.hasAttribute('data-prerendered')) {
  void takeOver(container);
} else {
  createRoot(container).render(app);
}

async function takeOver(page: HTMLElement) {
  const articleId = router.state.location.pathname.match(/\/articles\/([^/]+)\/?$/)?.[1];
  const article = async () => {
    const id = articleId && decodeURIComponent(articleId);
    // Only an article the story has: an unknown id gets its "not found" panel, not a fetch.
    if (id && (await story).lookup.articlesById.has(id)) await queryClient.ensureQueryData(articleQuery(id));
  };
  try {
    await Promise.all([story, timeline, router.load(), article()]);
  } catch {
    // A failure (missing data, a network error) is shown by the app itself, with Retry.
  }
  const place = keepReadingPlace(page);
  const root = createRoot(page);
  flushSync(() => root.render(app));
  page.removeAttribute('data-prerendered');
  place.restore();
}
