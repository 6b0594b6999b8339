import { Link, useNavigate } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { rootRouteApi } from '../url/routeApi';

/** Title, the search box and the switch between timeline, list and stance matrix. */
export function AppHeader() {
  const search = rootRouteApi.useSearch();
  const navigate = useNavigate();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = String(new FormData(event.currentTarget).get('q') ?? '').trim();
    void navigate({ to: '/search', search: (prev) => ({ ...prev, s: undefined, q: q || undefined }) });
  };

  return (
    <header className="app-header">
      <div className="app-brand">
        <Link to="/" search={(prev) => ({ ...prev, s: undefined })} className="app-title">
          Peace Plan Explorer
        </Link>
        <p className="app-subtitle">
          The 2025 European “reassurance force” plan for Ukraine and the US backstop
        </p>
      </div>
      <nav className="app-nav" aria-label="Views">
        <div role="group" aria-label="Show events as" className="app-nav">
          <Link
            to="."
            search={(prev) => ({ ...prev, view: undefined })}
            aria-current={search.view !== 'list' ? 'true' : undefined}
            className="toggle"
          >
            Timeline
          </Link>
          <Link
            to="."
            search={(prev) => ({ ...prev, view: 'list' as const })}
            aria-current={search.view === 'list' ? 'true' : undefined}
            className="toggle"
          >
            List
          </Link>
        </div>
        <Link to="/matrix" search={(prev) => ({ ...prev, s: undefined })} className="toggle">
          Who stands where
        </Link>
      </nav>
      <form role="search" className="app-search" onSubmit={submit}>
        <label htmlFor="story-search" className="visually-hidden">
          Search events, quotes, actors and articles
        </label>
        <input
          // Keyed by the URL's query, so back and forward show the query of the results on screen.
          key={search.q ?? ''}
          id="story-search"
          name="q"
          type="search"
          placeholder="Search: Meloni, backstop, zelensk…"
          defaultValue={search.q ?? ''}
        />
        <button type="submit">Search</button>
      </form>
    </header>
  );
}
