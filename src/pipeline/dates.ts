/**
 * Stage 5 — dates: every date expression in a sentence, resolved against
 * the publication date. Own rules first (they know news copy: "on Feb. 24"
 * takes the publication year, "on Sunday" follows the tense of its clause,
 * "this week" is a week); chrono-node then adds any other explicit calendar
 * date the rules missed. All arithmetic is on UTC calendar dates, so the
 * machine's time zone never matters.
 */
// The English parser alone: the package's main entry loads every locale it has (0.1 s more on each thread).
import { casual as chronoCasual } from 'chrono-node/en';
import type { DateMention } from '../model/schema';
import {
  addDays,
  addMonths,
  daysBetween,
  isRealDate,
  mondayOf,
  monthEnd,
  monthStart,
  noonUtc,
  parseIso,
  toIso,
  weekday,
} from '../model/calendar';
import { Coverage, MONTH_RE, monthNumber, textBefore, WEEKDAYS } from './util';
import { wireDateline } from './wireDateline';

export interface FoundDate extends DateMention {
  /** Character offset of `text` in the sentence. */
  index: number;
  /** Tense of the clause the date sits in. */
  future: boolean;
  /** Counted from another date of the text ("the day before", anchors.ts), not from the publication day. */
  anchored?: boolean;
  /**
   * A day the text mentions in passing as what came before its own ("… two days after a tense meeting"):
   * not the time the text goes on in, so it anchors nothing.
   */
  aside?: boolean;
}

const M = `(${MONTH_RE})(?![A-Za-z])`;
const ORD = '(?:st|nd|rd|th)?';
const WD = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** Small numbers as news writes them in words ("three days ago", "a week later"). */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  ten: 10,
};

/**
 * Future cues. Besides "will", "is to", "expected to" …, the present tense of a timetable ("EU leaders meet
 * in Brussels on Thursday", "the summit opens on Monday"): news copy announces what is scheduled that way.
 * "who’s meeting Trump" is "who is meeting"; "Zelensky’s meeting with Trump" is a meeting, whatever it did.
 * "Their next summit in December" is ahead, whatever the verb before it.
 */
