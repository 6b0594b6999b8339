/**
 * Stage 8 — extracted events: a sentence with a resolved date and at least
 * one actor is an event (one per distinct date in the sentence). Kind comes
 * from the verbs near the date, `planned` from the date being after
 * publication or the clause being future tense. Curated events that cover
 * the same date and sentence win (see corpus.ts).
 */
import type { EventKind, StoryEvent } from '../model/schema';
import { hasOwnDay, type FoundDate } from './dates';
import type { CarriedDate } from './timeframes';
import { excerpt } from './excerpt';
import { transcriptLabelOf } from './names';
import { sha1Hex, textBefore } from './util';

export interface EventSentence {
  id: string;
  text: string;
  actorIds: readonly string[];
  /** With no actor named, the sentence opens on a group of people acting ("Army chiefs from 30 countries met …"). */
  unnamedGroup?: boolean;
  dates: readonly FoundDate[];
}

const KIND_RULES: [EventKind, RegExp][] = [
  ['summit', /\bsummits?\b|\bEuropean Council\b/i],
  ['press-conference', /\b(?:press|news) conference\b|\bpress briefing\b/i],
  [
    'call',
    /\b(?:phone|video|telephone) (?:call|conference)\b|\bvideo-?conference\b|\bspoke by (?:phone|telephone)\b|\bcalled\b/i,
  ],
  ['leak', /\bleak(?:ed|s)?\b/i],
  [
    'meeting',
    /\b(?:met|meet|meets|meeting|meetings|talks|visit|visited|visits|gathering|hosted|hosts|welcomed|greeted|debriefed|convened|trip)\b|\b(?:travel(?:l)?ed|travels|flew|flies|dashed|arrived|arrives|heading|headed|heads)\s+(?:to|in|for)\b/i,
  ],
  ['report', /\b(?:reported|reports|wrote|according to)\b/i],
  [
    'decision',
    /\b(?:decided|approved|agreed|signed|adopted|voted|imposed|ordered|launched|withheld|withholds|paused|suspended|halted|lifted)\b/i,
  ],
  [
    'statement',
    /\b(?:said|says|announced|announces|stated|declared|told|warned|acknowledged|claimed|signal(?:l)?ed|insisted|urged|called for|reiterated)\b/i,
  ],
];

function kindIn(text: string): EventKind | null {
  for (const [kind, re] of KIND_RULES) if (re.test(text)) return kind;
  return null;
}

/**
 * The kind from the verbs near the date, else from the whole sentence. Pass `sentenceKind` (the whole
 * sentence's kind, worked out once) when asking for several dates of one sentence.
 */
export function guessKind(
  sentence: string,
  date: FoundDate,
  sentenceKind: () => EventKind = () => kindIn(sentence) ?? 'other',
): EventKind {
  const window = sentence.slice(Math.max(0, date.index - 70), date.index + date.text.length + 70);
  return kindIn(window) ?? sentenceKind();
}

const TITLE_MAX = 90;

