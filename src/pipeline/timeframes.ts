/**
 * Dates for sentences that state an event but give no date of their own, taken from where the text set
 * the time: "On Sunday, leaders met at Lancaster House. They agreed to …" — the sentence before in the
 * same paragraph, or a one-sentence paragraph right before; or a photo caption that dates a scene the
 * text tells without a date ("Starmer, Zelensky and Macron talk before the summit … on March 2, 2025"
 * above "Macron and Starmer held a separate session with Zelensky …").
 *
 * Only past-tense (or future-tense, after a future frame) sentences with an actor inherit: a standing
 * position ("Meloni has doubted …"), a present-tense explanation or a quote of someone's words does not.
 * A sentence with a date of its own sets the time for the next ones, or ends the frame.
 */
import type { FoundDate } from './dates';
import { sentenceTense } from './dates';
import { GATHERING_NOUN, leadGathering } from './gathering';

export interface TimedSentence {
  id: string;
  text: string;
  paragraph: number;
  actorIds: readonly string[];
  /** People among the actors. */
  people: readonly string[];
  dates: readonly FoundDate[];
  /** The day of the live-page entry the sentence stands under, if any. */
  entryDate?: string | null;
}

export interface CaptionDate {
  text: string;
  date: FoundDate;
  /** People the caption names. */
  people: readonly string[];
  /** Capitalised words of the caption that are no actor's name (places, venues): "Lancaster House". */
  places: readonly string[];
}

export interface CarriedDate {
  date: FoundDate;
  /** The sentence that set the time, when it was a sentence (its id), else the caption's text. */
  fromSentence?: string;
  fromCaption?: string;
  /** A live page's entry stamp dated it: the day of the entry. */
  fromEntry?: boolean;
}

interface Frame {
  date: FoundDate;
  sentenceId: string;
  actorIds: readonly string[];
  paragraph: number;
  tense: 'past' | 'future';
  /** The frame's sentence is a paragraph of its own, so the next paragraph's first sentence may go on from it. */
  alone: boolean;
}

/**
 * The one day a sentence sets for the sentences after it, when it sets exactly one. A day counted from
 * another ("followed talks … the day before") is a look back, not the time the text goes on in.
 */
function dayOf(s: TimedSentence): FoundDate | null {
  if (s.dates.some((d) => d.anchored)) return null;
  // A plan the sentence mentions ("… a ceasefire starting on Monday") is not the time it tells of.
  const told = s.dates.some((d) => !d.future) ? s.dates.filter((d) => !d.future) : s.dates;
  const days = told.filter((d) => d.precision === 'day');
  const distinct = new Set(days.map((d) => d.date));
  return distinct.size === 1 && told.length === days.length ? (days[0] as FoundDate) : null;
}

/**
 * A sentence that is mostly someone's quoted words (two fifths of it or more) is their speech, not a new
 * event of the time line; a short quoted phrase in a report ("acknowledged the decision was “not
 * unanimous”") leaves it a report.
 */
