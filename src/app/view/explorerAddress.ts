/**
 * The explorer's own addresses: every view is a real page (`/events/<id>/`), under the base
 * path the app is served from (`/`, or `/stories/peace/`). Citations, exports and the prerendered
 * pages' canonical links are built here and nowhere else.
 */

/** An item with a view of its own. */
export type ItemRoute =
  | { view: 'event'; id: string }
  | { view: 'quote'; id: string }
  | { view: 'actor'; id: string }
  | { view: 'topic'; id: string }
  | { view: 'actor-topic'; actorId: string; topicId: string }
  | { view: 'position'; id: string }
  | { view: 'article'; id: string; sentenceId?: string };

/** Where the app is served: scheme, host and the base path of its pages (ending in `/`). */
export interface AppPage {
  protocol: string;
  host: string;
  /** The base path, e.g. `/` or `/stories/peace/`. */
  pathname: string;
}

const part = encodeURIComponent;

/**
 * The route's path and parameters, relative to the base, e.g. `/articles/a1/?s=s1`. Paths end
 * in `/` because each view is a folder with an `index.html` on a static host.
 */
export function routePath(route: ItemRoute): string {
  switch (route.view) {
    case 'event':
      return `/events/${part(route.id)}/`;
    case 'quote':
      return `/quotes/${part(route.id)}/`;
    case 'actor':
      return `/actors/${part(route.id)}/`;
    case 'topic':
      return `/topics/${part(route.id)}/`;
    case 'actor-topic':
      return `/actors/${part(route.actorId)}/topics/${part(route.topicId)}/`;
    case 'position':
      return `/positions/${part(route.id)}/`;
    case 'article':
      return `/articles/${part(route.id)}/${route.sentenceId ? `?s=${part(route.sentenceId)}` : ''}`;
  }
}

/** The base path the build was made for (Vite's `base`); `/` where there is no Vite (Node). */
export const BASE_PATH: string = import.meta.env?.BASE_URL ?? '/';

let configured: AppPage | null = null;

/** Where the pages will be served, for code that runs outside a browser (the prerender). */
export function configurePage(page: AppPage): void {
  configured = page;
}

/** The site the app is running on now. */
export function currentPage(): AppPage {
  if (configured) return configured;
  const { protocol, host } = window.location;
  return { protocol, host, pathname: BASE_PATH };
}

/** A path under the base: `/events/x/` → `/stories/peace/events/x/`. */
export function underBase(path: string, base: string = BASE_PATH): string {
  return `${base.replace(/\/$/, '')}${path}`;
}

/**
 * The full address of an item's view, without the current filters: a citation points at the
 * item, not at how it was found.
 */
export function explorerAddress(route: ItemRoute, page: AppPage = currentPage()): string {
  return `${page.protocol}//${page.host}${underBase(routePath(route), page.pathname)}`;
}
