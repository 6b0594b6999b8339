import { Link } from '@tanstack/react-router';
import { useDocumentTitle } from './useDocumentTitle';
import { OverviewLink } from './StoryLinks';

/** An id in the URL that the data does not have: say so, keep the rest of the app working. */
export function NotFoundPanel({ what, id }: { what: string; id: string }) {
  useDocumentTitle(`No such ${what}`);
  return (
    <section className="panel not-found" role="alert" aria-labelledby="not-found-title">
      <h2 id="not-found-title">Not found</h2>
      <p>
        There is no {what} with the id “{id}” in this data. The link may be mistyped, or the item may have
        been renamed when the data was rebuilt.
      </p>
      <OverviewLink>Back to the overview</OverviewLink>
    </section>
  );
}

/** A path that matches no view at all. */
export function RouteNotFound() {
  useDocumentTitle('Page not found');
  return (
    <section className="panel not-found" role="alert">
      <h2>Not found</h2>
      <p>This address does not match any view of the explorer.</p>
      <Link to="/">Back to the overview</Link>
    </section>
  );
}
