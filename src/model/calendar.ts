/**
 * Calendar dates as the contract writes them (`YYYY-MM-DD`), and the arithmetic on them that the
 * pipeline, the app and the scripts share. Everything is done in UTC, never in the machine's
 * time zone, so a date is the same day everywhere. The one place for this: no other module
 * adds days or counts months.
 */
import { DATE_PRECISIONS } from './vocabulary';

type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** One day in milliseconds (calendar days in UTC have no daylight-saving jumps). */
export const DAY_MS = 86_400_000;

/** English month names, January first. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export interface Ymd {
  y: number;
  m: number; // 1-12
  d: number;
}

export function toIso({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function parseIso(iso: string): Ymd {
  const [y, m, d] = iso.split('-').map(Number);
  return { y: y as number, m: m as number, d: d as number };
}

export function isRealDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1 || y < 1000 || y > 9999) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function fromUtc(ms: number): string {
  const date = new Date(ms);
  return toIso({ y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() });
}

function utcMs(iso: string): number {
  const { y, m, d } = parseIso(iso);
  return Date.UTC(y, m - 1, d);
}

/** Noon UTC of a calendar day: the instant a date library reading "today" from it can never move to another day. */
export function noonUtc(iso: string): Date {
  return new Date(utcMs(iso) + DAY_MS / 2);
}

export function addDays(iso: string, days: number): string {
  return fromUtc(utcMs(iso) + days * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return new Date(utcMs(iso)).getUTCDay();
}

/** Monday of the ISO week containing `iso`. */
export function mondayOf(iso: string): string {
  const wd = weekday(iso);
  return addDays(iso, wd === 0 ? -6 : 1 - wd);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function monthStart(y: number, m: number): string {
  return toIso({ y, m, d: 1 });
}

export function monthEnd(y: number, m: number): string {
  return toIso({ y, m, d: daysInMonth(y, m) });
}

export function addMonths(y: number, m: number, delta: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + delta;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

export function daysBetween(a: string, b: string): number {
  return Math.round((utcMs(b) - utcMs(a)) / DAY_MS);
}

/** The last day a dated item covers, given its precision: a month-dated item covers the month. */
export function lastDayCovered(iso: string, precision: DatePrecision, endDate?: string): string {
  if (endDate) return endDate;
  const { y, m } = parseIso(iso);
  switch (precision) {
    case 'day':
      return iso;
    case 'week':
      return addDays(iso, 6);
    case 'month':
      return monthEnd(y, m);
    case 'year':
      return `${y}-12-31`;
  }
}