function quotesSomeone(text: string): boolean {
  let quoted = 0;
  for (const m of text.matchAll(/“[^”]*”|"[^"]*"/g)) quoted += m[0].length;
  return quoted >= 0.4 * text.length;
}

/**
 * Within the frame's paragraph, any past (or future) sentence with an actor goes on in its time. The next
 * paragraph's first sentence only when the frame stood alone and the sentence goes on about the same
 * actor or opens with a pronoun ("Michal spoke after a call …" after "… Michal said on Monday …"): in
 * one-sentence-paragraph copy a new paragraph is as often a new item.
 */
function inherits(s: TimedSentence, frame: Frame, first: boolean): boolean {
  if (!s.actorIds.length || s.dates.length || quotesSomeone(s.text)) return false;
  const sameParagraph = s.paragraph === frame.paragraph;
  const continues =
    s.actorIds.some((a) => frame.actorIds.includes(a)) ||
    /^\s*(?:He|She|They)\b/.test(s.text) ||
    GOES_ON.test(s.text) ||
    AT_THE_GATHERING.test(s.text);
  const nextParagraph = first && frame.alone && s.paragraph === frame.paragraph + 1 && continues;
  return (sameParagraph || nextParagraph) && sentenceTense(s.text) === frame.tense;
}

/**
 * Words that go on with the time line: "Macron, Starmer, Merz and Tusk then phoned Trump", "Healey told
 * reporters afterwards", "After the meeting, the leaders held a call", "During the visit, Tusk said".
 */
const GOES_ON =
  /^[^.;:“”"]{0,80}?\b(?:then|afterwards?|later that day)\b|^\s*(?:After|During|At|Following|Before)\s+(?:the|that|this|their|a)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|summit|visit|call|news conference|press conference|session|debate|dinner)\b/;
/**
 * A look back in the past perfect ("Zelensky had arrived in Paris on Wednesday"): it dates itself, but the
 * text's time line stays where it was.
 */
const LOOKS_BACK =
  /^[^“”"]{0,80}?\bhad\s+(?:\w+ly\s+|already\s+|also\s+)?(?:\w+ed|been|arrived|said|told|met|spoken|flown|gone|come|held|made|given|taken|sent|written)\b/;

/** Dates carried from the sentence that set the time, by sentence id. */
function fromFrames(sentences: readonly TimedSentence[]): Map<string, CarriedDate> {
  const out = new Map<string, CarriedDate>();
  let frame: Frame | null = null;
  sentences.forEach((s, i) => {
    const first = i === 0 || (sentences[i - 1] as TimedSentence).paragraph !== s.paragraph;
    const alone = (sentences[i + 1] as TimedSentence | undefined)?.paragraph !== s.paragraph && first;
    if (frame && inherits(s, frame, first)) {
      out.set(s.id, { date: frame.date, fromSentence: frame.sentenceId });
      // Gone on into this paragraph: the frame now holds for the rest of it, and past it when it is one
      // sentence long (wire copy, a paragraph per sentence).
      frame = { ...frame, paragraph: s.paragraph, alone };
      return;
    }
    if (!s.dates.length && frame?.paragraph === s.paragraph) return;
    // A sentence with no actor and no date ("A European diplomat said …") neither goes on nor ends the time.
    if (frame && !s.dates.length && !s.actorIds.length && alone) {
      frame = { ...frame, paragraph: s.paragraph, alone };
      return;
    }
    if (frame && s.dates.length && LOOKS_BACK.test(s.text)) {
      frame = { ...frame, paragraph: s.paragraph, alone: true };
      return;
    }
    const day = dayOf(s);
    const tense = day ? (day.future ? 'future' : 'past') : null;
    frame =
      day && tense
        ? { date: day, sentenceId: s.id, actorIds: s.actorIds, paragraph: s.paragraph, tense, alone }
        : null;
  });
  return out;
}

/**
 * A caption's date for an undated past-tense sentence that tells the same scene: one of the caption's
 * people or more, and the caption's place or a verb of meeting ("welcomed", "met", "arrived"). Two names
 * alone are not enough: "Macron spoke optimistically about his meeting with Trump" may be days later.
 */
function fromCaptions(
  sentences: readonly TimedSentence[],
  captions: readonly CaptionDate[],
): Map<string, CarriedDate> {
  const out = new Map<string, CarriedDate>();
  const MEETS = /\b(?:met|welcomed|greeted|hosted|received|arrived|visited|held talks|talked)\b/i;
  for (const c of captions)
    for (const s of sentences) {
      if (s.dates.length || out.has(s.id) || sentenceTense(s.text) !== 'past' || quotesSomeone(s.text))
        continue;
      const shared = s.people.filter((p) => c.people.includes(p)).length;
      const place = c.places.some((w) => s.text.includes(w));
      if (shared >= 1 && (place || MEETS.test(s.text))) out.set(s.id, { date: c.date, fromCaption: c.text });
    }
  return out;
}

/**
 * Sentences that tell of the gathering the lead dated, named as known: "At the summit, Zelensky said …",
 * "Meloni warned at the meeting …", "Tusk said on arrival …", "Healey told reporters afterwards …". They
 * happened on its day.
 */
const AT_THE_GATHERING = new RegExp(
  `\\b(?:[Aa]t|[Aa]fter|[Dd]uring|[Ff]ollowing|[Oo]n the sidelines of|joined|attended|left|[Aa]head of|hours (?:before|after))\\s+the\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}${GATHERING_NOUN}\\b|\\b(?:afterwards|on arrival|[Ii]n the same (?:debate|session|meeting))\\b`,
  'u',
);

function fromGathering(sentences: readonly TimedSentence[]): Map<string, CarriedDate> {
  const out = new Map<string, CarriedDate>();
  const gathering = leadGathering(sentences);
  if (!gathering) return out;
  const lead = sentences[gathering.sentence] as TimedSentence;
  for (const s of sentences.slice(gathering.sentence + 1)) {
    if (s.dates.length || !s.actorIds.length || quotesSomeone(s.text) || s.entryDate) continue;
    if (sentenceTense(s.text) !== 'past' || !AT_THE_GATHERING.test(s.text)) continue;
    out.set(s.id, { date: gathering.date, fromSentence: lead.id });
  }
  return out;
}

/**
 * A live page's entry: what its past-tense sentences with an actor report happened on the entry's day
 * ("Speaking outside the White House, Macron said …" under "Aug. 18, 2025, 6:55 PM ET").
 */
function fromEntries(sentences: readonly TimedSentence[]): Map<string, CarriedDate> {
  const out = new Map<string, CarriedDate>();
  for (const s of sentences) {
    if (!s.entryDate || s.dates.length || !s.actorIds.length || quotesSomeone(s.text)) continue;
    if (sentenceTense(s.text) !== 'past') continue;
    const date: FoundDate = { text: '', index: 0, date: s.entryDate, precision: 'day', future: false };
    out.set(s.id, { date, fromEntry: true });
  }
  return out;
}

/** Sentence id → the date it inherits, from the text's time line first, else a live entry's day or a caption. */
export function carriedDates(
  sentences: readonly TimedSentence[],
  captions: readonly CaptionDate[],
): Map<string, CarriedDate> {
  const carried = fromFrames(sentences);
  for (const [id, c] of fromEntries(sentences)) if (!carried.has(id)) carried.set(id, c);
  for (const [id, c] of fromGathering(sentences)) if (!carried.has(id)) carried.set(id, c);
  for (const [id, c] of fromCaptions(sentences, captions)) if (!carried.has(id)) carried.set(id, c);
  return carried;
}
