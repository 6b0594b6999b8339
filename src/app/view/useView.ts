import { getRouteApi, useLocation, useMatch, useMatches } from '@tanstack/react-router';
import { useMemo } from 'react';
import {
  decodeViewParams,
  FILTER_KEYS,
  type AnyViewParams,
  type EventFilters,
  type ArticleParams,
  type ParamOwner,
  type ParamProblem,
  type SearchTextParams,
  type ViewParams,
} from './viewParams';

const rootRoute = getRouteApi('__root__');
const articleRoute = getRouteApi('/articles/$articleId');

/** The view parameters of the current address (filters, window, grouping, list or timeline). */
export function useViewParams(): ViewParams {
  return rootRoute.useSearch();
}

/** One view parameter; a component that reads only this re-renders only when it changes. */
export function useViewParam<K extends keyof ViewParams>(name: K): ViewParams[K] {
  // The router's types check a selection for JSON-safety per concrete type and cannot follow a
  // generic key; every parameter's value is a string or a list of strings, so this is safe.
  const useSearch = rootRoute.useSearch as (options: { select: (params: ViewParams) => unknown }) => unknown;
  return useSearch({ select: (params) => params[name] }) as ViewParams[K];
}

function pickFilters(params: ViewParams): EventFilters {
  const filters: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) filters[key] = params[key];
  return filters as EventFilters;
}

/**
 * The filter parameters, the same object while only other parameters change (the router
 * shares structure between equal selections), so filtering is not redone on a pan.
 */
export function useFilterParams(): EventFilters {
  return rootRoute.useSearch({ select: pickFilters });
}

/** The sentence an article view is opened at. */
export function useArticleSentence(): ArticleParams['s'] {
  return articleRoute.useSearch({ select: (params: ArticleParams) => params.s });
}

/** The text the search view searches for; undefined on any other view. */
export function useSearchText(): SearchTextParams['q'] {
  return useMatch({
    from: '/search',
    shouldThrow: false,
    select: (match) => (match.search as SearchTextParams).q,
  });
}

const OWNER_OF_ROUTE: Record<string, ParamOwner> = {
  '/articles/$articleId': 'article',
  '/search': 'search',
};

/**
 * What in the address as opened could not be used, worded for people, and the parameters that
 * could. Decoded again from the raw address with the owners of the current route, so a
 * parameter of another route is named too.
 */
export function useViewProblems(): { problems: ParamProblem[]; usable: AnyViewParams } {
  const raw = useLocation({ select: (location) => location.search });
  const routeIds = useMatches({ select: (matches) => matches.map((m) => m.routeId).join('|') });
  return useMemo(() => {
    const owners: ParamOwner[] = ['view'];
    for (const id of routeIds.split('|')) if (OWNER_OF_ROUTE[id]) owners.push(OWNER_OF_ROUTE[id]);
    const { problems, params } = decodeViewParams(raw as Record<string, unknown>, owners);
    return { problems, usable: params };
  }, [raw, routeIds]);
}
