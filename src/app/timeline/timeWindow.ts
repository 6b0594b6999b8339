import { addDays, toIsoDate } from '../format/dates';
import type { TimeWindow } from './timelineItems';

/** The window as URL dates: whole days, and always at least one day wide. */
export function windowToSearch(window: TimeWindow): { start: string; end: string } {
  const start = toIsoDate(window.start);
  const rounded = toIsoDate(new Date(window.end.getTime() + 12 * 3600 * 1000));
  return { start, end: rounded > start ? rounded : addDays(start, 1) };
}
