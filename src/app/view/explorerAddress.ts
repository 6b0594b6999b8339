/**
 * The explorer's own address of an item, for citations and exports: the page the app runs on
 * plus the item's route. Routes are in the hash today (`#/events/<id>`); if the app moves to
 * real paths, this is the one place that changes.
 */

/** An item with a view of its own. */
export type ItemRoute =
  | { view: 'event'; id: string }
  | { view: 'quote'; id: string }
  | { view: 'actor'; id: string }
  | { view: 'topic'; id: string }
  | { view: 'actor-topic'; actorId: string; topicId: string }
  | { view: 'article'; id: string; sentenceId?: string };

/** Where the app itself is served: everything of the address before the route. */
export interface AppPage {
  protocol: string;
  host: string;
  pathname: string;
}

const part = encodeURIComponent;

/** The route's path and parameters, e.g. `/articles/a1?s=s1`. */
export function routePath(route: ItemRoute): string {
  switch (route.view) {
    case 'event':
      return `/events/${part(route.id)}`;
    case 'quote':
      return `/quotes/${part(route.id)}`;
    case 'actor':
      return `/actors/${part(route.id)}`;
    case 'topic':
      return `/topics/${part(route.id)}`;
    case 'actor-topic':
      return `/actors/${part(route.actorId)}/topics/${part(route.topicId)}`;
    case 'article':
      return `/articles/${part(route.id)}${route.sentenceId ? `?s=${part(route.sentenceId)}` : ''}`;
  }
}

/** The page the app is running on now. */
export function currentPage(): AppPage {
  const { protocol, host, pathname } = window.location;
  return { protocol, host, pathname };
}

/**
 * The full address of an item's view, without the current filters: a citation points at the
 * item, not at how it was found. Built from protocol, host and path rather than `origin`, which
 * is "null" for an app opened from a folder (`file:`).
 */
export function explorerAddress(route: ItemRoute, page: AppPage = currentPage()): string {
  return `${page.protocol}//${page.host}${page.pathname}#${routePath(route)}`;
}
