import { MONTH_NAMES, type DatePrecision } from '../../model/core';
import { precisionLabel } from './labels';

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y ?? 1970, m ?? 1, d ?? 1];
}

/** A calendar date as a local-time Date at midnight, so it lands on its own day in every time zone. */
export function localDate(iso: string): Date {
  const [y, m, d] = parts(iso);
  return new Date(y, m - 1, d);
}

/** The calendar day a local Date falls on, as `YYYY-MM-DD`. */
export function toIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "24 February 2025" — day first, month spelled out, so no reader misreads 03/02. */
export function formatDay(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

/** How a date reads at its precision: "week of 24 February 2025", "March 2025", "2025". */
export function formatStoryDate(iso: string, precision: DatePrecision, endDate?: string): string {
  const [y, m] = parts(iso);
  switch (precision) {
    case 'year':
      return String(y);
    case 'month':
      return `${MONTH_NAMES[m - 1]} ${y}`;
    case 'week':
      return `week of ${formatDay(iso)}`;
    case 'day':
      return endDate && endDate !== iso ? `${formatDay(iso)} – ${formatDay(endDate)}` : formatDay(iso);
  }
}

/**
 * A short tag for a date less exact than a day, shown before a title on the timeline so a
 * month-dated event is not read as happening on the 1st: "Mar 2025", "wk of 24 Feb", "2025".
 * Null for a day.
 */
export function impreciseDateTag(iso: string, precision: DatePrecision): string | null {
  const [y, m, d] = parts(iso);
  const month = MONTH_NAMES[m - 1]!.slice(0, 3);
  switch (precision) {
    case 'day':
      return null;
    case 'week':
      return `wk of ${d} ${month}`;
    case 'month':
      return `${month} ${y}`;
    case 'year':
      return String(y);
  }
}

/** How exactly a date is known, as a sentence's start: "Date known to the month". */
export function precisionInWords(precision: DatePrecision): string {
  return `Date ${precisionLabel(precision)}`;
}
