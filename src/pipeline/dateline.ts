/**
 * Recognising a publication-date line, in the forms news pages print it: "date 2025-02-26", "Updated Mar 27,
 * 2025, 1:00pm EDT", "Mar 6, 2025 4:32 PM", "6 March 2025, 08:15 | Updated: 6 March 2025, 11:40",
 * "PUBLISHED: 18:32, 2 March 2025 | UPDATED: …", "04.03.2025 11:20", "THURSDAY, MARCH 20, 2025" — and
 * such a widget glued to the start of a text line ("Sun 2 Mar 2025 19.05 GMTStarmer says …").
 */
import { isRealDate, toIso } from '../model/calendar';
import { MONTH_RE, monthNumber, wordCount } from './util';
import { localMonth, LOCAL_LABEL, LOCAL_UPDATED, LOCAL_WEEKDAY } from './localDates';
import { isPersonShaped } from './names';

export interface DateLine {
  date: string;
  /** Rule name, e.g. `dateline-iso`, `updated-line`, `published-line`, `dateline`. */
  method: string;
  /** The raw line it was read from. */
  source: string;
}

const MONTH_DAY_DASHED = new RegExp(
  `\\b(${MONTH_RE})\\s*(?:-\\s*(\\d{1,2})\\s*-|\\s(\\d{1,2})\\/)\\s*(\\d{4})\\b`,
  'i',
);
// The year may run into the time with no space ("August 19, 20255:52 PM"): four digits, then a clock time.
const MONTH_DAY_YEAR = new RegExp(
  `^(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:(?!\\d)|(?=\\d{1,2}:\\d{2}))`,
  'i',
);
/**
 * The day may carry a full stop, as Danish, German and Norwegian pages print it ("19. aug. 2025"), and the
 * month may be named in the page's own language ("19 août 2025", "19 de agosto de 2025", "30. srpna 2025"):
 * any word is read here and `monthOf` decides whether it names a month.
 */
const DAY_MONTH_YEAR =
  /^(\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:de\s+)?(\p{L}{3,}\.?)\s*,?\s+(?:de\s+|del\s+)?(\d{4})(?!\d)/iu;
/** The parts run together with dots or dashes: "28.mar.2025" (Brazilian papers), "19-Aug-2025". */
const DAY_MONTH_YEAR_JOINED = /^(\d{1,2})([.-])(\p{L}{3,})\.?\2(\d{4})(?!\d)/iu;
/** Year first with the month named: "2025. augusztus 19.", "2025 Aug 19". */
const YEAR_MONTH_DAY = /^(\d{4})\.?\s+(\p{L}{3,}\.?)\s+(\d{1,2})\.?(?!\d)/iu;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/;
/** Year first with slashes or dots ("2025/03/03", "2025.03.06"), as East Asian pages print it: never ambiguous. */
const YEAR_FIRST = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)/;
/** Day first with dots ("04.03.2025", "15.3.2025"), the European way; Czech and Slovak pages space them ("30. 8. 2025"). */
// "19.08.25 – 13:05": a two-digit year only where a time or the line's end follows it.
const DOTTED_DAY_MONTH_YEAR =
  /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2}(?=\s*(?:[,–—|-]\s*)?\d{1,2}[:.]\d{2}|\s*$))(?!\d)/;
/** A clock time with AM or PM soon after a date: "4.11.2025 3:40 PM", "04/11/2025 - 6:12 a.m.". */
const TWELVE_HOUR_AFTER = /^\s*(?:[,|•·–—-]\s*)?(?:at\s+)?\d{1,2}[:.]\d{2}\s*[AaPp]\.?\s?[Mm]\b/;
/**
 * Slashes: "11/03/2025" is 11 March in Paris and 3 November in New York, and nothing on the line says
 * which. A date past the 12th says so itself ("14/03/2025"); otherwise the page decides (`slashOrderOf`).
 */
// "02/18/25 6:12 PM ET": a two-digit year only before a clock time or at the end of the line.
const SLASHED = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2}(?=\s+\d{1,2}[:.]\d{2}|\s*$))(?!\d)/;
const SLASHED_ANYWHERE =
  /(?<![\d/-])(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2}(?=\s*(?:[·|,–—-]\s*)?\d{1,2}[:.]\d{2}))(?![\d/-])/g;

/** How a page writes numbers-only dates with slashes; `null`: it has none, or only self-evident ones. */
export type SlashOrder = 'day-first' | 'month-first' | null;

/**
 * The order of a page's slashed dates: one past the 12th settles it ("14/03/2025" is day first); else
 * the month its text names more often among the two readings ("11/03/2025" with "March" in the text);
 * else day first, as most of the world and most outlets that print numeric datelines write it.
 */
