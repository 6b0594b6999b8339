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
import {
  hasOwnDay,
  looksBack,
  outsideQuotes,
  QUOTED_WORDS,
  sentenceTense,
  withinQuotes,
  withoutQuotedWords,
} from './dates';
import { GATHERING_MODIFIERS, GATHERING_NOUN, leadGathering, type Gathering } from './gathering';

export interface TimedSentence {
  id: string;
  text: string;
  paragraph: number;
  actorIds: readonly string[];
  /** Groups among the actors ("European leaders"). */
  groups?: readonly string[];
  /** The states or bodies the actors belong to (Macron: France), when the gazetteer says. */
  affiliations?: readonly string[];
  /** People among the actors. */
  people: readonly string[];
  /** With no actor named, the sentence opens on a group of people acting (collectives.ts). */
  unnamedGroup?: boolean;
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
  /** A group acts in the scene ("European leaders"): its members, named together, go on in it. */
  group?: boolean;
  /** The frame's sentence is a paragraph of its own, so the next paragraph's first sentence may go on from it. */
  alone: boolean;
  /**
   * The frame's sentence names no one and closes its paragraph by setting the time ("On Monday night in Berlin,
   * it came closer to getting one."): the next paragraph tells what happened then, whoever did it.
   */
  setsTheScene?: boolean;
  /** The frame's sentence is about the gathering the lead dated ("The call began at 8pm …"): its paragraph goes on at it. */
  atGathering?: boolean;
}

const SAME_DAY =
  /^(?:that (?:evening|morning|afternoon|night)|(?:earlier|later) that day|the same day|on that day)$/i;

/**
 * The one day a sentence sets for the sentences after it, when it sets exactly one. A day counted from
 * another ("followed talks … the day before") is a look back, not the time the text goes on in.
 */
function dayOf(s: TimedSentence): FoundDate | null {
  // What the sentence mentions in passing as before its own day ("… a day after 26 countries signed up")
  // leaves its own day the time the text goes on in.
  // Nor does a day inside someone's quoted words ("“… Monday is the day he can prove it.”"): the speaker's.
  const dates = outsideQuotes(
    s.text,
    s.dates.filter((d) => !d.aside),
  );
  // "… at the Elysee Palace that evening" goes on in the day the text was in; "the day before" looks back.
  if (dates.some((d) => d.anchored && !SAME_DAY.test(d.text))) return null;
  // A plan the sentence mentions ("… a ceasefire starting on Monday") is not the time it tells of.
  const told = dates.some((d) => !d.future) ? dates.filter((d) => !d.future) : dates;
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
  for (const m of text.matchAll(QUOTED_WORDS)) quoted += m[0].length;
  return quoted >= 0.4 * text.length;
}

/**
 * Within the frame's paragraph, any past (or future) sentence with an actor goes on in its time. The next
 * paragraph's first sentence only when the frame stood alone and the sentence goes on about the same
 * actor or opens with a pronoun ("Michal spoke after a call …" after "… Michal said on Monday …"): in
 * one-sentence-paragraph copy a new paragraph is as often a new item.
 */
