import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  type RouterHistory,
} from '@tanstack/react-router';
import { AppShell } from './shell/AppShell';
import { RouteNotFound } from './panels/NotFoundPanel';
import { EventRoute } from './routes/EventRoute';
import { HomeRoute } from './routes/HomeRoute';
import { decodeStorySearch, parseSearchString, stringifySearch } from './url/storySearch';

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  validateSearch: (raw: Record<string, unknown>) => decodeStorySearch(raw).search,
  component: AppShell,
  notFoundComponent: RouteNotFound,
});

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomeRoute });

const eventRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/events/$eventId',
  component: EventRoute,
});

export const routeTree = rootRoute.addChildren([homeRoute, eventRoute]);

/**
 * Hash history (`/#/events/…`): every view is a plain URL that any static file
 * server can serve, with no rewrite rule for deep links.
 */
export function createStoryRouter(options: { history: RouterHistory; queryClient: QueryClient }) {
  return createRouter({
    routeTree,
    history: options.history,
    context: { queryClient: options.queryClient },
    parseSearch: parseSearchString,
    stringifySearch,
    scrollRestoration: false,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createStoryRouter>;
  }
}
