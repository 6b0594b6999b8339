/**
 * Positions suggested to the curator: where a sentence gives an actor a clear stance on a known topic
 * ("Russia has rejected any deployment of European troops", "Meloni has doubted that a European force
 * would work", "Macron … is ready to send troops as part of a reassurance force, but only if the United
 * States provides a backstop"). Each suggestion is a `positions.yaml` entry ready to paste. They go to the
 * build report only: nothing reaches the explorer until a curator adds it.
 *
 * A cue word carries the stance on the project's scale, and says where its topic is: after it ("rejected
 * any deployment of European troops"), before it ("a UN mandate would be needed", "such a force was
 * premature"), or on both sides of a condition ("a force … only if … a backstop": conditional on the
 * force, for the backstop). The holder is the subject of the cue's clause, or the person its pronoun
 * refers to. No cue, no topic keyword (topics.yaml `keywords:`) or no holder in the curated gazetteer:
 * no suggestion.
 */
import type { DatePrecision, Stance } from '../model/schema';
import type { ActorMatch } from './actors';
import { subjectOf, type Antecedents, type Pronoun } from './pronouns';
import type { TopicMatcher } from './topics';
import { excerpt } from './excerpt';
import { quoteSpans } from './quotes';
import { Coverage, firstAtIndex, firstAtOrAfter, textBefore } from './util';

export interface SuggestedPosition {
  id: string;
  actorId: string;
  topicId: string;
  date: string;
  precision: DatePrecision;
  stance: Stance;
  summary: string;
  evidence: { articleId: string; quote: string }[];
}

export interface StanceSentence {
  id: string;
  text: string;
  actors: readonly ActorMatch[];
  dates: readonly { date: string; precision: DatePrecision; anchored?: boolean }[];
}

/**
 * Where a cue's topic is: `after` it ("rejected any deployment of European troops"), `before` it ("a UN
 * mandate would be needed"), around a `condition` ("a force … only if … a backstop"), or around a `need`
 * ("any European force would need a backstop": conditional on the force, for the backstop).
 */
type Where = 'after' | 'before' | 'condition' | 'need';

interface Cue {
  re: RegExp;
  stance: Stance;
  where: Where;
}

