/**
 * "Next address" helpers: pure functions from the current view parameters to the ones of the
 * view a person is about to open. Every link and control changes the URL through one of these,
 * so which parameters follow a link is decided here, from the table, and nowhere by hand.
 */
import { addDays, type StoryEvent } from '../../model/core';
import { windowShowing, windowToParams, type TimeWindow } from './timeWindow';
import {
  FILTER_KEYS,
  paramsOwnedBy,
  type ArticleParams,
  type FilterKey,
  type Grouping,
  type ListFilterKey,
  type SearchTextParams,
  type ViewParams,
} from './viewParams';

const VIEW_NAMES = paramsOwnedBy('view');

/**
 * The parameters that follow any link: filters, window, grouping, list or timeline. A route's
 * own parameters (an article's sentence, the search text) stay behind with their route.
 */
export function keepView(current: Readonly<ViewParams>): ViewParams {
  const next: Record<string, unknown> = {};
  for (const name of VIEW_NAMES) {
    const value = (current as Record<string, unknown>)[name];
    if (value !== undefined) next[name] = value;
  }
  return next as ViewParams;
}

/** Opening an event: the view kept, the window moved to show the event if it is outside. */
export function openEvent(
  current: Readonly<ViewParams>,
  event: Pick<StoryEvent, 'date' | 'precision' | 'endDate'> | undefined,
): ViewParams {
  const next = keepView(current);
  return event ? { ...next, ...windowShowing(next, event) } : next;
}

/** Opening an article, at a sentence when given. */
export function openArticleAt(
  current: Readonly<ViewParams>,
  sentenceId?: string,
): ViewParams & ArticleParams {
  return { ...keepView(current), s: sentenceId };
}

/** The search view for `text`. */
export function searchFor(current: Readonly<ViewParams>, text: string): ViewParams & SearchTextParams {
  const q = text.trim();
  return { ...keepView(current), q: q || undefined };
}

/** The timeline shows `window` (the user panned or zoomed). */
export function showWindow<P extends ViewParams>(current: P, window: TimeWindow): P {
  return { ...current, ...windowToParams(window) };
}

/** One row per actor, topic or kind, or a single row. */
export function groupBy<P extends ViewParams>(current: P, grouping: Grouping): P {
  return { ...current, group: grouping === 'none' ? undefined : grouping };
}

/** The accessible list, or the timeline. */
export function showAs<P extends ViewParams>(current: P, view: 'list' | 'timeline'): P {
  return { ...current, view: view === 'list' ? 'list' : undefined };
}

/** A list filter set to exactly `values` (none: the filter is off). */
export function setListFilter<P extends ViewParams, K extends ListFilterKey>(
  current: P,
  key: K,
  values: readonly NonNullable<ViewParams[K]>[number][],
): P {
  return { ...current, [key]: values.length ? [...values] : undefined };
}

/** The "found by" filter: checked by an editor, found automatically, or both. */
export function setProvenance<P extends ViewParams>(current: P, provenance: ViewParams['provenance']): P {
  return { ...current, provenance };
}

/**
 * One end of the date filter. Once both ends are set and in order, the timeline's window
 * follows them, so the filtered span is what is on screen.
 */
export function setDateFilter<P extends ViewParams>(
  current: P,
  end: 'from' | 'to',
  date: string | undefined,
): P {
  const next: P = { ...current, [end]: date || undefined };
  if (next.from && next.to && next.from <= next.to)
    return { ...next, start: next.from, end: addDays(next.to, 1) };
  return next;
}

/** The date filter set to the span the timeline shows. */
export function filterToWindow<P extends ViewParams>(current: P): P {
  return current.start && current.end ? { ...current, from: current.start, to: current.end } : current;
}

/**
 * Without one value of a filter: a list left empty is turned off, a single-valued filter is
 * turned off when it holds `value`. Everything else is kept.
 */
export function removeFilterValue<P extends ViewParams>(current: P, key: FilterKey, value: string): P {
  const held = current[key];
  if (Array.isArray(held)) {
    const kept = (held as string[]).filter((v) => v !== value);
    return { ...current, [key]: kept.length ? kept : undefined };
  }
  return held === value ? { ...current, [key]: undefined } : current;
}

/** Without one filter. */
export function clearFilter<P extends ViewParams>(current: P, key: FilterKey): P {
  return { ...current, [key]: undefined };
}

/** Without any filter; window, grouping and the route's own parameters kept. */
export function clearFilters<P extends ViewParams>(current: P): P {
  const next: Record<string, unknown> = { ...current };
  for (const key of FILTER_KEYS) next[key] = undefined;
  return next as P;
}

/** Only the given ids of an id filter (the others are not in the data). */
export function keepKnownIds<P extends ViewParams>(
  current: P,
  key: 'actors' | 'topics',
  isKnown: (id: string) => boolean,
): P {
  const kept = current[key]?.filter(isKnown);
  return { ...current, [key]: kept?.length ? kept : undefined };
}
