/** Small pure helpers shared by the stages: hashing, text folding, UTC calendar arithmetic. */
import { createHash } from 'node:crypto';

export function sha1Hex(text: string, length = 8): string {
  return createHash('sha1').update(text).digest('hex').slice(0, length);
}

/** Compare strings by code unit, never by locale: the same order on every machine. */
export function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u00ab': '"',
  '\u00bb': '"',
};

function isSpace(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 128) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Folds curly quotes to straight ones (1:1) and collapses whitespace runs
 * (including NBSP) to one space. `map[i]` is the index in the original string
 * of folded character `i`, so a match in the folded text maps back exactly.
 */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (isSpace(ch)) {
      if (!inSpace) {
        folded += ' ';
        map.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    folded += FOLD[ch] ?? ch;
    map.push(i);
  }
  return { folded, map };
}

export function fold(text: string): string {
  return foldWithMap(text).folded.trim();
}

/**
 * Finds `needle` in `haystack` comparing folded forms; returns the exact
 * substring of `haystack` that matched, or null.
 */
export function findFolded(haystack: string, needle: string): string | null {
  const n = fold(needle);
  if (!n) return null;
  const { folded, map } = foldWithMap(haystack);
  const at = folded.indexOf(n);
  if (at < 0) return null;
  const start = map[at] as number;
  const end = (map[at + n.length - 1] as number) + 1;
  return haystack.slice(start, end);
}

export function wordCount(text: string): number {
  const m = text.trim().match(/\S+/g);
  return m ? m.length : 0;
}

// ---- calendar dates (UTC only, never the machine's zone) -------------------

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

export function addDays(iso: string, days: number): string {
  return fromUtc(utcMs(iso) + days * 86_400_000);
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
  return Math.round((utcMs(b) - utcMs(a)) / 86_400_000);
}

export const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

export function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, '');
  return MONTHS[key.slice(0, key.startsWith('sept') ? 4 : 3)];
}

/** Month names as written in English news copy: "Feb.", "February", "Sept.". */
export const MONTH_RE =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:tember|t\\.|\\.|t)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
