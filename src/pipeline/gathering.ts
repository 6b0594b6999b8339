/**
 * The gathering an article is about: the summit, meeting, talks or visit its lead dates ("Defence ministers
 * met at NATO headquarters in Brussels on Thursday …"). Later sentences name it as known — "at the summit",
 * "after the meeting", "the day before the Brussels talks" — and so take its day.
 */
import { sentenceTense, type FoundDate } from './dates';

export interface GatheringSentence {
  text: string;
  dates: readonly FoundDate[];
}

/** How far into the text the gathering is looked for: news dates it in its first sentences. */
const LEAD_SENTENCES = 6;

const GATHERING_CUE =
  /\b(?:summit|meeting|talks|met|gather(?:ed|ing)|convened|host(?:ed|ing)|conference|debate|session|visit(?:ed|ing)?|arriv(?:ed|ing)|travell?ed|trip|(?:video|phone|telephone|conference)[ -]call|video-?conference)\b/i;

/** The gathering the text names, as "the summit", "the Brussels talks", "the meeting": its noun. */
export const GATHERING_NOUN =
  '(?:summit|meeting|talks|session|debate|conference|visit|trip|journey|call|dinner|gathering)';

/**
 * Words that may stand before the gathering's noun: names ("the Brussels talks", "the White House meeting")
 * and the adjectives news puts there ("the video call", "the closed-door session", "the two-day summit").
 */
export const GATHERING_MODIFIERS =
  "(?:(?:\\p{Lu}[\\p{L}-]*|\\p{Ll}+-\\p{Ll}+|\\p{Ll}+ly\\s+\\p{Ll}+(?:ed|en)|video|emergency|crisis|extraordinary|virtual|online|phone|telephone|informal|special|joint|same|leaders[’']?|closing|opening|plenary)\\s+){0,2}";

/** "told a virtual meeting of …", "who co-chaired the video call": someone at the gathering, not "had come … for a summit". */
const JOINED_GATHERING = new RegExp(
  `\\b(?<!had\\s)(?:told|addressed|host(?:ed|ing)|(?:co-)?chair(?:ed|ing)|joined|attended|opened|closed|(?:[Ss]peaking|[Tt]alking)\\s+(?:after|at|following|during))\\s+(?:a|an|the)\\s+${GATHERING_MODIFIERS}${GATHERING_NOUN}\\b`,
  'u',
);

export interface Gathering {
  /** Index of the sentence that dates it. */
  sentence: number;
  date: FoundDate;
}

/** How far after the gathering's word its day may stand: "gathered at the Elysee Palace on Thursday". */
const CUE_TO_DAY = 60;

/** A day the sentence looks back to in passing, with the gathering's word right after it and no other day between. */
function toldInLookBack(s: GatheringSentence, cueAt: number): FoundDate | undefined {
  const back = s.dates.find(
    (d) =>
      d.precision === 'day' &&
      d.aside &&
      !d.future &&
      d.index + d.text.length <= cueAt &&
      cueAt - (d.index + d.text.length) <= CUE_TO_DAY,
  );
  if (!back) return undefined;
  const between = s.dates.some((d) => d !== back && d.index > back.index && d.index < cueAt);
  return between ? undefined : back;
}

/** The first lead sentence that dates a past gathering by one day, or null. */
export function leadGathering(sentences: readonly GatheringSentence[]): Gathering | null {
  for (let i = 0; i < Math.min(LEAD_SENTENCES, sentences.length); i++) {
    const s = sentences[i] as GatheringSentence;
    // "after hosting a meeting … in Paris the day before" dates the gathering too; a look back in passing
    // ("… two days after the Oval Office row") does not.
    const days = s.dates.filter((d) => d.precision === 'day' && !d.future && !d.aside);
    const cue = GATHERING_CUE.exec(s.text);
    // "Sir Keir Starmer yesterday said … ." / "The Prime Minister told a virtual meeting of around 25 world
    // leaders …": the lead's day, and the gathering in the undated past sentence right after it.
    const next = sentences[i + 1];
    if (
      !cue &&
      days.length === s.dates.length &&
      new Set(days.map((d) => d.date)).size === 1 &&
      next &&
      !next.dates.length &&
      JOINED_GATHERING.test(next.text) &&
      sentenceTense(next.text) === 'past'
    )
      return { sentence: i + 1, date: days[0] as FoundDate };
    // "Putin said on Friday that …, a day after European leaders meeting in Paris announced …": the
    // gathering is told in the look back, and its day is the look back's.
    const told = cue ? toldInLookBack(s, cue.index) : undefined;
    if (told) return { sentence: i, date: told };
    if (!days.length || !cue) continue;
    if (new Set(days.map((d) => d.date)).size === 1) return { sentence: i, date: days[0] as FoundDate };
    // "Around 30 leaders gathered at the Elysee on Thursday afternoon …, after meetings on 2 March and 15
    // March": of several days, the one right after the gathering's word.
    const end = cue.index + cue[0].length;
    const after = days.find((d) => d.index >= end && d.index - end <= CUE_TO_DAY);
    if (after) return { sentence: i, date: after };
  }
  return null;
}
