/**
 * Dates relative to another date of the text, not to the publication day: "the day before", "two days
 * later", "a week later", "the week before", "earlier in the day", "the following day", and "… two days
 * after <something>". Each is resolved from its anchor, the latest day-precise date before it in the same
 * sentence or the few before (the text's own time line), else the publication date. Runs once per article
 * after the per-sentence rules of dates.ts, adding the dates they found to each sentence.
 */
import { addDays, mondayOf } from '../model/calendar';
import {
  clauses,
  isFutureAt,
  isDayFollowed,
  looksBack,
  NUMBER_WORDS,
  sentenceTense,
  type Clause,
  type FoundDate,
} from './dates';
import { GATHERING_MODIFIERS, GATHERING_NOUN, leadGathering, type Gathering } from './gathering';
import { CLOSING_QUOTE } from './util';

/** How many dated sentences back an anchor is looked for: a time line rarely carries further in news copy. */
const ANCHOR_REACH = 5;
/** … and how many sentences in all: undated ones go on in the time the text was in, but not for ever. */
const UNDATED_REACH = 20;

const N = '(a|an|one|two|three|four|five|six|seven|\\d)';

/**
 * "the day before", "the previous evening", "a day earlier", "the next day", "two days later", "a week
 * later", "earlier in the day", "the same day", "that evening" — not followed by what they are before or after ("the day
 * before the summit", whose date the text does not give here).
 */
const ADVERBIAL = new RegExp(
  `\\b(?:the (?:day|evening|night|morning) (before|after)|the (previous|next|following) (?:day|evening|night|morning)|${N} (days?|weeks?) (earlier|later|before|after)|(earlier|later) (?:that|in the|on the same) day|the (same) day|(?:on )?that (day)(?!['’]s)|that (evening|morning|afternoon|night)(?!['’]s))\\b`,
  'gi',
);
/**
 * "the week before", "the previous week", "the following week": the week before or after the anchor's. Not a
 * span: "within the next week", "over the following week".
 */
const WEEK_ADVERBIAL =
  /\b(?:the week (before|after)|(?<!\b(?:within|over|for|during|in)\s)the (previous|next|following) week)\b/gi;
/** "the day before the summit", "the day after the Brussels talks": the gathering the text is about. */
const THE_GATHERING = new RegExp(`^\\s+(?:the|that|this)\\s+${GATHERING_MODIFIERS}${GATHERING_NOUN}\\b`, 'u');
/** A sentence whose subject is the gathering: "The summit came …", "The visit came …". */
const THE_GATHERING_SUBJECT = new RegExp(`^\\s*The\\s+${GATHERING_MODIFIERS}${GATHERING_NOUN}\\s+$`, 'u');
/**
 * What follows "the day before" when it names what it is before ("the summit", "Trump's visit"), or tells it
 * ("a day after he hosted Zelensky", "two days after leaders agreed …", "a day after defense ministers of the
 * coalition met …", "a day after leaders meeting in Paris said …", "two days after talks at the White House on
 * Friday collapsed …", "two days after military chiefs from about 30 countries, most of them European, met …").
 */
