import { DAY_MS, addDays, lastDayCovered, type StoryEvent } from '../../model/core';
import { localDate, toIsoDate } from '../format/dates';
import type { ViewParams } from './viewParams';

/** The span of time the timeline shows, as the widget measures it. */
export interface TimeWindow {
  start: Date;
  end: Date;
}

/** The window as URL dates: whole days, and always at least one day wide. */
export function windowToParams(window: TimeWindow): { start: string; end: string } {
  const start = toIsoDate(window.start);
  const rounded = toIsoDate(new Date(window.end.getTime() + DAY_MS / 2));
  return { start, end: rounded > start ? rounded : addDays(start, 1) };
}

/** The URL's window as the widget's Dates, or null when the URL sets none. */
export function windowFromParams(params: Pick<ViewParams, 'start' | 'end'>): TimeWindow | null {
  return params.start && params.end ? { start: localDate(params.start), end: localDate(params.end) } : null;
}

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/**
 * The URL window to use when opening an event: unchanged when the event is
 * already in view (or no window is set, so everything is), otherwise the same
 * span moved to centre on the event. Links apply it, so following a link
 * brings its event into view without the timeline rewriting the URL.
 */
export function windowShowing(
  window: Pick<ViewParams, 'start' | 'end'>,
  event: Pick<StoryEvent, 'date' | 'precision' | 'endDate'>,
): { start?: string; end?: string } {
  const { start, end } = window;
  if (!start || !end) return { start, end };
  const last = lastDayCovered(event.date, event.precision, event.endDate);
  if (event.date <= end && last >= start) return { start, end };
  const span = dayNumber(end) - dayNumber(start);
  const middle = Math.round((dayNumber(event.date) + dayNumber(last)) / 2);
  const newStart = addDays(event.date, middle - dayNumber(event.date) - Math.floor(span / 2));
  return { start: newStart, end: addDays(newStart, span) };
}

/** The visible window as the URL has it: `end` is the first day no longer shown. */
export type ViewWindow = Pick<ViewParams, 'start' | 'end'>;

/**
 * Does an item covering `first` to `last` (both included) show in the window: does it cover a
 * day from `start` up to, not including, `end`? With no window in the URL everything shows.
 */
export function overlapsWindow(first: string, last: string, window: ViewWindow): boolean {
  if (!window.start || !window.end) return true;
  return first < window.end && last >= window.start;
}
