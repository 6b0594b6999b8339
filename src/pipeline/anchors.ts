/**
 * Dates relative to another date of the text, not to the publication day: "the day before", "two days
 * later", "earlier in the day", "the following day", and "… came two days after <something>". Each is
 * resolved from its anchor, the latest day-precise date before it in the same sentence or the few before
 * (the text's own time line), else the publication date. Runs once per article after the per-sentence
 * rules of dates.ts, adding the dates they found to each sentence.
 */
import { addDays } from '../model/calendar';
import { clauses, isFutureAt, NUMBER_WORDS, type Clause, type FoundDate } from './dates';

/** How many sentences back an anchor is looked for: a time line rarely carries further in news copy. */
const ANCHOR_REACH = 5;

const N = '(a|an|one|two|three|four|five|six|seven|\\d)';

/**
 * "the day before", "the previous evening", "a day earlier", "the next day", "two days later", "earlier in
 * the day", "the same day" — not followed by what they are before or after ("the day before the summit",
 * whose date the text does not give here).
 */
const ADVERBIAL = new RegExp(
  `\\b(?:the (?:day|evening|night|morning) (before|after)|the (previous|next|following) (?:day|evening|night|morning)|${N} days? (earlier|later|before|after)|(earlier|later) (?:that|in the|on the same) day|the (same) day|on that (day))\\b`,
  'gi',
);
/** What follows "the day before" when it names what it is before ("the summit", "Trump's visit"). */
const OBJECT_AFTER = /^\s+(?:the|a|an|his|her|their|its|this|that|\p{Lu})/u;
/** "The summit came two days after a tense meeting …", "The move comes a day after Starmer hosted …". */
const CAME_AFTER = new RegExp(`\\b(?:comes?|came|follows?|followed)\\s+${N}\\s+days?\\s+after\\b`, 'giu');

export interface AnchorSentence {
  text: string;
  dates: FoundDate[];
}

const isDay = (d: FoundDate) => d.precision === 'day';

/** Days from the anchor a phrase of ADVERBIAL means: −1 for "the day before", +2 for "two days later". */
function offsetOf(m: RegExpMatchArray): number {
  const [, beforeAfter, prevNext, n, earlierLater] = m;
  if (beforeAfter) return beforeAfter.toLowerCase() === 'before' ? -1 : 1;
  if (prevNext) return prevNext.toLowerCase() === 'previous' ? -1 : 1;
  if (n && earlierLater) {
    const days = NUMBER_WORDS[n.toLowerCase()] ?? Number(n);
    return /^(?:earlier|before)$/i.test(earlierLater) ? -days : days;
  }
  return 0; // "earlier in the day", "the same day": the anchor's own day
}

/**
 * The anchor of a phrase at `index` of sentence `si`: the latest date before it, in that sentence or the
 * few before. Only a day can anchor "the day before": after "last week" the text has left the day-by-day
 * time line, so nothing is resolved (null). With no date in reach, `fallback` (the publication date).
 */
function anchorBefore(
  sentences: readonly AnchorSentence[],
  si: number,
  index: number,
  fallback: string | null,
  parts: readonly Clause[],
): string | null {
  // A past phrase ("the day before") goes on from the past the text tells, not from a plan it mentions
  // ("she would speak to Trump later in the week"); a future one from the plans.
  const future = isFutureAt((sentences[si] as AnchorSentence).text, index, 0, parts);
  for (let k = si; k >= 0 && k >= si - ANCHOR_REACH; k--) {
    const dates = (sentences[k] as AnchorSentence).dates.filter(
      (d) => (k < si || d.index < index) && d.future === future,
    );
    const last = dates[dates.length - 1];
    if (last) return isDay(last) ? last.date : null;
  }
  return fallback;
}

function found(text: string, index: number, date: string, future: boolean): FoundDate {
  return { text, index, date, precision: 'day', future, anchored: true };
}

/** The anchored dates of one sentence. */
function anchoredIn(sentences: readonly AnchorSentence[], si: number, published: string | null): FoundDate[] {
  const s = sentences[si] as AnchorSentence;
  const out: FoundDate[] = [];
  // The sentence's clauses, cut once however many anchored phrases it holds.
  let parts: Clause[] | null = null;
  const clausesOf = () => (parts ??= clauses(s.text));
  const free = (index: number, length: number) =>
    !s.dates.some((d) => index < d.index + d.text.length && d.index < index + length);
  for (const m of s.text.matchAll(ADVERBIAL)) {
    const index = m.index ?? 0;
    if (OBJECT_AFTER.test(s.text.slice(index + m[0].length, index + m[0].length + 12))) continue;
    const anchor = anchorBefore(sentences, si, index, published, clausesOf());
    if (anchor && free(index, m[0].length)) out.push(found(m[0], index, addDays(anchor, offsetOf(m)), false));
  }
  // What "came two days after" happened that many days before the sentence's own day, or the publication's.
  for (const m of s.text.matchAll(CAME_AFTER)) {
    const index = m.index ?? 0;
    const own = s.dates.find(isDay)?.date ?? published;
    const n = m[1] as string;
    const days = NUMBER_WORDS[n.toLowerCase()] ?? Number(n);
    if (own && free(index, m[0].length)) out.push(found(m[0], index, addDays(own, -days), false));
  }
  return out;
}

/** Adds to each sentence the dates it gives relative to another date of the text. */
export function resolveAnchoredDates(sentences: readonly AnchorSentence[], published: string | null): void {
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si] as AnchorSentence;
    if (!/\b(?:days?|evening|night|morning)\b/i.test(s.text)) continue;
    const extra = anchoredIn(sentences, si, published);
    if (extra.length) s.dates = [...s.dates, ...extra].sort((a, b) => a.index - b.index);
  }
}
