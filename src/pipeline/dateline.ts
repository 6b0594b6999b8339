/** Recognising a publication-date line ("date 2025-02-26", "Updated Mar 27, 2025, 1:00pm EDT", …). */
import { isRealDate, toIso } from '../model/calendar';
import { MONTH_RE, monthNumber } from './util';

export interface DateLine {
  date: string;
  /** Rule name, e.g. `dateline-iso`, `updated-line`, `published-line`, `dateline`. */
  method: string;
  /** The raw line it was read from. */
  source: string;
}

const MONTH_DAY_YEAR = new RegExp(`^(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`);
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_RE})\\s*,?\\s+(\\d{4})\\b`);
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/;
const WEEKDAY_PREFIX = /^(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+/i;

/** A date written at the start of `text` in one of the common full forms (with year). */
export function parseFullDate(text: string): string | null {
  const t = text.trim().replace(WEEKDAY_PREFIX, '');
  let m = ISO.exec(t);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isRealDate(y, mo, d) ? toIso({ y, m: mo, d }) : null;
  }
  m = MONTH_DAY_YEAR.exec(t);
  if (m) {
    const mo = monthNumber(m[1] as string);
    const [d, y] = [Number(m[2]), Number(m[3])];
    return mo && isRealDate(y, mo, d) ? toIso({ y, m: mo, d }) : null;
  }
  m = DAY_MONTH_YEAR.exec(t);
  if (m) {
    const mo = monthNumber(m[2] as string);
    const [d, y] = [Number(m[1]), Number(m[3])];
    return mo && isRealDate(y, mo, d) ? toIso({ y, m: mo, d }) : null;
  }
  return null;
}

const LABELLED =
  /^(published|posted|first published|updated|last updated|modified|date|dated)(?:\s+on)?\s*:?\s*(.+)$/i;

/** Is this whole line a publication-date line? Lines longer than 100 characters never are. */
export function parseDateLine(line: string): DateLine | null {
  const source = line;
  const t = line.trim();
  if (!t || t.length > 100) return null;
  const labelled = LABELLED.exec(t);
  if (labelled) {
    const label = (labelled[1] as string).toLowerCase();
    const date = parseFullDate(labelled[2] as string);
    if (!date) return null;
    const method = /^(updated|last updated|modified)$/.test(label)
      ? 'updated-line'
      : /^(date|dated)$/.test(label) && ISO.test((labelled[2] as string).trim())
        ? 'dateline-iso'
        : 'published-line';
    return { date, method, source };
  }
  const date = parseFullDate(t);
  if (!date) return null;
  // The rest of the line may only be a time / zone / separator, not prose.
  const words = t.split(/\s+/).length;
  if (words > 9) return null;
  return { date, method: ISO.test(t) ? 'dateline-iso' : 'dateline', source };
}

const METHOD_RANK: Record<string, number> = {
  'published-line': 0,
  dateline: 1,
  'dateline-iso': 2,
  'updated-line': 3,
};

export function rankDateLine(d: DateLine): number {
  return METHOD_RANK[d.method] ?? 9;
}
