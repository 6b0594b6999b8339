import { Link, Outlet } from '@tanstack/react-router';
import { TimelinePane } from '../timeline/TimelinePane';
import { StoryBoundary } from './StoryBoundary';

/** Header, timeline and the side panel that the current route fills. */
export function AppShell() {
  return (
    <div className="app">
      <header className="app-header">
        <Link to="/" search={(prev) => ({ ...prev, s: undefined })} className="app-title">
          Peace Plan Explorer
        </Link>
        <p className="app-subtitle">
          The 2025 European “reassurance force” plan for Ukraine and the US backstop
        </p>
      </header>
      <StoryBoundary what="the story data">
        <main className="app-main">
          <section className="timeline-pane" aria-label="Timeline of events">
            <TimelinePane />
          </section>
          <aside className="panel-pane" aria-label="Details">
            <StoryBoundary what="this panel">
              <Outlet />
            </StoryBoundary>
          </aside>
        </main>
      </StoryBoundary>
    </div>
  );
}
