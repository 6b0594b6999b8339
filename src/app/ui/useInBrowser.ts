import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False while a page is prerendered, true in the browser. For what only makes sense with
 * JavaScript running — a chart positioned by inline styles, which a strict Content-Security-
 * Policy refuses in static HTML (`style-src 'self'`) but allows when set from script.
 */
export function useInBrowser(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