export function slashOrderOf(text: string): SlashOrder {
  const pairs = [...text.matchAll(SLASHED_ANYWHERE)].map((m) => [Number(m[1]), Number(m[3])] as const);
  if (!pairs.length) return null;
  if (pairs.some(([a, b]) => a > 12 && b <= 12)) return 'day-first';
  if (pairs.some(([a, b]) => b > 12 && a <= 12)) return 'month-first';
  const named = monthMentions(text);
  let dayFirst = 0;
  for (const [a, b] of pairs) dayFirst += (named[b] ?? 0) - (named[a] ?? 0);
  if (dayFirst !== 0) return dayFirst < 0 ? 'month-first' : 'day-first';
  // "Published on 05/09/2025" over a story that "followed the White House summit on August 18": a page
  // reports days gone by, so the reading that dates it before the earliest day its prose names is wrong.
  const earliest = earliestDayMonth(text);
  if (earliest) {
    const [a, b] = pairs[0] as readonly [number, number];
    if (a < earliest && b >= earliest) return 'day-first';
    if (b < earliest && a >= earliest) return 'month-first';
  }
  // The prose's own dates: "on 15 August" is how a writer of day-first dates puts it. Not the other way
  // round: Australian and Canadian papers, and wire copy everywhere, print "March 11" over day-first dates.
  if (count(text, DAY_THEN_MONTH) > count(text, MONTH_THEN_DAY)) return 'day-first';
  // No month named either way ("05/12/2025 - Page A1" over a story that says only "Saturday"): American
  // spelling goes with American dates, month first; any other, day first.
  const american = count(text, AMERICAN_SPELLING);
  const british = count(text, BRITISH_SPELLING);
  if (american !== british) return american > british ? 'month-first' : 'day-first';
  // Neither spelling, and the prose writes "Aug. 18": with nothing else to go on, its month-first dates.
  return count(text, MONTH_THEN_DAY) > 0 ? 'month-first' : 'day-first';
}

/** The earliest month the prose names with a day ("on August 18", "on 2 March"), or null. */
function earliestDayMonth(text: string): number | null {
  let earliest: number | null = null;
  for (const m of text.matchAll(DAY_MONTH_NAMED)) {
    const month = monthNumber((m[1] ?? m[2]) as string);
    if (month && (earliest === null || month < earliest)) earliest = month;
  }
  return earliest;
}
const DAY_MONTH_NAMED = new RegExp(
  `\\b(?:(${MONTH_RE})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(${MONTH_RE}))\\b(?!\\s*[:./]\\d)`,
  'g',
);

// Case is read, and May is left out: "as many as 10 may be deployed".
const DAY_THEN_MONTH =
  /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/g;
const MONTH_THEN_DAY = new RegExp(
  `\\b(?:${MONTH_RE})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?!\\s*[:.]\\d)`,
  'g',
);

// Only spellings no other English writes: Canadian papers spell "-ize" and Australian ones "program" too.
const AMERICAN_SPELLING =
  /\b(?:defense|traveled|traveling|center|centers|color|favor|favored|labor|honor|honored)\b/g;
const BRITISH_SPELLING =
  /\b(?:defence|travelled|travelling|centre|centres|colour|favour|favoured|labour|honour|honoured|organisation|organisations|recognised|criticised|emphasised|apologised|programme|programmes)\b/g;
function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

const MONTH_WORD = new RegExp(`\\b(${MONTH_RE})\\b`, 'gi');
function monthMentions(text: string): number[] {
  const counts: number[] = [];
  for (const m of text.matchAll(MONTH_WORD)) {
    const month = monthNumber(m[1] as string);
    if (month) counts[month] = (counts[month] ?? 0) + 1;
  }
  return counts;
}