/** Cue words, most specific first: a cue's words are taken once. */
const CUES: Cue[] = [
  {
    re: /\b(?:but\s+)?only (?:(?:consider|contribute|take part|join|act|deploy|send troops|help)\b[^,;.]{0,30}?\s)?(?:if|with|under|once)\b|(?<!\b[A-Z][a-z]+\s)\bprovided (?:that )?|\bon (?:the )?condition (?:that )?|\bas long as\b|\bcan only work with\b/gi,
    stance: 'conditional',
    where: 'condition',
  },
  {
    re: /\b(?:remained|remains) ambiguous\b|\bnon-committal\b|\bdeclined to say\b|\bdid not rule out\b|\bha(?:s|ve) not (?:yet )?(?:agreed|committed) to\b|\bstopped short of\b/gi,
    stance: 'ambiguous',
    where: 'after',
  },
  {
    re: /\b(?:rejects?|rejected|rejecting|opposes|opposed|ruled out|rules out|refused to (?:discuss|consider|send|accept)|refuses to (?:discuss|consider|send|accept)|(?:will|would|could|can)(?: not|n[’']t| never) (?:send|accept|support|back|join|contribute)|never accept|not interested in|dismissed)\b/gi,
    stance: 'opposes',
    where: 'after',
  },
  {
    re: /\b(?:doubts?|doubted|doubting|questioned|questions whether|(?:is|are|was|were|remains?|remained) (?:sceptical|skeptical|wary|unconvinced|perplexed)(?: (?:of|about|by))?)\b/gi,
    stance: 'skeptical',
    where: 'after',
  },
  {
    re: /\b(?:was|is|were|are|would be|remains?) (?:“|")?(?:premature|a mistake|unrealistic)\b/gi,
    stance: 'skeptical',
    where: 'before',
  },
  {
    re: /\b(?:was|is|were|are|would be) (?:“|")?(?:unacceptable|a provocation|a threat)\b/gi,
    stance: 'opposes',
    where: 'before',
  },
  {
    re: /\b(?:would be|is|are|was) (?:needed|required|essential|crucial|indispensable)\b/gi,
    stance: 'supports',
    where: 'before',
  },
  // "would need a backstop", not "would need to consent": a need of something, not of doing something.
  {
    re: /\b(?:would |will |must )?(?:needs?|requires?|required)\b(?!\s+to\b)/gi,
    stance: 'supports',
    where: 'need',
  },
  {
    re: /\b(?:backs|backed|supports|supported|endorsed|endorses|welcomed|welcomes|favou?rs|called for|calls for|(?:is|are|was|were) (?:ready|prepared|willing) to (?:send|back|contribute|join|lead|deploy|provide)|pledged|offered to send|would contribute|will send)\b/gi,
    stance: 'supports',
    where: 'after',
  },
];

const NEED_SAID_IN_CLAUSE =
  /\b(?:that|which)\s+(?:[\p{L}’'-]+\s+){1,4}(?:says?|said|argues?|argued|insists?|insisted|believes?|believed)\s+[^,;:.]{1,60}$/u;
/** Guests after "welcomed": a person by name or title, or a group of people, then where they came. */
const WELCOMED_GUESTS =
  /^\s+(?:(?:(?:US|U\.S\.|British|French|Ukrainian|German|European)\s+)?(?:President|Prime Minister|Chancellor|Mr|Mrs|Ms|Sir)\.?\s+)?(?:\p{Lu}[\p{L}'’-]+\s+){0,3}\p{Lu}[\p{L}'’-]+(?![’']s)\b(?:\s+and\s+[^,;.]{1,60}?)?\s+(?:to|at|in|into)\s+(?:the\s+)?\p{Lu}|^\s+(?:the\s+|a\s+group\s+of\s+)?(?:\p{Ll}+\s+)?(?:leaders|ministers|delegations|guests|visitors|counterparts)\s+(?:to|at|in|into)\s+(?:the\s+)?\p{Lu}/u;
/**
 * The words before a topic that ask for it to end: "an end to", "a halt to", "the withdrawal of" — running into
 * the topic's own phrase, not "an end to the war and European peacekeepers", where the topic is another object.
 */
const ENDED_BEFORE =
  // Case counts: under "i", \p{Lu} would take any word after "and".
  /\b(?:[Aa]n end to|[Aa] halt to|[Aa] stop to|[Aa]n end of|[Tt]he end of|[Aa] ban on|[Aa] freeze on|[Tt]he withdrawal of)\s+(?:(?!(?:and|or)\s+(?:a|an|the|any|all|\p{Lu}))[^\s,;]+\s+){0,5}$/u;
/** Does the text from a cue to its topic ask for the topic to end? Not when "and" opens another object on it. */
function asksToEnd(text: string, from: number, topicStart: number): boolean {
  const between = text.slice(from, topicStart);
  // "an end to the war and European peacekeepers": the topic is a second object, not what is to end.
  if (/\b(?:and|or)\s+$/.test(between) && /\p{Lu}/u.test(text.charAt(topicStart))) return false;
  return ENDED_BEFORE.test(between);
}
/** "in principle": support that holds back its yes (docs/curation.md: conditional). */
const IN_PRINCIPLE = /\bin principle\b/i;
/** "unless" right after a refusal's object: the refusal names what would change it (conditional). */
const UNLESS_AFTER = /^\s*unless\b/i;

/** Where the first occurrence of a topic at or after `from` starts (the text's end when none). */
function topicAt(occurrences: readonly Occurrence[], topicId: string, from: number): number {
  return occurrences.find((o) => o.topicId === topicId && o.index >= from)?.index ?? from;
}

/** "… backed by …": the cue in the passive, with its agent after it. */
const PASSIVE_AGENT = /^\s+by\b/;
/** Words of negation right before a supporting cue turn it into no clear stance: no suggestion. */
const NEGATED = /\b(?:not|n[’']t|never|no longer)\s+(?:\w+\s+)?["“]?$/i;
/**
 * A cue's object ends at a comma, where a subordinate clause starts ("… because he did not expect …") or where a
 * second predicate reports more ("… would not send troops and said any mission should operate under …").
 */
const OBJECT_END =
  /,|\b(?:but|because|since|although|though|whereas|while|unless|so that)\b|\band\s+(?:said|says|told|added|warned|insisted|argued|stressed|repeated|reiterated|called|urged|demanded|offered|proposed)\b|\bas\s+(?:he|she|they|it|\p{Lu}[\p{L}'’-]+\s+\p{Ll}+(?:ed|s))\b/u;
/** A cue that opens a condition ("but only if", "provided that"): its holder is the clause's before it. */
const CONDITION_START = /^\s*(?:but\s+)?only\b|^\s*provided|^\s*on (?:the )?condition|^\s*as long as/i;
const SOME_TIME = String.raw`(?:(?:just|only|barely|less than|more than|nearly|almost|about|some)\s+)?(?:(?:(?:a|one|two|three|several|\d+)\s+)?(?:days?|weeks?|hours?)\s+)?`;
/**
 * Clauses the narrator adds, which no speaker earlier in the sentence reports: one of its own after ", with"
 * and a verb in -ing ("… were divided, with Starmer insisting that …"; not "Macron, with Starmer at his side,
 * said"), a clause of time after a comma (", a day after 26 countries pledged …": the countries pledged, not
 * the sentence's subject), or what the sentence's subject came after ("His remarks came a day after 26
 * countries pledged …").
 */
const NARRATED_CLAUSE = new RegExp(
  String.raw`,\s+with\s+(?=[^,;:]{1,80}?\s(?!(?:during|meeting|morning|evening|willing|nothing|something|everything|anything|building|spring|king|ring|thing|wing)\b)[a-z]+ing\b)|,\s+${SOME_TIME}(?:after|before|since|when)\s+|\b(?:came|comes|followed|follows)\s+${SOME_TIME}(?:after|before)\s+`,
  'g',
);
/** Where the narrated clause a cue at `at` stands in starts, or 0. */
function narratedFrom(text: string, at: number): number {
  const window = textBefore(text, at, HOLDER_REACH);
  let from = 0;
  for (const m of window.matchAll(NARRATED_CLAUSE)) from = at - window.length + (m.index ?? 0) + m[0].length;
  return from;
}

/** Where a clause ends for the holder: a semicolon, a colon, a coordinating ", and/but/while …", or a narrated clause. */
const CLAUSE_END = new RegExp(
  String.raw`[;:]|,\s+(?:and|but|while|whereas|although|as|where|at which|during which)\s+|${NARRATED_CLAUSE.source}`,
  'g',
);
/** What may stand between a subject and its verb: "has", "would", "also", "repeatedly" … */
const NEAR_SUBJECT =
  /^\s+(?:(?:has|have|had|would|will|could|also|repeatedly|again|now|still|already|previously|long|reportedly|\w+ly)\s+){0,3}$/;
/** How far a cue's topic may be from it: a phrase, not the rest of a long sentence. */
const TOPIC_REACH = 110;

interface Found {
  stance: Stance;
  topicId: string;
  cueAt: number;
}

/**
 * How far back from a cue its holder is looked for: a clause, never the rest of a run-on sentence, so each
 * cue costs the same however long the sentence is.
 */
const HOLDER_REACH = 300;

type Occurrence = { topicId: string; index: number; end: number };

/** Any cue at all: most sentences have none, and are left before their topics are looked up. */
const ANY_CUE = new RegExp(CUES.map((c) => c.re.source).join('|'), 'i');

/** The stances of one sentence: each cue with the topic it is about. */
function stancesIn(text: string, topics: TopicMatcher): Found[] {
  if (!ANY_CUE.test(text)) return [];
  const occurrences = topics.occurrences(text);
  if (!occurrences.length) return [];
  const found: Found[] = [];
  const taken = new Coverage(text.length);
  for (const cue of CUES)
    for (const m of text.matchAll(cue.re)) {
      const at = m.index ?? 0;
      const end = at + m[0].length;
      if (taken.overlaps(at, end)) continue;
      taken.mark(at, end);
      if (cue.stance === 'supports' && NEGATED.test(textBefore(text, at, 20))) continue;
      // "there was “no doubt” that Washington would take part": a doubt denied is no doubt.
      if (
        cue.stance === 'skeptical' &&
        /\b(?:no|little|without|not the slightest)\s+["“]?$/i.test(textBefore(text, at, 24))
      )
        continue;
      // "a lasting peace backed by robust security guarantees", "a plan rejected by Moscow": a passive cue's
      // holder is its agent, not the clause's subject; too loose to suggest.
      if (PASSIVE_AGENT.test(text.slice(end, end + 4))) continue;
      // "… the air cover … that Britain in particular says a European force would need": a need someone else
      // states in a relative clause is theirs, not the sentence subject's; too loose to suggest.
      if (cue.where === 'need' && NEED_SAID_IN_CLAUSE.test(textBefore(text, at, 100))) continue;
      // "he pressed Mr Trump on the need for an American security guarantee": the noun names a need, held by no
      // one the clause says.
      if (
        cue.where === 'need' &&
        /\b(?:the|a|an|no|any|its|their|his|her|our)\s+$/i.test(textBefore(text, at, 8))
      )
        continue;
      // "Starmer welcomed Volodymyr Zelensky and a group of European leaders to London": a host greets guests.
      if (/^welcome[ds]?$/i.test(m[0]) && WELCOMED_GUESTS.test(text.slice(end, end + 80))) continue;
      found.push(
        ...topicsOfCue(text, cue, at, end, occurrences).map((f) =>
          // "… would require an end to foreign military aid and intelligence": what is asked to end is opposed.
          f.stance === 'supports' && asksToEnd(text, end, topicAt(occurrences, f.topicId, end))
            ? { ...f, stance: 'opposes' as const }
            : // "backed the idea of a ceasefire in principle but …": a yes held back for conditions.
              (f.stance === 'supports' && IN_PRINCIPLE.test(text.slice(end, objectEnd(text, end) + 40))) ||
                // "rejected a full ceasefire unless Western military aid was cut off": a no with its price.
                (f.stance === 'opposes' && UNLESS_AFTER.test(text.slice(objectEnd(text, end))))
              ? { ...f, stance: 'conditional' as const }
              : f,
        ),
      );
    }
  return withoutQualifiedSupport(found);
}

/** A condition qualifies the support before it on the same topic ("ready to send troops …, but only if …"). */
function withoutQualifiedSupport(found: readonly Found[]): Found[] {
  const lastCondition = new Map<string, number>();
  for (const f of found)
    if (f.stance === 'conditional')
      lastCondition.set(f.topicId, Math.max(f.cueAt, lastCondition.get(f.topicId) ?? -1));
  return found.filter((f) => f.stance !== 'supports' || (lastCondition.get(f.topicId) ?? -1) < f.cueAt);
}

/** The end of a cue's object: the next comma or subordinate clause after it, within reach. */
function objectEnd(text: string, from: number): number {
  const m = OBJECT_END.exec(text.slice(from, from + TOPIC_REACH + 20));
  return m ? from + m.index : Math.min(text.length, from + TOPIC_REACH + 20);
}

/** The topics of a cue's object, read up to the end of the phrase. */
function objectTopics(
  text: string,
  occurrences: readonly Occurrence[],
  end: number,
  stop: number,
): Occurrence[] {
  const out: Occurrence[] = [];
  for (let k = firstAtIndex(occurrences, end); k < occurrences.length; k++) {
    const o = occurrences[k] as Occurrence;
    if (o.index >= stop || o.index - end > TOPIC_REACH) break;
    const between = text.slice(end, o.index);
    if (CIRCUMSTANCE_BEFORE.test(between) || TERMS_BEFORE.test(between)) continue;
    // A force backed "with boots on the ground" is still the force; a deal backed with them is their circumstance.
    if (
      !NAMES_FORCES.test(text.slice(o.index, o.end)) &&
      WITH_FORCES_AFTER.test(text.slice(o.end, o.end + 60))
    )
      continue;
    out.push(o);
  }
  return out;
}

/**
 * A topic named as the circumstance of what is backed, not as what is backed: "ready to send troops to back
 * a ceasefire", "ruled out sending troops to help secure any peace deal", "a coalition ready to defend a peace deal", "decide only once the terms of a
 * ceasefire are clear", "the army Kyiv will need after a ceasefire", "ruled out sending troops as part of any
 * peace deal". The stance is on the troops, not on the ceasefire.
 */
const CIRCUMSTANCE_BEFORE =
  /\b(?:to\s+(?:help\s+(?:to\s+)?)?(?:back|secure|guarantee|police|monitor|enforce|uphold|underpin|defend|protect)|after|once|until|before|following|the terms of|as part of)\s+(?:\S+\s+){0,3}$/i;
/**
 * The time, terms or price of something else: "deploy the day a ceasefire is signed", "as soon as a ceasefire is
 * agreed", "a demand tied to a proposed ceasefire", "lifted as a condition for a Black Sea ceasefire", "stop
 * Russia from breaking a ceasefire", "a post-ceasefire force".
 */
const TERMS_BEFORE =
  /(?:\b(?:the day|as soon as|tied to|linked to|in (?:return|exchange) for|as a (?:pre)?condition (?:for|of)|from (?:breaking|violating|breaching))\s+(?:\S+\s+){0,3}|\bpost-)$/i;

/**
 * "prepared to back any peace deal with “British troops on the ground and British jets in the air”": what is
 * offered is the forces; the deal they would back is their circumstance.
 */
const NAMES_FORCES = /force|troops|soldiers|peacekeep|deploy|boots/i;
const WITH_FORCES_AFTER =
  /^[^,;.]{0,20}?\bwith\s+["“‘']?(?:[\p{L}-]+\s+){0,2}(?:troops|soldiers|boots|aircraft|jets|planes|forces)\b/u;

/** What troops would be sent for ("sent to guarantee a peace deal"): a purpose, not what is backed. */
const PURPOSE_BEFORE =
  /\bto\s+(?:help\s+(?:to\s+)?)?(?:back|secure|guarantee|police|monitor|enforce|uphold|underpin|defend|protect)\s+(?:\S+\s+){0,3}$/i;

/**
 * Does the text before a topic end on a relative "that"/"which" whose clause it opens ("the logistics that a
 * European force …")? Not a reported clause's "that" ("insisting that any force …", "told MPs that …").
 */
function isRelativeSubject(before: string): boolean {
  const m = /(\S+)\s+(?:that|which)\s+(?:(?:a|an|the|any|such a)\s+)?(?:\S+\s+){0,2}$/i.exec(before);
  if (!m) return false;
  const lead = before.slice(0, m.index + (m[1] as string).length);
  // "… said after the meeting Monday that …", "… argued for months that …", "…, but that …": a reported clause.
  return !/(?:ing|ed)$|^(?:but|and|or|so|now)$/i.test(m[1] as string) && !SPOKEN_BEFORE.test(lead);
}
const SPOKEN_BEFORE =
  /\b(?:said|says|say|told|tells|tell|wrote|writes|argues|argue|insists|insist|warns|warn|stresses|believes|believe|thinks|think|adds|claims|agree|made clear|knows|know|argued|stated|insisted|warned|stressed|claimed|noted|agreed|added|suggested|reported|confirmed|announced|acknowledged|repeated|maintained|explained|indicated|signall?ed)\b(?:\s+\S+){0,5}$/iu;

/** A speech verb between a topic and the need of it. */
const REPORTED_BETWEEN = /\b(?:says?|said|argues?|argued|insists?|insisted)\b/;

function topicsOfCue(
  text: string,
  cue: Cue,
  at: number,
  end: number,
  occurrences: readonly Occurrence[],
): Found[] {
  // The object: its topics up to the end of the phrase. Two topics there ("a ceasefire that includes NATO
  // troops") leave it unclear which the stance is on: none is taken.
  const object = objectTopics(text, occurrences, end, objectEnd(text, end));
  const after = new Set(object.map((o) => o.topicId)).size === 1 ? object[0] : undefined;
  // "the force would only deploy after a ceasefire and would need …", "any force sent to guarantee a peace
  // deal would need …": a topic named as when something happens, or as what it is for, is its circumstance,
  // not what the stance is on; the topic before it may be.
  const circumstance = (o: Occurrence) =>
    /\b(?:after|once|until|following|before)\s+(?:\S+\s+){0,2}$/i.test(textBefore(text, o.index, 40)) ||
    PURPOSE_BEFORE.test(textBefore(text, o.index, 40));
  const k = firstAtIndex(occurrences, at) - 1;
  const nearest = occurrences[k];
  const candidate = nearest && circumstance(nearest) ? occurrences[k - 1] : nearest;
  const before =
    candidate && !circumstance(candidate) && candidate.end <= at && at - candidate.end <= TOPIC_REACH
      ? candidate
      : undefined;
  // The topic before, in the same stretch between commas ("… a UN mandate would be needed").
  const comma = textBefore(text, at, TOPIC_REACH).lastIndexOf(',');
  const spanStart = comma < 0 ? 0 : at - Math.min(at, TOPIC_REACH) + comma + 1;
  const beforeInSpan = before && before.index >= spanStart ? before : undefined;
  const found = (stance: Stance, topicId: string): Found => ({ stance, topicId, cueAt: at });
  if (cue.where === 'after') {
    // "not … without a UN mandate": what it will not do without is what it asks for.
    const without =
      after && /\bwithout\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,2}$/i.test(text.slice(end, after.index));
    return after ? [found(without ? 'supports' : cue.stance, after.topicId)] : [];
  }
  if (cue.where === 'before') return beforeInSpan ? [found(cue.stance, beforeInSpan.topicId)] : [];
  // "the security guarantees that Ukraine will need": the need of a relative clause is its own subject's,
  // about the topic it qualifies; the clause's holder makes no condition of it.
  // So is "the backstop European governments say they need": a need its speaker reports of a topic named before.
  const relative =
    cue.where === 'need' &&
    !!beforeInSpan &&
    (/^\s*(?:that|which)\s+(?:\S+\s+){1,3}$/i.test(text.slice(beforeInSpan.end, at)) ||
      // "… to agreeing the security guarantees Kyiv needs": a name right after the topic, with no "that".
      /^\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+(?:(?:will|would|still|urgently)\s+)?$/u.test(
        text.slice(beforeInSpan.end, at),
      ) ||
      REPORTED_BETWEEN.test(text.slice(beforeInSpan.end, at)) ||
      // "… whether it would provide the air cover … that a European force would need": the topic is the
      // subject of a relative clause, whose need is its own.
      isRelativeSubject(textBefore(text, beforeInSpan.index, 80)));
  const conditioned = relative ? undefined : cue.where === 'need' ? beforeInSpan : before;
  // "would deploy only once a ceasefire is in place": a condition of time says when, and asks for nothing.
  const when = cue.where === 'condition' && /\bonce$/i.test(text.slice(at, end));
  // "there would be no American troops in Ukraine “as long as I’m president”": a refusal held for as long as
  // something lasts is a refusal, and asks for nothing.
  const lasting =
    cue.where === 'condition' &&
    /^as long as$/i.test(text.slice(at, end)) &&
    !!conditioned &&
    NEGATION_BEFORE.test(text.slice(Math.max(0, conditioned.index - 60), at));
  if (lasting) return [found('opposes', (conditioned as Occurrence).topicId)];
  const out: Found[] = [];
  if (conditioned) out.push(found('conditional', conditioned.topicId));
  if (after && !when && after.topicId !== conditioned?.topicId) out.push(found('supports', after.topicId));
  return out;
}
const NEGATION_BEFORE = /\b(?:no|not|never|n[’']t|nor|ruled out|rules out|rejects|rejected)\b/i;

/** Where the clause of a cue at `at` starts (the one before it for a condition), within reach. */
function clauseStart(
  text: string,
  at: number,
  condition: boolean,
  hasActor: (from: number, to: number) => boolean,
): number {
  const window = textBefore(text, at, HOLDER_REACH);
  const offset = at - window.length;
  const ends = [...window.matchAll(CLAUSE_END)]
    .map((m) => ({ at: offset + (m.index ?? 0) + m[0].length, with: /^,\s+with\b/.test(m[0]) }))
    // "…, with European troops arriving only once …": a clause after "with" that names no one is still its
    // sentence subject's.
    .filter((e, i, all) => !e.with || hasActor(e.at, all[i + 1]?.at ?? at))
    .map((e) => e.at);
  const own = ends[ends.length - 1];
  const clause = condition && own !== undefined && at - own < 12 ? ends[ends.length - 2] : own;
  return clause ?? offset;
}

/**
 * A name followed by its speech verb, maybe after an aside between commas ("Merz has repeatedly said …",
 * "Peskov, the Kremlin's spokesman, said"): the one who holds what follows.
 */
const SPEAKS_AFTER =
  /^(?:,[^,“”"]{1,40},)?,?\s+(?:(?:has|have|had|also|again|repeatedly|\w+ly)\s+){0,3}(?:said|says|saying|insists?|insisted|insisting|argued|argues|arguing|believes?|believed|warned|warns|warning|told|tells|added)\b/;

/** A relative "who" right before a cue, maybe with a speaker reporting it ("who they said backed"). */
const RELATIVE_BEFORE =
  /,?\s*\bwho\s+(?:((?:he|she|they|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)\s+(?:said|says|believes?|believed|thinks?|thought)\s+))?(?:(?:has|have|had|also|\p{Ll}+ly)\s+){0,2}$/u;

/** ", who …" with no comma after it yet: a relative clause still open, not one that reports ("who said …"). */
const OPEN_RELATIVE = /,\s+who\s+(?![^,;:]*\b(?:said|says|told|tells|believes?|thinks?)\b)[^,;:]*$/;

// "talks with Mr Trump", "a call with President Trump": an honorific or office between is still the object's.
const AFTER_PREPOSITION =
  /\b(?:to|in|into|for|from|of|on|with|by|at|about|over|against|towards?|across|inside|within|alongside|beside|including)\s+(?:the\s+)?(?:(?:Mr|Mrs|Ms|Dr|Sir|President|Prime Minister|Chancellor)\.?\s+)?$/i;
/**
 * "while pressing US President Donald Trump for an American backstop", "26 governments told Emmanuel Macron that
 * they …": the one asked or told is the object, not the holder.
 */
const OBJECT_OF_ASKING =
  /\b(?:press(?:ed|es|ing)?|urg(?:ed|es|ing)|ask(?:ed|s|ing)|push(?:ed|es|ing)|told|tells|telling|call(?:ed|s|ing)? on)\s+(?:(?:US|U\.S\.|American|British|French|German|Ukrainian|Russian|Italian)\s+)?(?:(?:President|Prime Minister|Chancellor|Mr\.?|Mrs\.?|Ms\.?)\s+)?$/;

/**
 * "The leaders of France, Germany, the U.K. and Poland": every name of a list a preposition governs — a list
 * that goes on to its "and", not "after a week with Washington, European leaders …".
 */
const LISTED_AFTER_PREPOSITION =
  /\b(?:of|with|from|by|alongside|including)\s+(?:(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2},\s+){1,6}(?:the\s+)?$/u;
const LAST_OF_LIST =
  /\b(?:of|with|from|by|alongside|including)\s+(?:(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2},\s+){0,6}(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2},?\s+and\s+(?:the\s+)?$/u;
const LIST_GOES_ON = /^(?:,\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}){0,5},?\s+and\s+/u;

const SOME_OF =
  /\b(?:several|some|many|a few|few|most|other|a number of|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{Ll}+teen|twenty)\s+(?:(?:mostly|mainly|largely)\s+)?$/iu;

/** "who Macron said backed …": a speaker inside a relative clause, right before the cue it reports. */
const reportsOnAntecedent = (text: string, a: ActorMatch, at: number) =>
  /\b(?:who|whom|which)\s+$/i.test(textBefore(text, a.index, 8)) &&
  /^\s+(?:said|says|believed|believes|thought|thinks)\s+$/.test(text.slice(a.index + a.text.length, at));

/** Is the actor named in a possessive ("Putin’s spokesman")? */
const isPossessive = (text: string, a: ActorMatch) =>
  /^[’']s\b/.test(text.slice(a.index + a.text.length, a.index + a.text.length + 3));

/**
 * Whose stance a cue at `at` gives: an actor right before it, else the first actor of its clause before it
 * (the clause's subject), or, when the clause opens with a pronoun ("he still insists", "his team has
 * refused"), that person. A condition ("…, but only if …") belongs to the clause before it.
 */
function holderAt(
  s: StanceSentence,
  at: number,
  si: number,
  condition: boolean,
  antecedents: Antecedents,
): string | null {
  const from = clauseStart(
    s.text,
    at,
    condition,
    (start, end) => firstAtIndex(s.actors, start) < firstAtIndex(s.actors, end),
  );
  // "travel to Ukraine", "a backstop from the United States": the object of a preposition holds no stance.
  // The one opening the clause is its subject ("…, with Starmer insisting").
  const governed = (a: ActorMatch) =>
    a.index > from &&
    (AFTER_PREPOSITION.test(textBefore(s.text, a.index, 24)) ||
      OBJECT_OF_ASKING.test(textBefore(s.text, a.index, 60)) ||
      (LISTED_AFTER_PREPOSITION.test(textBefore(s.text, a.index, 80)) &&
        LIST_GOES_ON.test(s.text.slice(a.index + a.text.length, a.index + a.text.length + 80))) ||
      LAST_OF_LIST.test(textBefore(s.text, a.index, 80)));
  // "Several European countries are prepared to …": some of a group is not the group.
  const counted = (a: ActorMatch) => SOME_OF.test(textBefore(s.text, a.index, 24));
  // "… but that a U.S. “backstop” was essential", "a “US backstop”": a name after "a"/"an" qualifies a noun;
  // it holds nothing.
  const qualifies = (a: ActorMatch) => /\b(?:a|an)\s+["“‘']?$/i.test(textBefore(s.text, a.index, 7));
  // "… would not hold Putin back for long, which is why we need an American backstop,” he said": "we" or "I"
  // right before the cue is whoever speaks the words, not a name in them.
  if (/\b(?:we|I)\s+(?:[\p{Ll}’'-]+\s+){0,2}$/u.test(textBefore(s.text, at, 30))) return null;
  const actors = s.actors
    .slice(firstAtIndex(s.actors, from), firstAtIndex(s.actors, at))
    .filter((a) => !governed(a) && !counted(a) && !qualifies(a));
  // "… given Russia would need …": an actor right before the cue (auxiliaries and adverbs between) is it.
  const last = actors[actors.length - 1];
  // "… a call with Trump, who backed the ceasefire": a relative clause's cue is its antecedent's; with a
  // speaker inside it ("who they said backed …") it is only reported, too tangled to suggest.
  const window = textBefore(s.text, at, 80);
  const relative = RELATIVE_BEFORE.exec(window);
  if (relative) {
    if (relative[1]) return null;
    const who = at - window.length + relative.index;
    if (last && /^\s*,?\s*$/.test(s.text.slice(last.index + last.text.length, who))) return last.actorId;
  }
  // "… a call with President Donald Trump, who met Zelensky at the White House and has since ruled out …": a cue
  // further on in a relative clause still open is its antecedent's, not the name of an object inside it.
  const open = OPEN_RELATIVE.exec(textBefore(s.text, at, 160));
  if (open) {
    const who = at - Math.min(at, 160) + open.index;
    const antecedent = s.actors[firstAtIndex(s.actors, who) - 1];
    if (antecedent && antecedent.index + antecedent.text.length === who) return antecedent.actorId;
  }
  // Not for a condition: "a force will deter Russia only if …" holds the clause subject's condition, not
  // the object's before it.
  if (!condition && last && NEAR_SUBJECT.test(s.text.slice(last.index + last.text.length, at)))
    return last.actorId;
  // "Germany's likely next chancellor Friedrich Merz", "Dmitry Peskov, Vladimir Putin’s spokesman": the
  // possessive is not the subject, even when it is the only actor before the cue.
  // A condition's holder is the clause's subject proper ("Starmer says a force will deter Russia only if …");
  // with none, an object before the cue holds nothing.
  const speaks = (a: ActorMatch) =>
    SPEAKS_AFTER.test(s.text.slice(a.index + a.text.length, a.index + a.text.length + 40));
  const subject = condition
    ? (subjectOf(s.text, actors) ?? actors.find(speaks))
    : actors.find((a) => !isPossessive(s.text, a));
  // "Trump, who Macron said backed the proposal": the one who backs it is the relative's antecedent, whom
  // the speaker inside the clause only reports on; too tangled to suggest.
  if (subject && reportsOnAntecedent(s.text, subject, at)) return null;
  if (subject) return subject.actorId;
  const pronoun = /^\s*(?:(he|she|they)|(his|her|their))\b/i.exec(s.text.slice(from, at));
  // "Starmer said on Monday he was ready …, but that a U.S. “backstop” was essential": a reported clause with
  // no holder of its own is the reporting speaker's.
  if (!pronoun && /^\s*that\b/.test(s.text.slice(from, at))) {
    const speaker = s.actors
      .slice(0, firstAtIndex(s.actors, from))
      .find((a) => SPEAKS_AFTER.test(s.text.slice(a.index + a.text.length, a.index + a.text.length + 40)));
    return speaker?.actorId ?? null;
  }
  if (!pronoun) return null;
  const word = ((pronoun[1] ?? pronoun[2]) as string).toLowerCase();
  const as: Pronoun =
    word === 'his' || word === 'he' ? 'he' : word === 'they' || word === 'their' ? 'they' : 'she';
  return antecedents.resolve(as, si, from);
}

/**
 * "Starmer told reporters that Britain was prepared to back the plan", "Italy's Giorgia Meloni repeated that
 * Italy would not send troops": a state's stance stated by its leader earlier in the sentence is the
 * leader's, as a curator records it.
 */
function speakingFor(
  s: StanceSentence,
  si: number,
  holder: string,
  at: number,
  input: Pick<SuggestInput, 'affiliationOf' | 'isCurated' | 'kindOf' | 'antecedents'>,
): string | null {
  // "France and Britain will send a joint military team …, French President Emmanuel Macron said on Thursday":
  // a state's or a group's stance in a clause a person reports after it is that person's, as a curator records it.
  if (input.kindOf?.(holder) !== 'person') {
    // Within a clause's reach, so each cue costs the same however long the sentence is.
    const teller = s.actors
      .slice(firstAtIndex(s.actors, at), firstAtIndex(s.actors, at + HOLDER_REACH))
      .find((a) => TOLD_AFTER_CLAUSE.test(textBefore(s.text, a.index, 60)) && tells(s.text, a));
    if (teller && input.kindOf?.(teller.actorId) === 'person') return teller.actorId;
  }
  // "Putin said on Friday that …, a day after 26 countries pledged to …": no one before a narrated clause
  // speaks it.
  const from = narratedFrom(s.text, at);
  const before = s.actors.slice(firstAtIndex(s.actors, from), firstAtIndex(s.actors, at));
  // Not one named in a possessive: "Dmitry Peskov, Vladimir Putin’s spokesman, said" is the spokesman speaking.
  const leader = before.find((a) => input.affiliationOf(a.actorId) === holder && !isPossessive(s.text, a));
  if (leader) return leader.actorId;
  // "the Kremlin spokesman, Dmitry Peskov, said that Russia …": the stance is the speaker's, whom the
  // gazetteer lacks; the curator adds them first, so nothing is suggested for the state in their place.
  const speaker = before.find(
    (a) =>
      a.actorId !== holder &&
      SPEAKS_AFTER.test(s.text.slice(a.index + a.text.length, a.index + a.text.length + 60)),
  );
  // "Starmer said the coalition of the willing was prepared to deploy …": a person speaking of a group they
  // take part in holds the stance; of a state ("Starmer said Italy rejects …"), the state does.
  if (speaker && input.kindOf?.(holder) === 'group' && input.kindOf?.(speaker.actorId) === 'person')
    return speaker.actorId;
  if (speaker) return input.isCurated(speaker.actorId) ? holder : null;
  // "Britain was prepared to back a deal …, he told a press conference", "“The coalition is ready to deploy
  // …,” he said": the pronoun's person, when they lead that state or speak of a group, holds it as above.
  const pronoun = PRONOUN_SPEAKER.exec(s.text.slice(from));
  if (pronoun) {
    const person = input.antecedents.resolve(
      (pronoun[1] as string).toLowerCase() as Pronoun,
      si,
      from + pronoun.index,
    );
    const kind = input.kindOf?.(holder);
    if (
      person &&
      person !== holder &&
      input.kindOf?.(person) === 'person' &&
      (input.affiliationOf(person) === holder || kind === 'group')
    )
      return person;
  }
  // A speaker the text names but no actor matched (a name the article does not make an actor).
  const named = NAMED_SPEAKER.exec(s.text.slice(from, at));
  const matched =
    named &&
    s.actors.some(
      (a) => a.index >= from + named.index && a.index < from + named.index + (named[1] as string).length,
    );
  return named && !matched ? null : holder;
}

/** The end of a reported clause and the titles before its speaker's name: ", French President ". */
const TOLD_AFTER_CLAUSE = /,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;
/** A name followed by the verb that reports the clause before it: "Macron said", "Macron announced after …". */
const tells = (text: string, a: ActorMatch) =>
  /^\s+(?:(?:has|had)\s+)?(?:said|says|announced|told|added|stressed|confirmed)\b/.test(
    text.slice(a.index + a.text.length, a.index + a.text.length + 16),
  );

/** "…, he told a press conference", "The UK, he added, was …": a pronoun with its speech verb. */
const PRONOUN_SPEAKER = /\b(he|she)\s+(?:said|says|told|tells|added|adds)\b/i;

/** "Dmitry Peskov, the Kremlin's spokesman, said": a person's name with its speech verb. */
const NAMED_SPEAKER =
  /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?:,[^,“”"]{1,40},)?,?\s+(?:said|says|told|tells|added|warned)\b/u;

export interface SuggestInput {
  articleId: string;
  published: string | null;
  sentences: readonly StanceSentence[];
  topics: TopicMatcher;
  antecedents: Antecedents;
  /** Only actors a curator can paste: ids of the curated gazetteer. */
  isCurated(actorId: string): boolean;
  /** The state or body an actor speaks for (`affiliation` in the gazetteer), if any. */
  affiliationOf(actorId: string): string | null;
  /** What kind of actor it is (a person, a state, a group …), if the gazetteer knows it. */
  kindOf?(actorId: string): string | null;
  /** A curated position already records it (same actor and topic, on this sentence). */
  isRecorded(actorId: string, topicId: string, sentenceId: string): boolean;
}

/**
 * The day a position is dated: the sentence's one day of its own ("said on Monday"), else the day of
 * publication (a standing position is dated to the article, docs/curation.md).
 */
function dayOf(s: StanceSentence, published: string | null): string | null {
  const days = [...new Set(s.dates.filter((d) => d.precision === 'day').map((d) => d.date))];
  return days.length === 1 ? (days[0] as string) : published;
}

type QuoteSpan = ReturnType<typeof quoteSpans>[number];

/** The quoted passage a position `at` stands in (quotes.ts `quoteSpans`, in order), or null outside quotes. */
function quoteAround(spans: readonly QuoteSpan[], at: number): QuoteSpan | null {
  const last = spans[firstAtOrAfter(spans, at, (q) => q.start) - 1];
  return last && at < last.end ? last : null;
}

/** "…,” Scholz said", "…,” said Dimitra Papadaki", "…,” he added": the speaker told after the passage. */
const TOLD_AFTER_QUOTE =
  /^[”"]?\s*,?\s*(?:(?:he|she|they|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s+(?:said|says|added|adds|told|tells|wrote|warned|insisted)|(?:said|says|added|told|wrote|warned)\s+\p{Lu})/u;
/** "He told Corriere della Sera: “…", "Zelensky said …: “…": the speaker told before it. */
const TOLD_BEFORE_QUOTE =
  /\b(?:said|says|added|adds|told|tells|wrote|warned|insisted|stressed)\b[^“"”]{0,80}:\s*$/;

/**
 * "“Talking now about numbers of soldiers is premature,” Scholz said", "“Putin will accept a ceasefire only if
 * he sees Europe divided,” said Dimitra Papadaki": a cue in a quoted passage its speaker is told for gives the
 * speaker's view; a name inside the passage holds nothing. (When the speaker stands for the name — "“The United
 * Kingdom is ready …,” he said" — `speakingFor` has already made it the speaker's.)
 */
function namedInAttributedQuote(
  s: StanceSentence,
  spans: readonly QuoteSpan[],
  at: number,
  holder: string,
): boolean {
  const quote = quoteAround(spans, at);
  if (!quote) return false;
  const inside = s.actors.some((a) => a.actorId === holder && a.index > quote.start && a.index < quote.end);
  return (
    inside &&
    (TOLD_AFTER_QUOTE.test(s.text.slice(quote.end, quote.end + 60)) ||
      TOLD_BEFORE_QUOTE.test(textBefore(s.text, quote.start, 120)))
  );
}

/** The positions the article's sentences suggest, one per actor, topic and stance. */
export function suggestPositions(input: SuggestInput): SuggestedPosition[] {
  const out = new Map<string, SuggestedPosition>();
  input.sentences.forEach((sentence, si) => {
    const date = dayOf(sentence, input.published);
    if (!date) return;
    // "LONDON (Reuters) - Starmer said …": the outlet that reports holds no stance, and is no subject.
    const s = sentence.actors.some((a) => input.kindOf?.(a.actorId) === 'media')
      ? { ...sentence, actors: sentence.actors.filter((a) => input.kindOf?.(a.actorId) !== 'media') }
      : sentence;
    let spans: QuoteSpan[] | undefined;
    for (const f of stancesIn(s.text, input.topics)) {
      const condition =
        f.stance === 'conditional' || CONDITION_START.test(s.text.slice(f.cueAt, f.cueAt + 40));
      const holder = holderAt(s, f.cueAt, si, condition, input.antecedents);
      const actorId = holder && speakingFor(s, si, holder, f.cueAt, input);
      if (
        actorId &&
        actorId === holder &&
        namedInAttributedQuote(s, (spans ??= quoteSpans(s.text)), f.cueAt, holder)
      )
        continue;
      if (!actorId || !input.isCurated(actorId) || input.isRecorded(actorId, f.topicId, s.id)) continue;
      const key = `${actorId}|${f.topicId}|${f.stance}`;
      if (out.has(key)) continue;
      const quote = excerpt(s.text, f.cueAt, Math.min(s.text.length, f.cueAt + 60));
      out.set(key, {
        id: `${actorId}-${f.topicId}-${date}`,
        actorId,
        topicId: f.topicId,
        date,
        precision: 'day',
        stance: f.stance,
        summary: `Suggested from the article: “${quote.length > 160 ? `${quote.slice(0, 159)}…` : quote}”`,
        evidence: [{ articleId: input.articleId, quote }],
      });
    }
  });
  return [...out.values()];
}