const OBJECT_AFTER =
  /^\s+(?:(?:the|a|an|any|his|her|their|its|this|that|he|she|they|we|it)\b|\p{Lu}|\p{Ll}+ing\b|\d|(?:(?!(?:for|to|in|into|at|on|with|from|by|of|and|but|or|as|when|while)\b)\p{Ll}+\s+)?(?!(?:was|has|is|as|its|this|thus|towards)\b)\p{Ll}{2,}s\b(?=[^.;:“”"]{0,80}?\s(?:\p{Ll}{2,}ed|met|held|took|spoke|made|gave|sent|came|went|left|began|broke|fell|flew|ran)\b)|(?!(?:and|but|or|to|in|at|on|with|for|as|when|while|then)\b)(?:\p{L}[\p{L}’'-]*\s+){1,10}?(?:met|held|gathered|agreed|signed|hosted|took|spoke|said|told|announced|pledged|warned|declared|unveiled|vowed|rejected|proposed|approved|voted|launched|struck)\b)/u;
/** The quotation marks closing the phrase before what it names. */
const CLOSING_MARK = new RegExp(`^${CLOSING_QUOTE}+`);
/**
 * What "the day after" names may be a condition, not a past event: "troops … the day after a ceasefire takes
 * effect", "the week after a deal is signed". Its verb in the present or the future says so, or it is just
 * "a ceasefire" or "any deal", with no day of its own. A past verb first ("26 countries pledged to take part") tells
 * what happened (so does "leaders … said they would …"); an infinitive ("to take part") is no present.
 */
const HYPOTHETICAL_OBJECT = new RegExp(
  String.raw`^${CLOSING_QUOTE}?(?:(?:(?!\b(?:\p{Ll}{2,}ed|said|told|met|held|took|spoke)\b)[^,.;:]){0,60}?\b(?<!\bto\s)(?:takes?|comes?|enters?|is|are|begins?|starts?|ends?|stops?|ceases?|halts?|holds?|will|would|could)\b|\s*(?:a|any)\s+(?:ceasefire|truce|peace (?:deal|agreement)|deal|settlement)\b(?![^,.;:]{0,40}\b(?:on|last|this)\s+\p{Lu}))`,
  'u',
);
/**
 * "… two days after <something>", "The visit came the day after Putin hosted …": what it came after happened
 * that long before the sentence's own day. Only a span then a named thing; "two days after the summit on
 * Sunday" gives the thing's day, which the per-sentence rules already read.
 */
const SPAN_AFTER = new RegExp(
  `\\b(?:(comes?|came|follows?|followed)\\s+)?(?:${N}\\s+(days?|weeks?)|the\\s+(day|week|morning|evening|night))\\s+after\\b`,
  'giu',
);

/** A clause told in the past: "American and Russian officials sat down …", "Trump hosted Zelensky". */
const PAST_CLAUSE =
  /^\s+(?:[\p{L}’'.-]+\s+){1,8}?(?:\p{Ll}{2,}ed|sat|met|held|took|spoke|made|gave|sent|came|went|left|began|flew|won|lost)\b/u;

/** "has warned", "have already agreed": what has just happened, told in the present. */
const PRESENT_PERFECT = /\b(?:has|have)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}(?:ed|en)\b/u;

/** A speech verb right before a phrase: "had said the day before that …". */
const SPEECH_BEFORE =
  /\b(?:said|says|told\s+\w+|warned|insisted|stated|argued|claimed|announced|added|declared)\s+$/;

export interface AnchorSentence {
  text: string;
  dates: FoundDate[];
  /** The day a live-page entry stamp gives the sentence, which stands in for the publication day. */
  entryDate?: string | null;
  /** The paragraph it stands in: a paragraph of its own may leave a look-back the one before told. */
  paragraph?: number;
}

const isDay = (d: FoundDate) => d.precision === 'day';

const count = (n: string) => NUMBER_WORDS[n.toLowerCase()] ?? Number(n);

/** Days from the anchor a phrase of ADVERBIAL means: −1 for "the day before", +14 for "two weeks later". */
function offsetOf(m: RegExpMatchArray): number {
  const [, beforeAfter, prevNext, n, unit, earlierLater] = m;
  if (beforeAfter) return beforeAfter.toLowerCase() === 'before' ? -1 : 1;
  if (prevNext) return prevNext.toLowerCase() === 'previous' ? -1 : 1;
  if (n && unit && earlierLater) {
    const days = count(n) * (/^week/i.test(unit) ? 7 : 1);
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
  /**
   * `back` for a phrase that counts back from its anchor ("the day before"); `undated` on a page with no
   * publication date; `scene`, the day of the gathering the lead dated.
   */
  phrase: { index: number; length: number; back?: boolean; undated?: boolean; scene?: string },
  fallback: string | null,
  parts: readonly Clause[],
  daysOnly = false,
  /** Filled with the index of the sentence the anchor came from (-1 for the fallback). */
  from: { at: number } = { at: -1 },
): string | null {
  const { index, length } = phrase;
  // A past phrase ("the day before") goes on from the past the text tells, not from a plan it mentions
  // ("she would speak to Trump later in the week"); a future one from the plans. The phrase's own words
  // ("a week later") are no tense cue.
  const future = isFutureAt((sentences[si] as AnchorSentence).text, index, length, parts);
  // Only sentences with a date use up the reach: undated ones between go on in the time the text was in.
  // A live page's entries are separate reports: an anchor is not looked for under another entry.
  const entry = (sentences[si] as AnchorSentence).entryDate;
  let reach = ANCHOR_REACH;
  for (let k = si; k >= 0 && k >= si - UNDATED_REACH && reach >= 0; k--) {
    if ((sentences[k] as AnchorSentence).entryDate !== entry) break;
    if (k < si && !(sentences[k] as AnchorSentence).dates.length) {
      // "… from Kyiv on Saturday" on a page with no date: the time line moved to a day nobody can tell, so an
      // earlier day is no anchor either.
      if (phrase.undated && UNRESOLVED_DAY.test((sentences[k] as AnchorSentence).text)) return null;
      continue;
    }
    reach--;
    // "He had first floated the idea … the day before": a look back counted from the time line leaves it
    // where it was ("Zelensky had arrived on Sunday afternoon" names a day the text may go on from).
    const lookedBack = k < si && looksBack(sentences[k] as AnchorSentence);
    // "Trump is due to speak to Putin later on Tuesday. Peskov said the day before …": a plan for later the
    // same day the page is dated is today, which a past phrase counts back from when its sentence tells no past
    // ("… was due to meet … on Wednesday" is a plan reported, no time line).
    const told = (sentences[k] as AnchorSentence).dates;
    const text = (sentences[k] as AnchorSentence).text;
    const today = (d: FoundDate) =>
      !future &&
      d.future &&
      isDay(d) &&
      d.date === fallback &&
      /\blater\s+$/.test(text.slice(Math.max(0, d.index - 8), d.index));
    const tense = (d: FoundDate) =>
      d.future === future || (today(d) && !told.some((o) => !o.future && (k < si || o.index < index)));
    const dates = told.filter(
      (d) =>
        (k < si || d.index < index) &&
        !(lookedBack && d.anchored) &&
        tense(d) &&
        (!daysOnly || isDay(d)) &&
        // "… since Trump met Putin in Alaska on August 15 and hosted Zelensky … three days later": in the
        // phrase's own sentence a day told in passing is what it counts from.
        ((k === si && isDay(d)) ||
          (!d.aside &&
            // "… their first meeting since the row in the Oval Office on February 28": a point looked back to.
            !/\bsince\b[^,;:]{0,60}$/.test(text.slice(Math.max(0, d.index - 60), d.index)) &&
            // "The summit came two days after a row in the Oval Office on Friday. Starmer had embraced
            // Zelensky the day before": the day the scene followed is no time line to look back from, as the
            // scene is ("… the following day" goes on from it all the same). Unless it is the lead's own
            // gathering ("The comments followed a gathering at the White House on Monday. … Three days
            // earlier, Trump had met Putin").
            !(phrase.back && d.date !== phrase.scene && isDayFollowed(text, d.index)))),
    );
    const last = dates[dates.length - 1];
    if (!last) continue;
    from.at = k;
    return isDay(last) ? last.date : null;
  }
  return fallback;
}

/** A day told relative to the publication day, which a page with no date leaves unresolved. */
const UNRESOLVED_DAY =
  /\b(?:on\s+|last\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:yesterday|today)\b/;

/** Titles that stand before many names: no sign that two sentences tell of the same people. */
const TITLE_WORDS = new Set([
  'President',
  'Prime',
  'Minister',
  'Chancellor',
  'Secretary',
  'Foreign',
  'Defence',
  'Defense',
]);

/** A name (a capitalised word inside the sentence, not a title) both sentences give. */
function sharesAName(a: string, b: string): boolean {
  const names = (t: string) =>
    new Set([...t.matchAll(/(?<=\s)\p{Lu}\p{Ll}{3,}/gu)].map((m) => m[0]).filter((w) => !TITLE_WORDS.has(w)));
  const other = names(b);
  return [...names(a)].some((w) => other.has(w));
}

function found(text: string, index: number, date: string, future: boolean): FoundDate {
  return { text, index, date, precision: 'day', future, anchored: true };
}

/** A week counted from the anchor ("the week before") looks back or ahead from the time line: an aside. */
function foundWeek(text: string, index: number, day: string): FoundDate {
  const monday = mondayOf(day);
  return {
    text,
    index,
    date: monday,
    precision: 'week',
    endDate: addDays(monday, 6),
    future: false,
    anchored: true,
    aside: true,
  };
}

/**
 * Does the text right after a phrase name the gathering the lead dated ("the Brussels talks" after "met in
 * Brussels on Thursday")? Its place or name, if it gives one, must be the lead's: "the Alaska summit" after
 * "met at the White House on Monday" is another gathering.
 */
function isTheGathering(after: string, sentences: readonly AnchorSentence[], gathering: Gathering): boolean {
  const m = THE_GATHERING.exec(after);
  if (!m) return false;
  const lead = (sentences[gathering.sentence] as AnchorSentence).text;
  const names = m[0].match(/\p{Lu}[\p{L}-]*/gu) ?? [];
  return names.every((w) => lead.includes(w));
}

/**
 * The day of the gathering a subject names ("The White House meeting came …"): where the text last named it
 * with a day, the day next to the name ("… a day after he hosted Zelensky at the White House"); a subject
 * with no name ("The summit came …") is the lead's gathering. Undefined when the subject names no gathering
 * and the lead dated none; null when it names one the text never placed on a day (no anchor at all).
 */
function gatheringNamed(
  subject: string,
  sentences: readonly AnchorSentence[],
  si: number,
  gathering: Gathering | null,
): string | null | undefined {
  const names = subject.match(/(?<!^\s*)\p{Lu}[\p{L}-]*/gu);
  if (!names) return gathering && gathering.sentence < si ? gathering.date.date : undefined;
  // The name as a place or a gathering ("at the White House", "the White House talks"), not a title ("the
  // White House press secretary").
  const name = names.join('\\s+');
  const asPlace = new RegExp(
    `\\b(?:at|in)\\s+(?:the\\s+)?${name}\\b(?!\\s+\\p{Ll}+\\s+\\p{Ll})|\\b${name}\\s+${GATHERING_NOUN}\\b`,
    'u',
  );
  for (let k = si - 1; k >= 0; k--) {
    const { text, dates } = sentences[k] as AnchorSentence;
    const at = text.search(asPlace);
    const days = dates.filter((d) => isDay(d) && !d.future);
    if (at >= 0 && days.length)
      return (days.filter((d) => d.index < at).pop() ?? (days[0] as FoundDate)).date;
  }
  // "PARIS — …" over "The Paris meeting came …": the place the story is filed from is the lead's gathering.
  const dateline = new RegExp(`^\\s*${name}\\b[^—–]{0,40}[—–]`, 'iu');
  const lead = sentences[0]?.text ?? '';
  return gathering && gathering.sentence < si && dateline.test(lead) ? gathering.date.date : null;
}

/** The anchored dates of one sentence. */
function anchoredIn(
  sentences: readonly AnchorSentence[],
  si: number,
  published: string | null,
  gathering: Gathering | null,
): FoundDate[] {
  const s = sentences[si] as AnchorSentence;
  const out: FoundDate[] = [];
  // The sentence's clauses, cut once however many anchored phrases it holds.
  let parts: Clause[] | null = null;
  const clausesOf = () => (parts ??= clauses(s.text));
  const free = (index: number, length: number) =>
    !s.dates.some((d) => index < d.index + d.text.length && d.index < index + length);
  // Only "before" and "after" can take an object; "a week later Macron flew …" names none.
  const namesNoObject = (m: RegExpMatchArray) => {
    const end = (m.index ?? 0) + m[0].length;
    // "Peskov had said the day before that foreign troops …": after a speech verb, "that" opens what was said.
    const reported =
      /^\s+that\b/.test(s.text.slice(end, end + 6)) &&
      SPEECH_BEFORE.test(s.text.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0));
    // "“the day after” a ceasefire", "« the day after » a ceasefire": the quote mark closing the phrase stands
    // before its object (a French one after a space, a German one high).
    return (
      !/(?:before|after)$/i.test(m[0]) ||
      reported ||
      !OBJECT_AFTER.test(s.text.slice(end, end + 80).replace(CLOSING_MARK, ''))
    );
  };
  for (const m of s.text.matchAll(ADVERBIAL)) {
    const index = m.index ?? 0;
    const end = index + m[0].length;
    // "on the same day as the Paris meeting": the day of the gathering the lead dated, or of nothing known.
    if (/same day$/i.test(m[0]) && /^\s+as\b/.test(s.text.slice(end, end + 4))) {
      const asWhat = s.text.slice(end + 3, end + 63);
      if (
        gathering &&
        gathering.sentence < si &&
        isTheGathering(asWhat, sentences, gathering) &&
        free(index, m[0].length)
      )
        out.push(found(m[0], index, gathering.date.date, false));
      continue;
    }
    if (!namesNoObject(m)) {
      // Before or after the gathering the lead dated, after it in the text: counted from its day.
      // "… on Sunday, the day before the summit, …": the phrase only restates the day just given.
      const restates = s.dates.some(
        (d) => isDay(d) && !d.anchored && /^,\s*$/.test(s.text.slice(d.index + d.text.length, index)),
      );
      if (
        gathering &&
        gathering.sentence < si &&
        !restates &&
        isTheGathering(s.text.slice(end, end + 60), sentences, gathering)
      )
        // "Zelensky flew to London the day before the summit and …": in the sentence's own clause it is the
        // sentence's day. After a comma or inside brackets ("Zelensky, who was embraced … the day before the
        // summit, struck …") it may be a look back in passing, and "the day after" always is one: the sentence
        // goes on in the text's own day.
        out.push({
          ...found(m[0], index, addDays(gathering.date.date, offsetOf(m)), false),
          aside: offsetOf(m) > 0 || inSideClause(s.text.slice(0, index)),
        });
      // "… ended an emergency meeting in Paris on Monday …, a day before American and Russian officials sat
      // down in Saudi Arabia": what it came before happened that long after the sentence's own day.
      else {
        const own = s.dates.filter((d) => isDay(d) && d.index < index && !d.anchored).pop();
        const object = s.text.slice(end, end + 80);
        if (
          own &&
          offsetOf(m) < 0 &&
          PAST_CLAUSE.test(object) &&
          // "… on Sunday, the day before the statement was issued": the text's own occasion, no news.
          !/^\s+(?:[\p{L}’'.-]+\s+){1,6}?(?:was|were)\s+\p{Ll}{2,}(?:ed|en)\b/u.test(object) &&
          !HYPOTHETICAL_OBJECT.test(object) &&
          free(index, m[0].length)
        )
          out.push({ ...found(m[0], index, addDays(own.date, -offsetOf(m)), own.future), aside: true });
      }
      continue;
    }
    // With no day in reach, a past "The next day in Riyadh, …" goes on from the gathering the lead dated,
    // which the text has been telling, rather than from the day it was published.
    // A live page's later entry has left the gathering an earlier entry told.
    const sameEntry = (sentences[gathering?.sentence ?? 0] as AnchorSentence).entryDate === s.entryDate;
    const told =
      gathering && gathering.sentence < si && sameEntry && offsetOf(m) > 0 && sentenceTense(s.text) === 'past'
        ? gathering.date.date
        : published;
    // "Three days earlier, on Friday, Trump met Putin": the day right after the phrase is the one it means.
    if (s.dates.some((d) => isDay(d) && !d.anchored && /^,\s*$/.test(s.text.slice(end, d.index)))) continue;
    const from = { at: -1 };
    const phrase = {
      index,
      length: m[0].length,
      back: offsetOf(m) < 0,
      undated: !published,
      scene: gathering?.date.date,
    };
    let anchor = anchorBefore(sentences, si, phrase, told, clausesOf(), false, from);
    // "Zelensky arrived in Paris the day before" in a paragraph of its own, after another paragraph looked back
    // to a day before the gathering ("On March 11, officials …"): when it names a place or a person the
    // gathering's sentence names, it is the day before the gathering, the text's scene.
    const source = sentences[from.at];
    if (
      anchor &&
      gathering &&
      gathering.sentence < si &&
      sameEntry &&
      offsetOf(m) < 0 &&
      sentenceTense(s.text) === 'past' &&
      source &&
      from.at !== si &&
      from.at !== gathering.sentence &&
      s.paragraph !== undefined &&
      source.paragraph !== s.paragraph &&
      anchor < gathering.date.date &&
      sharesAName(s.text, (sentences[gathering.sentence] as AnchorSentence).text)
    )
      anchor = gathering.date.date;
    if (anchor && free(index, m[0].length)) out.push(found(m[0], index, addDays(anchor, offsetOf(m)), false));
  }
  // "… in London on March 2 and in Paris later that month": the month of the day the text was at.
  for (const m of s.text.matchAll(/\b(?:later|earlier) that month\b/gi)) {
    const index = m.index ?? 0;
    const anchor = anchorBefore(sentences, si, { index, length: m[0].length }, published, clausesOf());
    if (anchor && free(index, m[0].length))
      out.push({
        text: m[0],
        index,
        date: `${anchor.slice(0, 7)}-01`,
        precision: 'month',
        future: false,
        anchored: true,
      });
  }
  for (const m of s.text.matchAll(WEEK_ADVERBIAL)) {
    const index = m.index ?? 0;
    if (!namesNoObject(m)) continue;
    const anchor = anchorBefore(sentences, si, { index, length: m[0].length }, published, clausesOf());
    const back = /^(?:before|previous)$/i.test(m[1] ?? m[2] ?? '');
    if (anchor && free(index, m[0].length)) out.push(foundWeek(m[0], index, addDays(anchor, back ? -7 : 7)));
  }
  // What came "two days after" happened that long before the sentence's own day: a day the sentence gives
  // before the phrase, or (after "came", "follows") the day the text had reached.
  for (const m of s.text.matchAll(SPAN_AFTER)) {
    const index = m.index ?? 0;
    if (namesNoObject(m) || HYPOTHETICAL_OBJECT.test(s.text.slice(index + m[0].length))) continue;
    // "… came two days after a heated exchange in the Oval Office on Friday": what it came after has its
    // own day, which the per-sentence rules read.
    const clause = clausesOf().find((c) => c.end >= index + m[0].length);
    if (s.dates.some((d) => d.index > index && d.index < (clause?.end ?? 0) && isDay(d) && !d.anchored))
      continue;
    const own = s.dates.filter((d) => isDay(d) && d.index < index && !d.future).pop()?.date;
    // "The summit came two days after …": the day of the gathering the lead dated, when the subject names
    // one; else "It came …" goes on from the day the text had reached, or its own day (the publication's,
    // or its live entry's).
    const subject = s.text.slice(0, index);
    const ofGathering = THE_GATHERING_SUBJECT.test(subject)
      ? gatheringNamed(subject, sentences, si, gathering)
      : undefined;
    // "It came a week after …" goes on from the last day the text told, past a coarser mention between
    // ("… the first visit since officials met last week. It came a week after …").
    const reached = () =>
      anchorBefore(sentences, si, { index, length: m[0].length }, published, clausesOf(), !!m[1]) ??
      published;
    // With neither, a past sentence ("Starmer hosted leaders …, two days after …") is told on the day the
    // text had reached; one in the present perfect ("Putin has warned …, a day after 26 countries pledged …")
    // is the news of the day the text was published.
    const anchor =
      own ??
      (m[1]
        ? ofGathering === undefined
          ? reached()
          : ofGathering
        : sentenceTense(s.text) === 'past'
          ? reached()
          : PRESENT_PERFECT.test(subject)
            ? published
            : null);
    const days = (m[2] ? count(m[2]) : 1) * (/^week/i.test(m[3] ?? m[4] ?? '') ? 7 : 1);
    if (anchor && free(index, m[0].length))
      out.push({ ...found(m[0], index, addDays(anchor, -days), false), aside: true });
  }
  return out;
}

/** Adds to each sentence the dates it gives relative to another date of the text. */
export function resolveAnchoredDates(sentences: readonly AnchorSentence[], published: string | null): void {
  let gathering: Gathering | null | undefined;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si] as AnchorSentence;
    if (!/\b(?:days?|weeks?|month|evening|night|morning|afternoon)\b/i.test(s.text)) continue;
    gathering ??= leadGathering(sentences);
    const extra = anchoredIn(sentences, si, s.entryDate ?? published, gathering);
    if (!extra.length) continue;
    s.dates = [...s.dates, ...extra].sort((a, b) => a.index - b.index);
    // A look back just found in the lead may be the day of the gathering it tells of ("…, a day after
    // European leaders meeting in Paris announced …"): the gathering is found again.
    gathering = undefined;
  }
}

/** May the phrase after `before` sit in a clause on the side? A comma or an open bracket comes first. */
function inSideClause(before: string): boolean {
  return before.includes(',') || /\([^)]*$/.test(before);
}