/** Day and month of a slashed date, or null where the order is unknown and the date does not say. */
function slashedDayMonth(a: number, b: number, order: SlashOrder | undefined): [number, number] | null {
  // "03/03/25": the same either way.
  if (a > 12 || a === b) return [a, b];
  if (b > 12) return [b, a];
  if (order === 'day-first') return [a, b];
  if (order === 'month-first') return [b, a];
  return null;
}
const WEEKDAY_PREFIX = /^(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+/i;
const ENGLISH_MONTH = new RegExp(`^${MONTH_RE}$`, 'i');

/** The month a date's month word names, in English or in the page's own language; undefined if none. */
function monthOf(word: string): number | undefined {
  return ENGLISH_MONTH.test(word) ? monthNumber(word) : localMonth(word);
}

/**
 * A date written at the start of `text` in one of the common full forms (with year), and its length.
 * Slashed dates are read only where their order is known: from the date itself or from `slashes`.
 */
export function readFullDate(text: string, slashes?: SlashOrder): { date: string; length: number } | null {
  const lead = /^\s*/.exec(text)?.[0].length ?? 0;
  const weekday =
    (WEEKDAY_PREFIX.exec(text.slice(lead)) ?? LOCAL_WEEKDAY.exec(text.slice(lead)))?.[0].length ?? 0;
  const t = text.slice(lead + weekday);
  const slashed = SLASHED.exec(t);
  if (slashed) {
    const dayMonth = slashedDayMonth(Number(slashed[1]), Number(slashed[3]), slashes);
    const y = Number(slashed[4]) + ((slashed[4] as string).length === 2 ? 2000 : 0);
    if (!dayMonth || !isRealDate(y, dayMonth[1], dayMonth[0])) return null;
    return { date: toIso({ y, m: dayMonth[1], d: dayMonth[0] }), length: lead + weekday + slashed[0].length };
  }
  const found = [
    [ISO, 1, 2, 3],
    [YEAR_FIRST, 1, 2, 3],
    [MONTH_DAY_YEAR, 3, 1, 2],
    [DAY_MONTH_YEAR, 3, 2, 1],
    [DAY_MONTH_YEAR_JOINED, 4, 3, 1],
    [YEAR_MONTH_DAY, 1, 2, 3],
    [DOTTED_DAY_MONTH_YEAR, 3, 2, 1],
  ] as const;
  for (const [re, yi, mi, di] of found) {
    const m = re.exec(t);
    if (!m) continue;
    const y = Number(m[yi]) + ((m[yi] as string).length === 2 ? 2000 : 0);
    let mo = /^\d+$/.test(m[mi] as string) ? Number(m[mi]) : monthOf(m[mi] as string);
    let d = Number(m[di]);
    // "4.11.2025 3:40 PM": a dotted date beside a twelve-hour clock is American, month first, where both
    // readings are dates.
    if (
      re === DOTTED_DAY_MONTH_YEAR &&
      d <= 12 &&
      mo !== undefined &&
      mo <= 12 &&
      TWELVE_HOUR_AFTER.test(t.slice(m[0].length))
    )
      [mo, d] = [d, mo];
    // "08.19.25, 19:40": a dotted date whose second number is past the 12th says itself it is month first.
    if (re === DOTTED_DAY_MONTH_YEAR && mo !== undefined && mo > 12 && d <= 12) [mo, d] = [d, mo];
    // "5 der 2025" is no date here, but another form may still read the text.
    if (!mo) continue;
    if (!isRealDate(y, mo, d)) return null;
    return { date: toIso({ y, m: mo, d }), length: lead + weekday + m[0].length };
  }
  return null;
}

/** A date written at the start of `text` in one of the common full forms (with year). */
export function parseFullDate(text: string): string | null {
  return readFullDate(text)?.date ?? null;
}

const LABEL =
  /^(date created|updated as of|posted as of|published date|date published|publication date|updated date|published|posted|first published|first posted|originally published|originally posted|original|issued|started|updated|last updated|last update|last modified|modified|date|dated|filed|released|created|this (?:story|article|report|content) was (?:originally |first )?published|publish|update|aired|first aired|originally aired|air date|broadcast|first broadcast)(?:\s+(?:on|at))?\s*[:–—-]?\s*/i;
/**
 * A clock time, with its zone: "4:32 PM", "19.05 GMT", "10:05 a.m. ET", "1:00pm EDT", and as other
 * languages print it: "kl. 08.12", "klo 14.05", "14h05", "um 14:05 Uhr", "14:05 (UTC+02:00)".
 */
export const TIME =
  /^(?:(?:at|kl\.?|klo\.?|um|à|às|a las|alle|ore|om|godz\.?)\s+)?\d{1,2}(?:[:.]|h(?=\d{2}))\d{2}(?:\s*[aApP]\.?\s?[mM]\.?)?(?:\s*(?:Uhr|hrs|h)(?![\p{L}]))?(?:\s*\(?(?:GMT|BST|UTC|CET|CEST|EET|EEST|WET|WEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CT|MT|IST|MSK|AEST|AEDT|NZST|NZDT|JST|KST|HKT|SGT|PHT|PKT|EAT|WAT|TRT|GST|BRT|ChST|HST|AKST|AKDT|SST|AST|ADT|WIB|ICT)(?![a-z])(?:\s?[+-]\d{1,2}(?::?\d{2})?)?\)?)?/u;
/** "5 min read", "2 hours ago", "5127 views": what a date widget may print beside the date. */
const WIDGET_WORDS =
  /^(?:\d+\s*(?:min(?:ute)?s?\.?\s+read|(?:minutes?|mins?|hours?|hrs?|days?)\s+ago)|\d[\d,.\s]*\s(?:views?|reads?))/i;
const SEPARATOR = /^[\s,;|•·/–—-]+/;
/**
 * Between a date and the next labelled one, a full stop or an "and" may part them ("7:40pm NZST. Last updated
 * …", "This story was published Aug. 19, 2025, 1:02 p.m. and last updated 4:27 p.m.").
 */
const STOP_BEFORE_LABEL = /^(?:\.\s+|and\s+)(?=(?:last |first )?(?:updated|published|modified|posted)\b)/i;
// "(Paris)", "(Brussels time)": the city whose clock the time is given in, in brackets, maybe with its offset
// ("(Baghdad Time, GMT+3)").
const ZONE_WORDS =
  /^(?:UK|local time|Brussels time|Paris time|CET|GMT|UTC|ET|Uhr|\((?:\p{Lu}[\p{L}-]+|local)(?: time)?(?:,\s*(?:GMT|UTC)\s?[+-]\d{1,2}(?::?\d{2})?)?\))(?![\p{L}])/iu;
/** "March 28, 2025, Friday at 7:45 am": the day of the week after the date it names. */
const WEEKDAY_AFTER = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?![\p{L}])/iu;
/** The time part of an ISO timestamp: "T11:05Z", "T11:05:00+01:00". */
const ISO_TIME = /^T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/;

/** The rest of a date line once the first date is read: times, separators, labels and more dates. */
function residue(rest: string, slashes: SlashOrder | undefined): string {
  let t = rest;
  for (let guard = 0; guard < 20 && t; guard++) {
    const before = t;
    t = t.replace(SEPARATOR, '').replace(STOP_BEFORE_LABEL, '');
    const label = LABEL.exec(t) ?? LOCAL_LABEL.exec(t);
    if (label && label[0].length) t = t.slice(label[0].length);
    const date = readFullDate(t, slashes);
    if (date) t = t.slice(date.length);
    const time = TIME.exec(t) ?? ISO_TIME.exec(t);
    if (time) t = t.slice(time[0].length);
    const zone = ZONE_WORDS.exec(t) ?? WIDGET_WORDS.exec(t) ?? WEEKDAY_AFTER.exec(t);
    if (zone) t = t.slice(zone[0].length);
    if (t === before) break;
  }
  return t.trim();
}

