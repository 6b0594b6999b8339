import { DAY_MS, addDays, lastDayCovered, type StoryEvent } from '../../model';
import { toIsoDate } from '../format/dates';
import type { TimeWindow } from './timelineItems';

/** The window as URL dates: whole days, and always at least one day wide. */
export function windowToSearch(window: TimeWindow): { start: string; end: string } {
  const start = toIsoDate(window.start);
  const rounded = toIsoDate(new Date(window.end.getTime() + 12 * 3600 * 1000));
  return { start, end: rounded > start ? rounded : addDays(start, 1) };
}

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/**
 * The URL window to use when opening an event: unchanged when the event is
 * already in view (or no window is set, so everything is), otherwise the same
 * span moved to centre on the event. Links apply it, so following a link
 * brings its event into view without the timeline rewriting the URL.
 */
export function windowShowing(
  window: { start?: string; end?: string },
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