function inherits(s: TimedSentence, frame: Frame, first: boolean, gatheringDay?: string): boolean {
  if ((!s.actorIds.length && !s.unnamedGroup) || hasOwnDay(s)) return false;
  const sameParagraph = s.paragraph === frame.paragraph;
  const sameScene = sceneOf(s).some((a) => frame.actorIds.includes(a));
  // Quoted words are an event of the time line when their attribution tells the occasion: "“…,” Starmer told
  // reporters after the talks", "… Macron said as the two men sat side by side". A bare "he said" is the
  // quote going on, not a new event.
  if (quotesSomeone(s.text))
    return (
      (TELLS_OCCASION.test(withoutQuotedWords(s.text)) || TOLD_A_PROGRAMME.test(s.text)) &&
      // "“…,” he told them": the pronoun is the person of the scene, in its paragraph or right after a frame
      // that stood alone.
      (sameScene ||
        ((sameParagraph || frame.alone) &&
          (SPOKEN_BY.test(s.text) || /^\s*(?:He|She|They)\b/.test(s.text)))) &&
      sentenceTense(s.text) === frame.tense &&
      (sameParagraph || (first && s.paragraph === frame.paragraph + 1))
    );
  const continues =
    sameScene ||
    // "In the East Room, the leaders sat …": after a phrase that places the scene.
    // "The four leaders spoke to Donald Trump …": the group the frame named, counted.
    /^\s*(?:[^,;:“”"]{1,50},\s+)?(?:He|She|They|[Tt]he (?:(?:two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:leaders|ministers|men|women|allies|delegations))\b/.test(
      s.text,
    ) ||
    // "European leaders travelled to Kyiv …" then "Macron, Starmer, Merz and Tusk …": the group's members.
    (frame.group && (s.people.length >= 2 || !!s.unnamedGroup)) ||
    GOES_ON.test(s.text) ||
    // "… after the talks" is at the gathering the lead dated: it goes on in a scene of that day only.
    (AT_THE_GATHERING.test(s.text) && (!gatheringDay || gatheringDay === frame.date.date)) ||
    // "The call began at 8pm and ran for two hours. Mr Starmer told leaders …": at the gathering the paragraph opened on.
    (frame.atGathering && sameParagraph) ||
    // "Mr Zelensky stood beside him in the gilded hall": beside the one the sentence before told of.
    /\b(?:beside|alongside|next to)\s+(?:him|her|them)\b/.test(s.text);
  // "Partway through the meeting, Trump left …" opening the next paragraph goes on in the scene by name.
  const nextParagraph =
    first &&
    s.paragraph === frame.paragraph + 1 &&
    ((frame.alone && continues) ||
      frame.setsTheScene ||
      AT_THAT_GATHERING.test(s.text) ||
      // "“…,” Starmer told the call, adding …": one of the scene telling its occasion.
      (TELLS_OCCASION.test(withoutQuotedWords(s.text)) && sameScene));
  return (sameParagraph || nextParagraph) && toldTense(s.text) === frame.tense;
}

/**
 * "Rubio said after the Geneva talks …" under a frame set at a video conference: a gathering named by its
 * place or kind ("the Geneva talks") is another one when the text named that place only in sentences of
 * other days ("… two days after the delegations met in Geneva").
 */
const NAMED_GATHERING = new RegExp(`\\bthe\\s+((?:\\p{Lu}[\\p{L}-]*\\s+){1,2})${GATHERING_NOUN}\\b`, 'gu');
function namesOtherGathering(
  text: string,
  day: string,
  sentences: readonly TimedSentence[],
  upTo: number,
): boolean {
  for (const m of text.matchAll(NAMED_GATHERING))
    for (const word of (m[1] as string).trim().split(/\s+/)) {
      const w = word.replace(/[’']s$/, '');
      const named = sentences.slice(0, upTo).filter((b) => b.text.includes(w));
      if (named.length && named.every((b) => b.dates.length && !b.dates.some((d) => d.date === day)))
        return true;
    }
  return false;
}

/** Who a sentence is about, with the states they speak for: "Macron" goes on from "France and Britain said …". */
function sceneOf(s: TimedSentence): readonly string[] {
  return s.affiliations?.length ? [...s.actorIds, ...s.affiliations] : s.actorIds;
}

/**
 * An attribution that tells where the words were spoken: to reporters, after the talks, to the call, to a
 * forum or crowd ("“…,” Putin told an economic forum in Vladivostok").
 */
const TELLS_OCCASION =
  /^\s*Speaking\s+(?:after|at|during|following|before)\b|\b(?:told|telling)\s+(?:reporters|journalists|the press|a (?:joint\s+)?(?:news|press) conference|(?:the\s+)?(?:broadcaster|parliament|lawmakers|senators|MPs)\b)|\b(?:said|told \w+|added)\s+(?:after|at|during|before|following|as|afterwards?)\b|\b(?:said|added),?\s+(?:standing|sitting|speaking)\s+(?:alongside|beside|next to)\b|\bwrote on\b|\b(?:he|she)\s+told\s+them\b|\btold\s+the\s+(?:\p{Lu}[\p{L}-]*\s+)?(?:call|meeting|summit|conference|session|gathering|coalition|allies|leaders)\b|\btold\s+(?:fellow\s+)?(?:participants|delegates|attendees|counterparts)\b|\bsaid\s+in\s+(?:his|her|their)\s+(?:opening|closing)\s+(?:remarks|statement|address)\b|\b(?:told|addressed|telling)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:[Ff]orum|[Aa]udience|[Aa]ssembly|[Rr]ally|crowd|[Cc]ongress|[Cc]onvention)\b/u;

/**
 * "The force would not be deployed on the front line, Macron told reporters after the talks": what was said
 * may look ahead, but a sentence ending on who told it where was told then, in the past.
 */
const TOLD_AT_THE_END = /,\s+(?:[^,;“”"]{1,60}?\s)?(?:told|said)\b[^,;“”"]{0,100}[.!]?$/;
function toldTense(text: string): 'past' | 'future' | null {
  const end = TOLD_AT_THE_END.exec(text);
  return end && TELLS_OCCASION.test(end[0]) ? 'past' : sentenceTense(text);
}

/** "“…,” Trump told “Fox & Friends” when asked …": the interview the speaker gave is the occasion. */
const TOLD_A_PROGRAMME = /[”"]\s*,?\s*(?:\p{Lu}[\p{L}'’-]+\s+){1,3}told\s+[“"][^”"]{2,40}[”"]/u;

/**
 * Words that go on with the time line: "Macron, Starmer, Merz and Tusk then phoned Trump", "Healey told
 * reporters afterwards", "After the meeting, the leaders held a call", "During the visit, Tusk said".
 */
const AT_THAT_GATHERING =
  /^\s*(?:After|During|At|Following|Before|(?:Partway|Midway|Halfway) through)\s+(?:the|that|this|their|a)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|summit|visit|call|news conference|press conference|session|debate|dinner)\b/;
const GOES_ON = new RegExp(
  `^[^.;:“”"]{0,80}?\\b(?:[Tt]hen|[Aa]fterwards?|[Ll]ater that day)\\b|${AT_THAT_GATHERING.source}`,
);

/**
 * "At Monday's meeting, Trump had told the leaders …" sets a scene of its own, past perfect or not: what
 * follows ("Macron, speaking to reporters afterward, …") goes on in it.
 */
const OPENS_SCENE = new RegExp(
  `^\\s*(?:At|During|After|Following)\\s+(?:the\\s+|\\p{Lu}[\\p{L}-]*[’']s\\s+)${GATHERING_MODIFIERS}${GATHERING_NOUN}\\b`,
  'u',
);

/** "There the four leaders called …", "While there, Macron met …": at the place the sentence before told of. */
const THERE =
  /^\s*(?:There|While there|Once there)\b(?!\s+(?:is|are|was|were|will|would|has|have|had|may|might|could|should|seems?|appears?)\b)/;

/** "On Monday night in Berlin, it …", "Late on Thursday, …": a sentence that opens on its day. */
const OPENS_ON_ITS_DAY =
  /^\s*(?:(?:Late|Early)\s+)?(?:[Oo]n|[Bb]y|[Tt]hat)\s+(?:\p{Lu}\p{Ll}+day|the\s+\p{L}+)(?:\s+(?:morning|afternoon|evening|night))?\b/u;

/** Sentences per paragraph that report rather than quote someone. */
function reportCounts(sentences: readonly TimedSentence[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const s of sentences)
    if (!quotesSomeone(s.text)) out.set(s.paragraph, (out.get(s.paragraph) ?? 0) + 1);
  return out;
}

/** Dates carried from the sentence that set the time, by sentence id. */
function fromFrames(
  sentences: readonly TimedSentence[],
  gathering: Gathering | null,
  atGathering: ReadonlyMap<string, CarriedDate>,
): Map<string, CarriedDate> {
  const out = new Map<string, CarriedDate>();
  const reportsIn = reportCounts(sentences);
  let frame: Frame | null = null;
  // The day of a look back just told ("… on Saturday he had travelled to Kyiv"), for a sentence that goes on
  // at its place ("There the four leaders called for …").
  let lookedBack: CarriedDate | null = null;
  // The earlier occasion the sentence before told in a clause ("… came a day after Mr Trump hosted Zelensky
  // and seven European leaders"), with who took part in it and not in the scene the text was in.
  let told: { date: FoundDate; sentenceId: string; actorIds: readonly string[] } | null = null;
  sentences.forEach((s, i) => {
    const first = i === 0 || (sentences[i - 1] as TimedSentence).paragraph !== s.paragraph;
    const back = lookedBack;
    lookedBack = null;
    if (back && THERE.test(s.text) && s.actorIds.length && !hasOwnDay(s)) {
      out.set(s.id, back);
      return;
    }
    const earlierTold = told;
    told = toldEarlier(s, frame);
    // "Leaders sat around a long table in the East Room as the President praised Mr Zelensky’s suit": a person
    // of that occasion, and no one of the scene before, takes the text back to it.
    if (
      earlierTold &&
      !hasOwnDay(s) &&
      sentenceTense(s.text) === 'past' &&
      s.people.some((a) => earlierTold.actorIds.includes(a)) &&
      !s.actorIds.some((a) => frame?.actorIds.includes(a) && !earlierTold.actorIds.includes(a))
    ) {
      out.set(s.id, { date: earlierTold.date, fromSentence: earlierTold.sentenceId });
      frame = {
        date: earlierTold.date,
        sentenceId: earlierTold.sentenceId,
        actorIds: sceneOf(s),
        paragraph: s.paragraph,
        tense: 'past',
        alone: (reportsIn.get(s.paragraph) ?? 0) <= 1,
      };
      return;
    }
    const quote = quotesSomeone(s.text);
    // Alone: the paragraph's only report; the speaker's words quoted beside it are part of it.
    const alone = (reportsIn.get(s.paragraph) ?? 0) - (quote ? 0 : 1) === 0;
    // "Starmer, who attended the meeting, accused …" is the gathering's day, and the text goes on from it.
    const gathered = atGathering.get(s.id);
    const goesOn =
      frame !== null &&
      inherits(s, frame, first, gathering?.date.date) &&
      !namesOtherGathering(s.text, frame.date.date, sentences, i);
    if (gathered && !goesOn) {
      out.set(s.id, gathered);
      const from = gathered.fromSentence ?? s.id;
      frame = {
        date: gathered.date,
        sentenceId: from,
        actorIds: sceneOf(s),
        paragraph: s.paragraph,
        tense: 'past',
        alone,
      };
      return;
    }
    const earlier = earlierScene(s);
    if (frame && goesOn) {
      out.set(s.id, { date: frame.date, fromSentence: frame.sentenceId });
      // Gone on into this paragraph: the frame now holds for the rest of it, and past it when it is one
      // sentence long (wire copy, a paragraph per sentence). Whoever acted in it is part of the scene now.
      const actorIds = [...new Set([...frame.actorIds, ...sceneOf(s)])];
      frame = earlier
        ? {
            date: earlier,
            sentenceId: s.id,
            actorIds: sceneOf(s),
            paragraph: s.paragraph,
            tense: 'past',
            alone,
          }
        : { ...frame, actorIds, paragraph: s.paragraph, alone };
      return;
    }
    if (!hasOwnDay(s) && frame?.paragraph === s.paragraph) return;
    // A paragraph of someone's words, undated, neither goes on nor ends the time line; nor does a look back
    // in passing ("It came just two days after Zelensky was savaged … in the Oval Office").
    if (frame && !hasOwnDay(s) && (quote || (!earlier && s.dates.length && s.dates.every((d) => d.aside)))) {
      frame = { ...frame, paragraph: s.paragraph, alone: frame.alone && alone };
      return;
    }
    // A sentence with no actor and no date ("A European diplomat said …", "Not everyone was ready to commit
    // soldiers.") neither goes on nor ends the time; opening a paragraph after a frame that stood alone, it
    // leads the frame into that paragraph.
    // One about the gathering the lead dated ("The call began at 8pm …") takes the text back to it.
    const ofTheGathering = gatheringDay(s, i, gathering);
    if (
      frame &&
      !hasOwnDay(s) &&
      !s.actorIds.length &&
      !ofTheGathering &&
      (alone || (first && frame.alone))
    ) {
      frame = { ...frame, paragraph: s.paragraph, alone };
      return;
    }
    if (frame && hasOwnDay(s) && looksBack(s) && !OPENS_SCENE.test(s.text)) {
      const day = dayOf(s);
      if (day) lookedBack = { date: day, fromSentence: s.id };
      frame = { ...frame, paragraph: s.paragraph, alone: true };
      return;
    }
    // "The meeting came three days after Trump's summit … last Friday": the days named are the earlier
    // event's; the text goes on at the gathering.
    const came = earlier ?? (COMES_AFTER.test(s.text) ? gatheringDay(s, i, gathering) : null);
    const day = came ?? dayOf(s) ?? ofTheGathering;
    const tense = day ? (day.future ? 'future' : 'past') : null;
    const closesParagraph = sentences[i + 1]?.paragraph !== s.paragraph;
    frame =
      day && tense
        ? {
            date: day,
            sentenceId: s.id,
            actorIds: sceneOf(s),
            group: !!s.groups?.length,
            paragraph: s.paragraph,
            tense,
            alone,
            atGathering: !came && !!ofTheGathering && day === ofTheGathering,
            setsTheScene:
              !s.actorIds.length && !s.unnamedGroup && closesParagraph && OPENS_ON_ITS_DAY.test(s.text),
          }
        : null;
  });
  return out;
}

/**
 * "His remarks came a day after an extraordinary gathering at the White House, where Zelensky was flanked
 * by seven European leaders.": the earlier occasion, told in a clause of its own, is the scene the text
 * goes on in ("In the East Room, the leaders sat …"). Its day, counted back.
 */
const TELLS_EARLIER =
  /\b(?:came|comes|followed|follows)\b[^.;“”"]*?\bafter\b[^;“”"]*?,\s+(?:where|at which|during which)\b/;
function earlierScene(s: TimedSentence): FoundDate | null {
  return TELLS_EARLIER.test(s.text) ? oneDayCountedBack(s) : null;
}

/** The one day the sentence counts back to ("a day after …"), if it counts back to exactly one. */
function oneDayCountedBack(s: TimedSentence): FoundDate | null {
  const back = s.dates.filter((d) => d.anchored && d.precision === 'day');
  return back.length === 1 ? (back[0] as FoundDate) : null;
}

/** "… came a day after Mr Trump hosted …", "… two days after Zelensky was savaged by …": a clause tells it. */
const TELLS_EARLIER_CLAUSE =
  /\b(?:came|comes|followed|follows)\b[^.;“”"]*?\bafter\s+(?:(?:Mr|Mrs|Ms)\.?\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:was\s+|were\s+|had\s+)?\p{Ll}+ed\b/u;
/** "The summit came two days after Zelenskyy's meeting with Trump … on Friday": a gathering named by whose it was. */
const TELLS_EARLIER_NOUN =
  /\b(?:came|comes|followed|follows)\b[^.;“”"]*?\b(after)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}-]*[’']s\s+(?:[\p{L}-]+\s+){0,3}?(?:meeting|visit|clash|talks|summit|call|row)\b/du;
/** The one day the sentence names after its "after", counted back or told. */
function oneDayAfterAfter(s: TimedSentence, at: number): FoundDate | null {
  const days = s.dates.filter((d) => d.precision === 'day' && !d.future && d.index > at);
  return days.length && days.every((d) => d.date === days[0]?.date) ? (days[0] as FoundDate) : null;
}
function toldEarlier(
  s: TimedSentence,
  frame: Frame | null,
): { date: FoundDate; sentenceId: string; actorIds: readonly string[] } | null {
  const clause = TELLS_EARLIER_CLAUSE.test(s.text);
  const noun = clause ? null : TELLS_EARLIER_NOUN.exec(s.text);
  const date = clause ? oneDayCountedBack(s) : noun ? oneDayAfterAfter(s, noun.indices?.[1]?.[0] ?? 0) : null;
  if (!date) return null;
  const actorIds = sceneOf(s).filter((a) => !frame?.actorIds.includes(a));
  return actorIds.length ? { date, sentenceId: s.id, actorIds } : null;
}

/** "The summit came two days after …": a sentence about the gathering the lead dated is set on its day. */
// "The talks, chaired by Healey and Lecornu, were held …": an aside may follow the noun.
const THE_GATHERING_OPENS = new RegExp(
  `^\\s*The\\s+${GATHERING_MODIFIERS}${GATHERING_NOUN}(?:\\s+|,\\s+)\\p{Ll}`,
  'u',
);
const COMES_AFTER = /\b(?:came|comes|followed|follows)\b/;
function gatheringDay(s: TimedSentence, i: number, gathering: Gathering | null): FoundDate | null {
  if (!gathering || gathering.sentence >= i || !THE_GATHERING_OPENS.test(s.text)) return null;
  return sentenceTense(s.text) === 'past' ? gathering.date : null;
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
      if (hasOwnDay(s) || out.has(s.id) || sentenceTense(s.text) !== 'past' || quotesSomeone(s.text))
        continue;
      const shared = s.people.filter((p) => c.people.includes(p)).length;
      const place = c.places.some((w) => s.text.includes(w));
      if (shared >= 1 && (place || MEETS.test(s.text))) out.set(s.id, { date: c.date, fromCaption: c.text });
    }
  return out;
}

/**
 * Sentences that tell of the gathering the lead dated, named as known: "At the summit, Zelensky said …",
 * "Meloni warned at the meeting …", "Tusk said on arrival …", "Healey told reporters afterwards …", "Around 35
 * leaders took part, most by video", "Zelensky told the leaders …". They happened on its day.
 */
const AT_THE_GATHERING = new RegExp(
  `\\b(?:[Aa]t|[Aa]fter|[Bb]efore|[Dd]uring|[Ff]ollowing|[Oo]n the sidelines of|joined|attended|left|(?:co-)?chaired|hosted|addressed|(?:took|take|taking) part in|participated in|(?:was|were)\\s+(?:also\\s+)?represented\\s+(?:on|at|in)|(?:[Mm]idway )?through|[Tt]hroughout|[Aa]head of|hours (?:before|after)|(?:in|to) \\p{Lu}[\\p{L}-]+ for|[Aa]t the (?:start|end|close|opening|margins|sidelines) of)\\s+the\\s+${GATHERING_MODIFIERS}${GATHERING_NOUN}\\b|\\bjoined\\s+(?:from\\s+\\p{Lu}|by video|remotely|online|via\\s+video)|\\b(?:afterwards|on arrival|[Ii]n the same (?:debate|session|meeting))\\b|\\bbefore (?:flying|travell?ing|leaving|heading|setting off) (?:to|for) \\p{Lu}|\\b(?:took part|attended|did not (?:attend|take part))(?=\\s*[,.;]|\\s+(?:by|in person|via|remotely|online)\\b)|\\btold\\s+the\\s+(?:other\\s+|fellow\\s+)?(?:leaders|delegations|delegates|participants|commanders|military chiefs)\\b|,\\s+who\\s+(?:also\\s+)?(?:attended|took part|joined|was (?:also )?(?:there|present))\\b|^\\s*(?:(?:Those|Others|Leaders|Guests)\\s+(?:present|attending|in attendance|around the table)\\s+included|Among (?:those|the leaders|the guests) (?:present|attending|in attendance|around the table) (?:were|was)|(?:Attendees|Participants) included)\\b`,
  'u',
);

/**
 * One of the gathering's people briefing the press, with no day of its own ("Macron told a news conference
 * that …", "Starmer told reporters …"): news reports the briefing that closed the gathering.
 */
const BRIEFED =
  /\b(?:told|said at|speaking at|addressed)\s+(?:a|the)\s+(?:joint\s+|closing\s+)?(?:news|press)\s+conference\b|\btold\s+(?:reporters|journalists)\b/;

/**
 * "Sir Keir, who co-chaired a video call … on Tuesday, said …" then "“…,” he said in a statement after the
 * call.": "the call" is the one the sentences just before dated, not the lead's gathering of another day.
 */
const THE_GATHERING_NAMED = new RegExp(`\\bthe\\s+${GATHERING_MODIFIERS}(${GATHERING_NOUN})\\b`, 'u');
function nearerGathering(
  text: string,
  leadDay: string,
  sentences: readonly TimedSentence[],
  at: number,
): CarriedDate | null {
  const noun = THE_GATHERING_NAMED.exec(text)?.[1];
  if (!noun) return null;
  const named = new RegExp(`\\b(?:a|an|the)\\s+${GATHERING_MODIFIERS}${noun}\\b`, 'u');
  for (let j = at - 1; j >= Math.max(0, at - 2); j--) {
    const b = sentences[j] as TimedSentence;
    if (!named.test(b.text)) continue;
    const day = b.dates.find((d) => d.precision === 'day' && !d.aside && d.date !== leadDay);
    if (day) return { date: day, fromSentence: b.id };
  }
  return null;
}

function fromGathering(
  sentences: readonly TimedSentence[],
  gathering: Gathering | null,
): Map<string, CarriedDate> {
  const out = new Map<string, CarriedDate>();
  if (!gathering) return out;
  const lead = sentences[gathering.sentence] as TimedSentence;
  sentences.forEach((s, i) => {
    if (i <= gathering.sentence || hasOwnDay(s) || !s.actorIds.length || s.entryDate) return;
    // Quoted words count when what is said of them outside the quote places them at the gathering
    // ("“…,” Mr Macron said after the call").
    const told = quotesSomeone(s.text) ? withoutQuotedWords(s.text) : s.text;
    const atIt =
      AT_THE_GATHERING.test(told) ||
      (told === s.text && THE_GATHERING_OPENS.test(s.text)) ||
      (BRIEFED.test(told) && s.actorIds.some((a) => lead.actorIds.includes(a)));
    if (toldTense(s.text) !== 'past' || !atIt) return;
    if (namesOtherGathering(s.text, gathering.date.date, sentences, i)) return;
    const nearer = nearerGathering(told, gathering.date.date, sentences, i);
    out.set(s.id, nearer ?? { date: gathering.date, fromSentence: lead.id });
  });
  return out;
}

/** "In Riyadh, Rubio said …", "Lavrov told reporters in Riyadh …": the place a sentence is set in. */
const SET_IN =
  /(?:^\s*In|\b(?:told reporters|said|speaking|spoke)\s+in)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\b/u;
/** How far back a gathering at that place is looked for. */
const PLACE_REACH = 12;
const MET_THERE = /\b(?:met|talks|meeting|summit|gathered|held)\b/;

/**
 * An undated report set in a place where a sentence before dated a gathering of its own ("Rubio and Lavrov
 * met for more than four hours Tuesday in Riyadh" … "In Riyadh, Rubio said …"): that gathering's day.
 */
function fromPlaces(sentences: readonly TimedSentence[]): Map<string, CarriedDate> {
  const out = new Map<string, CarriedDate>();
  sentences.forEach((s, i) => {
    if (hasOwnDay(s) || !s.actorIds.length || toldTense(s.text) !== 'past') return;
    const place = SET_IN.exec(s.text)?.[1];
    if (!place) return;
    const there = new RegExp(`\\b(?:in|at)\\s+(?:the\\s+)?${place}\\b`, 'u');
    for (let k = i - 1; k >= 0 && k >= i - PLACE_REACH; k--) {
      const b = sentences[k] as TimedSentence;
      if (!there.test(b.text)) continue;
      const day = dayOf(b);
      if (day && !day.future && MET_THERE.test(b.text)) out.set(s.id, { date: day, fromSentence: b.id });
      return;
    }
  });
  return out;
}

/**
 * A report of someone's words takes the day of their quoted words right after it, in the same paragraph:
 * "Meinl-Reisinger said Austria would examine taking part. “Neutrality does not mean that we look away,” she
 * told ORF on Tuesday." The two are one statement.
 */
const REPORTS_SPEECH = /\b(?:said|told|added|warned|argued|insisted|stressed|noted|explained|declared)\b/;
const SPOKEN_BY = /[”"]\s*,?\s*(?:(?:he|she|they)\s+\w+|\w+\s+(?:he|she|they)\b)/i;

function fromTheirWords(sentences: readonly TimedSentence[]): Map<string, CarriedDate> {
  const out = new Map<string, CarriedDate>();
  sentences.forEach((s, i) => {
    const next = sentences[i + 1];
    if (!next || next.paragraph !== s.paragraph || hasOwnDay(s) || !s.actorIds.length) return;
    if (quotesSomeone(s.text) || !REPORTS_SPEECH.test(s.text) || sentenceTense(s.text) !== 'past') return;
    const day = dayOf(next);
    // "today" inside the quote is the speaker's day, not the report's.
    if (!day || day.future || !quotesSomeone(next.text) || withinQuotes(next.text, day.index)) return;
    const sameSpeaker = SPOKEN_BY.test(next.text) || next.actorIds.some((a) => s.actorIds.includes(a));
    if (sameSpeaker) out.set(s.id, { date: day, fromSentence: next.id });
  });
  return out;
}

/**
 * A news lead that ends on its attribution ("Twenty-six countries have committed …, Emmanuel Macron has
 * said.") reports what its speaker said on the occasion the next sentence dates ("Speaking after a summit
 * in Paris on Thursday, Mr Macron said …"). Only the text's first report, before any day: further down, "X
 * has said" is as often a standing position.
 */
// "…, Defence Minister Dovilė Šakalienė has said, but only if …": a clause of the speaker's may follow.
const ENDS_ON_ATTRIBUTION =
  /,\s+[^,“”"]{0,80}?\b(?:has|have)?\s*(?:said|says|announced|announces|told|tells|warned|warns|declared|declares)\b[^,“”"]{0,100}(?:,\s+(?:but|although|though|while|adding)\b[^“”"]{0,160})?[.!]?$/;

/** "Donald Trump has ruled out sending American troops …": a lead whose subject is named and whose verb is perfect. */
const PERFECT_LEAD = /^\s*(?:[\p{Lu}][\p{L}.'’-]*\s+){1,5}(?:has|have)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}/u;

function fromTheNextReport(sentences: readonly TimedSentence[]): Map<string, CarriedDate> {
  const out = new Map<string, CarriedDate>();
  // The lead: the first sentence with a person or a date, or the one after it when the first is a heading
  // or deck that neither dates nor attributes anything.
  const first = sentences.findIndex((s) => s.people.length > 0 || s.dates.length > 0);
  const i = [first, first + 1].find((k) => {
    const s = sentences[k];
    return !!s && (ENDS_ON_ATTRIBUTION.test(s.text) || (s.people.length > 0 && PERFECT_LEAD.test(s.text)));
  });
  if (i === undefined || sentences.slice(0, i + 1).some((s) => s.dates.length)) return out;
  const lead = sentences[i] as TimedSentence;
  if (quotesSomeone(lead.text)) return out;
  // The next report of the same person, a scene of others between allowed ("Leaders met at the Élysée on
  // Thursday." before "“…,” Michal told ERR on Friday."), reports their words on a day: "Speaking after … on
  // Thursday, Mr Macron said …", "Tusk made the remarks on Monday …". Anything else they did that day ("She
  // met Trump on Friday") is another occasion.
  const next = sentences
    .slice(i + 1, i + 1 + NEXT_REPORT_REACH)
    .find((s) => s.paragraph <= lead.paragraph + 2 && s.people.some((p) => lead.people.includes(p)));
  if (!next || !(REPORTS_SPEECH.test(withoutQuotedWords(next.text)) || MADE_REMARKS.test(next.text)))
    return out;
  // Quoted words that open the sentence are the lead's report only when told to an outlet, the interview the
  // lead reports ("“…,” Šakalienė told LRT RADIO on Friday"); "“…,” she said on Friday" may be another day's.
  if (/^\s*[“"]/.test(next.text) && !/[”"]\s*,?\s*[^“”"]{0,60}\btold\s+\p{Lu}/u.test(next.text)) return out;
  const day = dayOf(next);
  if (!day || day.future || withinQuotes(next.text, day.index)) return out;
  out.set(lead.id, { date: day, fromSentence: next.id });
  return out;
}
const NEXT_REPORT_REACH = 3;
const MADE_REMARKS = /\bmade (?:the|his|her|these|those|their) (?:remarks|comments)\b/;

/**
 * A live page's entry: what its past-tense sentences with an actor report happened on the entry's day
 * ("Speaking outside the White House, Macron said …" under "Aug. 18, 2025, 6:55 PM ET").
 */
function fromEntries(sentences: readonly TimedSentence[]): Map<string, CarriedDate> {
  const out = new Map<string, CarriedDate>();
  for (const s of sentences) {
    if (!s.entryDate || hasOwnDay(s) || !s.actorIds.length || quotesSomeone(s.text)) continue;
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
  const gathering = leadGathering(sentences);
  const atGathering = fromGathering(sentences, gathering);
  // A place where the text dated a gathering of its own ("… met for four hours Tuesday in Riyadh") takes the
  // text back to that day, whatever gathering the lead told.
  for (const [id, c] of fromPlaces(sentences)) atGathering.set(id, c);
  const carried = fromFrames(sentences, gathering, atGathering);
  for (const [id, c] of fromEntries(sentences)) if (!carried.has(id)) carried.set(id, c);
  for (const [id, c] of atGathering) if (!carried.has(id)) carried.set(id, c);
  for (const [id, c] of fromTheirWords(sentences)) if (!carried.has(id)) carried.set(id, c);
  for (const [id, c] of fromTheNextReport(sentences)) if (!carried.has(id)) carried.set(id, c);
  for (const [id, c] of fromCaptions(sentences, captions)) if (!carried.has(id)) carried.set(id, c);
  return carried;
}
