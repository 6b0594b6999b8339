/** Stage 3 — metadata: title, publisher, author and publication date (stated or inferred, with the method). */
import type { PublicationDate } from '../model/schema';
import type { CleanResult } from './clean';
import { parseFullDate, splitGluedDate } from './dateline';
import { isCaptionWithCredit } from './furniture';
import { extractDates } from './dates';
import { publisherFromUrl } from './publishers';
import { isRealDate, parseIso, toIso } from '../model/calendar';
import { MONTH_RE, monthNumber, wordCount } from './util';
import { wireDateline } from './wireDateline';

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

/**
 * A title for an article that printed none: its first sentence, shortened at a word boundary. It never
 * starts with a date widget, a wire dateline or a photo caption: those are passed over.
 */
export function deriveTitle(paragraphs: readonly string[], fallback: string): string {
  const first = paragraphs.find((p) => wordCount(p) >= 3 && !isCaptionWithCredit(p)) ?? paragraphs[0];
  if (!first) return fallback;
  const lead = splitGluedDate(first)?.rest ?? first;
  const text = lead.slice(wireDateline(lead)?.length ?? 0);
  const sentence = (text.split(/(?<=[.!?])\s+(?=[\p{Lu}“"])/u)[0] ?? text).replace(/[.!?]+$/, '').trim();
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
const HAS_FULL_DATE = new RegExp(FULL_DATE_ANYWHERE.source);
const URL_DATE = [
  { re: /\/(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/, order: 'ymd' },
  { re: /\/(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\/|$)/, order: 'mdy' },
  { re: /\/(\d{4})-(\d{2})-(\d{2})(?:\/|$|-)/, order: 'ymd' },
  // "/2025/mar/06/": a month's name between year and day.
  { re: new RegExp(`\\/(\\d{4})\\/(${MONTH_RE})\\/(\\d{1,2})(?:\\/|$)`, 'i'), order: 'ymd' },
  // "…-20250305", "/20250305/": eight digits for a date, between separators.
  { re: /(?:[-_/])((?:19|20)\d{2})(\d{2})(\d{2})(?=$|[-_/.?#])/, order: 'ymd' },
] as const;

export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  for (const { re, order } of URL_DATE) {
    const m = re.exec(url);
    if (!m) continue;
    const [a, c] = [Number(m[1]), Number(m[3])];
    const b = /^\d+$/.test(m[2] as string) ? Number(m[2]) : (monthNumber(m[2] as string) ?? 0);
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

type Found = { published: PublicationDate; note?: string } | null;

const found = (
  date: string,
  method: string,
  confidence: PublicationDate['confidence'],
  source: string,
  note?: string,
): Found => ({ published: { date, precision: 'day', method, confidence, source }, note });

/** Stated: the page's date line. */
function fromDateLine(clean: CleanResult): Found {
  if (!clean.dateLine) return null;
  const { date, method, source } = clean.dateLine;
  return found(date, method, 'stated', source.trim());
}

/** Inferred: a date in the article's address ("/2025/03/06/", "-20250306"). */
function fromUrl(_clean: CleanResult, sourceUrl: string | null): Found {
  const date = dateFromUrl(sourceUrl);
  return date
    ? found(date, 'url-date', 'inferred', sourceUrl ?? '', `publication date ${date} read from the URL`)
    : null;
}

/** Inferred: "… the FT reported on Feb. 25." in the lead, with the year from a full date in a caption or the text. */
function fromReportedOn(clean: CleanResult): Found {
  const yearHints = fullDatesIn([...clean.captions, ...clean.paragraphs]);
  for (const p of clean.paragraphs.slice(0, 3)) {
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
    const note = `publication date ${date} inferred from "${m[0]}" with the year from the full date ${hint}`;
    return found(date, 'reported-on+caption-year', 'inferred', p, note);
  }
  return null;
}

/**
 * Inferred: a labelled date line without its year ("Published: 18th February") with the latest year of
 * the page's copyright line ("© Copyright 2001-2025"). A site prints the current year there, so an old
 * page read years later would get that later year: hence inferred, with a note saying how.
 */
function fromYearlessLine(clean: CleanResult): Found {
  const y = clean.yearless;
  if (!y?.copyrightYear || !isRealDate(y.copyrightYear, y.month, y.day)) return null;
  const date = toIso({ y: y.copyrightYear, m: y.month, d: y.day });
  const note = `publication date ${date} inferred from "${y.source}" with the year of the page's copyright line`;
  return found(date, 'yearless-line+copyright-year', 'inferred', y.source, note);
}

/** Inferred: the latest full date in a photo caption (the photo was taken for the story). */
function fromCaption(clean: CleanResult): Found {
  const latest = fullDatesIn(clean.captions).sort().pop();
  if (!latest) return null;
  const note = `publication date ${latest} inferred from a photo caption date`;
  return found(latest, 'caption-date', 'inferred', clean.captions.join(' '), note);
}

/**
 * Guessed: the latest full date (with its year) the text gives for something that already happened — the
 * article was written on that day or later. The best honest fallback when the page states no date; the
 * report and the article panel say it is a guess.
 */
function fromTextDates(clean: CleanResult): Found {
  let latest: { date: string; paragraph: string } | null = null;
  for (const p of clean.paragraphs) {
    if (!HAS_FULL_DATE.test(p)) continue;
    for (const d of extractDates(p, null))
      if (d.precision === 'day' && !d.future && (!latest || d.date > latest.date))
        latest = { date: d.date, paragraph: p };
  }
  if (!latest) return null;
  const note = `publication date ${latest.date} guessed: the latest date the text gives for something that already happened`;
  return found(latest.date, 'latest-date-in-text', 'guessed', latest.paragraph, note);
}

/**
 * The first of: the date line (stated), the address, a yearless date line with the copyright's year, a
 * "reported on" lead, a caption (inferred), the text's latest date (guessed).
 */
export function findPublicationDate(
  clean: CleanResult,
  sourceUrl: string | null,
): { published: PublicationDate | null; notes: string[] } {
  for (const finder of [
    fromDateLine,
    fromUrl,
    fromYearlessLine,
    fromReportedOn,
    fromCaption,
    fromTextDates,
  ]) {
    const hit = finder(clean, sourceUrl);
    if (hit) return { published: hit.published, notes: hit.note ? [hit.note] : [] };
  }
  return { published: null, notes: [] };
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
