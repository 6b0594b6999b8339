import { Link, useNavigate } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { MatrixLink, OverviewLink } from '../ui/StoryLinks';
import { useSearchText, useViewParam } from '../view/useView';
import { searchFor, showAs } from '../view/viewAddress';

/** Title, the search box and the switch between timeline, list and stance matrix. */
export function AppHeader() {
  const display = useViewParam('view');
  const searchText = useSearchText() ?? '';
  const navigate = useNavigate();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = String(new FormData(event.currentTarget).get('q') ?? '').trim();
    void navigate({ to: '/search/', search: (current) => searchFor(current, q) });
  };

  return (
    <header className="app-header">
      <div className="app-brand">
        <OverviewLink className="app-title">Peace Plan Explorer</OverviewLink>
        <p className="app-subtitle">
          The 2025 European “reassurance force” plan for Ukraine and the US backstop
        </p>
      </div>
      <nav className="app-nav" aria-label="Views">
        <div role="group" aria-label="Show events as" className="app-nav">
          <Link
            to="./"
            search={(current) => showAs(current, 'timeline')}
            aria-current={display !== 'list' ? 'true' : undefined}
            className="toggle"
          >
            Timeline
          </Link>
          <Link
            to="./"
            search={(current) => showAs(current, 'list')}
            aria-current={display === 'list' ? 'true' : undefined}
            className="toggle"
          >
            List
          </Link>
        </div>
        <MatrixLink className="toggle">Who stands where</MatrixLink>
      </nav>
      <form role="search" className="app-search" onSubmit={submit}>
        <label htmlFor="story-search" className="visually-hidden">
          Search events, quotes, actors and articles
        </label>
        <input
          // Keyed by the URL's query, so back and forward show the query of the results on screen.
          key={searchText}
          id="story-search"
          name="q"
          type="search"
          placeholder="Search: Meloni, backstop, zelensk…"
          defaultValue={searchText}
        />
        <button type="submit">Search</button>
      </form>
    </header>
  );
}
