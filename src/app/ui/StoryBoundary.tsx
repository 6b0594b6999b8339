import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Suspense, type ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';

function LoadError({ error, resetErrorBoundary, what }: FallbackProps & { what: string }) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="load-error" role="alert">
      <h2>Could not load {what}</h2>
      <p>{message}</p>
      <button type="button" onClick={resetErrorBoundary}>
        Retry
      </button>
    </div>
  );
}

/**
 * Loading and failure for one region: a loading line while data arrives, and
 * a message with a retry button if it fails, so one broken part never blanks the page.
 */
export function StoryBoundary({ children, what }: { children: ReactNode; what: string }) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary onReset={reset} fallbackRender={(props) => <LoadError {...props} what={what} />}>
          <Suspense
            fallback={
              <p className="loading" role="status">
                Loading {what}…
              </p>
            }
          >
            {children}
          </Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
