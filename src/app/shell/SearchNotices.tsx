import { Link, useLocation } from '@tanstack/react-router';
import { decodeStorySearch } from '../url/storySearch';

/**
 * Parameters in the URL that could not be used are named here rather than
 * silently dropped; the rest of the link still applies.
 */
export function SearchNotices() {
  const rawSearch = useLocation({ select: (location) => location.search });
  const { problems } = decodeStorySearch(rawSearch as Record<string, unknown>);
  if (problems.length === 0) return null;
  return (
    <div className="notice url-notice" role="alert">
      <p>
        Part of this link could not be used and was ignored:{' '}
        {problems.map((p, i) => (
          <span key={`${p.param}-${p.value}`}>
            {i > 0 && '; '}
            <code>
              {p.param}={p.value}
            </code>{' '}
            {p.message}
          </span>
        ))}
        .
      </p>
      <Link to="." search={(prev) => prev} replace>
        Dismiss
      </Link>
    </div>
  );
}