/**
 * The date at the start of a line, after an optional label ("Published:") and an optional time
 * ("18:32,"), and where the date part of the line ends.
 */
function leadingDate(
  line: string,
  slashes: SlashOrder | undefined,
): { date: string; label: string; end: number } | null {
  let at = 0;
  const label = LABEL.exec(line) ?? LOCAL_LABEL.exec(line);
  if (label && label[0].length) at += label[0].length;
  // "04.03.2025" is a date, not the time 04.03: a time is only skipped when no date starts here.
  const time = readFullDate(line.slice(at), slashes) ? null : TIME.exec(line.slice(at));
  // "18:32, 2 March 2025", "4:12 pm on 19 August 2025".
  if (time)
    at +=
      time[0].length + (/^[\s,|•·/–—-]*(?:on\s+)?/.exec(line.slice(at + time[0].length))?.[0].length ?? 0);
  const date = readFullDate(line.slice(at), slashes);
  if (!date) return null;
  return { date: date.date, label: (label?.[1] ?? '').toLowerCase(), end: at + date.length };
}

/** `updated-line` for an "Updated …" label, `dateline-iso` for an ISO date with no other label, else by label. */
function methodFor(label: string, afterLabel: string): string {
  if (
    /^(?:updated|update|updated as of|updated date|last updated|last update|last modified|modified)$/.test(
      label,
    ) ||
    LOCAL_UPDATED.test(label)
  )
    return 'updated-line';
  if (ISO.test(afterLabel) && (!label || label === 'date' || label === 'dated')) return 'dateline-iso';
  return label ? 'published-line' : 'dateline';
}

/**
 * Is this whole line a publication-date line? Its first date is the publication date; the rest of the
 * line may only be times, zones, separators and further labelled dates ("| Updated: 6 March 2025, 11:40"),
 * or a widget's leftovers ("+ ↺ − 16 px"), never prose.
 */
