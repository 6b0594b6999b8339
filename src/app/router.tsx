import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  type RouterHistory,
} from '@tanstack/react-router';
import { AppShell } from './shell/AppShell';
import { RouteNotFound } from './ui/NotFoundPanel';
import { HomeRoute } from './routes/HomeRoute';
import {
  decodeViewParams,
  parseViewQuery,
  stringifyViewQuery,
  type ArticleParams,
  type ParamOwner,
  type SearchTextParams,
  type ViewParams,
} from './view/viewParams';
import { BASE_PATH } from './view/explorerAddress';

/**
 * Each route validates the parameters it owns (see view/viewParams.ts). Every owned name comes
 * back, set or undefined, so nothing of the raw address is left where a value is expected.
 */
const ownParams =
  <P,>(owner: ParamOwner) =>
  (raw: Record<string, unknown>): P =>
    decodeViewParams(raw, [owner]).params as P;

// Panels, the matrix and search load on first use: the first paint needs only the shell, the
// timeline and the index.
const panel = (
  name:
    | 'EventRoute'
    | 'ArticleRoute'
    | 'ActorRoute'
    | 'ActorTopicRoute'
    | 'TopicRoute'
    | 'QuoteRoute'
    | 'PositionRoute',
) => lazyRouteComponent(() => import('./routes/panelRoutes'), name);

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  validateSearch: ownParams<ViewParams>('view'),
  component: AppShell,
  notFoundComponent: RouteNotFound,
});

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomeRoute });

const eventRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/events/$eventId',
  component: panel('EventRoute'),
});

const articleRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/articles/$articleId',
  validateSearch: ownParams<ArticleParams>('article'),
  component: panel('ArticleRoute'),
});

const actorRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/actors/$actorId',
  component: panel('ActorRoute'),
});

const actorTopicRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/actors/$actorId/topics/$topicId',
  component: panel('ActorTopicRoute'),
});

const topicRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/topics/$topicId',
  component: panel('TopicRoute'),
});

const quoteRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/quotes/$quoteId',
  component: panel('QuoteRoute'),
});

const positionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/positions/$positionId',
  component: panel('PositionRoute'),
});

const matrixRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/matrix',
  component: lazyRouteComponent(() => import('./matrix/StanceMatrixView'), 'StanceMatrixView'),
});

const topicOverTimeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/matrix/$topicId',
  component: lazyRouteComponent(() => import('./matrix/StanceMatrixView'), 'TopicOverTimeRoute'),
});

const searchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/search',
  validateSearch: ownParams<SearchTextParams>('search'),
  component: lazyRouteComponent(() => import('./search/SearchPanel'), 'SearchPanel'),
});

export const routeTree = rootRoute.addChildren([
  homeRoute,
  eventRoute,
  articleRoute,
  actorRoute,
  actorTopicRoute,
  topicRoute,
  quoteRoute,
  positionRoute,
  matrixRoute,
  topicOverTimeRoute,
  searchRoute,
]);

/**
 * Every view is a real page: `/events/<id>/` is a folder with an `index.html` in the build
 * (scripts/prerender.tsx), so any static host serves it with no rewrite rule. Paths end in `/`
 * to match those folders; `basepath` is where the build is served (`/`, or a sub-path).
 */
export function createStoryRouter(options: {
  history: RouterHistory;
  queryClient: QueryClient;
  basepath?: string;
}) {
  return createRouter({
    routeTree,
    history: options.history,
    basepath: options.basepath ?? BASE_PATH,
    trailingSlash: 'always',
    context: { queryClient: options.queryClient },
    parseSearch: parseViewQuery,
    stringifySearch: stringifyViewQuery,
    // Equal selections of the URL's parameters keep their identity, so memoised work is not redone.
    defaultStructuralSharing: true,
    scrollRestoration: false,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createStoryRouter>;
  }
}
