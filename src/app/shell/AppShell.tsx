import { Outlet, useLocation } from '@tanstack/react-router';
import { useFilteredEvents } from '../data/useFilteredEvents';
import { useStoryValidation } from '../data/storyValidation';
import { StoryProvider } from '../data/storyIndex';
import { FilterBar } from '../filters/FilterBar';
import { TimelinePane } from '../timeline/TimelinePane';
import { StoryBoundary } from '../ui/StoryBoundary';
import { AppHeader } from './AppHeader';
import { ViewNotices } from './ViewNotices';

/** Header, filters, timeline and the side panel that the current route fills. */
export function AppShell() {
  return (
    <div className="app">
      <a className="skip-link" href="#panel">
        Skip to details
      </a>
      <AppHeader />
      <ViewNotices />
      <StoryBoundary what="the story data">
        <StoryProvider>
          <Workspace />
        </StoryProvider>
      </StoryBoundary>
    </div>
  );
}

function Workspace() {
  const pathname = useLocation({ select: (location) => location.pathname });
  // The whole index checked against the schema once the page is idle; a failure shows here.
  useStoryValidation();
  // Filtered once here and handed to both the filter bar and the timeline.
  const { filters, events } = useFilteredEvents();
  // On a phone an open panel covers the screen as a sheet; its back button closes it.
  const panelOpen = pathname !== '/' && pathname !== '';
  const wide = pathname.startsWith('/matrix');
  return (
    <main className={`app-main${panelOpen ? ' has-panel' : ''}${wide ? ' is-wide' : ''}`}>
      <section className="timeline-pane" aria-label="Timeline of events">
        <FilterBar filters={filters} matching={events} />
        <StoryBoundary what="the timeline">
          <TimelinePane events={events} />
        </StoryBoundary>
      </section>
      <aside className="panel-pane" id="panel" aria-label="Details">
        <StoryBoundary what="this panel">
          <Outlet />
        </StoryBoundary>
      </aside>
    </main>
  );
}
