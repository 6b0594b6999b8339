import { Link } from '@tanstack/react-router';
import { useViewProblems } from '../view/useView';

/**
 * Parameters in the address that could not be used are named here rather than silently
 * dropped; the rest of the link still applies.
 */
export function ViewNotices() {
  const { problems, usable } = useViewProblems();
  if (problems.length === 0) return null;
  return (
    <div className="notice url-notice" role="alert">
      <p>
        Part of this link could not be used and was ignored:{' '}
        {problems.map((p, i) => (
          <span key={`${i}:${p.param}=${p.value}`}>
            {i > 0 && '; '}
            <code>
              {p.param}={p.value}
            </code>{' '}
            {p.message}
          </span>
        ))}
        .
      </p>
      {/* The same view, its address written again from only the values that could be used. */}
      <Link to="./" search={usable} replace>
        Dismiss
      </Link>
    </div>
  );
}
