/** Stage 3 — metadata: title, publisher, author and publication date (stated or inferred, with the method). */
import type { PublicationDate } from '../model/schema';
import type { CleanResult } from './clean';
import { parseFullDate } from './dateline';
import { publisherFromUrl } from './publishers';
import { isRealDate, parseIso, toIso } from '../model/calendar';
import { MONTH_RE, monthNumber, wordCount } from './util';

export interface Metadata {
  title: string;
  titleDerived: boolean;
  publisher: string | null;
  author: string | null;
  published: PublicationDate | null;
  /** Human-readable notes, e.g. how an inferred date was pieced together. */
  notes: string[];
}

const TITLE_MAX = 100;

/** A title for an article that printed none: its first sentence, shortened at a word boundary. */
export function deriveTitle(paragraphs: readonly string[], fallback: string): string {
  const first = paragraphs.find((p) => wordCount(p) >= 3) ?? paragraphs[0];
  if (!first) return fallback;
  const sentence = (first.split(/(?<=[.!?])\s+(?=[\p{Lu}“"])/u)[0] ?? first).replace(/[.!?]+$/, '').trim();
  if (sentence.length <= TITLE_MAX) return sentence || fallback;
  const cut = sentence.slice(0, TITLE_MAX - 1);
  const at = cut.lastIndexOf(' ');
  return `${(at > 40 ? cut.slice(0, at) : cut).replace(/[,;:]$/, '')}…`;
}

const REPORTED_ON = new RegExp(
  `\\b(?:reported|said|announced|wrote|told|stated|confirmed|revealed|published)\\s+(?:\\w+\\s+){0,3}?on\\s+(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s+\\d{4})`,
);
const FULL_DATE_ANYWHERE = new RegExp(
  `(?:${MONTH_RE})\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+(?:${MONTH_RE})\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}`,
  'g',
);
const URL_DATE = [
  { re: /\/(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/, order: 'ymd' },
  { re: /\/(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\/|$)/, order: 'mdy' },
  { re: /\/(\d{4})-(\d{2})-(\d{2})(?:\/|$|-)/, order: 'ymd' },
] as const;

export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  for (const { re, order } of URL_DATE) {
    const m = re.exec(url);
    if (!m) continue;
    const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const [y, mo, d] = order === 'ymd' ? [a, b, c] : [c, a, b];
    if (isRealDate(y, mo, d)) return toIso({ y, m: mo, d });
  }
  return null;
}

function fullDatesIn(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of texts)
    for (const m of t.matchAll(FULL_DATE_ANYWHERE)) {
      const d = parseFullDate(m[0]);
      if (d) out.push(d);
    }
  return out;
}

export function findPublicationDate(
  clean: CleanResult,
  sourceUrl: string | null,
): { published: PublicationDate | null; notes: string[] } {
  const notes: string[] = [];
  if (clean.dateLine) {
    const { date, method, source } = clean.dateLine;
    return {
      published: { date, precision: 'day', method, confidence: 'stated', source: source.trim() },
      notes,
    };
  }
  const urlDate = dateFromUrl(sourceUrl);
  if (urlDate) {
    notes.push(`publication date ${urlDate} read from the URL`);
    return {
      published: {
        date: urlDate,
        precision: 'day',
        method: 'url-date',
        confidence: 'inferred',
        source: sourceUrl ?? '',
      },
      notes,
    };
  }
  // "… the FT reported on Feb. 25." — the reporting day, with the year from a caption's full date.
  const lead = clean.paragraphs.slice(0, 3);
  const yearHints = fullDatesIn([...clean.captions, ...clean.paragraphs]);
  for (const p of lead) {
    const m = REPORTED_ON.exec(p);
    if (!m) continue;
    const mo = monthNumber(m[1] as string);
    const d = Number(m[2]);
    const hint = yearHints[0];
    if (!mo || !hint) continue;
    const caption = parseIso(hint);
    // A caption dated December and a report in January: the report is in the next year.
    const y = mo < caption.m - 6 ? caption.y + 1 : caption.y;
    if (!isRealDate(y, mo, d)) continue;
    const date = toIso({ y, m: mo, d });
    notes.push(`publication date ${date} inferred from "${m[0]}" with the year from the full date ${hint}`);
    return {
      published: {
        date,
        precision: 'day',
        method: 'reported-on+caption-year',
        confidence: 'inferred',
        source: p,
      },
      notes,
    };
  }
  const captionDates = fullDatesIn(clean.captions).sort();
  const latest = captionDates[captionDates.length - 1];
  if (latest) {
    notes.push(`publication date ${latest} inferred from a photo caption date`);
    return {
      published: {
        date: latest,
        precision: 'day',
        method: 'caption-date',
        confidence: 'inferred',
        source: clean.captions.join(' '),
      },
      notes,
    };
  }
  return { published: null, notes };
}

export function extractMetadata(
  clean: CleanResult,
  sourceUrl: string | null,
  fallbackTitle: string,
): Metadata {
  const { published, notes } = findPublicationDate(clean, sourceUrl);
  const titleDerived = !clean.title;
  const title = clean.title ?? deriveTitle(clean.paragraphs, fallbackTitle);
  if (titleDerived) notes.push(`no title line: title derived from the first sentence`);
  return {
    title,
    titleDerived,
    publisher: publisherFromUrl(sourceUrl) ?? clean.publisherFromText,
    author: clean.author,
    published,
    notes,
  };
}