const FUTURE =
  /\b(?:will|won[’']t|shall|is to|are to|was to|were to|is due|are due|due to|set to|scheduled|expected to|plans? to|plans?\s+(?:a|an|another)\b|planning to|intends? to|about to|upcoming|to be held|going to|would|could (?:start|begin|resume|open|take place|be held|meet|come|follow)|(?<!\b(?:the|its|their|his|her|our|two|three|four|five|six|seven|eight)\s)(?<!\b(?:which|that)\s+(?:he|she|they|it|we)\s+(?:co-)?)(?:meet|meets|gather|gathers|convene|convenes|travels|opens|begins|faces|hosts|holds|heads|visits|chairs|votes|vote|go(?:es)? to the polls)|to (?:begin|start|take effect)|starting|beginning|should(?!\s+have)|(?:was|were) (?:due|set|scheduled|expected|about) to)\b|[’']ll\b|\bnext\s+(?:summit|meeting|session|round of talks|round|gathering|vote|election)\b|(?:\b(?:is|are)|[’']re|\b(?:who|he|she|it|that|there)[’']s)\s+(?:\w+ly\s+)?(?:meeting|travell?ing|going|heading|hosting|visiting|holding|flying|attending|expected|set|due)\b|[’']s\s+(?:\w+ly\s+)?(?:travell?ing|going|heading|hosting|visiting|flying|attending|expected|set|due)\b/i;
/**
 * Past cues. A hyphenated "-ed" word is an adjective ("so-called", "US-led", "long-awaited"), not a verb, but
 * for "co-chaired", "re-elected"; nor is one that qualifies the noun before a verb ("the countries involved
 * are due to meet").
 */
const PAST =
  /\b(?:co|re)-\w{3,}ed\b|\b(?<!-)(?:said|told|met|was|were|had|did|announced|reported|visited|held|signed|spoke|went|came|gave|took|wrote|made|flew|left|sent|brought|began|led|won|lost|saw|stood|struck|thought|knew|found|fought|kept|paid|ran|rose|sat|chose|drove|fell|felt|heard|meant|shook|threw|broke|(?<!\bto )(?:put forward|put out|set out|set up|cut|hit)|\w{3,}ed(?!\s+(?:are|is|will|would|have|has|must|should|could|can|may|might|due|set to|scheduled to|expected to)\b))\b/i;
const BOUNDARY = /[,;:—–()“”"]/;
/** "has doubted", "have long argued": a standing position, not something that happened on a day. */
const PRESENT_PERFECT =
  /\b(?:has|have|’s|'s)\s+(?:\w+ly\s+|long\s+|never\s+|not\s+|also\s+|both\s+|already\s+|all\s+|each\s+|since\s+)*(?:been|\w{3,}ed|said|told|made|held|met|spoken|written|given|taken|sent|ruled|led)\b/i;

/**
 * The tense of a sentence's main clause, from its first cue: `past` ("met", "agreed", "spoke"), `future`
 * ("will", "is to", "meet on …"), or null — present, present perfect ("has doubted"), or no cue at all.
 * Quoted words are left out: they are someone's speech, not the report's time line.
 */
export function sentenceTense(sentence: string): 'past' | 'future' | null {
  const text = mainClause(withoutQuotedWords(sentence)).slice(0, 2 * TENSE_CONTEXT);
  const f = FUTURE.exec(text);
  const p = PAST.exec(text);
  const perfect = PRESENT_PERFECT.exec(text);
  if (f && (!p || f.index <= p.index)) return 'future';
  if (!p || (perfect && perfect.index <= p.index)) return null;
  return 'past';
}

/**
 * A sentence that opens on a subordinate clause ("While the administration made clear …, Europeans are still
 * hoping …", "When asked …, Trump said …") tells its time in the clause after it.
 */
const LEADING_SUBORDINATE =
  /^\s*(?:While|Whilst|Although|Though|Even though|Whereas|Because|Since|If|Unless|When|As|Despite)\b[^,;:]{3,160},\s*/;
function mainClause(text: string): string {
  const lead = LEADING_SUBORDINATE.exec(text);
  return lead ? text.slice(lead[0].length) : text;
}

/** A sentence cut at its clause boundaries (commas, dashes, quote marks …), in text order. */
export interface Clause {
  start: number;
  end: number;
}

export function clauses(sentence: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (let i = 0; i < sentence.length; i++) {
    if (BOUNDARY.test(sentence[i] as string)) {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  out.push({ start, end: sentence.length });
  return out;
}

/**
 * How much of a clause the tense cue is looked for in, each side of the date. A news clause is far
 * shorter; a run-on one (no commas for pages) is read only near the date, so each date costs the same
 * however long the sentence is.
 */
const TENSE_CONTEXT = 200;

/** Index of the clause holding `index` (the first whose end is at or after it). */
function clauseAt(parts: readonly Clause[], index: number): number {
  let lo = 0;
  let hi = parts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((parts[mid] as Clause).end < index) lo = mid + 1;
    else hi = mid;
  }
  return index >= (parts[lo] as Clause).start && index <= (parts[lo] as Clause).end ? lo : -1;
}

/**
 * Is the clause holding `index` about the future? Looks at the clause, then its neighbours if it has no
 * verb cue. Pass `parts` (the sentence's `clauses`) when asking for several dates of one sentence.
 */
export function isFutureAt(
  sentence: string,
  index: number,
  length = 0,
  parts: readonly Clause[] = clauses(sentence),
): boolean {
  const at = clauseAt(parts, index);
  // "… who is campaigning ahead of Sunday's federal election": what a clause is ahead of is still to come.
  if (
    /\b(?:ahead of|in the run-up to|in the lead-up to)\s+$/i.test(
      sentence.slice(Math.max(0, index - 25), index),
    )
  )
    return true;
  // "… he would hold a meeting with leaders who were not invited to Monday's talks": a short relative clause
  // running up to the date tells its own tense, whatever the clause it hangs on. A longer one may have ended
  // before a verb of the clause around it ("ministers who attended the talks reconvene on Thursday").
  const relative = RELATIVE_CLAUSE.exec(sentence.slice(Math.max(0, index - 60), index));
  // "Diplomats who attended said talks would resume on Friday": a second verb means the relative clause
  // ended before the date, so it tells nothing of it.
  const relativeTense =
    relative && !SECOND_VERB.test(relative[1] as string) ? tenseOf(relative[1] as string) : null;
  if (relativeTense) return relativeTense === 'future';
  // "… answered early Sunday with an offer of direct talks … in Istanbul on Thursday": what an offer, a
  // proposal or an invitation is for is still ahead, once the sentence has dated the act of making it. "Zelensky
  // renewed his call for a ceasefire on Sunday" dates the renewing.
  const offer = OFFER_FOR.exec(sentence.slice(Math.max(0, index - 90), index));
  if (offer && DAY_NAMED.test(sentence.slice(0, Math.max(0, index - 90) + offer.index))) return true;
  // "They agreed to return to the issue at their next summit in December": the next one is ahead, unless the
  // clause tells it as past ("was raised again at the next meeting on Monday").
  const next = NEXT_GATHERING.exec(sentence.slice(Math.max(0, index - 60), index));
  if (next && tenseOf(lastClause(sentence.slice(0, Math.max(0, index - 60) + next.index))) !== 'past')
    return true;
  const reported = reportedClauseTense(sentence, parts[at], index, length);
  if (reported !== null) return reported === 'future';
  // "… pressed Trump on Wednesday to insist on guarantees when he meets Putin in Anchorage on Friday": a clause
  // of time tells its own tense, a present one the future, whatever the sentence's first verb.
  const temporal = TEMPORAL_CLAUSE.exec(sentence.slice(Math.max(0, index - 100), index));
  const inClause = temporal ? tenseOf(temporal[1] as string) : null;
  if (inClause) return inClause === 'future';
  // "He has postponed a visit to Saudi Arabia until next month and is due in Ankara on Wednesday": a second
  // predicate joined by "and" tells its own tense.
  const joined = JOINED_PREDICATE.exec(sentence.slice(Math.max(0, index - 80), index));
  const ownTense = joined ? tenseOf(joined[1] as string) : null;
  if (ownTense) return ownTense === 'future';
  // Then the clauses after and before it: an aside ("at Northwood, the UK's headquarters, on Thursday")
  // may stand between the date and its verb.
  const order = [at, at + 1, at - 1, at - 2, at - 3];
  // "Trump has argued that a presence would make guarantees unnecessary, describing the deal in February as …":
  // a participle of speech goes with the subject who speaks, not with the clause they reported.
  // Only the clause's first words are read: a clause with no comma may run the length of a run-on sentence.
  const clauseStart = parts[at]?.start ?? index;
  // Not when the date is a gathering's the participle names ("calling the meeting with Trump on Friday
  // decisive"): that has its own tense.
  const spoken =
    SPEECH_PARTICIPLE.test(sentence.slice(clauseStart, Math.min(index, clauseStart + 40))) &&
    !/\b(?:meeting|talks|summit|visit|call|conference|session|trip|vote|election)\b[^,;]{0,40}$/i.test(
      sentence.slice(Math.max(clauseStart, index - 60), index),
    );
  for (const k of order) {
    const p = parts[k];
    if (!p) continue;
    let text: string;
    if (k === at) {
      text = sentence.slice(
        Math.max(p.start, index - TENSE_CONTEXT),
        Math.min(p.end, index + length + TENSE_CONTEXT),
      );
      text = text.replace(sentence.slice(index, index + length), ' ');
    } else if (k > at) {
      text = sentence.slice(p.start, Math.min(p.end, p.start + TENSE_CONTEXT));
      // "…, on Wednesday, his office said." The attribution after it tells when it was said, not when.
      if (TRAILING_ATTRIBUTION.test(text)) continue;
      // "… met in Northwood on Thursday, March 20, to begin drawing up plans": what they met for is ahead of
      // the meeting, not the meeting itself.
      if (/^\s*(?:in order\s+)?to\s+\p{Ll}/u.test(text)) continue;
    } else {
      text = sentence.slice(Math.max(p.start, p.end - TENSE_CONTEXT), p.end);
      // "… said on Saturday that planners would gather at the headquarters in Northwood, north-west London, on
      // Thursday": before an aside, the reported clause nearest the date tells its tense, not the verb reporting it.
      const reportedFrom = text.search(/\bthat\s+(?=[^,;:]*$)/);
      if (spoken) {
        const whole = sentence.slice(p.start, Math.min(p.end, p.start + 200));
        const reporting = whole.search(/\bthat\s/);
        if (reporting > 0) text = whole.slice(0, reporting);
      } else if (reportedFrom > 0) text = text.slice(reportedFrom);
    }
    // The first tense cue of the clause decides ("Trump remained … the U.S. would provide" is past).
    const tense = tenseOf(text);
    if (tense) return tense === 'future';
  }
  return false;
}

/** A clause opening on a participle of speech: ", describing the deal …", ", telling reporters …". */
const SPEECH_PARTICIPLE =
  /^[\s,;—–-]*(?:describing|telling|saying|adding|calling|noting|insisting|arguing|warning|writing|speaking|branding|dismissing)\b/;

/** A clause of time running up to the date: "when he meets Putin in Anchorage ", "once they sign the deal ". */
// A clause, with a subject of its own: a pronoun, a name, or "the <noun>"; "after a vote in parliament" is a
// noun phrase and tells no tense.
const TEMPORAL_CLAUSE =
  /\b(?:when|once|until|as soon as|by the time|before|after)\s+((?:he|she|they|it|we|the\s+\p{Ll}+|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s+[^,;:“”"]{1,80})$/u;

/** A day or a date named in the text: a weekday, "yesterday", "today", a month's day. */
const DAY_NAMED =
  /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\b/;

/** The text's last clause, from its last comma or semicolon; an infinitive after a past verb looks ahead. */
function lastClause(text: string): string {
  const clause = text.slice(Math.max(text.lastIndexOf(','), text.lastIndexOf(';')) + 1);
  // "They agreed to return to the issue at …": what was agreed is ahead of the agreeing.
  const infinitive = /\b(?:to\s+\p{Ll}+|ahead of|in time for)\b(?![^]*\b(?:said|told|was|were|had)\b)/u.exec(
    clause,
  );
  return infinitive ? clause.slice(infinitive.index) : clause;
}

/** A verb of speech or a modal after the relative clause's own first word: the clause it hangs on goes on. */
const SECOND_VERB = /\s(?:said|says|told|tells|would|will|could|should|might|may|must|can)\b/;

const OFFER_FOR =
  /\b(?:an?|the|his|her|their|its)\s+(?:\p{Ll}+\s+)?(?:(?:offer|proposal|bid)\s+(?:of|for)|invitation\s+(?:for|to\s+(?:talks|negotiations|a\s+(?:meeting|summit)))|calls?\s+for)\s+[^,;:.“”"]{0,70}$/u;

const NEXT_GATHERING =
  /\b(?:next|upcoming|coming)\s+(?:summit|meeting|session|round of talks|round|gathering|vote|election|conference)\s+(?:[\p{L}-]+\s+){0,3}?(?:in|on|at|from)?\s*$/u;

const RELATIVE_CLAUSE = /\b(?:who|which)\s+((?:[^\s,;:“”"]+\s+){1,5})$/;

const JOINED_PREDICATE =
  /\band\s+((?:is|are|was|were|will|would|has|have|had|plans|intends|hopes|expects)\b[^,;:“”"]{1,70})$/;

const TRAILING_ATTRIBUTION =
  /^\s*(?:[\p{L}'’.-]+\s+){0,5}(?:said|says|added|announced|reported|confirmed|told (?:reporters|journalists))[.!]?\s*$/u;

/**
 * The tense of the reported clause holding a date, if there is one: "He added that London would host a
 * meeting on Thursday" and "He said he would speak to Putin on Tuesday" report a future meeting and call,
 * though the sentence's first verb ("added", "said") is past. The clause runs from the last "that" before
 * the date, or from the last speech verb when that comes later: then only the words between the verb and
 * the date tell ("said on Tuesday that …" is the saying's day). Null when there is none or it has no cue.
 */
function reportedClauseTense(
  sentence: string,
  clause: Clause | undefined,
  index: number,
  length: number,
): 'past' | 'future' | null {
  if (!clause) return null;
  const from = Math.max(clause.start, index - TENSE_CONTEXT);
  const before = sentence.slice(from, index);
  let that = -1;
  for (const m of before.matchAll(/\bthat\b/gi)) that = m.index ?? -1;
  let speech = -1;
  for (const m of before.matchAll(SPEECH_VERB)) speech = (m.index ?? 0) + m[0].length;
  if (speech > that) {
    // "… told reporters on Sunday that he expected to speak to Putin on Tuesday": an expectation or a hope
    // of doing something looks ahead.
    if (
      /\b(?:expect(?:s|ed)?|hop(?:es|ed)|plann?(?:s|ed)|intend(?:s|ed))$/i.test(before.slice(0, speech)) &&
      /^\s+to\s/.test(before.slice(speech))
    )
      return 'future';
    const between = tenseOf(before.slice(speech));
    if (between) return between;
    // "…, telling reporters in February that Ukraine would be protected": the day of a saying in the past is
    // past, whatever the words said look ahead to; unless it is still to come ("is expected to say on …").
    const verb = SAID.exec(before.slice(0, speech));
    if (verb && !FUTURE.test(textBefore(before, verb.index, 40))) return 'past';
    return null;
  }
  if (that < 0) return null;
  // What someone proposed or called for is ahead of them: "Putin proposed that the two sides hold talks
  // in Istanbul on Thursday".
  const complement = tenseOf(
    `${before.slice(that + 4)} ${sentence.slice(index + length, Math.min(clause.end, index + length + TENSE_CONTEXT))}`,
  );
  const proposal = PROPOSAL_BEFORE.exec(before.slice(0, that));
  // "Moscow insisted that its forces struck …", "… suggested that the drones were launched …": these two also
  // report what was, and a past tense in their clause says so.
  // Only a past verb of the clause's own, not of a relative clause inside it ("ministers who attended …
  // reconvene", "the prisoners Russia captured be exchanged": what they ask for is still ahead).
  const ownPast =
    complement === 'past' &&
    !/\b(?:who|which|whom|be)\b/i.test(before.slice(that + 4)) &&
    !/^\s*(?:\S+\s+){0,6}?be\b/i.test(sentence.slice(index + length, index + length + 60));
  if (proposal && !(/^(?:insisted|suggest)/i.test(proposal[0]) && ownPast)) return 'future';
  return complement;
}

const PROPOSAL_BEFORE =
  /\b(?:proposed|proposes|suggested|suggests|demanded|demands|urged|urges|insisted|asked|requested|called for|offered)\s+(?:\w+\s+){0,2}$/i;

/** Verbs that report what someone said, after which their words may follow without "that". */
const SPEECH_VERB =
  /\b(?:said|says|told|tells|added|announced|warned|insisted|promised|stressed|confirmed|hoped|expects|expected|believes|believed|telling|saying)\b/gi;
/** A speech verb in the past, or its participle, ending the text. */
const SAID = /\b(?:said|told|added|announced|warned|insisted|stressed|confirmed|telling|saying)(?=\W*$)/i;

/** The tense of a stretch of text from its first cue, or null when it has none. */
function tenseOf(text: string): 'past' | 'future' | null {
  const f = FUTURE.exec(text);
  const p = PAST.exec(text);
  if (f && (!p || f.index <= p.index)) return 'future';
  return p ? 'past' : null;
}

/** Year for a month/day written without one: the publication year, moved by tense when that is clearly wrong. */
function yearFor(mo: number, d: number, pub: string, future: boolean): number {
  const p = parseIso(pub);
  let y = p.y;
  if (!future && mo > p.m && isRealDate(y, mo, d) && daysBetween(pub, toIso({ y, m: mo, d })) > 31) y -= 1;
  else if (future && isRealDate(y, mo, d) && daysBetween(toIso({ y, m: mo, d }), pub) > 60) y += 1;
  return y;
}

function monthYearFor(mo: number, pub: string, future: boolean): number {
  const p = parseIso(pub);
  if (!future && mo > p.m + 1) return p.y - 1;
  if (future && mo < p.m - 2) return p.y + 1;
  return p.y;
}

interface Rule {
  name: string;
  /**
   * What every match of `re` holds, found far faster than `re` itself can fail: a sentence without it is not
   * read with `re` at all.
   */
  cue: RegExp;
  re: RegExp;
  /** Needs a publication date to resolve. */
  relative: boolean;
  resolve(
    m: RegExpExecArray,
    pub: string | null,
    future: boolean,
    pageYear: number | null,
  ): Omit<FoundDate, 'text' | 'index' | 'future'> | null;
}

/** A day, or a span of days in one month ("3–4 October"): dated on its first, ending on its last. */
function daySpan(
  y: number,
  mo: number,
  d: number,
  last: string | undefined,
): Omit<FoundDate, 'text' | 'index' | 'future'> | null {
  if (!isRealDate(y, mo, d)) return null;
  const date = toIso({ y, m: mo, d });
  const d2 = last ? Number(last) : null;
  if (d2 && d2 > d && isRealDate(y, mo, d2))
    return { date, precision: 'day', endDate: toIso({ y, m: mo, d: d2 }) };
  return { date, precision: 'day' };
}

export const DATE_RULES: readonly Rule[] = [
  {
    name: 'iso',
    cue: /\d-\d/,
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    relative: false,
    resolve(m) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return isRealDate(y, mo, d) ? { date: toIso({ y, m: mo, d }), precision: 'day' } : null;
    },
  },
  {
    name: 'month-day',
    cue: /\d/,
    re: new RegExp(
      `(?:\\b[Oo]n\\s+)?\\b${M}\\s+(\\d{1,2})${ORD}(?:\\s*[-–]\\s*(\\d{1,2})${ORD})?\\b(?:,?\\s+(\\d{4})\\b)?(?![,.]?\\d)`,
      'g',
    ),
    relative: true,
    resolve(m, pub, future, pageYear) {
      const mo = monthNumber(m[1] as string);
      const d = Number(m[2]);
      if (!mo) return null;
      const y = m[4] ? Number(m[4]) : pub ? yearFor(mo, d, pub, future) : pageYear;
      return y === null ? null : daySpan(y, mo, d, m[3]);
    },
  },
  {
    name: 'day-month',
    cue: /\d/,
    // A span of days ("the election on 3–4 October") is dated on its first.
    re: new RegExp(
      `(?:\\b[Oo]n\\s+)?\\b(\\d{1,2})${ORD}(?:\\s*[-–]\\s*(\\d{1,2})${ORD})?\\s+${M}(?:\\s+(\\d{4})\\b)?`,
      'g',
    ),
    relative: true,
    resolve(m, pub, future, pageYear) {
      const mo = monthNumber(m[3] as string);
      const d = Number(m[1]);
      if (!mo) return null;
      const y = m[4] ? Number(m[4]) : pub ? yearFor(mo, d, pub, future) : pageYear;
      return y === null ? null : daySpan(y, mo, d, m[2]);
    },
  },
  {
    name: 'month-year',
    cue: /\d{4}/,
    re: new RegExp(
      `\\b(?:(?:in|since|by|until|during|from)\\s+)?(?:(?:early|mid|late)[- ])?${M}\\s+(\\d{4})\\b`,
      'g',
    ),
    relative: false,
    resolve(m) {
      const mo = monthNumber(m[1] as string);
      const y = Number(m[2]);
      if (!mo || !isRealDate(y, mo, 1) || (m[1] as string).length < 3) return null;
      return { date: monthStart(y, mo), precision: 'month', endDate: monthEnd(y, mo) };
    },
  },
  {
    name: 'in-month',
    cue: /January|February|March|April|May|June|July|August|September|October|November|December/,
    // "in February last year": the month of the year named after it.
    re: /\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Dd]uring|[Ff]rom|[Ee]arly|[Ll]ate|[Mm]id-?)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)(?:\s+(last|next|this)\s+year\b)?/g,
    relative: true,
    resolve(m, pub, future) {
      const mo = monthNumber(m[1] as string);
      if (!mo || !pub) return null;
      const shift = m[2] ? { last: -1, next: 1, this: 0 }[(m[2] as string).toLowerCase()] : undefined;
      const y = shift !== undefined ? Number(pub.slice(0, 4)) + shift : monthYearFor(mo, pub, future);
      return { date: monthStart(y, mo), precision: 'month', endDate: monthEnd(y, mo) };
    },
  },
  {
    name: 'weekday',
    cue: /day/,
    re: new RegExp(
      `(?:\\b((?:[Oo]n|[Ll]ast|[Nn]ext|(?:[Tt]his|[Tt]he)\\s+coming|[Cc]oming|[Tt]his|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Ll]ate|[Ee]arly)\\s+))?\\b${WD}(?:[’']s)?(?:\\s+(morning|afternoon|evening|night))?\\b`,
      'g',
    ),
    relative: true,
    resolve(m, pub, future) {
      if (!pub) return null;
      const target = WEEKDAYS.indexOf(m[2] as string);
      const pubWd = weekday(pub);
      const lead = (m[1] ?? '').trim().toLowerCase();
      const back = (pubWd - target + 7) % 7; // days back to the most recent such weekday (0 = today)
      const ahead = (target - pubWd + 7) % 7; // days ahead to the next one (0 = today)
      let offset: number;
      if (lead === 'last') offset = -(back === 0 ? 7 : back);
      else if (lead === 'next') offset = ahead === 0 ? 7 : ahead;
      else if (future) offset = ahead;
      else offset = -back;
      return { date: addDays(pub, offset), precision: 'day' };
    },
  },
  {
    name: 'today',
    cue: /day|night|morning|afternoon|evening|tomorrow/i,
    // "overnight" is the night just gone, which news dates by the day it ends on.
    // ("by overnight train", "overnight talks" are no date).
    re: /\b(today|tonight|overnight(?!\s+(?:train|trains|flight|flights|journey|trip|bus|ferry|stay|session|sessions|talks|negotiations|strikes?|attacks?|raids?|shelling|curfew|bombardment))|this (?:morning|afternoon|evening)|yesterday|last night|tomorrow)\b/gi,
    relative: true,
    resolve(m, pub) {
      if (!pub) return null;
      const w = (m[1] as string).toLowerCase();
      const offset = w === 'yesterday' || w === 'last night' ? -1 : w === 'tomorrow' ? 1 : 0;
      return { date: addDays(pub, offset), precision: 'day' };
    },
  },
  {
    name: 'ago',
    cue: /ago/i,
    re: /\b(\d+|an?|one|two|three|four|five|six|seven|ten)\s+(days?|weeks?)\s+ago\b/gi,
    relative: true,
    resolve(m, pub) {
      if (!pub) return null;
      const raw = (m[1] as string).toLowerCase();
      const n = NUMBER_WORDS[raw] ?? Number(raw);
      if (!Number.isFinite(n) || n > 60) return null;
      if ((m[2] as string).toLowerCase().startsWith('day'))
        return { date: addDays(pub, -n), precision: 'day' };
      const monday = mondayOf(addDays(pub, -7 * n));
      return { date: monday, precision: 'week', endDate: addDays(monday, 6) };
    },
  },
  {
    name: 'week',
    cue: /week/i,
    // "within the next week", "over the past week": a span of time, not a week of the calendar.
    re: /\b(?:(earlier|later)\s+)?(?<!\b(?:within|over|for|during|in)\s+the\s+)(this|last|next|the coming|the past|in the)\s+(week(?:end)?)\b/gi,
    relative: true,
    resolve(m, pub, future) {
      if (!pub) return null;
      const which = (m[2] as string).toLowerCase();
      let delta =
        which === 'last' || which === 'the past' ? -7 : which === 'next' || which === 'the coming' ? 7 : 0;
      // "in the week" only after "earlier"/"later" ("later in the week"): the week of publication.
      if (which === 'in the' && !m[1]) return null;
      // Said on a Sunday, the last day of its week, "later this week" or a future "this week" is the next.
      const week = (m[3] as string).toLowerCase() === 'week';
      if (week && delta === 0 && weekday(pub) === 0 && (future || /^later$/i.test(m[1] ?? ''))) delta = 7;
      // And a Sunday paper's "last week" is the week that ends that day, the Monday to Saturday just gone.
      else if (week && which === 'last' && weekday(pub) === 0) delta = 0;
      const monday = mondayOf(addDays(pub, delta));
      if (!week) {
        return { date: addDays(monday, 5), precision: 'week', endDate: addDays(monday, 6) };
      }
      return { date: monday, precision: 'week', endDate: addDays(monday, 6) };
    },
  },
  {
    // "over the weekend", "at the weekend": the weekend just gone, or the coming one in a future clause.
    name: 'the weekend',
    cue: /weekend/i,
    re: /\b(?:over|at|during)\s+the\s+weekend\b/gi,
    relative: true,
    resolve(_m, pub, future) {
      if (!pub) return null;
      const wd = weekday(pub);
      const monday = mondayOf(pub);
      // On a Saturday or Sunday "the weekend" is this one; on a weekday, the last one (or the next).
      const saturday =
        wd === 6 || wd === 0 ? addDays(monday, 5) : future ? addDays(monday, 5) : addDays(monday, -2);
      return { date: saturday, precision: 'week', endDate: addDays(saturday, 1) };
    },
  },
  {
    name: 'month',
    cue: /month/i,
    re: /\b(?:(?:earlier|later)\s+)?(this|last|next)\s+month\b/gi,
    relative: true,
    resolve(m, pub) {
      if (!pub) return null;
      const which = (m[1] as string).toLowerCase();
      const p = parseIso(pub);
      const { y, m: mo } = addMonths(p.y, p.m, which === 'last' ? -1 : which === 'next' ? 1 : 0);
      return { date: monthStart(y, mo), precision: 'month', endDate: monthEnd(y, mo) };
    },
  },
  {
    // "early in the new year", said late in a year: its January (a month, as news means no more than that).
    name: 'new year',
    cue: /year/i,
    re: /\b(?:(?:early|late)\s+)?in\s+the\s+new\s+year\b/gi,
    relative: true,
    resolve(_m, pub) {
      if (!pub) return null;
      const p = parseIso(pub);
      if (p.m < 9) return null;
      return { date: monthStart(p.y + 1, 1), precision: 'month', endDate: monthEnd(p.y + 1, 1) };
    },
  },
  {
    name: 'year',
    cue: /year|\d{4}/i,
    re: /\b(?:(?:earlier|later)\s+)?(this|last|next)\s+year\b|\b(?:in|during)\s+(?:(?:early|mid|late)[- ])?((?:19|20)\d{2})\b(?![-–/]\d)/gi,
    relative: false,
    resolve(m, pub) {
      let y: number;
      if (m[2]) y = Number(m[2]);
      else {
        if (!pub) return null;
        const which = (m[1] as string).toLowerCase();
        y = parseIso(pub).y + (which === 'last' ? -1 : which === 'next' ? 1 : 0);
      }
      return { date: toIso({ y, m: 1, d: 1 }), precision: 'year', endDate: toIso({ y, m: 12, d: 31 }) };
    },
  },
];

/**
 * Some date words say themselves which way they point, whatever the tense of their clause: "later in the
 * week", "next Monday", "tomorrow" are ahead ("She said she would speak to Trump later in the week");
 * "last week", "earlier this month", "yesterday" are behind. Null when the clause must tell.
 */
function directionOf(text: string): boolean | null {
  if (/^(?:later|next|(?:the |this )?coming|tomorrow)\b|\bin the new year$/i.test(text)) return true;
  if (/^(?:earlier|last|the past|yesterday)\b/i.test(text) || /\bago$/i.test(text)) return false;
  return null;
}

/**
 * A word right before the date that points ahead whatever the clause's first verb: "arrived on Saturday and
 * called for a ceasefire starting on Monday", "talks scheduled for Thursday". Null when there is none.
 */
/**
 * A thing done, named by its past participle right before the day ("will not contribute to the security
 * guarantees discussed in Paris on Thursday"): that day is behind, whatever the clause's own tense, and told
 * in passing, as the thing's day, not the sentence's. Not a passive with its auxiliary ("the troops will be
 * deployed on Monday").
 */
/** A past participle, and maybe the place it was done in, right before the day. */
const PARTICIPLE_AND_PLACE = String.raw`(?:\p{Ll}{3,}ed|held|met|made|signed|agreed|drawn up)\s+(?:(?:in|at|by)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+(?:and\s+)?){1,3})?$`;
const PARTICIPLE_BEFORE_DAY = new RegExp(
  String.raw`\b(?:the|a|an|its|their|his|her)\s+(?:(?!(?:will|would|be|been|being|is|are|was|were|to|has|have|had|can|could|may|might|shall|should|must)\b)[\p{L}-]+\s+){0,3}` +
    PARTICIPLE_AND_PLACE,
  'u',
);
/**
 * "The coalition of the willing met in Paris on Thursday.", "When the coalition of the willing met in Paris on
 * Thursday, Macron announced …": the noun phrase opens the sentence (or its opening clause) and the clause ends
 * with the day, so the word read as a participle is the clause's own verb, and the day the sentence's.
 */
const OPENING_SUBJECT = new RegExp(
  String.raw`^(?:(?:[Ww]hen|[Aa]s|[Oo]nce|[Ww]hile)\s+)?(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:(?!(?:came|comes|followed|follows|after|before|since|who|which|that)\b)[\p{L}-]+\s+){0,5}` +
    PARTICIPLE_AND_PLACE,
  'u',
);
function opensAsSubject(sentence: string, date: { index: number; text: string }): boolean {
  return (
    OPENING_SUBJECT.test(sentence.slice(0, date.index)) &&
    /^\s*(?:[.!?,;]|$)/.test(sentence.slice(date.index + date.text.length))
  );
}

/**
 * "The effort follows Trump’s meeting with Putin in Alaska on Friday", "came two days after … on Friday",
 * "…, following a day of talks at the White House on Monday", "is meeting Zelensky three days after his summit
 * with Putin on Friday": before.
 */
const FOLLOWS_BEFORE_DAY =
  /(?:\b(?:follows|followed)(?!\s+by\b)|(?:^|,)\s*following(?!\s+(?:the\s+)?(?:day|week|month|measures|steps|points|countries|leaders)\b)|\b(?:came|comes)\s+(?:(?:a|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?)\s+)?after|\b(?:a|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?)\s+after)\s+[^.;:“”"]{0,80}$/;
/** Is the day at `index` what the sentence's scene came after ("The summit came two days after … on Friday")? */
export function isDayFollowed(sentence: string, index: number): boolean {
  return FOLLOWS_BEFORE_DAY.test(sentence.slice(Math.max(0, index - 100), index));
}
/** "… said in an interview published on Sunday": the day the words came out is the sentence's own. */
const MEDIUM_OUT =
  /\b(?:published|released|posted|aired|broadcast|issued)\s+(?:(?:in|at)\s+(?:\p{Lu}[\p{L}-]*\s+){1,3})?$/u;
/**
 * "The truce was meant to begin on Monday; the Kremlin ignored it.", "That ceasefire was supposed to begin on
 * Monday": a plan that fell through, its day gone by when the text was written. ("Military chiefs were scheduled
 * to meet on Wednesday" is most often still ahead: only "meant" and "supposed" tell of a plan that failed.)
 */
function plannedInThePast(sentence: string, index: number): false | null {
  return FELL_THROUGH.test(sentence.slice(Math.max(0, index - 80), index)) ? false : null;
}
const FELL_THROUGH = /\b(?:was|were)\s+(?:meant|supposed)\s+to\s+[^.;:“”"]{0,50}$/;

function behindRightBefore(sentence: string, index: number): false | null {
  return PARTICIPLE_BEFORE_DAY.test(sentence.slice(Math.max(0, index - 80), index)) ||
    isDayFollowed(sentence, index)
    ? false
    : null;
}

function aheadRightBefore(sentence: string, index: number): true | null {
  // "… had set Thursday, the Thanksgiving holiday, as a deadline": a day set for something is ahead, and so
  // is one a present campaign is "ahead of" ("campaigns ahead of the April 28 federal election").
  if (
    /\b(?:starting|beginning|due|scheduled(?: for)?|set(?: for)?|planned for|expected|to (?:begin|start|meet|be held|take effect)|(?:\b(?:[A-Z][a-z]+|he|she|it)\s+[a-z]+s|\b(?:is|are|will|’s|'s)\b[^.;,]{0,30})\s+ahead of (?:the|next|this|a))\s*$/.test(
      sentence.slice(Math.max(0, index - 50), index),
    )
  )
    return true;
  // "… proposing that Russian and Ukrainian negotiators resume direct talks in Istanbul on Thursday": what is
  // proposed, urged or demanded is ahead of it.
  if (
    // Only verbs that ask for something: "insisted that its forces struck …" and "suggest that …" report facts.
    /\b(?:propos|urg|demand|recommend)(?:e|es|ed|ing|s)?\s+that\s+(?:(?!\b(?:had|has|have|was|were|did)\b)[^.;:“”"])*$/i.test(
      sentence.slice(Math.max(0, index - 100), index),
    )
  )
    return true;
  // "Macron planned a second, wider meeting Wednesday": a gathering planned is ahead of the planning. In the past
  // only a new one ("a meeting"): "Witkoff, who planned the meeting in Riyadh on Monday, …" organised it.
  if (
    /(?<!\bhad\s)\b(?:plan(?:s|ning)?\s+(?:an?|the|his|her|their|its)|planned\s+an?)\s+(?:[\p{L}-]+,?\s+){0,3}(?:meeting|summit|visit|trip|call|talks|conference|session)(?:\s+(?:by|via|with|in|at)\s+[\p{L} -]{1,30})?\s*$/u.test(
      sentence.slice(Math.max(0, index - 80), index),
    )
  )
    return true;
  // "… as senior US and Russian officials prepared to meet in Saudi Arabia on Tuesday": what they were getting
  // ready to do is ahead of them.
  if (
    // Not past the clause: "Saudi officials, preparing to host the talks, said on Monday …" said it then.
    /(?<!\bhad\s)\b(?:prepar(?:ed|ing)|getting ready|got ready)\s+to\s+(?:meet|gather|hold|begin|start|travel|fly|host|sign|vote)\b[^.,;:“”"]{0,60}$/i.test(
      sentence.slice(Math.max(0, index - 90), index),
    )
  )
    return true;
  // "… the demand for a truce from Monday": what a truce or a ban runs from is ahead of the demand.
  // "… violations of the truce from Monday to Wednesday" is a span behind it, not a start ahead.
  if (
    /^from\b/i.test(sentence.slice(index, index + 5)) &&
    !/^from\s+[^,;.]{1,30}?\s+(?:to|until|till|through)\s/i.test(sentence.slice(index, index + 60)) &&
    /\b(?:truce|ceasefire|cease-fire|moratorium|pause|halt|ban)\s*$/i.test(
      sentence.slice(Math.max(0, index - 30), index),
    )
  )
    return true;
  // A deadline: "… wants Ukraine to respond to the plan by Thursday".
  if (
    /^by\b/i.test(sentence.slice(index, index + 3)) &&
    /\b(?:wants?|wanted|expects?|expected|deadline|must|needs?|asked|demanded|urged|told)\b[^.;]{0,80}$/i.test(
      sentence.slice(Math.max(0, index - 100), index),
    )
  )
    return true;
  // A deadline given: "Trump has given Kyiv until Thursday" (the date's own words may hold the "until").
  const until = /^until\b/i.test(sentence.slice(index, index + 6)) ? 'until ' : '';
  if (
    /\b(?:given|gave|gives|give|extended|set)\s+(?:[\p{L}-]+\s+){0,3}until\s*$/iu.test(
      `${sentence.slice(Math.max(0, index - 60), index)}${until}`,
    )
  )
    return true;
  // A gathering proposed, with the day after it, is ahead: "Putin proposed direct talks in Istanbul on
  // Thursday", "an offer of his own: direct talks … on Thursday" (but "proposed a truce over the weekend"
  // dates the proposing).
  return PROPOSED_THING.test(sentence.slice(Math.max(0, index - 90), index)) ? true : null;
}
// "… with an offer of his own: direct talks with Ukraine in Istanbul on Thursday": the offer, then what it is.
const PROPOSED_THING =
  /\b(?:(?:proposed|proposing|offered|offering|suggested|suggesting|called for|calling for)\s+|(?:offer|proposal|invitation)\b[^.;:“”"]{0,30}:\s+)(?:[\p{L}’'-]+\s+){0,2}(?:talks|negotiations|meeting|summit|call|visit)\b(?:\s+(?!(?:as|after|when|while|before|but|hit|struck|said)\b)(?![\p{L}’'-]+ed\b)[\p{L}’'-]+){0,7}\s+(?:on\s+|for\s+)?$/iu;

/** Words in front of a weekday that make it a habit or a name, not a date ("their regular Wednesday meetings"). */
const NOT_A_DATE_BEFORE =
  /\b(?:the|a|an|every|each|regular|weekly|their|his|her|its|our|your|Super|Black|Bloody|Good|Easter|Palm|Ash|Holy)\s+$/;

/** A weekday naming one occasion: "a Sunday summit", "the Thursday meeting", not "every Sunday" nor "a Monday". */
const OCCASION_BEFORE = /\b(?:the|a|an|their|its)\s+$/;
const OCCASION_AFTER =
  /^\s+(?:summit|meeting|talks|(?:video\s+|phone\s+)?call|visit|session|vote|deadline|address|speech|briefing|conference|gathering|announcement)\b/;

const CHRONO_HINT = new RegExp(`\\d{1,4}[/.]\\d{1,2}|(?<![A-Za-z])${MONTH_RE}(?![a-z])`);

/** All date mentions in one sentence, in text order. `pub` is the publication date (or null). */
/** Someone's quoted words in a sentence: a curly or a straight pair. */
export const QUOTED_WORDS = /“[^”]*”|"[^"]*"/g;

/** The sentence with quoted words blanked out: what the report says around them. */
export function withoutQuotedWords(sentence: string): string {
  return sentence.replace(QUOTED_WORDS, ' ');
}

/**
 * Does the sentence give a time of its own? A day it only mentions in passing as before its own ("…, two
 * days after the Oval Office row") does not: the sentence may still go on in the text's time.
 */
export function hasOwnDay(s: { text: string; dates: readonly FoundDate[] }): boolean {
  // A plan a past sentence reports ("Starmer told reporters after the meeting, adding that Trump would …
  // next week") is not its own time: the telling still happened in the text's time.
  let past: boolean | undefined;
  return s.dates.some((d) => !d.aside && (!d.future || !(past ??= sentenceTense(s.text) === 'past')));
}

/**
 * A look back in the past perfect ("Zelensky had arrived in Paris on Wednesday"): it dates itself, but the
 * text's time line stays where it was.
 */
const LOOKS_BACK =
  /^[^“”"]{0,80}?\bhad\s+(?:(?:\w+ly|first|already|also|just|previously|earlier)\s+)?(?:\w+ed|been|arrived|said|told|met|spoken|flown|gone|come|held|made|given|taken|sent|written)\b/;
/**
 * "In Paris on Thursday, Macron said the 26 countries had formally committed …", "Macron said on Thursday
 * that 26 countries had …": the past perfect is what was said, and a day told before what was said (before
 * its "that") is the saying's: the time line's day. "The Prime Minister said that on Saturday he had
 * travelled to Kyiv" tells the look back's day inside what was said.
 */
const SPEECH_VERB_BEFORE_PERFECT =
  /\b(?:said|says|told\s+[\w-]+(?:\s+[\w-]+)?|announced|confirmed|stated|declared|added)\b([^.;:“”"]*?\bthat\b)?[^.;:“”"]*$/;
export function looksBack(s: { text: string; dates: readonly FoundDate[] }): boolean {
  const m = LOOKS_BACK.exec(s.text);
  if (!m) return false;
  const verb = SPEECH_VERB_BEFORE_PERFECT.exec(m[0].slice(0, m[0].lastIndexOf('had')));
  if (!verb) return true;
  // What was said opens at its "that", or right after the verb when there is none.
  const opens = verb[1] ? verb.index + verb[0].indexOf(verb[1]) + verb[1].length : verb.index;
  return !s.dates.some((d) => !d.aside && d.index < opens);
}

/** Is `index` inside a quotation of the sentence? */
/** The dates of a sentence outside its quoted words, in one pass over the quotes (dates in text order). */
export function outsideQuotes<T extends { index: number }>(sentence: string, dates: readonly T[]): T[] {
  if (!dates.length || !/["“”]/.test(sentence)) return [...dates];
  const spans = [...sentence.matchAll(QUOTED_WORDS)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
  let k = 0;
  return [...dates]
    .sort((a, b) => a.index - b.index)
    .filter((d) => {
      while (k < spans.length && (spans[k] as number[])[1]! <= d.index) k++;
      const span = spans[k];
      return !(span && d.index > span[0]! && d.index < span[1]!);
    });
}

export function withinQuotes(sentence: string, index: number): boolean {
  for (const m of sentence.matchAll(QUOTED_WORDS))
    if (index > (m.index ?? 0) && index < (m.index ?? 0) + m[0].length) return true;
  return false;
}

/**
 * "… the latest gathering since a summit in London on March 2": the day of what the text counts from, told in
 * passing; the sentence's own time is the scene it goes on in. So is what it is compared with: "the mood was
 * warmer than during his stormy Oval Office visit in February" (not "more than a dozen leaders … on Sunday").
 */
// "… since Russia’s full-scale invasion of Ukraine in 2022": a possessive may open what the span is counted from.
const LOOKED_BACK_SINCE =
  // No `i` flag: a possessive must be a name's ("Zelensky's visit"), never "parliament's session".
  /\b(?:[Ss]ince|(?<!\b(?:more|less|fewer|other|rather|no)\s)than(?:\s+(?:during|at|after|before|on|in))?)\s+(?:[Tt]he|a|an|their|its|his|her|last|\p{Lu}[\p{L}-]*['’]s)\s[^,;:.]{0,50}?(?:\s(?:on|in))?\s+$/u;
/**
 * "… the latest in a string of meetings since Sir Keir Starmer hosted European leaders at Lancaster House on
 * March 2", "… since leaders first gathered in London on March 2".
 */
const SINCE_SOMEONE_DID =
  /\bsince\s+(?:(?:(?:Sir|Mr|Mrs|Ms|Dr|President|Prime Minister)\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|(?:the\s+|their\s+)?(?:leaders|ministers|allies|countries|governments|officials|delegations|the two (?:men|leaders|sides)))\s+(?:first\s+|last\s+)?(?:\p{Ll}+ed|met|held|took|hosted|won|began)\b[^,;:.]{0,60}?(?:\s(?:on|in))?\s+$/u;

/**
 * "… at the end of Macron’s state visit to Britain, which began on Tuesday": when something the sentence
 * names began or ended, told in passing about it.
 */
const SPAN_BEGAN = /,\s+which\s+(?:had\s+)?(?:began|started|opened|ended|closed|concluded)\s+$/i;

/**
 * "Macron, whose state visit to Britain began on Tuesday, co-chaired the call": a day inside a "whose" clause
 * set off by commas, before the main clause goes on, is told in passing. A "who" clause often tells the
 * scene itself ("Zelensky, who arrived in Paris on Wednesday evening, held talks with Macron"): it is not.
 */
const RELATIVE_BEFORE = /^\p{Lu}[^,;:“”"]{0,60},\s+whose\b[^,;:“”"]{0,80}$/u;
/**
 * The main clause's verb after the relative clause closes: a deed ("co-chaired", "broke off"), not speech —
 * "Macron, who hosted the summit on Thursday, said …" speaks at the occasion the clause names.
 */
const MAIN_VERB_AFTER =
  /^[^,;:.“”"]{0,40},\s+(?:\w+ly\s+)?(?!(?:said|says|told|tells|added|adds|warned|insisted|stressed|noted|wrote)\b)(?:[\p{Ll}-]+(?:ed|s)|broke|met|held|took|went|came|spoke|sent|gave|made|led|flew|left|began|brought|kept|stood|won|drew|struck|became|hosted|joined)\b/u;
/**
 * "After the meeting, leaders held a call with Trump, who last month promised help …": a "who" clause closing
 * the sentence after a named person tells what that person did on another day, in passing.
 */
const TRAILING_WHO = /\S\s+\p{Lu}[\p{L}'’-]+,\s+who\s+(?:has\s+|had\s+)?[^,;:“”"]{0,80}$/u;
/** "Merz – who was sworn in as chancellor only on Tuesday – arrived …": a relative clause between dashes. */
const DASH_WHO_BEFORE = /\s[–—]\s+(?:who|which|whose)\b[^–—“”"]{0,100}$/u;
const DASH_CLOSES_AFTER = /^[^–—“”"]{0,60}\s[–—]\s/u;

function inRelativeAside(sentence: string, date: { index: number; text: string }): boolean {
  const end = date.index + date.text.length;
  if (
    DASH_WHO_BEFORE.test(sentence.slice(Math.max(0, date.index - 120), date.index)) &&
    DASH_CLOSES_AFTER.test(sentence.slice(end, end + 64))
  )
    return true;
  if (
    TRAILING_WHO.test(sentence.slice(Math.max(0, date.index - 160), date.index)) &&
    /^[^,]{0,160}$/.test(sentence.slice(end, end + 161))
  )
    return true;
  // The clause opens the sentence and is short: a date further in is never in one (and nothing longer is read).
  if (date.index > 150) return false;
  const before = sentence.slice(0, date.index);
  if (RELATIVE_BEFORE.test(before) && MAIN_VERB_AFTER.test(sentence.slice(end, end + 60))) return true;
  return WHO_SAID_BEFORE.test(before) && SPOKE_AGAIN_AFTER.test(sentence.slice(end, end + 240));
}

/** "… the first measures Trump has taken against Russia since returning to the White House in January". */
const SINCE_DOING = /\bsince\s+\p{Ll}{2,}ing\b[^,;:.]{0,50}?(?:\s(?:on|in))?\s+$/u;

/**
 * "Starmer, who wrote in a London newspaper on Sunday that he was ready …, told reporters after the meeting
 * that …": what the subject said on another day, in a "who" clause, is told in passing; the main clause
 * speaks again, at the occasion the text is at.
 */
const WHO_SAID_BEFORE =
  /^\p{Lu}[^,;:“”"]{0,80},\s+who\s+(?:had\s+)?(?:wrote|said|told\s+\p{L}+|argued|warned|announced|declared)\b[^;:“”"]{0,60}$/u;
const SPOKE_AGAIN_AFTER =
  /^[^;]{0,200}?[^,]*,\s+(?:\w+ly\s+)?(?:told|said|added|insisted|warned|argued|stressed)\b/;

/**
 * Every rule below needs one of these: a digit, a month's or a weekday's name (or its abbreviation), or a word
 * of relative time. Most sentences of a story have none and are left after this one test.
 */
const ANY_DATE_CUE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|overnight|morning|afternoon|evening|yesterday|night|tomorrow|week|month|year|ago)/i;

/**
 * The dates a sentence gives, resolved against the publication date `pub`. With none, only full dates
 * resolve, and "on March 27" takes `pageYear` when the page gives one (its copyright year).
 */
export function extractDates(
  sentence: string,
  pub: string | null,
  pageYear: number | null = null,
): FoundDate[] {
  if (!ANY_DATE_CUE.test(sentence)) return [];
  let found: FoundDate[] = [];
  const taken = new Coverage(sentence.length);
  let parts: Clause[] | null = null;
  const futureAt = (index: number, length: number) =>
    isFutureAt(sentence, index, length, (parts ??= clauses(sentence)));
  const add = (date: FoundDate) => {
    const before = sentence.slice(Math.max(0, date.index - 70), date.index);
    if (
      LOOKED_BACK_SINCE.test(before) ||
      SINCE_SOMEONE_DID.test(sentence.slice(Math.max(0, date.index - 110), date.index)) ||
      SINCE_DOING.test(before) ||
      SPAN_BEGAN.test(before) ||
      // A plan that fell through: its day is no time the text goes on in.
      FELL_THROUGH.test(before) ||
      (PARTICIPLE_BEFORE_DAY.test(before) && !MEDIUM_OUT.test(before) && !opensAsSubject(sentence, date)) ||
      inRelativeAside(sentence, date)
    )
      date.aside = true;
    found.push(date);
    taken.mark(date.index, date.index + date.text.length);
  };
  for (const rule of DATE_RULES) {
    if (rule.relative && !pub && rule.name !== 'month-day' && rule.name !== 'day-month') continue;
    if (!rule.cue.test(sentence)) continue;
    rule.re.lastIndex = 0;
    for (const m of sentence.matchAll(rule.re)) {
      const text = m[0].replace(/\s+$/, '');
      const index = m.index ?? 0;
      if (taken.overlaps(index, index + text.length)) continue;
      if (
        rule.name === 'weekday' &&
        !m[1] &&
        NOT_A_DATE_BEFORE.test(sentence.slice(Math.max(0, index - 20), index)) &&
        !(
          // "left a Sunday summit in London", "the Thursday meeting": one occasion, on that day.
          OCCASION_BEFORE.test(sentence.slice(Math.max(0, index - 8), index)) &&
          OCCASION_AFTER.test(sentence.slice(index + text.length, index + text.length + 24))
        )
      )
        continue;
      // "Monday deliveries" is no date; "Sunday's talks" is.
      if (
        rule.name === 'weekday' &&
        !m[1] &&
        !/[’']s$/.test(text) &&
        /^\s+[\p{Ll}]+s\b/u.test(sentence.slice(index + text.length, index + text.length + 60)) &&
        !/^\s+(?:is|was|has|as|its|his|this|days)\b/.test(
          sentence.slice(index + text.length, index + text.length + 60),
        )
      )
        continue;
      // "“We made headway today,” Rubio said": the speaker's today, which need not be the report's.
      if (rule.name === 'today' && withinQuotes(sentence, index)) continue;
      const future =
        directionOf(text) ??
        plannedInThePast(sentence, index) ??
        aheadRightBefore(sentence, index) ??
        behindRightBefore(sentence, index) ??
        futureAt(index, text.length);
      const r = rule.resolve(m as RegExpExecArray, pub, future, pub ? null : pageYear);
      if (!r) continue;
      add({ text, index, future, ...r });
    }
  }
  // chrono only where an explicit date may hide that the rules did not take: a digit outside found dates.
  const rest = blankOut(sentence, found);
  if (pub && /\d/.test(rest) && CHRONO_HINT.test(rest)) {
    const results = chronoCasual.parse(sentence, {
      instant: noonUtc(pub),
      timezone: 0,
    });
    for (const r of results) {
      const text = r.text;
      const index = r.index;
      if (taken.overlaps(index, index + text.length)) continue;
      // Only explicit calendar dates: never "now", times of day or bare numbers, nor "1/2" with no year
      // (a fraction, a score, a gallery's slide).
      if (!/\d/.test(text) || /^\d{1,2}[/.]\d{1,2}$/.test(text.trim())) continue;
      if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
      const y = r.start.get('year');
      const mo = r.start.get('month');
      const d = r.start.get('day');
      if (y === null || mo === null || d === null || !isRealDate(y, mo, d)) continue;
      add({
        text,
        index,
        future: futureAt(index, text.length),
        date: toIso({ y, m: mo, d }),
        precision: 'day',
      });
    }
  }
  found.sort((a, b) => a.index - b.index);
  // "WASHINGTON, Aug 20, (AP): President Donald Trump said Tuesday …": the wire filed it that day; the sentence
  // says when it happened.
  // "on Sunday, May 18": the weekday names the date after it, which settles which Sunday.
  found = found.filter((d, k) => {
    const next = found[k + 1];
    return !(
      next &&
      next.precision === 'day' &&
      WEEKDAY_ONLY.test(d.text) &&
      /^,?\s*$/.test(sentence.slice(d.index + d.text.length, next.index))
    );
  });
  // "travelled overnight by train to Kyiv on Friday": the night before the day the sentence names, not the
  // night before the report.
  const named = found.some((d) => d.precision === 'day' && !d.future && !/^overnight$/i.test(d.text));
  if (named) found = found.filter((d) => !/^overnight$/i.test(d.text));
  const filed = found[0];
  if (
    filed &&
    found.length > 1 &&
    wireDateline(sentence.slice(0, filed.index + filed.text.length + 70))?.dated
  )
    found.shift();
  return found;
}

const WEEKDAY_ONLY = /^(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/i;

/** The sentence with every found date replaced by spaces, built in one pass. */
function blankOut(sentence: string, found: readonly FoundDate[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const f of [...found].sort((a, b) => a.index - b.index)) {
    parts.push(sentence.slice(at, f.index), ' '.repeat(f.text.length));
    at = f.index + f.text.length;
  }
  parts.push(sentence.slice(at));
  return parts.join('');
}

/** The contract's mention, without the internal index and tense. */
export function toMention(f: FoundDate): DateMention {
  const out: DateMention = { text: f.text, date: f.date, precision: f.precision };
  if (f.endDate) out.endDate = f.endDate;
  return out;
}