/** A short readable title from the sentence: leading date phrase dropped, cut at a clause or word boundary. */
export function eventTitle(sentence: string, dates: readonly FoundDate[]): string {
  let t = sentence.trim();
  const lead = dates.find((d) => d.index <= 1);
  if (lead) t = t.slice(lead.index + lead.text.length).replace(/^[\s,]+/, '');
  // "PRIME MINISTER KEIR STARMER: I will …" reads "Keir Starmer: I will …"; a label's office and role go.
  const label = transcriptLabelOf(t);
  if (label && /\s/.test(label.titled)) t = `${label.name}: ${t.slice(label.label.length)}`;
  t = t.replace(/^(?:As part of|On the heels of|Following|Despite|While)\b[^,]{0,80},\s*/, '');
  // A quote that opens the sentence and closes inside it ("“This was a waste of time,” said …") keeps both its
  // marks; one that spans the whole sentence loses both.
  const closesInside = /^[“"][^”"]*[”"](?!\s*$)/.test(t);
  t = withClosedQuote((closesInside ? t : t.replace(/^[“"]/, '')).replace(/[.!?”"]+$/, '').trim());
  if (t && /^\p{Ll}/u.test(t)) t = (t[0] as string).toUpperCase() + t.slice(1);
  if (t.length <= TITLE_MAX) return t || sentence.slice(0, TITLE_MAX);
  const clause = t.slice(0, TITLE_MAX).lastIndexOf(', ');
  if (clause >= 45) return t.slice(0, clause);
  const cut = t.slice(0, TITLE_MAX - 1);
  const at = cut.lastIndexOf(' ');
  return `${(at > 40 ? cut.slice(0, at) : cut).replace(/[,;:—–-]+$/, '')}…`;
}

/** A quote left open by the trimmed end ("… he said, “We are ready") is closed again. */
function withClosedQuote(t: string): string {
  const opened = (t.match(/“/g)?.length ?? 0) - (t.match(/”/g)?.length ?? 0);
  if (opened > 0) return `${t}”`;
  return (t.match(/"/g)?.length ?? 0) % 2 ? `${t}"` : t;
}

export interface ExtractEventsInput {
  articleId: string;
  published: string | null;
  sentences: readonly EventSentence[];
  /** Dates sentences inherit from the sentence that set the time or from a caption (timeframes.ts). */
  carried?: ReadonlyMap<string, CarriedDate>;
  /**
   * True when a curated event already covers this sentence and date range (`date`…`endDate`, the same day
   * for a day). corpus.ts: a curated event citing the sentence whose own range overlaps this one.
   */
  isCovered(sentenceId: string, date: string, endDate: string): boolean;
}

const PRECISION_RANK = { day: 0, week: 1, month: 2, year: 3 } as const;

/** Characters between two mentions of time beyond which they tell of different things. */
const APART = 40;
/** Past this many dates a sentence is a list, not prose: its coarse dates are not weighed one by one. */
const FEW_DATES = 8;

function toldApart(coarse: FoundDate, dates: readonly FoundDate[]): boolean {
  const end = coarse.endDate ?? coarse.date;
  return dates.every(
    (f) =>
      PRECISION_RANK[f.precision] >= PRECISION_RANK[coarse.precision] ||
      f.date < coarse.date ||
      f.date > end ||
      f.index > coarse.index + coarse.text.length + APART ||
      coarse.index > f.index + f.text.length + APART,
  );
}

/**
 * A coarse date that contains a finer one of the same sentence ("later this week, on Dec 18") adds nothing:
 * it is dropped. Told apart, in another part of the sentence, a week or month is a happening of its own
 * ("Trump, who met Putin in Alaska last month, … said on August 19 …"). Finer dates are looked up by binary
 * search, so a sentence with thousands of dates costs k log k, not k².
 */
export function withoutCoarserDuplicates(dates: readonly FoundDate[]): FoundDate[] {
  const byRank: string[][] = [[], [], [], []];
  for (const d of dates) (byRank[PRECISION_RANK[d.precision]] as string[]).push(d.date);
  for (const list of byRank) list.sort();
  const anyWithin = (list: readonly string[], from: string, to: string) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as string) < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length && (list[lo] as string) <= to;
  };
  return dates.filter((d) => {
    const rank = PRECISION_RANK[d.precision];
    for (let finer = 0; finer < rank; finer++)
      if (anyWithin(byRank[finer] as string[], d.date, d.endDate ?? d.date))
        return rank < PRECISION_RANK.year && dates.length <= FEW_DATES && toldApart(d, dates);
    return true;
  });
}

export function extractEvents(input: ExtractEventsInput): StoryEvent[] {
  const out: StoryEvent[] = [];
  for (const s of input.sentences) {
    if (!s.actorIds.length && !s.unnamedGroup) {
      // With no actor named, only a gathering on its own day is an event, whoever attended.
      out.push(
        ...datedEvents(
          input,
          s,
          s.dates.filter((d, k) => isGatheringDay(s.text, d) && !isRangeEnd(s.text, d, s.dates[k - 1])),
        ),
      );
      continue;
    }
    const carried = input.carried?.get(s.id);
    // "… on Thursday … the coalition the Pentagon founded in 2022": beside the day the sentence tells, a year
    // is background.
    const hasDay = s.dates.some((x) => x.precision === 'day' && !x.aside);
    // Only a sentence with two dates or more can hold a span's end.
    const previous = new Map(s.dates.length > 1 ? s.dates.map((d, k) => [d, s.dates[k - 1]] as const) : []);
    const dates = withoutCoarserDuplicates(s.dates).filter(
      (d) =>
        !isBackgroundYear(s.text, d) &&
        !isOccasionBeside(s.text, s.dates, d) &&
        !(hasDay && d.precision === 'year') &&
        !(hasDay && isSpanStart(s.text, d)) &&
        !isRangeEnd(s.text, d, previous.get(d)),
    );
    if (dates.length) out.push(...datedEvents(input, s, dates));
    // A sentence that names an earlier day only in passing goes on in the time the text set as well.
    if (carried && !hasOwnDay(s)) out.push(...carriedEvent(input, s, carried));
  }
  return out;
}

/**
 * "… a unilateral ceasefire from May 8 to May 10": the end of a span whose start the sentence dates is no event
 * of its own; the span's start stands for it.
 */
function isRangeEnd(text: string, d: FoundDate, previous: FoundDate | undefined): boolean {
  // Only the date right before it can open the span: one look, however many dates a run-on sentence holds.
  const start = previous;
  return (
    !!start &&
    start.index < d.index &&
    (/^(?:from|between)\b/i.test(start.text.trim()) ||
      /\b(?:from|between)\s+$/i.test(text.slice(Math.max(0, start.index - 8), start.index))) &&
    /^\s*(?:to|until|till|through|and|[-–—])\s*$/i.test(text.slice(start.index + start.text.length, d.index))
  );
}

/**
 * "… their first formal talks since the full-scale invasion in 2022": a year a span is counted from is the
 * story's background, not a day something in the sentence happened.
 */
function isBackgroundYear(text: string, d: FoundDate): boolean {
  return (
    d.precision === 'year' &&
    !!d.aside &&
    /\bsince\b[^,;:.]{0,60}$/i.test(text.slice(Math.max(0, d.index - 70), d.index))
  );
}

/**
 * "European leaders said on Thursday that … the question that has dogged the plan since February": beside a
 * day of the sentence's own, the month a span is counted from is background.
 */
function isSpanStart(text: string, d: FoundDate): boolean {
  return (
    (d.precision === 'month' || d.precision === 'year') &&
    // "… since Moscow's full-scale invasion in February 2022", "… since a heated Oval Office meeting in
    // February": what the span is counted from may be named before its month. A clause after "since"
    // tells an act of its own ("… since Lee took office in June").
    (/^since\b/i.test(d.text) ||
      /\bsince\s+(?:a|an|the|its|their|his|her|our|\p{Lu}[\p{L}-]*['’]s)\s[^,;:.“”"]{0,60}$/iu.test(
        text.slice(Math.max(0, d.index - 70), d.index),
      ))
  );
}

/**
 * "Coalition defense chiefs are due to meet in London next Tuesday to turn Thursday’s pledges into a plan": a day
 * in the possessive names the day of a thing the sentence speaks of; beside a later day a plan is set for, it is
 * no event of its own. In a sentence told in the past it often is the act ("Trump broke off Monday's meeting to
 * phone Putin"), and so it is in a relative clause.
 */
const POSSESSIVE_DAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[’']s$/;
function isOccasionBeside(text: string, dates: readonly FoundDate[], d: FoundDate): boolean {
  return (
    POSSESSIVE_DAY.test(d.text) &&
    // "Macron, who spoke with Trump by phone before Monday’s meeting, will host …": a relative clause tells an
    // act of its own.
    !/,\s+(?:who|whom|which)\b[^,;]*$/.test(textBefore(text, d.index, 120)) &&
    dates.some((o) => o.future && o.precision === 'day' && !POSSESSIVE_DAY.test(o.text) && o.date > d.date)
  );
}

/** One event per distinct date and precision of the sentence, unless a curated event covers it. */
function datedEvents(input: ExtractEventsInput, s: EventSentence, dates: readonly FoundDate[]): StoryEvent[] {
  const out: StoryEvent[] = [];
  const seen = new Set<string>();
  // Title and the sentence's own kind are the same for every date of the sentence: worked out once.
  let title: string | null = null;
  let sentenceKind: EventKind | null = null;
  const wholeKind = () => (sentenceKind ??= kindIn(s.text) ?? 'other');
  for (const d of dates) {
    const key = `${d.date}|${d.precision}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (input.isCovered(s.id, d.date, d.endDate ?? d.date)) continue;
    const planned = d.future || (input.published !== null && d.date > input.published);
    const quote = excerpt(s.text, d.index, d.index + d.text.length);
    const event: StoryEvent = {
      id: `e-${d.date}-${sha1Hex(`${input.articleId}|${s.id}|${key}`, 8)}`,
      date: d.date,
      precision: d.precision,
      title: (title ??= eventTitle(s.text, s.dates)),
      summary: quote,
      kind: guessKind(s.text, d, wholeKind),
      planned,
      actorIds: [...s.actorIds],
      topicIds: [],
      evidence: [{ articleId: input.articleId, sentenceId: s.id, quote }],
      provenance: 'extracted',
    };
    if (d.endDate) event.endDate = d.endDate;
    out.push(event);
  }
  return out;
}

/**
 * A gathering named right before its date: "the London summit on 2 March", "planners who met at Northwood on
 * 20 March", a parliament that "will debate the issue next week", "met in Anchorage, Alaska, on Friday" (a
 * region between commas after the place).
 */
const GATHERING_BEFORE_DATE =
  /\b(?:summit|meeting|talks|conference|gathering|session|(?:video|phone|conference) call|met|convened|gathered|(?:will|(?:scheduled|due|expected|set) to) (?:meet|gather|convene|debate|vote))\b[^.,;:“”"]{0,40}$/i;
/** ", Alaska," or ", Saudi Arabia," between the place and its date: a region in capitals, read without `i` (", however," is none). */
const REGION_ASIDE_END = /,\s*\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?,\s*$/u;

/**
 * A day with a gathering named right before it ("Since the London meeting on 2 March, officials have …"),
 * or the week of one planned ("Military planners will meet again next week").
 */
function isGatheringDay(text: string, d: FoundDate): boolean {
  const before = text.slice(Math.max(0, d.index - 60), d.index);
  if (d.precision !== 'year' && THEIR_ENCOUNTER_BEFORE_DATE.test(before)) return true;
  if (d.precision !== 'day' && !(d.precision === 'week' && d.future)) return false;
  return GATHERING_BEFORE_DATE.test(before.replace(REGION_ASIDE_END, ' '));
}

/**
 * The encounter of people named just before, by their possessive, right before its date: "It was a far cry
 * from their bruising Oval Office clash in February", "warmer than during his stormy visit in February".
 * The pronoun makes it the story's people who met, so a month is as much an event as a day.
 */
const THEIR_ENCOUNTER_BEFORE_DATE =
  /\b(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:meeting|clash|visit|summit|talks|encounter|row|showdown|call)\s+$/iu;

/**
 * The event of a sentence that inherits its date: its evidence is the sentence, then the sentence that set
 * the time (so the date can be checked against the words that give it); a date from a photo caption is
 * named in the summary, since a caption is not article text and cannot be evidence.
 */
function carriedEvent(input: ExtractEventsInput, s: EventSentence, carried: CarriedDate): StoryEvent[] {
  const d = carried.date;
  const key = `${d.date}|${d.precision}`;
  if (input.isCovered(s.id, d.date, d.endDate ?? d.date)) return [];
  const quote = excerpt(s.text, 0, Math.min(s.text.length, 200));
  const frame = carried.fromSentence ? input.sentences.find((x) => x.id === carried.fromSentence) : undefined;
  const evidence = [{ articleId: input.articleId, sentenceId: s.id, quote }];
  if (frame)
    evidence.push({
      articleId: input.articleId,
      sentenceId: frame.id,
      quote: excerpt(frame.text, d.index, d.index + d.text.length),
    });
  const caption = carried.fromCaption
    ? ` (dated by a photo caption: “${carried.fromCaption}”)`
    : carried.fromEntry
      ? ' (dated by the time stamp of the live entry it is in)'
      : '';
  const event: StoryEvent = {
    id: `e-${d.date}-${sha1Hex(`${input.articleId}|${s.id}|${key}|carried`, 8)}`,
    date: d.date,
    precision: d.precision,
    title: eventTitle(s.text, []),
    summary: `${quote}${caption}`,
    kind: kindIn(s.text) ?? 'other',
    planned: d.future || (input.published !== null && d.date > input.published),
    actorIds: [...s.actorIds],
    topicIds: [],
    evidence,
    provenance: 'extracted',
  };
  if (d.endDate) event.endDate = d.endDate;
  return [event];
}

const PEOPLE_SHARED = 2;

/**
 * One real event reported twice becomes one extracted event: events with the same date, precision and
 * planned flag that share at least two people ("Macron visited Trump on Feb. 24" and "Following their
 * meeting on Feb. 24, both Macron and Trump …", in one article or in two) are merged; the first keeps its
 * id, title and kind, evidence/actors/topics are united. Events without two shared people stay apart.
 */
export function mergeExtractedEvents(
  events: readonly StoryEvent[],
  isPerson: (id: string) => boolean,
): StoryEvent[] {
  const out: StoryEvent[] = [];
  // Only events on the same dates with the same planned flag can merge: each looks among those alone.
  const sameDates = new Map<string, StoryEvent[]>();
  for (const e of events) {
    const people = e.actorIds.filter(isPerson);
    const key = `${e.date}|${e.precision}|${e.endDate ?? ''}|${e.planned}`;
    let candidates = sameDates.get(key);
    if (!candidates) sameDates.set(key, (candidates = []));
    const into = candidates.find((o) => people.filter((p) => o.actorIds.includes(p)).length >= PEOPLE_SHARED);
    if (!into) {
      const copy = { ...e, actorIds: [...e.actorIds], topicIds: [...e.topicIds], evidence: [...e.evidence] };
      out.push(copy);
      candidates.push(copy);
      continue;
    }
    into.actorIds = [...new Set([...into.actorIds, ...e.actorIds])].sort();
    into.topicIds = [...new Set([...into.topicIds, ...e.topicIds])].sort();
    for (const ev of e.evidence)
      if (!into.evidence.some((x) => x.articleId === ev.articleId && x.sentenceId === ev.sentenceId))
        into.evidence.push(ev);
  }
  return out;
}