export function parseDateLine(line: string, slashes?: SlashOrder): DateLine | null {
  // Every line of a page is asked: a paragraph far longer than a date line can become is not read through the
  // clean-up below (it trims a few words at most; a date line is 160 characters at most after it), nor a line
  // with no figure in it (every date read below has its year in figures).
  if (line.length > 400 || !/\d/.test(line)) return null;
  // A section's name in capitals glued to the date: "DIPLOMACY16.04.2025 11:24".
  const t = line
    .trim()
    // "(Updated: 03 Mar 2025 11:18AM)", "[2025.08.20]": the line in brackets.
    .replace(/^\((.+)\)$|^\[(.+)\]$/, '$1$2')
    // "Peter Kováč|5. Sep 2025 at 14:03", "Aylin Demirtaş, Burak Sezer |19.08.2025": a bar with a space on one
    // side or none parts the segments as one with spaces does.
    .replace(/(?<=\S)\s?\|(?=\S)|(?<=\S)\|\s?(?=\S)/g, ' | ')
    // "4 YORKSHIRE POST TUESDAY MARCH 4 2025", "4 WORLD THE CONTINENTAL TIMES Monday 3 March 2025": a printed
    // page's running head, its number and the paper's name in capitals before the day.
    .replace(
      /^(?:\d{1,3}\s+)?(?:\p{Lu}[\p{Lu}'’&.-]*\s+){1,6}(?=(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)\s+\p{Lu}|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}$)/u,
      '',
    )
    // "Published Date - 12:35 AM, Mon - 3 March 25": the label's "Date", a dash after the weekday, and the year
    // in two figures, which only a labelled line is trusted with.
    .replace(/\b((?:Published|Updated|Posted)) Date\s*[-–:]\s*/, '$1 ')
    .replace(/\b(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\s+[-–]\s+(?=\d)/, '$1 ')
    .replace(
      /\b((?:Published|Updated|Posted)\b[^|]*\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?),?\s+(\d{2})$/,
      '$1 20$2',
    )
    // "| Updated: 11:20, 05 September 2025": the bar that parted it from the line before; "-April 11, 2025
    // 7:30 AM": a dash.
    .replace(/^(?:[|•·]|[-–—](?=\s*(?:\d|\p{Lu}\p{Ll}+\.?\s+\d)))\s*/u, '')
    // "Posted 5:42 AM, Feb 18, 2025" / "and last updated 8:15 AM, Feb 18, 2025": the second line of a pair.
    .replace(/^and\s+(?=(?:last\s+)?(?:updated|modified)\b)/i, '')
    // "28 March 2025 09:52 am - 0 - {{hitsCtrl.values.hits}}": a page template's unfilled placeholder.
    .replace(/\s*[-|·•]?\s*\{\{[^{}]{1,80}\}\}/g, '')
    // "3 min read Last Updated : Sep 06 2025": a reading time run into the label; "Story first published:"
    // names what was published.
    .replace(/^\d{1,2}\s*min(?:ute)?s?\.?\s+read\s*[|·•]?\s*(?=\p{L})/iu, '')
    .replace(/^(?:story|article)\s+(?=(?:first\s+)?(?:published|posted|updated)\b)/i, '')
    // "18.02.2025, 17:42Reading time: 4 min.": the reading time after the date, glued to it or not.
    .replace(
      /\s*[|·•]?\s*(?:reading time\s*:?\s*\d{1,2}\s*min(?:ute)?s?\.?|\d{1,2}\s*min(?:ute)?s?\.?\s+read)\s*$/i,
      '',
    )
    // "Harriet Lane, The Week UKpublished 11 April 2025", "New Delhi,UPDATED: Aug 19, 2025 20:47 IST": a writer's
    // or a city's name run into the label.
    .replace(
      /^\p{Lu}[\p{L}.'’ -]{1,40}(?:,\s*(?:[\p{L}.'’ -]{1,40})?)?(?<=\p{L}|,)(?=(?:published|updated|posted|PUBLISHED|UPDATED|POSTED|Published|Updated|Posted)\s*:?\s*(?:\d|\p{Lu}\p{Ll}{2}))/u,
      '',
    )
    // "By Arthur Penhaligon published 19 August 2025", "By Jo Lee, Staff writer last updated 3 March 2025": a
    // writer's byline with the date's label in lower case after the name.
    .replace(
      /^By\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*,\s*[\p{L}.'’ -]{1,40}?)?\s+(?=(?:published|last updated|updated|posted)\s+(?:on\s+)?\d)/u,
      '',
    )
    // "Author: Danielle Frye Published: 7:05 AM EDT March 28, 2025 Updated: …": the writer before the label.
    .replace(/^Author:\s*\p{Lu}[\p{L}\d.'’ -]{1,60}?\s+(?=(?:Published|Updated|Posted):)/u, '')
    // "Updated on March 28, 2025, 9:14 am Source: ZEIT ONLINE, dpa, AFP": the sources after the date.
    .replace(/\s+(?:[|·•–—-]\s*)?Sources?\s*:\s+[^:|]{1,80}$/u, '')
    // "14,902 views  Mar 28, 2025  #Ukraine #Europe": a video's count of views before the date, its tags after.
    .replace(/^\d[\d.,]*\s?[KkMm]?\s+views?\s*[·•|]?\s+(?=\S)/, '')
    .replace(/(?<=\d)\s+(?:#[\p{L}\p{N}_]+\s*){1,8}$/u, '')
    // "Published On: July 11, 2025 08:25 AM NPT By: Associated Press": the writer after the date.
    .replace(/\s+(?:[|·•–—-]\s*)?[Bb]y\s*:?\s+\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,4}$/u, '')
    // "Published in The Nation newspaper on 01-May-2025": where it was printed, between the label and the date.
    .replace(
      /^((?:First\s+)?Published)\s+in\s+(?:the\s+)?\p{Lu}[\p{L}&.'’ -]{1,40}?(?:\s+(?:newspaper|print edition|edition|magazine))?\s+on\s+(?=\d|\p{Lu})/u,
      '$1 ',
    )
    // "This article appears in Private Eye No. 1661, 29 October 2025": the issue it was printed in, and its date.
    .replace(
      /^this (?:article|story) (?:appears|appeared) in (?:the )?\p{Lu}[\p{L}&.'’ -]{1,40}?(?:,?\s+(?:No\.?|Issue)\s*\d{1,6})?,\s*(?=\d{1,2}\s+\p{L}{3,}\.?\s+\d{4}\.?$|\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4}\.?$)/iu,
      'Published ',
    )
    // "SUGGESTED CITATION Ebeling, Jonas: A Mandate Before the Mission, VerfBlog, 2025/9/08.": a blog's citation of
    // the post ends on the day it was published.
    .replace(
      /^(?:suggested citation|cite (?:this (?:post|article|piece) )?as|how to cite(?: this (?:post|article|piece))?)\b\s*:?\s+\S.{0,240}?,\s*(?=(?:\d{4}\/\d{1,2}\/\d{1,2}|\d{1,2}\s+\p{L}{3,}\.?\s+\d{4}|\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4})\.?$)/iu,
      'Published ',
    )
    // "Published in print March 28, 2025": the print edition's date is the article's.
    .replace(/^((?:First\s+)?Published)\s+in\s+print(?:\s+edition)?(?:\s+on)?\s*:?\s+(?=\d|\p{Lu})/u, '$1 ')
    // "Added 12th April 2025 10:41 AM", "Created: 3 March 2025": a content system's word for when it went up.
    .replace(/^(?:Added|Created)(?:\s+on)?\s*:?\s*(?=\d)/, 'Published ')
    // "Submitted by editor on 21/03/2025 - 14:22": a content system's label, with its user's name in any case.
    .replace(/^Submitted\s+by\s+[\p{L}.'’ -]{1,50}?\s+on\s+(?=\d|\p{Lu})/u, 'Published on ')
    // "Posted by Niamh Cassidy on 3rd Mar 2025 at 12:16": the writer between the label and the date, or the
    // account's name in lower case ("Posted by keeptalkinggreece on …").
    .replace(
      /^((?:Posted|Published|Written))\s+by\s+(?:\p{Lu}[\p{L}.'’ -]{1,50}?|[\p{Ll}\d_.-]{2,40})\s+on\s+(?=\d|\p{Lu})/u,
      '$1 on ',
    )
    // "Posted on March 3, 2025 in Politics" (once its writer is gone): the post's category after the date.
    .replace(/^((?:Posted|Published)\s+on\s+[^|]{6,40}?\d{4})\s+in\s+\p{Lu}[\p{L}&'’ -]{1,30}$/u, '$1')
    // "Foreign Affairs, Politics, DefenceSeptember 5, 2025": the post's categories run into the date.
    .replace(
      /^(?:\p{Lu}[\p{L}&]*(?:,?\s+|\s*&\s*)){1,6}(?=\p{Lu}\p{Ll}+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{4}\b)/u,
      '',
    )
    // "Marisol Quintero Arizona Daily Star Aug 19, 2025": the writer's and the paper's names before the date,
    // each word in capitals and the paper's last word one papers are named by (never "Munich Security
    // Conference February 14, 2025", an occasion).
    .replace(
      /^(?:By\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+(?:(?:of|the|and|&)\s+)?){1,7}(?:Star|Times|News|Post|Journal|Herald|Tribune|Gazette|Courier|Dispatch|Register|Record|Press|Sun|Observer|Chronicle|Democrat|Enquirer|Republic|Bee|Review|Independent|Examiner|Telegraph|Mail|Express|Daily|Leader|Standard|Argus|Advocate|Sentinel|Bulletin|Citizen|Globe|Inquirer|Statesman|Eagle|Beacon|Ledger|Mercury|Advertiser|Journal-Constitution)\s+(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b)/u,
      '',
    )
    // "SensemakerWednesday 19 February 2025", "World Wednesday, March 5, 2025": a section's name before the
    // weekday of a full date, glued to it or not.
    .replace(
      /^(?:\p{Lu}[\p{L}&]*\s*){1,3}?(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+\d{4}\b)/u,
      '',
    )
    // "Published 21 hours ago on 2025/03/28": how long ago, then the date itself.
    .replace(
      /^((?:Published|Updated|Posted)\s+)\d+\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago\s+on\s+/i,
      '$1',
    )
    // "Published11 April 2025, 19:40", "PostedSep 5, 2025": a label run into the date is a label, not a section's
    // name.
    .replace(
      /^((?:First\s+|Last\s+)?(?:Published|Updated|Posted|Modified)(?:\s+on)?\s*:?)(?=\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s)/,
      '$1 ',
    )
    // "Politics/August 20, 2025", "Europe › 12 March 2025": a section's breadcrumb ending in the date.
    .replace(
      /^(?:\p{Lu}[\p{L}&]*\s+){0,2}\p{Lu}[\p{L}&]*\s*[/›»]\s*(?=(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,}\.?,?\s+\d{4}\b|\d{1,2}[./-]\d{1,2}[./-]\d{4}\b)/u,
      '',
    )
    // "PolandMay 12, 2025", "World NewsSept 5, 2025": a category's name run into the date.
    .replace(
      /^(?:\p{Lu}[\p{L}&]*\s+){0,2}\p{Lu}\p{Ll}+(?=(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2},?\s+\d{4}\b)/u,
      '',
    )
    .replace(/^\p{Lu}{3,}(?=\d)/u, '')
    // "Diplomacy06.09.2025", "Europe28 March 2025", "World2025-05-12": a section in title case glued to a date.
    .replace(
      /^\p{Lu}\p{Ll}{2,}(?=\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\d{1,2}\s+\p{L}{3,}\.?,?\s+\d{4}\b|\d{4}-\d{2}-\d{2}\b)/u,
      '',
    )
    // "Reuters, AP|Published: 08.19.25, 19:40": the agencies before a bar with no spaces round it.
    .replace(
      /^\p{Lu}[\p{L}.&'’-]*(?:(?:,\s*|\s+)\p{Lu}[\p{L}.&'’-]*){0,3}\s*[|·•]\s*(?=(?:Published|Updated|Posted)\b)/u,
      '',
    )
    // "ReutersPublished 24 Oct, 2025": the agency run into the label.
    .replace(/^\p{Lu}[\p{L}]{1,30}(?=(?:Published|Updated|Posted)\b)/u, '')
    // "Posted onMarch 28, 2025byThe Sofia Globe staff": a blog's label, date and author with no spaces.
    .replace(/^((?:Posted|Published|Updated)\s+on)(?=\p{Lu}|\d)/iu, '$1 ')
    .replace(/(\b(?:19|20)\d{2})by(?=\p{Lu})/u, '$1 by ')
    // "Mar - 28 - 2025 , 07:54", "March 4/2025": the parts of a named month's date set apart by dashes or a
    // slash.
    .replace(
      MONTH_DAY_DASHED,
      (_, month: string, dashed?: string, slashed?: string, year?: string) =>
        `${month} ${dashed ?? slashed}, ${year}`,
    )
    // "Published September 05. 2025 11:27AM": a full stop where the comma goes, before the year.
    .replace(
      /\b((?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2})\.\s+((?:19|20)\d{2})\b/g,
      '$1, $2',
    )
    // "Aug.19.2025 at 9h12": the month's stop run into the day, and a stop for the comma.
    .replace(
      /\b((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)(\d{1,2})\.((?:19|20)\d{2})\b/g,
      '$1 $2, $3',
    )
    // "Feb 19,2025": no space after the comma before the year.
    .replace(
      /\b((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}),((?:19|20)\d{2})\b/g,
      '$1, $2',
    )
    // "11 April ,2025: 01:14 AM GST": a comma set before the year, a colon after it.
    .replace(/(\p{L})\s+,\s*(\d{4})\b:?/u, '$1, $2')
    // "Aug. 19, 2025timer4 min. read": a widget's word run into the year is a segment of its own.
    .replace(/(\b(?:19|20)\d{2})(?=\p{Ll}{3,}|\p{Lu}\p{Ll}{2,})/u, '$1 | ');
  if (!t || t.length > 160) return null;
  // "04/11/2025April 11, 2025": figures, then the same date with its month named, which settles their order.
  const figuresFirst =
    /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\s*(?:[|·•,–—-]\s*)?(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s)/.exec(
      t,
    );
  const spelled = figuresFirst ? wholeDateLine(t.slice(figuresFirst[0].length), line, slashes) : null;
  if (spelled) return spelled;
  return (
    wholeDateLine(t, line, slashes) ??
    segmentedDateLine(t, line, slashes) ??
    placeDateLine(t, line, slashes) ??
    sectionDateLine(t, line, slashes) ??
    writerDateLine(t, line, slashes) ??
    filedDateLine(t, line)
  );
}

/**
 * "(Colombo/Sep05/2025 – with inputs from Reuters)": a story's sign-off with the place it was filed from and
 * the date (its brackets are gone by now). It says what it is wherever it stands, as a labelled line does.
 */
const FILED_FROM_ON =
  /^\p{Lu}[\p{L}.'’ -]{1,30}\/\s*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)\s*(\d{1,2})\s*\/\s*((?:19|20)\d{2})(?:\s*[–—-]\s*with\s+[^()]{1,40})?$/u;
/** Is this line such a sign-off, brackets and all? (Not a caption's credit in brackets.) */
export function isFiledSignOff(line: string): boolean {
  return FILED_FROM_ON.test(line.trim().replace(/^\((.+)\)$/, '$1'));
}
function filedDateLine(t: string, line: string): DateLine | null {
  const m = FILED_FROM_ON.exec(t);
  const dated = m
    ? wholeDateLine(`${m[1] as string} ${m[2] as string}, ${m[3] as string}`, line, null)
    : null;
  return dated ? { ...dated, method: 'filed-line' } : null;
}

// "Okonedo-Hart": a double-barrelled name keeps its second capital.
const NAME_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$|^\p{Lu}\.$/u;
// Whole month and day names or their short forms, not every word they open: "Margaret", "Mayer", "Sunita".
const CALENDAR_WORD =
  /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Mon(?:day)?|Tue(?:s|sday)?|Wed(?:nesday)?|Thu(?:r|rs|rsday)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)\.?,?$/;

/**
 * "Daniel Ashworth Mar 28, 2025", "by Lucía Restrepo March 3, 2025": a writer's name of two or three words,
 * then the date with its year and nothing else. Read as the byline's date.
 */
function writerDateLine(t: string, line: string, slashes: SlashOrder | undefined): DateLine | null {
  if (LABEL.test(t) || !/\b(?:19|20)\d{2}\b/.test(t)) return null;
  // "by Lucía Restrepo March 3, 2025": "by" in lower case opens the writer's name as "By" does.
  // "BY MARGARET TILLSON AUGUST 19, 2025 5:00 AM": a byline set in capitals is read in its title case.
  const inCapitals = /^BY\s/.test(t) && !/\p{Ll}/u.test(t);
  const words = t.replace(/^(?:by|BY)\s+(?=\p{Lu})/u, 'By ').split(/\s+/);
  for (let k = 2; k <= 3 && k < words.length; k++) {
    const name = words.slice(0, k).map((w) => (inCapitals ? (w[0] ?? '') + w.slice(1).toLowerCase() : w));
    if (!name.every((w) => NAME_WORD.test(w) && !CALENDAR_WORD.test(w))) break;
    // A person's name, not a timeline's heading ("Munich Security Conference February 14, 2025").
    if (!isPersonShaped(name.join(' '))) continue;
    const dated = wholeDateLine(words.slice(k).join(' '), line, slashes);
    if (dated && dated.method === 'dateline') return { ...dated, method: 'byline-date' };
  }
  return null;
}

/** A section's name in a few capitalised words, then a clock time: "All News 09:14 March 28, 2025". */
const SECTION_BEFORE_TIME = /^(?:\p{Lu}[\p{L}&'’-]*\s+){1,3}(?=\d{1,2}[:.]\d{2}\b)/u;
/** "General News of Monday, 3 March 2025": the section, then "of" and the day it was filed. */
const SECTION_OF_DAY =
  /^(?:\p{Lu}[\p{L}&'’-]*\s+){1,3}of\s+(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s)/u;

/**
 * "All News 09:14 March 28, 2025", "General News of Monday, 3 March 2025": a date line behind the section it
 * is filed in.
 */
function sectionDateLine(t: string, line: string, slashes: SlashOrder | undefined): DateLine | null {
  const section = SECTION_BEFORE_TIME.exec(t) ?? SECTION_OF_DAY.exec(t);
  if (!section || LABEL.test(t)) return null;
  const dated = wholeDateLine(t.slice(section[0].length), line, slashes);
  return dated && dated.method === 'dateline' ? dated : null;
}

/**
 * The places a story was filed from, before its date: "Paris / Madrid - ", "BRUSSELS, ", "Kyiv | ",
 * "Berlin, Germany ● ".
 */
const PLACES_BEFORE =
  /^\p{Lu}[\p{L}.'’-]*(?:(?:\s*\/\s*|,?\s+)\p{Lu}[\p{L}.'’-]*){0,3}\s*(?:[-–—|●•·]\s+|,\s*)/u;

/** "Paris / Madrid - 18 FEB 2025 - 06:45 CET": a date line behind the places it was filed from. */
function placeDateLine(t: string, line: string, slashes: SlashOrder | undefined): DateLine | null {
  const places = PLACES_BEFORE.exec(t);
  if (!places || LABEL.test(t) || /^by\s/i.test(t)) return null;
  const dated = wholeDateLine(t.slice(places[0].length), line, slashes);
  return dated && dated.method === 'dateline' ? dated : null;
}

/**
 * Short segments a date line may carry between bars, dots or spaced slashes: an agency, a section, a reading
 * time ("TOI World Desk / TIMESOFINDIA.COM / Updated: …"; a slashed date has no spaces around its slashes).
 */
// A full stop with a space each side parts them too ("Agence France-Presse . Paris | Published: …").
const SEGMENT = /\s+[|·•/—–.]\s+/;

/**
 * A date among short labelled segments: "dpa | 13.03.2025, 16:47 Uhr | Reading time: 3 min.",
 * "Commentary | 28/03/2025 | 6 min read", "Commentary — 14 April 2025 — Anna Lindqvist", "Filed 2025-03-20T11:05Z · Compiled by the Europe desk".
 * The other segments must be a few words each, never a sentence.
 */
function segmentedDateLine(t: string, line: string, slashes: SlashOrder | undefined): DateLine | null {
  const parts = t.split(SEGMENT);
  // A byline with its date ("By Jane Doe | March 6, 2025") is read by the byline rule, author and all.
  if (parts.length < 2 || /^by\s/i.test(t)) return null;
  // "Commentary — 14 April 2025 — Anna Lindqvist": dashes part a date line's segments, but a sentence too.
  if (!/\s[|·•/]\s/.test(t) && /[.!?]["”’]?$/.test(t)) return null;
  let found: DateLine | null = null;
  for (const part of parts) {
    const dated: DateLine | null = found ? null : wholeDateLine(part, line, slashes);
    if (dated) found = dated;
    // A copyright notice may run on ("© 2025 The Courier-Post. Distributed by …"): it is a footer, not prose.
    else if (/^(?:©|\(c\)|copyright\b)/i.test(part)) continue;
    // "Jul 11, 2025, 11:52 AM | Article By: Fatou B. Ceesay with agency reports": the writer after the date.
    else if (
      found &&
      /^(?:[Aa]rticle\s+|[Ss]tory\s+)?[Bb]y\b\s*:?\s*\p{Lu}/u.test(part) &&
      wordCount(part) <= 10
    )
      continue;
    else if (wordCount(part) > 6 || /[.!?]\s+\p{Lu}/u.test(part)) return null;
  }
  return found;
}

/** "in News, World", "in Politics & Society": capitalised categories, a few words each, after "in". */
const CATEGORIES_AFTER =
  /^in\s+\p{Lu}[\p{L}&'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}&'’-]*){0,2}(?:\s*,\s*\p{Lu}[\p{L}&'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}&'’-]*){0,2}){0,5}$/u;

function wholeDateLine(t: string, line: string, slashes: SlashOrder | undefined): DateLine | null {
  const lead = leadingDate(t, slashes);
  if (!lead) return null;
  const rest = residue(t.slice(lead.end), slashes);
  // "Posted on March 28, 2025 by The Sofia Globe staff": a labelled date may name its writer after it.
  if (lead.label && /^by\s+\p{Lu}[^.!?|]{0,50}$/u.test(rest))
    return { date: lead.date, method: methodFor(lead.label, t.replace(LABEL, '')), source: line };
  // "Posted August 20, 2025 in News, World": a blog's labelled date may name the categories it is filed in.
  if (lead.label && CATEGORIES_AFTER.test(rest))
    return { date: lead.date, method: methodFor(lead.label, t.replace(LABEL, '')), source: line };
  // A widget's symbols may follow ("+ ↺ − 16 px"); words of prose may not.
  if (wordCount(rest.replace(/[^\p{L}\s]/gu, ' ')) > 2 || /[.!?]\s+\p{Lu}/u.test(rest)) return null;
  return { date: lead.date, method: methodFor(lead.label, t.replace(LABEL, '')), source: line };
}

/**
 * A date widget glued to the start of a text line ("Sun 2 Mar 2025 19.05 GMTStarmer says Europe must …",
 * "THURSDAY, MARCH 20, 2025 Good morning. …"): the widget and the text after it, or null. The text must
 * start with a capital and read as prose (several words ending like a sentence); "March 6, 2025 will be
 * remembered …" goes on in lower case and is a sentence, not a widget.
 */
export function splitGluedDate(line: string, slashes?: SlashOrder): { widget: string; rest: string } | null {
  const lead = leadingDate(line.trimStart(), slashes);
  if (!lead) return null;
  const start = line.length - line.trimStart().length;
  let end = start + lead.end;
  for (;;) {
    const sep = SEPARATOR.exec(line.slice(end))?.[0].length ?? 0;
    const time = TIME.exec(line.slice(end + sep));
    if (!time) break;
    end += sep + time[0].length;
  }
  const rest = line.slice(end).replace(SEPARATOR, '');
  if (!/^\p{Lu}/u.test(rest) || wordCount(rest) < 6 || !/[.!?”"’)]$/.test(rest.trim())) return null;
  return { widget: line.slice(0, end).trim(), rest };
}

const METHOD_RANK: Record<string, number> = {
  'published-line': 0,
  dateline: 1,
  'dateline-iso': 2,
  'byline-date': 3,
  'updated-line': 4,
  'filed-line': 5,
};

export function rankDateLine(d: DateLine): number {
  return METHOD_RANK[d.method] ?? 9;
}
