/**
 * Stage 7 — quotes: quoted speech with its speaker when the text attributes
 * it (`"…," Macron said`, `Trump said: "…"`, `"…," said a senior EU official
 * who …`, `"…," he said` → the nearest person before). Short quoted phrases
 * not next to a speech verb are scare quotes, not quotes. An unattributed
 * quote keeps speakerLabel "unknown" and speakerId null — never guessed.
 */
import type { Actor, Quote } from '../model/schema';
import { DEMONYM_WORDS, DEMONYMS, type ActorMatch, type Gazetteer } from './actors';
import { SOURCE_NOUN } from './collectives';
import type { OutletTable } from './outlets';
import { QUOTED_WORDS } from './dates';
import { excerpt } from './excerpt';
import { holdsOffice } from './offices';
import {
  DESCRIPTION_IN_APPOSITION,
  isPersonShaped,
  POST_NOMINALS,
  RETIRED_IN_BRACKETS,
  ROLE_BEFORE_NAME,
  titleCase,
  transcriptLabelOf,
  withFullNames,
  type TranscriptLabel,
  BROADCASTER_ROLE,
} from './names';
import { Antecedents, PeopleIndex, type Pronoun } from './pronouns';
import { endsInsideQuote, escapeRegExp, sha1Hex, textBefore, wordCount } from './util';
import { SPEECH_VERB } from './speechVerbs';
import { wireDateline } from './wireDateline';

export interface QuoteSentence {
  id: string;
  text: string;
  paragraph: number;
  actors: readonly ActorMatch[];
}

/**
 * The outermost quotations of a sentence: a curly pair, with any quotation inside it part of it ("“As Trump
 * put it, “we are with you”, and that matters,” Rutte said" is one quote, typeset right or not), a straight
 * pair, or a quote opened and never closed (it goes on in the next paragraph). `inner` is the text
 * between the marks.
 */
export function quoteSpans(text: string): { start: number; end: number; inner: string }[] {
  const out: { start: number; end: number; inner: string }[] = [];
  let depth = 0;
  let open = -1;
  let straight = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' && depth === 0) {
      if (straight < 0) straight = i;
      else {
        out.push({ start: straight, end: i + 1, inner: text.slice(straight + 1, i) });
        straight = -1;
      }
    } else if (ch === '“' && straight < 0) {
      if (depth++ === 0) open = i;
    } else if (ch === '”' && depth > 0 && --depth === 0) {
      out.push({ start: open, end: i + 1, inner: text.slice(open + 1, i) });
    }
  }
  if (depth > 0) out.push({ start: open, end: text.length, inner: text.slice(open + 1) });
  // A straight mark opening a sentence of speech that the paragraph never closes goes on in the next
  // paragraph too ('"The work is detailed, it is moving quickly.' / '"But nobody should …"').
  else if (
    straight >= 0 &&
    (straight === 0 || /\s/.test(text[straight - 1] ?? '')) &&
    /^\p{Lu}/u.test(text.slice(straight + 1))
  )
    out.push({ start: straight, end: text.length, inner: text.slice(straight + 1) });
  return out;
}

const OPENS_AFTER = /[\s([{—–/-]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Where a text quotes with single marks, as British tabloids do ('My sense is …,' he said), the same text
 * with those marks as double ones, character for character, so every rule reads one style; apostrophes
 * ("Kremlin's", "it's") stay. A closing mark after an "s" and before a word ("the leaders' plan") is a
 * possessive when the quote closes again later.
 */
export function asDoubleQuotes(text: string): string {
  const out = text.split('');
  const marks: { at: number; opens: boolean; closes: boolean; possessive: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch !== "'" && ch !== '‘' && ch !== '’') continue;
    const prev = text[i - 1];
    const next = text[i + 1];
    const opens =
      ch !== '’' && (prev === undefined || OPENS_AFTER.test(prev)) && next !== undefined && !/\s/.test(next);
    const closes =
      ch !== '‘' &&
      prev !== undefined &&
      !/\s/.test(prev) &&
      (next === undefined || !LETTER_OR_DIGIT.test(next));
    if (opens || closes)
      marks.push({
        at: i,
        opens,
        closes,
        possessive: closes && prev === 's' && /^\s+\p{Ll}/u.test(text.slice(i + 1)),
      });
  }
  let open = -1;
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k] as (typeof marks)[number];
    if (open < 0) {
      if (m.opens) open = m.at;
    } else if (m.closes && !(m.possessive && marks.slice(k + 1).some((n) => n.closes && !n.opens))) {
      out[open] = '“';
      out[m.at] = '”';
      open = -1;
    }
  }
  // A quote that goes on into the next sentence opens here and closes there.
  if (open >= 0) out[open] = '“';
  return out.join('');
}

/**
 * A sentence with single quotation marks (or apostrophes), no double ones, that ends as prose does: a
 * headline's single-quoted words ("Trump says allies who do not pay 'will not be defended'") stay a headline's.
 */
const singleMarksOnly = (s: QuoteSentence) =>
  !/[“”"]/.test(s.text) && /['‘’]/.test(s.text) && /[.!?]['‘’]?\s*$/.test(s.text);

const SCARE_MAX_WORDS = 3;
/**
 * How far before a quote its speaker, speech verb or determiner is looked for. An attribution is a few
 * words from its quote (the longest pattern, "X said that …", reaches about 300 characters back); reading
 * only this much keeps each quote's cost the same however long the sentence runs on.
 */
const QUOTE_CONTEXT = 600;

/** A label's characters: no sentence punctuation, but the dot of "Mr." or "Dr." (American style). */
/** Titles written with a full stop ("Mr.", "Gen."). */
const TITLE_ABBR = 'Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|St|Capt|Maj|Adm|Brig|Cmdr|Cpl|Prof|Rev|Fr';
/** Particles a name may open on, or hold, in lower case: "von der Leyen", "de Croo". */
const NAME_PARTICLE = 'von|van|der|den|de|du|da|di|al|bin';
/** "Col. (res.) Avi Dahan": a rank's bracket for the reserve or retirement, up to its full stop. */
const RANK_BRACKET_OPEN = '\\((?:retd|rtd|ret|res)';
/** A full stop that ends no name: after a title ("Mr.") or in a rank's bracket ("(ret.)"). */
// The stop first, then what stands before it: a lookbehind tried at every character costs a long sentence dear.
const TITLE_DOT = `\\.(?<=\\b(?:${TITLE_ABBR})\\.|${RANK_BRACKET_OPEN}\\.)`;
/** …and one in an initialism ("U.K.", "U.S.", "E.U."). */
const KEPT_DOT = `${TITLE_DOT}|(?<=\\b[A-Z](?:\\.[A-Z])*)\\.(?=[A-Z]|\\s)`;
const LABEL_CHAR = `(?:${KEPT_DOT}|[^,.;:“”"])`;
const NEW_CLAUSE = '(?!\\s*(?:but|and|while|whereas|although|though|yet)\\b)';
// "“…,” Melnyk, 58, said.": a speaker's age between commas.
const AFTER_SPEAKER_VERB = new RegExp(
  `^\\s*[,—–-]?\\s*${NEW_CLAUSE}(${LABEL_CHAR}{1,80}?)(?:,\\s*\\d{1,3},)?\\s+(?:(?:also|later|then|has|had|have)\\s+)*(?:${SPEECH_VERB}\\b|(?:was|were|is|are|has been|had been)\\s+(?:quoted|reported)\\s+(?:as\\s+saying|to\\s+have\\s+said)\\b)`,
);
/** A character of a speaker named after the verb: commas allowed, a full stop only in a title or an initialism. */
const NAMED_CHAR = `(?:${KEPT_DOT}|[^.;:“”"])`;
const AFTER_VERB_SPEAKER = new RegExp(
  `^\\s*[,—–-]?\\s*${SPEECH_VERB}\\s+(${NAMED_CHAR}{1,140}?)\\s*(?:(?<!\\b(?:[A-Z]|${TITLE_ABBR})|${RANK_BRACKET_OPEN})\\.|[,;]|$)`,
);
/**
 * "“…,” said the group's president, College junior Yaryna Shevchuk-Moss.", "“…,” said its president, Marta
 * Kovalenko, a DPhil student …": a description after the verb, then the name in apposition.
 */
const AFTER_VERB_DESCRIPTION_NAME = new RegExp(
  `^\\s*[,—–-]?\\s*${SPEECH_VERB}\\s+(?:the|its|their|his|her|our)\\s+[^,.;:“”"]{1,60},\\s+((?:\\p{Lu}[\\p{L}&.’'-]*\\s+){0,3}?(?:${ROLE_BEFORE_NAME}\\s+)?\\p{Lu}[\\p{L}’'-]+(?:\\s+(?:\\p{Lu}\\.\\s+)?\\p{Lu}[\\p{L}’'-]+){1,2})\\s*(?:[,.;]|$)`,
  'u',
);
const AFTER_ACCORDING = /^\s*[,—–-]?\s*according to\s+([^.;:“”"]{1,100}?)\s*(?:[.,;]|$)/;
/** The speech verb a sentence's text before a quote ends on, with up to three words and a "that" after it. */
const VERB_ENDING = `${SPEECH_VERB}(?:\\s+(?:[\\w’']+)){0,3}?\\s*[:,]?\\s*(?:that\\s+)?$`;
const BEFORE_SPEAKER_VERB = new RegExp(
  `([^,;.“”"]{1,100}?)\\s+(?:(?:also|later|then|previously|had|has|have)\\s+)*${VERB_ENDING}`,
);
const SAID_THEN_COLON = new RegExp(
  `(?:^|[,;]\\s*)([^,;.“”"]{1,100}?)(,?)\\s+(?:(?:also|later|then|has|had|have)\\s+)*${SPEECH_VERB}\\b[^:;“”"]{1,120}:\\s*$`,
);
/**
 * The tail BEFORE_SPEAKER_VERB must end on, alone: a quick look first, since the whole pattern tries every
 * start with each length of its speaker (`before` is read for every quote; see the run-on benchmark).
 */
const SPEAKER_VERB_TAIL = new RegExp(`(?:^|\\s)${VERB_ENDING}`);
// Not a new clause after the quote: "…”, but Washington has still not said …" is no attribution.
const FAR_AFTER = 80;
const END_ATTRIBUTION = new RegExp(`^[^“”"]*?[,—–]\\s*${NEW_CLAUSE}([^,;.“”"]{1,60}?)\\s+${SPEECH_VERB}\\b`);
/** Words after which a quoted phrase is a name or term ("the “coalition of the willing” summit"). */
const TERM_BEFORE = /\b(?:the|a|an|its|their|so-called|dubbed|called|termed|known as)\s*$/i;
/** The same with up to two words between ("a U.S. “backstop”", "a smaller “tripwire force”"). */
const TERM_NEAR =
  /\b(?:the|a|an|its|their|so-called|dubbed|called|termed|known as)\s+(?:(?!(?:is|was|were|are|be|been|being|has|have|had|will|would|could|should|may|might|must|can|do|does|did|not|to|that|as|of|in|on|for|with|by|from|said|says)\s)[\p{L}.’'-]+\s+){0,2}$/iu;
/**
 * A determiner, a noun and its verb in the past right before a quote ("the plan needed “strong US backing”",
 * "the war reached “behind our backs”"): the quote is what the verb takes, not a term the determiner
 * opens. An adverb first makes the "-ed" word an adjective ("a hastily arranged “summit”").
 */
const NOUN_AND_VERB_BEFORE =
  /\b(?:the|a|an|its|their)\s+(?![\p{L}’'-]+ly\s)[\p{L}’'-]+\s+[\p{L}’'-]+ed\s*$/iu;
/** A verb of naming right before a term: "what Macron called a", "dubbed the", "described it as a". */
const CALLED_BEFORE =
  /\b(?:called|calls|call|calling|dubbed|dubs|termed|terms|described\s+(?:it\s+|this\s+)?as|branded|labell?ed)\s+(?:(?:it|this|that|them)\s+|(?:\p{Ll}+\s+){1,3}(?=(?:a|an|the)\s))?(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\p{L}’'-]+\s+){0,2}$/iu;
/** An embedded quote (part of a sentence) with no speaker in the sentence needs this many words to count. */
const EMBEDDED_MIN_WORDS = 6;
const PRONOUN = /^(?:he|she|they)$/i;
const ANONYMOUS =
  /^(?:an?|one|another|two|three|several|some|many|other|a (?:second|third|fourth)|second|third)\b/i;
// "Russia's embassy in Canberra", "the EU delegation in Kyiv": a mission abroad is named by its city.
const CUT_DESCRIPTION =
  /(?<!\b(?:[Ee]mbassy|[Cc]onsulate|[Mm]ission|[Dd]elegation|[Oo]ffice))\s+(?:who|which|that|in|at|on|during|after|before|when|while|speaking|familiar|with knowledge)\b.*$/;

const DAY_WORD =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|this (?:morning|afternoon|evening|week)|last (?:week|night|month))';
const LEADING_TIME_OR_PLACE = new RegExp(
  `^(?:(?:(?:earlier|later|early|late)\\s+)?(?:on\\s+)?${DAY_WORD}(?:\\s+(?:morning|afternoon|evening|night))?,?\\s+|(?:In|At|From|During|After)\\s+[^,]{1,60},\\s+)(?=\\S)`,
  'i',
);
/** "Starmer became the first European leader to say …": the subject, not the rank it earned. */
const RANK_THEN_TO =
  /^(\p{Lu}[^]*?)\s+(?:was|were|is|are|became|becomes|has become|had become)\s+(?:one of\s+)?the\s+(?:first|only|last|latest|second|third)\b[^]*?\s+to$/u;
/** "He declined to say …", "Starmer was quick to say …": the subject, not its verb before "to". */
const VERB_THEN_TO = /^(\p{Lu}[^]*?)\s+(?:(?:was|were|is|are)\s+)?\p{Ll}+\s+to$/u;

/** Letters after a person's name ("Rachel Hartwell MP"), not a kind of source ("a Conservative MP"). */
const LETTERS_AT_END = new RegExp(
  `(?<=\\p{Lu}\\p{Ll}+\\s+\\p{Lu}[\\p{L}'’-]+)(?:\\s+${POST_NOMINALS})+$`,
  'u',
);

// "Col. Aurélie Dubreuil (ret.)": after the name, too.
const RETIRED_IN_LABEL = new RegExp(`${RETIRED_IN_BRACKETS}(?=\\s|$)`, 'giu');

function cleanLabel(label: string): string {
  return (
    label
      .trim()
      // The words before a speech verb's "to" are a subject and its own verb, never a name.
      .replace(RANK_THEN_TO, '$1')
      .replace(VERB_THEN_TO, '$1')
      // "Berlin (dpa) - Defence Minister Boris Pistorius said …": what is left of a wire dateline; "LONDON
      // (AP) — Britain and France said …": the whole of one.
      .replace(/^[-–—]\s*/, '')
      // "a London summit at which Prime Minister Keir Starmer said …": the one who speaks at it.
      .replace(/^[^“”"]*?\b(?:at|during|after|before)\s+which\s+(?=\S)/u, '')
      .replace(/^\p{Lu}{2,}[\p{Lu} ,.'’/-]*(?:\([^)]*\))?\s*[—–-]\s+/u, '')
      // "Earlier on Thursday Maria Zakharova said …", "In Brussels last week, he told …": the time or place
      // the sentence opens on is not part of the speaker.
      .replace(LEADING_TIME_OR_PLACE, '')
      // "In his nightly address on Thursday he said …", "… on Thursday Zelensky said …": with no comma after the
      // phrase, the pronoun or the name after it.
      .replace(
        /^(?:In|At|On|During|After|Before|Later|Earlier)\s+[^,“”"]{1,60}?\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\s+(?=\p{Lu}|(?:he|she|they)$)/u,
        '',
      )
      .replace(/^(?:In|At|On|During|After|Before|Later|Earlier)\s+[^,“”"]{1,60}?\s+(he|she|they)$/u, '$1')
      // "After the meeting the Prime Minister said …": a short phrase of time, no comma, then a description.
      .replace(
        /^(?:After|Before|During|Following|At|In|On)\s+(?:the|this|that|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:meeting|summit|talks|call|session|conference|visit|briefing|debate|vote|speech|statement|interview|event)\s+(?=(?:the|a|an)\s|\p{Lu})/u,
        '',
      )
      .replace(CUT_DESCRIPTION, '')
      .replace(/^(?:and|but|as|while)\s+/i, '')
      // "Afterwards he told …": an adverb before the speaker is not part of them.
      .replace(/^(?:afterwards|afterward|later|then|meanwhile|separately|earlier|also|again)\s+/i, '')
      // "he instead proposed …": nor one after a pronoun.
      .replace(/^(he|she|they)\s+(?:instead|also|then|later|again|too|himself|herself|themselves)$/i, '$1')
      // "Prime Minister Keir Starmer of Britain": the country after the name, as American papers print it.
      // Not an institution's own name: "Britain's Ministry of Defence".
      .replace(
        /(\b(?!(?:Ministry|Department|Office|Bureau|Council|Commission|Chamber|Court|Bank|House|Institute|Secretary|Minister|Isle|Republic|Kingdom|Federation|Union)\b)\p{Lu}[\p{L}'’-]+)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?$/u,
        '$1',
      )
      // "U.S. special envoy Steve Witkoff last month": a time after the speaker is not part of them.
      .replace(
        /\s+(?:(?:last|this|next)\s+(?:week|month|year|\p{Lu}\p{Ll}+day)|on\s+\p{Lu}\p{Ll}+day|yesterday|today|earlier|later)$/u,
        '',
      )
      // "Colonel (retd) Andrew Fennimore", "Col. (ret.) Marek Wójcik": retired, in brackets after the rank.
      .replace(RETIRED_IN_LABEL, '')
      // "Ostap H. Kowalchuk '26": a student's class year is no part of the name.
      .replace(/\s+[’']\d{2}$/u, '')
      // "Committee Chair Rachel Hartwell MP": nor are the letters after a name.
      .replace(LETTERS_AT_END, (letters, _at, whole: string) => (ANONYMOUS.test(whole) ? letters : ''))
      // "Sanna Lindqvist-Oru (Greens/EFA, FI)" cut at its comma: the group and country are no part of it.
      .replace(/\s*\([^()]*$/u, '')
      // "the US secretary of state merely said …": an adverb before the verb is not part of the speaker.
      .replace(/\s+\p{Ll}+ly$/u, '')
      // "Albanese said on Aug 19 that if asked, “…”": the speaker ends at their own speech verb.
      .replace(/\s+(?:said|says|told|tells|added|adds|wrote|writes|announced|announces)\b.*$/i, '')
      // "Maria Zakharova had already dismissed …": nor is an auxiliary.
      .replace(
        /\s+(?:had|has|have|would|will)(?:\s+(?:already|also|previously|earlier|just|since|repeatedly))*$/u,
        '',
      )
      // "Trump lashed out at him …, writing that …", "Lavrov shot back …": nor a verb with its particle.
      .replace(/^(.*?\p{Lu}[\p{L}'’.-]*)\s+\p{Ll}{2,}\s+(?:out|up|back|off)\b.*$/u, '$1')
      // "Mitsotakis welcomed the plan but said …": the subject ends where its own first verb starts.
      .replace(
        /^(.*?\p{Lu}[\p{L}'’.-]*)\s+(?:(?:has|have|had|also)\s+)?\p{Ll}{2,}ed\b.*\s(?:and|but)$/u,
        '$1',
      )
      // "The far-left PVDA-PTB said …", "the opposition Conservatives": where a party stands is no part of its name.
      .replace(
        /^(?:[Tt]he\s+)?(?:(?:far|hard|centre|center)-(?:left|right)|left-wing|right-wing|populist|nationalist|opposition|ruling|governing|conservative|liberal|green)\s+(?=\p{Lu})/u,
        '',
      )
      // "According to a statement from Downing Street, …": the statement is the institution's word.
      .replace(
        /^(?:[Aa]n?|[Tt]he)\s+(?:(?:joint|written|brief|short)\s+)?(?:statement|readout|communiqu[ée]|press release|release|post)\s+(?:from|by|issued by|released by)\s+(?:the\s+)?(\p{Lu}.*)$/u,
        '$1',
      )
      // "Emmanuel Macron used newspaper interviews last week to insist …" cut before its "to": the name ends where
      // its own verb starts.
      .replace(/^((?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\p{Lu}[\p{L}'’.-]*)\s+\p{Ll}{2,}ed\s+\p{Ll}.*$/u, '$1')
      .trim()
  );
}

function isPlausibleSpeaker(label: string): boolean {
  if (!label || wordCount(label) > 10) return false;
  if (/^(?:it|this|that|which|there|what)$/i.test(label)) return false;
  // "His envoy, …": a possessive alone is whose, not who.
  if (/^(?:his|her|its|their|our|my|your)$/i.test(label)) return false;
  // "the plan’s “unshakable” US backing was vital and urged …", "“credible enough to deter” Russia but warned":
  // a clause or an object, not a speaker, ends on its "and" or "but".
  if (/\s(?:and|or|but)$/.test(label)) return false;
  // "…, the first time a British leader had said so": a time, not who said it.
  if (/^the\s+(?:first|second|third|last|only|latest)\s+time\b/i.test(label)) return false;
  // "Here's the thing: “…”", "There is …": a word that points is no one.
  if (/^(?:here|there)(?:[’']s)?$/i.test(label)) return false;
  return (
    // A name, maybe with a particle first: "von der Leyen", "de Croo".
    NAME_START.test(label) ||
    /^(?:an?|the|one|another|two|three|several|some|he|she|they|his|her|their|officials?|diplomats?|sources?)\b/i.test(
      label,
    ) ||
    // A role in lower case before the name: "government spokesman Stavros Kontaxis", "opposition leader Andrej Babiš".
    // "retired Army Lt. Gen. Marcus Delacroix": a service and a rank of two words before the name.
    /^\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,4}\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,4}$/u.test(
      label,
    )
  );
}

interface Attribution {
  label: string;
  /** The label before cleaning, with a relative clause ("a senior EU official who took part in the meeting"). */
  full: string;
  /** Directly next to the quote marks (so even a short quote is speech). */
  adjacent: boolean;
  /** In the complement of a speech verb, or under a sentence-final attribution: short words are speech. */
  final?: boolean;
  /** A sentence-final attribution (`…, Politico wrote.`): it reports the whole sentence, quoted terms too. */
  sentenceFinal?: boolean;
}

const full = (raw: string) => raw.trim().replace(/^(?:and|but|as|while)\s+/i, '');

/** Names listed inside an aside, up to its "and": "Sir Keir, who hosted Mr Zelensky, Mr Macron and Mr Merz …, said". */
const LISTED_NAMES = `(?:,\\s+(?:(?:Mr|Mrs|Ms|Dr|Sir|President|Chancellor)\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)?)+(?=,?\\s+and\\s)`;
/**
 * Asides between commas — a relative clause, a participle ("speaking in Jeddah", "flanked by …"), "in an
 * interview" — before the verb they interrupt or a new subject; a town after a place in the aside goes with it
 * ("Dr Helena Birch, who lectures at St Mary’s University, Twickenham, said"), and one may open on an adverb ("A
 * former colleague, now serving in …, put it to me"). "Putin responded, telling a forum that troops
 * that appeared in Ukraine, while fighting continued, would be “…”" keeps its participle: no verb follows.
 */
const ASIDE_BEFORE_VERB = new RegExp(
  `(?:,\\s+(?:who|which|whose|where|(?:(?:now|then|once|still|formerly|previously)\\s+)?\\p{Ll}+ing\\b|\\p{Ll}+ed\\b|in an? (?:interview|statement|article|op-ed|letter|post|speech|address|podcast)\\b)[^,“”"]{0,120}(?:${LISTED_NAMES})?[^,“”"]{0,120}(?:,\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?(?=,))?)+,(?=\\s)(?!\\s+\\p{Ll}+ing\\b)(?:(\\s+\\p{Lu})|(?=\\s+(?:(?:\\w+ly|also|then|later|has|had|have)\\s+)?(?:${SPEECH_VERB}|\\p{Ll}+ed|met|held|took|spoke|made|gave|sent|came|went|left|put)\\b))`,
  'gu',
);
/** "Sen. Roger Wicker (R-MS)", "Ms Harriet Penhallow (Cornwall Coast) (LD)": brackets after a name. */
const NAME_BRACKETS = /(\p{Lu}[\p{L}'’-]+)(?:\s+\([^()“”"]{1,20}\))+(?=[\s,])/gu;
/** "Sen. John Curtis, R-Utah, said": a party and state between commas, as American papers tag a lawmaker. */
const PARTY_AND_STATE = /(\p{Lu}[\p{L}'’-]+),\s+[RDI]-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?,(?=\s)/gu;

/**
 * Asides after a name, skipped when looking back for the speaker: between dashes ("Meloni — among Trump’s
 * closest allies — said"), or between commas when they open with "who", a participle or the like
 * ("Zelensky, who was greeted by well-wishers on Saturday, said", "Zelenskiy, speaking in Jeddah, said").
 */
function withoutAsides(before: string): string {
  return (
    before
      .replace(/\s[—–][^—–“”"]{1,80}[—–]\s/g, ' ')
      // "Sen. Roger Wicker (R-MS), chairman of …, said": a party and state, or "(pictured)", after a name.
      .replace(NAME_BRACKETS, '$1')
      .replace(PARTY_AND_STATE, '$1')
      .replace(AGE_AND_HOME_ASIDE, '')
      // "Rustem Umerov, Ukraine’s defence minister, who attended the talks, said": the description and the
      // aside after it go together.
      .replace(APPOSITION_AND_ASIDE, '')
      // An aside between the subject and its verb goes ("Mark Rutte, who …, said"); one before a new subject
      // leaves the clauses apart ("…, according to Politico, Macron told …").
      .replace(ASIDE_BEFORE_VERB, (_, next) => (next ? `,${next}` : ''))
      .replace(DESCRIBED_NAME_IN_APPOSITION, ' $1')
      .replace(APPOSITION_BEFORE_VERB, '')
      .replace(NAME_IN_APPOSITION, ' $1')
  );
}
/** A verb after the subject: one of speech, or one that hands over the quote ("described the offer as “…”"). */
const VERB_OR_HANDING = `(?:${SPEECH_VERB}|described|defined|called|branded|dubbed|welcomed|hailed|praised|rejected|denounced|condemned|critici[sz]ed|proposed|floated|invited|encouraged|pressed|exhorted|implored)`;
/**
 * What may stand between a subject in apposition and its verb: an auxiliary, an adverb, or a time ("Steve
 * Witkoff, last week dismissed …", "Sergei Lavrov, on Monday called …", "Maria Zakharova, had already warned …").
 */
const BEFORE_THE_VERB =
  '(?:(?:has|had|have)\\s+)?(?:\\w+ly\\s+|also\\s+|already\\s+|later\\s+|then\\s+|(?:last|this|earlier this)\\s+(?:week|month)\\s+|on\\s+\\p{Lu}\\p{Ll}+day\\s+|yesterday\\s+)?';
/**
 * "Gary Ollerenshaw, 58, from Stockport, who served …, said", "Sian Morgan, from Caerphilly, told": the age and
 * home town local news puts after a name. A comma left before the verb goes with them ("Mark Kent, 61, said").
 */
const AGE_AND_HOME_ASIDE = new RegExp(
  `(?=,\\s*(?:\\d|from\\s|of\\s))(?<=\\p{Lu}[\\p{L}'’-]+)(?:,\\s*\\d{1,3}(?=,))?(?:,\\s*(?:from|of)\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:(?:of|upon|on)\\s+)?\\p{Lu}[\\p{L}'’-]*){0,3}(?=,))?(?:,(?=\\s+${BEFORE_THE_VERB}${VERB_OR_HANDING}\\b))?`,
  'gu',
);
/**
 * "the Russian foreign ministry spokesperson, Maria Zakharova, said …": the name between commas after a
 * role in lower case is the subject, the role its description.
 */
const NAME_IN_APPOSITION = new RegExp(
  `(?<=\\p{Ll}),\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}\\p{Lu}[\\p{L}'’-]*),(?=\\s+${BEFORE_THE_VERB}${VERB_OR_HANDING}\\b)`,
  'gu',
);
/**
 * "One of the few sceptics, the Tory backbencher Graham Tulley, told …": a description, then who it is with
 * what they are between commas; the name is the subject.
 */
const DESCRIBED_NAME_IN_APPOSITION = new RegExp(
  `(?<=\\p{Ll})${DESCRIPTION_IN_APPOSITION}((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}\\p{Lu}[\\p{L}'’-]*),(?=\\s+${BEFORE_THE_VERB}${VERB_OR_HANDING}\\b)`,
  'gu',
);
/**
 * "Celso Amorim, the chief foreign policy adviser to President Lula, said …", "Rasmus Kjeldgaard, defence
 * spokesperson for the Conservatives, said …": who the speaker is, between commas.
 */
const APPOSITION_BEFORE_VERB = new RegExp(
  `,\\s+(?:\\p{Ll}|(?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}\\p{Lu}[\\p{L}.-]*[’']s\\s)[^,“”"]{1,120},(?=\\s+${BEFORE_THE_VERB}${VERB_OR_HANDING}\\b)`,
  'gu',
);

const APPOSITION_AND_ASIDE = new RegExp(
  `,\\s+(?:\\p{Ll}|\\p{Lu}[\\p{L}.-]*[’']s\\s)[^,“”"]{1,120},\\s+who\\s[^,“”"]{1,120},(?=\\s+(?:\\w+ly\\s+|also\\s+|later\\s+|then\\s+)?${VERB_OR_HANDING}\\b)`,
  'gu',
);

/** "… what a senior official called “…”", "… for what he called “…”": the one who called it so speaks. */
// "… a cautious reply that Kallas described as “…”", "… terms which Macron dismissed as “…”": so does the
// subject of a relative clause that hands over the quote.
const WHAT_CALLED =
  /\b(?:what|which|that)\s+((?:(?!(?:what|which|that)\b)[\p{L}.’'-]+\s+){0,6}?[\p{L}.’'-]+)(?<!\b(?:was|were|is|are|been|be))\s+(?:has\s+|had\s+)?(?:called|described as|dubbed|termed|branded|dismissed as|rejected as|derided as|hailed as|welcomed as|praised as)\s+(?:(?:the|a|an|its|their)\s+)?$/u;
/** The subject of the clause in which "they" call something so: "in which American negotiators offered … what they called". */
const THEY_CALLED =
  /(?:^|[,;]\s*|\b(?:which|whom|where|when)\s+)((?:(?!(?:what|which|that|in|who|spoke|said|met|told)\b)[\p{L}.’'-]+\s+){0,4}?(?!(?:who|he|she|they|it)\b)[\p{L}.’'-]+)\s+(?:\p{Ll}+ed|offered|gave|made|sent|said|told|put|set|sought|brought)\s+(?:[^,;“”"]{0,60}?\s+)?what\s+they\s+(?:called|described as|dubbed|termed|branded)\s+(?:(?:the|a|an|its|their)\s+)?$/u;
/**
 * "…, a demand Macron rejected Thursday as “far too early.”": a noun with a relative clause that has no
 * "that", its subject a name, the verb handing over the quote (maybe with the day between).
 */
const NOUN_NAME_CALLED =
  /,\s+(?:a|an|the|one)\s+(?:(?!(?:to|on|of|for|with|in|at|from|by|against)\b)\p{Ll}+\s+){1,2}?(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})\s+(?:has\s+|had\s+)?(?:called|described|dubbed|termed|branded|dismissed|rejected|derided|hailed|welcomed|praised)(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\s+(?:yesterday|today|earlier|last\s+week))?\s+(?:as\s+)?(?:(?:the|a|an|its|their)\s+)?$/u;
/** "…, a performance one French diplomat described as “a cold shower”": the same, the one who calls it unnamed. */
// "…—a proposal a Downing Street spokesperson described the day after as “…”": after a dash, a time between.
const NOUN_SOURCE_CALLED =
  /(?:,\s+|\s?[—–]\s?)(?:a|an|the)\s+\p{Ll}+\s+((?:one|a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:diplomat|official|minister|analyst|source|expert|aide|adviser|advisor|envoy|officer|lawmaker|commander|observer|spokes(?:man|woman|person)))\s+(?:has\s+|had\s+)?(?:called|described|dubbed|termed|branded)(?:\s+(?:the\s+(?:day|week)\s+(?:after|before)|later|yesterday|last\s+week|on\s+\p{Lu}\p{Ll}+day))?\s+(?:as\s+)?$/u;
/** "…, with Ukrainian officials calling a revised American draft “a starting point”": the ones after "with" speak. */
const WITH_THEM_CALLING =
  /\bwith\s+((?:[\p{L}.’'-]+\s+){0,5}?[\p{L}.’'-]+)\s+(?:calling|describing|dubbing|branding|hailing|deriding)\s+(?:[^“”",;:.]{1,60}?\s+)?(?:as\s+)?$/u;
/** "X told Y, “…”" and "X told Ukrainian President Volodymyr Zelensky: “…”": X speaks, however long Y is. */
const TOLD_ENDING = `(?:told|asked|assured|reminded)\\s+(?:[\\p{L}’'.-]+\\s+){0,8}?[\\p{L}’'.-]+\\s*[:,]\\s*$`;
const TOLD_OBJECT = new RegExp(`((?:${TITLE_DOT}|[^,;.“”"]){1,100}?)\\s+(?:also\\s+)?${TOLD_ENDING}`, 'u');
/** TOLD_OBJECT's tail alone, looked for first (as SPEAKER_VERB_TAIL is for BEFORE_SPEAKER_VERB). */
const TOLD_TAIL = new RegExp(`\\s${TOLD_ENDING}`, 'u');
/** "…, and added: “…”", "…, adding: “…”": the verb has no subject of its own; the sentence's is meant. */
const CONJOINED_VERB = new RegExp(
  `(?:\\b(?:and|but|then|before)\\s+(?:also\\s+|later\\s+)?${SPEECH_VERB}|,\\s*adding(?:\\s+that)?)\\s*[:,]?\\s*$`,
);
/**
 * A clause that hands over to the quote without a speech verb: "… put it bluntly: “…”", "… accused Putin of
 * “playing games”", "… had no objection: “…”", "… called the pledges “…”", "… called Putin's offer “…”", "… welcomed the decision on
 * Wednesday as “…”"; an initialism's full stops may stand between ("called the offer of U.S. air power “…”").
 * What it was called may follow "a" ("called the plan a “reckless adventure”"), not "of a" or "for a" ("called
 * it the start of a “coalition of the willing”"), where the quote names a thing inside the speaker's words.
 */
const INTRODUCED =
  /(?::\s*|\b(?:rejected|ruled out|dismissed|denounced|condemned|welcomed|hailed|praised)\s*$|\b(?:proposed|offered|promised|pledged|demanded|called for|floated|suggested|put forward|held out the prospect of|spoke of|spoke about)\s+(?:a|an|the|what|to)\b[^“”".;:]{0,40}?(?<!\b(?:a|an|the|its|their)\s*)\s*$|(?<!-)\b(?:called|described|defined|dubbed|branded)\s+(?:the|it|them|this|that|his|her|their|\p{Lu}[\p{L}.-]*[’']s|\p{Ll}+\s+\p{Ll}+s|\p{Ll}{2,}ing|(?!(?:on|for|in|at|up|off|to|out|into|from|by|upon|him|her|me|us|you)\b)\p{Ll}{3,}\s+(?:of|for|about|on)\s+\p{Ll}[\p{L}-]*)(?![\p{L}])(?:[^“”".;:]|(?<=\b\p{Lu})\.){0,60}?(?<!\b(?:an|the|its|their|(?:of|for|with|in|to)\s+a)\s*)\s*|\bcalled\s+\p{Lu}\p{Ll}+(?:\s+(?!(?:on|after|to|in|at|about|before|when|while|and|but)\b)\p{Ll}+){1,2}(?:\s+(?:for|of)\s+\p{Lu}\p{Ll}+)?\s*|\b(?:welcomed|hailed|described|dismissed|denounced|condemned|critici[sz]ed|praised|rejected|branded)\b[^“”".;:]{0,60}?\bas(?:\s+(?:a|an|mere|just|little more than))?\s*|(?<!\b(?:was|were|been|being|is|are|be|get|got)\s)\baccused\s+(?!by\b)[^“”".;:]{1,60}?\s+of\s*)$/u;
// "Zakharova called Western security guarantees for Ukraine “…”": a capitalised word opens the object only when
// the quote follows a word or two later ("Zelensky called Trump on Monday after …" is a phone call).
/** Participles that hand over what follows as speech: ", calling the idea “…”", ", dismissing the idea of “…”". */
const SPEECH_PARTICIPLE =
  '(?:calling|describing|dismissing|branding|deriding|mocking|hailing|praising|rejecting|warning of|decrying)';
/** "…, he said, adding: “…”", "…, she said, calling the idea “…”": the one who said it goes on. */
const SAID_ADDING = new RegExp(
  `,\\s*([^,;:“”"]{1,60}?)\\s+(?:said|says|told\\s+[\\p{L}]+|wrote)\\s*,\\s*(?:adding(?:\\s+that)?\\s*[:,]?|${SPEECH_PARTICIPLE}\\b[^,“”".;:]{0,50})\\s*$`,
  'u',
);
/**
 * ", saying “…”", ", dismissing the idea of “…”", ", calling it “…”": a participle of speech after the
 * sentence's own verb hands the words to the sentence's subject.
 */
const CLAUSE_THEN_SAYING =
  /,\s*(?:(?:a|one|two|three|\d+)\s+(?:days?|hours?|weeks?)\s+|shortly\s+|hours\s+|just\s+)after\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s+(?:had\s+|has\s+)?(?:\p{Ll}+(?:ed|t)|spoke|met|told|gave|made|took|came|went|held|flew|wrote|sent|rang)\b[^“”"]{0,120},\s*saying\b[^“”".;:]{0,80}$/u;
/** A subject that is a thing or an occasion, never a speaker: "The meeting", "The talks", "It". */
const THING_SUBJECT =
  /^\s*(?:(?:the|a|an|this|that|it)\s*$|(?:the|a|an|this|that)\s+(?:[\p{Ll}-]+\s+)?(?:meeting|talks|summit|call|session|deal|plan|move|decision|announcement|visit|trip|conference|news|remarks?|comments?|offer|proposal|sanctions|war|ceasefire|agreement)\b)/iu;
/** "… after Trump shelved a planned summit with Putin in Budapest, saying": the clause of time and its actor. */
const TIME_CLAUSE_SAYING =
  /\b(?:after|when|as|before|while|once)\s+((?:(?:Mr|Mrs|Ms|Dr|Sir|President)\.?\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(?:had\s+)?(?:\p{Ll}{3,}ed|met|said|told|spoke|wrote|made|took)\b[^“”";:]{0,160},\s*(?:saying|adding|telling|warning|insisting|arguing)\b[^“”";:]{0,120}$/u;
const SAYING = new RegExp(
  `,\\s*(?:saying(?:\\s+that)?\\s*[:,]?|${SPEECH_PARTICIPLE}\\b[^,“”".;:]{0,50})\\s*$`,
);
/** Lower-case office words that may stand inside a run of capitalised words naming someone. */
// Lower case as some agencies print them: "German chancellor Olaf Scholz", "French president Emmanuel Macron",
// "Defence analyst Petros Kalogeropoulos".
const OFFICE_IN_NAME_RUN =
  'spokes(?:man|woman|person)|press(?=\\s+(?:secretary|officer|spokes))|national(?=\\s+security\\s+advis)|security(?=\\s+advis)|minister|ministry|secretary|envoy|adviser|ambassador|defen[cs]e|foreign|prime|deputy|special|chancellor|president|premier|commissioner|governor|senator|sergeant|corporal|captain|major|colonel|general|officer|veteran|commander|lieutenant|chaplain|analyst|expert|researcher|scholar|professor|lecturer|historian|economist|strategist';
/** "U.K. Prime Minister Keir Starmer arrived …", "Foreign Ministry spokeswoman Maria Zakharova went …". */
const NAME_BEFORE_DEED = new RegExp(
  `^((?:(?:\\p{Lu}[\\p{L}.'’-]*|${OFFICE_IN_NAME_RUN})\\s+){1,6}\\p{Lu}[\\p{L}.'’-]*)\\s+(?:\\p{Ll}+ed|having|had|has|came|went|flew|left)\\b.*$`,
  'u',
);
/**
 * The named subject at a sentence's start, after a short opening phrase ("In a phone interview this
 * morning, President Donald Trump ruled out …"): capitalised words before the first lower-case one, with
 * the office words among or after them ("Foreign Ministry spokeswoman Maria Zakharova went …", "The British
 * leader first raised …").
 */
const NAMED_SUBJECT = new RegExp(
  `^\\s*(?:(?:In|At|On|During|After|Before|Speaking|Asked|Earlier|Later)\\b[^,“”"]{0,80},\\s+)?((?:(?:[\\p{Lu}][\\p{L}.'’-]*|${OFFICE_IN_NAME_RUN}|(?:of|for)(?=\\s+\\p{Lu}))\\s+){0,6}[\\p{Lu}][\\p{L}.'’-]*(?:\\s+(?:leader|boss|president|chancellor|premier|minister|spokes(?:man|woman|person)))?)\\s+\\p{Ll}`,
  'u',
);
const SENTENCE_SUBJECT = new RegExp(
  `^\\s*([^,;:“”"]{1,80}?)\\s+(?:(?:also|then|later|has|had)\\s+)?${SPEECH_VERB}\\b`,
);

const labelled = (raw: string, adjacent: boolean, extra: Partial<Attribution> = {}): Attribution | null => {
  const label = cleanLabel(raw);
  return isPlausibleSpeaker(label) ? { label, full: full(raw), adjacent, ...extra } : null;
};

/** `“…,” Macron said`, `“…,” said a senior official who …`: the speaker right after the quote. */
function afterQuote(after: string): Attribution | null {
  // "“…,” Friedrich Merz, the German chancellor, told reporters", "“…,” Britain’s defense secretary, John
  // Healey, told reporters": the description between commas goes.
  const plain = withoutAsides(after);
  for (const re of [AFTER_SPEAKER_VERB, AFTER_VERB_DESCRIPTION_NAME, AFTER_VERB_SPEAKER]) {
    const text = re === AFTER_SPEAKER_VERB ? plain : after;
    const m = re.exec(text);
    // "… a post-war “reassurance force”, as Vladimir Putin warned that …": a clause of its own reports
    // what else was said, not the words before it.
    if (m && /^\s*[,—–-]?\s*as\s/i.test(text) && /^\s+that\b/.test(text.slice(m[0].length))) continue;
    // "“…,” a day after European leaders said …": a clause of time with a subject of its own, not the speaker.
    if (m && TIME_AFTER_QUOTE.test(text)) continue;
    const found = m ? labelled(m[1] as string, true) : null;
    if (found) return found;
  }
  return null;
}

/** A name's first word: capitalised, or a particle before one ("von der Leyen"). */
const NAME_START = new RegExp(`^(?:\\p{Lu}|(?:${NAME_PARTICLE})\\s+(?:\\p{Ll}+\\s+)?\\p{Lu})`, 'u');

const TIME_AFTER_QUOTE =
  /^\s*[,—–-]?\s*(?:a|an|one|two|three|four|five|several|\d+)\s+(?:days?|weeks?|hours?|months?)\s+(?:after|before|later|earlier)\b/i;

const SOUNDBITE =
  /^\s*(?:\(SOUNDBITE\)\s*)?(?:\([\p{L} ]{2,30}\)\s*)?(\p{Lu}[\p{Lu}'’.() &-]*(?:,\s*\p{Lu}[\p{Lu}'’.() &-]*){0,3}),?\s+SAYING(?:\s*\([^()]{1,30}\))?:\s*$/u;
/** Words of a shot list's role, not of a name: "British Prime Minister", "Unidentified Resident". */
const SOUNDBITE_ROLE =
  /\b(?:Minister|President|Secretary|Chancellor|Spokes(?:man|woman|person)|Ambassador|General|Officer|Leader|Mayor|Governor|Senator|Resident|Member|Official|Commander|Chief|Unidentified|Soldier|Analyst|Director|Head)\b/;

/** ", a day after telling …", "two days before saying …": a span of time, then a participle with no subject. */
const TIME_THEN_PARTICIPLE =
  /,\s+(?:a|an|one|two|three|four|five|\d+)\s+(?:days?|hours?|weeks?)\s+(?:after|before)\s+(?:telling|saying|promising|warning|declaring|insisting|announcing)\b[^“”";]*$/;
/** "…, French President Emmanuel Macron, who said:" right before the quote: the name and its "who" clause. */
const WHO_SAID =
  /(?:^|\s)((?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]+),\s+who\s+(?:said|added|told\s+[^,:;“”"]{1,40}|warned|insisted|declared|stressed)\s*:\s*$/u;
/** WHO_DESCRIBED's verb alone, looked for first: the whole pattern is tried at every word. */
const WHO_DESCRIBED_VERB = /\bwho\s+(?:described|called|branded|dubbed|labell?ed|termed)\s/;
/**
 * "…, according to a French presidential adviser, who described the coming weeks as “…”": the one the "who"
 * clause hangs on hands over the words.
 */
const WHO_DESCRIBED =
  /(?:^|\s)((?:an?|the)\s+[^,;:“”"]{1,60}?|(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]+),\s+who\s+(?:described|called|branded|dubbed|labell?ed|termed)\s+[^,;:“”"]{1,80}?\s+as\s*$/u;

/** `Trump said: “…”`, `X told Y, “…”`, `…, and added: “…”`: the speaker right before the quote. */
function beforeQuote(sentence: string, before: string): Attribution | null {
  const adjacent = /[:,]\s*$/.test(before) || /\b(?:said|says)\s*$/.test(before);
  // A news item set out in parts labels its quote ("Quote: “…”"); its "Source:" line names the speaker.
  // "Quote from Macron: “…”" names the speaker on the label.
  if (/^\s*Quote\s*:\s*$/i.test(before)) return { label: 'Quote', full: 'Quote', adjacent: true };
  const from = /^\s*Quote\s+(?:from|by)\s+([^:“”"]{1,60}):\s*$/i.exec(before);
  if (from) return labelled(from[1] as string, true);
  // A wire video's shot list: "KEIR STARMER, BRITISH PRIME MINISTER, SAYING:", "(SOUNDBITE) (English) BRITISH
  // PRIME MINISTER, KEIR STARMER, SAYING:": of the parts in capitals, the one shaped as a person's name speaks.
  const sound = SOUNDBITE.exec(before);
  if (sound) {
    const parts = (sound[1] as string).split(/\s*,\s*/).map(titleCase);
    const name = parts.find((part) => isPersonShaped(part) && !SOUNDBITE_ROLE.test(part)) ?? parts[0];
    const found = name ? labelled(name, true) : null;
    if (found) return found;
  }
  // "Donald Trump this morning ruled out …, a day after telling European leaders … that America would be
  // “involved”": a participle after a span of time has no subject of its own; it is the sentence's.
  if (TIME_THEN_PARTICIPLE.test(before)) {
    const subject = sentenceSubject(sentence);
    if (subject && !PRONOUN.test(subject.label)) return { ...subject, adjacent: true };
  }
  // "The pledges were announced … by French President Emmanuel Macron, who said: “…”": the name the "who"
  // clause hangs on speaks, whatever the sentence's subject.
  const whoSaid =
    WHO_SAID.exec(before) ?? (WHO_DESCRIBED_VERB.test(before) ? WHO_DESCRIBED.exec(before) : null);
  if (whoSaid) {
    const found = labelled(whoSaid[1] as string, true);
    if (found) return found;
  }
  // "… discussed what a senior administration official called “Article 5-like” protection".
  const what = WHAT_CALLED.exec(before);
  // "… in which American negotiators offered Ukraine what they called “…”": "they" are the clause's subject.
  const theyCalled = what && /^they$/i.test((what[1] as string).trim()) ? THEY_CALLED.exec(before) : null;
  const they = theyCalled ? labelled(theyCalled[1] as string, true) : null;
  if (they) return they;
  if (what) return labelled(what[1] as string, true);
  const nounName = NOUN_NAME_CALLED.exec(before) ?? NOUN_SOURCE_CALLED.exec(before);
  if (nounName) return labelled(nounName[1] as string, true);
  const withThem = WITH_THEM_CALLING.exec(before);
  if (withThem) return labelled(withThem[1] as string, true);
  // "As a senior European defense official put it, “…”": the one who put it so; "…, in the words of one
  // European defence official, “…”": the one whose words they are.
  const putIt = AS_PUT_IT.exec(before) ?? IN_THE_WORDS_OF.exec(before) ?? IN_THE_WORDS_OF_ASIDE.exec(before);
  if (putIt) {
    // "As retired Norwegian colonel Erik Sandvold … put it": the name that closes what they are.
    const named = /\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u.exec(putIt[1] as string)?.[0];
    const found =
      labelled(putIt[1] as string, true) ?? (named && isPersonShaped(named) ? labelled(named, true) : null);
    if (found) return found;
  }
  const told = TOLD_TAIL.test(before) ? TOLD_OBJECT.exec(before) : null;
  if (told) return labelled((told[1] as string).replace(/^.*\b(?:when|while|after|as|and)\s+/i, ''), true);
  // "Any guarantee would need a backstop, he said, adding: “…”", "…, she said, calling the idea “…”": the one
  // who said it adds it.
  const saidAdding = SAID_ADDING.exec(before);
  if (saidAdding) {
    const found = labelled(saidAdding[1] as string, true);
    if (found) return found;
  }
  // "…, and added: “…”", "…, saying “…”": the words are the sentence subject's.
  // "…, a day after Trump shelved plans for a summit, saying he did not want a “…”": after a phrase of time set
  // off by commas, the participle goes on with that phrase's subject; after a plain clause ("Starmer spoke after
  // Macron left, saying …") it is the sentence's.
  const clauseSaying = CLAUSE_THEN_SAYING.exec(before);
  if (clauseSaying) {
    const found = labelled(clauseSaying[1] as string, true);
    if (found) return found;
  }
  if (CONJOINED_VERB.test(before) || SAYING.test(before)) {
    const found = sentenceSubject(sentence);
    if (found) return found;
  }
  // "Tusk has said Poland will not send soldiers, and Scholz called the debate “premature”": the last clause,
  // with a subject of its own, hands over the quote.
  if (INTRODUCED.test(before) && lastCoordinateClause(before) !== before) {
    const own = clauseSubject(before);
    if (own) return own;
  }
  // "…, and a senior European diplomat said a U.S. backstop was still the missing piece: “…”": what was said
  // runs on from the verb to the colon that opens the quote.
  if (!SPEAKER_VERB_TAIL.test(before)) {
    const plain = withoutAsides(before);
    const ranOn = SAID_THEN_COLON.exec(plain);
    // The words right before the verb speak ("…, and a senior European diplomat said …"), unless a comma closes
    // them as an aside ("Professor Tomasz Wielgosz, Visiting Professor of Strategic Studies, argued …"): then
    // the words the sentence opens on do.
    const found = ranOn
      ? labelled(ranOn[2] === ',' ? (plain.split(/[,;]/)[0] as string) : (ranOn[1] as string), true)
      : null;
    if (found) return found;
  }
  // A match that starts inside a word ran out of reach before the speaker's name began: it names no one.
  const reached = SPEAKER_VERB_TAIL.test(before) ? BEFORE_SPEAKER_VERB.exec(before) : null;
  const m = reached && !/[\p{L}\p{N}]/u.test(before[reached.index - 1] ?? '') ? reached : null;
  // A few words between verb and quote ("Zelensky said he felt “strong support”"): reported speech.
  // "Trump has ruled out troops but said Washington could help “by air”": the second verb's subject is the
  // sentence's.
  if (m && /\b(?:and|but)$/.test((m[1] as string).trim())) {
    const subject = sentenceSubject(sentence);
    if (subject) return { ...subject, adjacent, ...(adjacent ? {} : { final: true }) };
  }
  // "…, where he promised the US would be “involved”": the clause's own subject.
  const raw = m ? (m[1] as string).replace(/^.*\b(?:when|while|after|as|and|where)\s+/i, '') : null;
  const found = raw ? labelled(raw, adjacent, adjacent ? {} : { final: true }) : null;
  // "Starmer, speaking as he left, put it bluntly: “…”", "Zelensky called the talks “…”": no speech verb,
  // but the clause hands over to the quote, so the words are its subject's.
  if (found) return found;
  if (INTRODUCED.test(before)) {
    // "…, a day after 26 countries pledged to contribute to a postwar “…”": the verb is in a clause of time
    // with a subject of its own, not the sentence's.
    const clause = before.slice(before.lastIndexOf(',') + 1);
    if (/\b(?:after|before|when|since|while|because|until|once(?!\s+(?:again|more)\b))\b/.test(clause))
      return clauseSubject(before);
    return clauseSubject(before) ?? sentenceSubject(sentence);
  }
  // "One senior British official put it more simply: the aim was “…”": the attribution ends at the colon,
  // and a short clause of what was said leads up to the quote.
  const colon = COLON_THEN_CLAUSE.exec(before);
  const head = colon ? before.slice(0, colon.index + 1) : '';
  return colon && SPOKE_BEFORE_COLON.test(head) ? beforeQuote(sentence, head) : null;
}

// "As one senior European diplomat put it to me at a conference in Warsaw last week, “…”": to whom and where.
const AS_PUT_IT =
  /(?:^|[,;—–]\s*)[Aa]s\s+([^,;:“”"]{1,80}?)(?:,[^,;:“”"]{1,80},)?\s+(?:(?:has|had|once)\s+)?(?:put|puts|phrased|phrases|summed|sums)\s+(?:it|the matter)(?:\s+up)?\b[^,;:“”"]{0,80}[,:]\s*$/;

const IN_THE_WORDS_OF = /\b[Ii]n the (?:words|phrase) of\s+([^,;:“”"]{1,80}?)\s*[,:]\s*$/;
/**
 * "The aim, in the words of a French officer who was present, was to find out “…”": the aside names whose words
 * they are, and the clause after it leads up to them with no speaker of its own.
 */
const IN_THE_WORDS_OF_ASIDE = new RegExp(
  `,\\s+in the (?:words|phrase) of\\s+([^,;:“”"]{1,80}?),\\s+(?![^“”"]*\\b${SPEECH_VERB}\\b)[^,;:“”"]{1,80}$`,
);

/** A colon, then a few words of the speaker's own before the quote opens ("…: the aim was “"). */
const COLON_THEN_CLAUSE = /:\s+[^:;“”"]{1,60}$/;
/** What the colon closes must be an act of speech: "… put it more simply:", "… told reporters:". */
// "Peskov told reporters Monday that the Russian position had not changed: troops …, “under whatever flag,” …",
// "Putin responded … with a counter-offer: direct negotiations …, “without any preconditions”": what was said may
// run on from the verb to the colon.
// "Macron floated a different sequence in an interview: a truce “…”": a proposal, set out after its colon.
const SPOKE_BEFORE_COLON = new RegExp(
  `\\b(?:put it|summed it up|floated|proposed|outlined|set out|laid out|sketched|put forward|${SPEECH_VERB})\\b[^:;“”".]{0,120}:$`,
);

/**
 * The subject of the clause that hands over to the quote, when it has its own: "The United States has not
 * committed, and Trump's envoy Steve Witkoff dismissed the effort as “…”" — Witkoff, not the United States.
 */
const HANDING_VERB =
  /^\s*([^,;:“”"]{1,80}?)\s+(?:(?:also|then|later|has|had|have|once again|again|already)\s+)*(?:called|described|defined|dubbed|branded|welcomed|hailed|dismissed|denounced|condemned|critici[sz]ed|praised|rejected|put|proposed|offered|promised|pledged|demanded|floated|suggested|(?<!\b(?:was|were|been|being|is|are|be)\s)accused)\b/;
function clauseSubject(before: string): Attribution | null {
  // "On Monday, Maria Zakharova rejected “any scenarios”": the time the clause opens on is not its subject.
  const clause = lastCoordinateClause(before).replace(OPENING_PHRASE, '');
  const m = HANDING_VERB.exec(clause);
  // "A No 10 spokesperson said the prime minister had called Putin's delaying tactics “…”": a spokesperson or an
  // office relays what the one it speaks for called it.
  const relayed = m ? RELAYED_SUBJECT.exec(m[1] as string) : null;
  if (relayed && RELAYER.test(relayed[1] as string)) return labelled(relayed[2] as string, true);
  // "opposition MP Joris Bakker (GroenLinks-PvdA) accused …": the party in brackets is no part of the name.
  return m ? labelled((m[1] as string).replace(/\s*\([^()]{1,40}\)\s*$/, ''), true) : null;
}

// "The next day, he told …", "Two days later, she said …": a time the sentence opens on, too.
const OPENING_PHRASE =
  /^\s*(?:In|At|On|From|During|After|Before|Speaking|Asked|Standing|Sitting|Flanked|Writing|Addressing|Responding|Pressed|Questioned|Arriving|Earlier|Later|Last|This|Next|Since|Following|Meanwhile|Afterwards|Then|By|Despite|Unlike|Like|Over|Within|Throughout|However|Separately|Instead|Indeed|Still|The\s+(?:next|following|previous|same)\s+(?:day|morning|afternoon|evening|night|week)|The\s+(?:day|night|evening|week)\s+(?:before|after|earlier)|(?:A|An|One|Two|Three|Four|Five|Several|Hours|Days|Minutes|Weeks)\s+(?:[\p{L}-]+\s+)?(?:later|earlier|after))\b[^,“”"]{0,80},\s+(?=\S)/iu;

/**
 * "Keith Kellogg, Trump's envoy for Ukraine and Russia, arrived in Kyiv …", "Jonathan Powell, British Prime
 * Minister Keir Starmer's national security adviser, told …": the description between commas after the name
 * the sentence opens on.
 */
const LEADING_APPOSITION =
  /^(\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*),\s+(?:\p{Ll}|(?:\p{Lu}[\p{L}.-]*\s+){0,5}\p{Lu}[\p{L}.-]*[’']s\s)[^,“”"]{1,120},(?=\s+\p{Ll})/u;

const ROLE_THEN_NAME =
  /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}.-]*[’']s\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*,\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}.'’-]*)(?=,)/u;

const ROLE_WITH_ARTICLE_THEN_NAME =
  /^\s*[Tt]he\s+(?:[\p{L}-]+\s+){0,5}[\p{L}-]+,\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*),\s+(?=\p{Ll})/u;

const AGE_AND_HOME = /^([^,“”"]{1,80}?),\s*\d{1,3}(?:,\s*(?:from|of)\s+[^,“”"]{1,40})?,(?=\s)/u;

/** The sentence's subject as a speaker, an aside after the name left out; a participle is no one. */
/** A press review's frame: the paper, or a paper by its name, reporting what someone did. */
const PRESS_FRAME =
  /^\s*(?:[Tt]he\s+(?:paper|newspaper|daily|weekly|tabloid|broadsheet|title|magazine)|(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:Times|Post|Journal|Herald|Gazette|Telegraph|Guardian|Independent|Mirror|Express|Mail|Observer|Zeitung|Gazeta|Figaro|Monde|País|Stampa|Corriere|Repubblica))\s+(?:reports|reported|writes|wrote|notes|noted|recounts|recalls|describes|highlights|reveals)\s+(?:that|how)\s+(?=\p{Lu})/u;

/**
 * "For Camille Arnoult, a researcher at the Observatoire, the exercise has its limits", "According to Rutte, …":
 * the person whose view the sentence gives, when nobody in it speaks instead ("According to the Kremlin, Putin
 * told Trump …").
 */
const OPINION_OF =
  /^\s*(?:For|According to|In the (?:view|eyes|opinion) of)\s+((?:(?:Mr|Mrs|Ms|Dr|Sir|Prof)\.?\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)(?:,\s+(?:\p{Ll}|(?:the|a|an)\s)[^,“”"]{1,120})?,\s+(?=\S)/u;
function opinionHolder(sentence: string): Attribution | null {
  const m = OPINION_OF.exec(sentence);
  if (!m || REPORTS_WORDS.test(sentence.slice(m[0].length))) return null;
  return labelled(m[1] as string, true);
}

function sentenceSubject(sentence: string): Attribution | null {
  const holder = opinionHolder(sentence);
  if (holder) return holder;
  // "In an interview with Le Figaro, he proposed …", "Last month, Trump ruled out …": the phrase the
  // sentence opens on is not its subject.
  // Two may stand in a row: "Last week, after talks in Jeddah, Rubio said …".
  // The opening phrase goes first: "In Paris, he went further, telling …" must not lose its subject as an aside.
  // "Former RAF navigator Graham Duthie, 61, from Bridge of Don, said:": the age and home town local news gives
  // after the name.
  // "President Donald Trump’s special envoy, Steve Witkoff, who …, said": the name in apposition to whose
  // envoy they are.
  // "WASHINGTON − President Donald Trump on Tuesday ruled out …": a wire's dateline is no part of the subject.
  const main = withoutAsides(
    sentence
      .slice(wireDateline(sentence)?.length ?? 0)
      // "The paper reports that Sir Keir Starmer opened the meeting with a warning: “…”": a press review's paper
      // tells what the person did; the person is the subject.
      .replace(PRESS_FRAME, '')
      // "Its leader Herbert Kickl accused …": whose role it is goes; the named holder is the subject. "Our military
      // analyst Oksana Drach on what today means:": the outlet's own.
      .replace(/^\s*(?:Its|His|Her|Their|Our)\s+(?:[\p{Ll}-]+\s+){1,3}(?=\p{Lu}\p{Ll})/u, '')
      // "His envoy, Steve Witkoff, went further …": the same role set off by commas.
      .replace(
        /^\s*(?:Its|His|Her|Their|Our)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*),\s+(?=\p{Ll})/u,
        '$1 ',
      )
      .replace(OPENING_PHRASE, '')
      // "According to the Kremlin, Putin told Trump …": whose account it is, when someone in it speaks.
      .replace(OPINION_OF, '')
      // "The British Prime Minister, Keir Starmer, who …, spoke of …", "The US president, Donald Trump, who …,
      // called for …": a role with its article, the name in apposition.
      .replace(ROLE_WITH_ARTICLE_THEN_NAME, '$1 ')
      .replace(AGE_AND_HOME, '$1')
      .replace(ROLE_THEN_NAME, '$1'),
  )
    .replace(LEADING_APPOSITION, '$1')
    .replace(/^\s*(?:However|Meanwhile|Separately|Instead|Indeed|Still|But|And|Yet)\b,?\s+/, '')
    .replace(OPENING_PHRASE, '')
    .replace(OPENING_PHRASE, '');
  // "However, in an interview …, he ruled out troops, telling the programme: “…”": the pronoun, resolved later.
  const pronoun = /^\s*(he|she|they)\b/i.exec(main);
  if (pronoun) return labelled(pronoun[1] as string, true);
  // "Here's his line: “…”", "Here are their words:": whose words they are, resolved as the pronoun.
  const owner =
    /^\s*Here(?:[’']s| is| are)\s+(his|her|their)\s+(?:\p{Ll}+\s+)?(?:line|words?|quote|answer|reply|response|message|verdict|take|warning|promise)\s*:/iu.exec(
      main,
    );
  if (owner)
    return labelled(
      ({ his: 'he', her: 'she' } as Record<string, string>)[(owner[1] as string).toLowerCase()] ?? 'they',
      true,
    );
  // "In a phone interview, the president left the door open …, saying, “…”": a description in lower case once
  // the opening phrase is gone.
  let subject = SENTENCE_SUBJECT.exec(main) ?? NAMED_SUBJECT.exec(main) ?? DESCRIBED_SUBJECT_LOWER.exec(main);
  // "A senior government source called the offer …, but cautioned: …", "One European diplomat …": the whole
  // description, not its article and capitals alone.
  if (subject && /^(?:A|An|The|One)\b/.test(subject[1] as string)) {
    const described = DESCRIBED_SUBJECT.exec(main);
    if (described && (described[1] as string).length > (subject[1] as string).length) subject = described;
  }
  if (!subject || /^\p{Lu}\p{Ll}+ing$/u.test(subject[1] as string)) return null;
  // "Umerov thanked allies but warned: …", "Keir Starmer stood up in the Commons and told MPs …": the subject
  // ends where its own verb starts.
  const raw = (subject[1] as string)
    .replace(/^(.*?\p{Lu}[\p{L}'’.-]*)\s+(?:(?:has|have|had|also)\s+)?\p{Ll}+ed\b.*\b(?:and|but)$/u, '$1')
    .replace(
      // "Minister for Foreign Affairs Simon Harris met … and": an office's "of" or "for" is inside the name.
      /^((?:\p{Lu}[\p{L}'’.-]*\s+(?:(?:of|for)\s+(?=\p{Lu}))?){1,6}\p{Lu}[\p{L}'’.-]*)\s+\p{Ll}.*\b(?:and|but)$/u,
      '$1',
    );
  return labelled(raw, true);
}

/**
 * The last of coordinated clauses ("Trump has said …, and his envoy Steve Witkoff dismissed the plan as"):
 * the verb nearest the quote is the one that reports it.
 */
function lastCoordinateClause(before: string): string {
  let from = 0;
  // "Kristersson said he would not rule out troops; Scholz called the debate “…”": a semicolon joins two.
  for (const m of before.matchAll(/;\s+|,\s+(?:and|but|while|whereas)\s+/g))
    from = (m.index ?? 0) + m[0].length;
  return before.slice(from);
}

const PRONOUN_VERB_ENDS = new RegExp(
  `^\\s+(?:he|she|they)\\s+(?:\\w+ly\\s+|also\\s+|later\\s+)?${SPEECH_VERB}(?:\\s+[\\p{L}’'-]+){0,4}\\s*[.!?]?\\s*$`,
  'u',
);
const SPEECH_VERB_FIRST = new RegExp(`^\\s*${SPEECH_VERB}\\b`);

/**
 * A verb of asking for, offering or speaking of something, right before the quote that says what, maybe after
 * "a" ("spoke of a « decisive stage »"); the day or "for his part" may stand between the verb and its preposition
 * ("called on Tuesday for", "spoke for his part of").
 */
const ASKED_OR_SPOKEN_OF = (() => {
  const day = '(?:\\s+(?:on\\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\\s+yesterday|\\s+today)?';
  return new RegExp(
    `\\b(?:called${day}\\s+for|(?:spoke|talked)${day}(?:\\s+for\\s+(?:his|her|their|its)\\s+part)?\\s+(?:of|about)|held out the prospect of)(?:\\s+an?)?\\s*$`,
  );
})();

/** Calling on others to do what the quote says, right before it: "called on the allies to", "invited Europe to". */
const CALLED_ON_TO =
  /\b(?:called on|calls on|invited|invites|encouraged|encourages|exhorted|implored|pressed)\s+(?:[^,;:“”".]{1,40}?\s+)?to\s*$/;

function attribute(sentence: string, start: number, end: number): Attribution | null {
  const after = sentence.slice(end, end + QUOTE_CONTEXT);
  // "…, saying, quote, “…” End quote.": a transcript's spoken quote marks are no words of the sentence.
  const before = withoutAsides(textBefore(sentence, start, QUOTE_CONTEXT)).replace(/,?\s+quote,\s*$/i, ' ');
  // The words after a quote attribute it when the quote hands over to them ("“…,” she said", "“…?” asked
  // Macron", "“…” — Tusk"); "was “open to considering” a contribution if asked" runs on instead.
  const handsOver =
    /[,?!—–-]\s*[”"’']{0,2}$/.test(sentence.slice(start, end)) ||
    SPEECH_VERB_FIRST.test(after) ||
    /^\s*[,—–-]|^\s*\(|^\s*$/.test(after) ||
    // "… told reporters … that he was “very disappointed” Ukraine had complained": inside a report, a name
    // after the quote goes on with the reported clause.
    (/^\s*\p{Lu}/u.test(after) && !REPORTS_THAT.test(before)) ||
    // "“… written in pencil.” he added.": a full stop where a comma belongs still hands over to a speaker
    // whose verb ends the sentence.
    PRONOUN_VERB_ENDS.test(after);
  const handedTo = handsOver ? afterQuote(after) : null;
  if (handedTo) return tellerInstead(sentence, before, handedTo);
  const direct = beforeQuote(sentence, before);
  if (direct) return direct;
  // "Miersch called for “no hasty promises”", "Trump held out the prospect of “a lot of help”": what is asked
  // for, offered or spoken of, in the speaker's own words. A name there is no one's words ("called for “the
  // coalition of the willing” to meet", "spoke of “Operation Unity”"). So is what others are called on to do
  // ("called on the allies to “keep the pressure high”"), but not where they are invited ("to “a working dinner”").
  const quoted = sentence.slice(start + 1, end);
  if (
    (ASKED_OR_SPOKEN_OF.test(before) && /^\s*\p{Ll}/u.test(quoted) && !/^\s*the\s/.test(quoted)) ||
    (CALLED_ON_TO.test(before) &&
      /^\s*(?!(?:a|an|the|his|her|its|their|our|this|that)\b)\p{Ll}/u.test(quoted))
  ) {
    const own = clauseSubject(before) ?? sentenceSubject(sentence);
    if (own) return own;
  }
  const m = END_ATTRIBUTION.exec(after);
  const final = m ? isFinalTail(sentence.slice(end + m.index + m[0].length)) : false;
  // Clauses away from the quote, a speech verb that goes on to report more ("…, Macron told reporters on
  // Monday that …") starts a report of its own; only one that ends the sentence attributes the quote ("…,
  // EU diplomats told Politico.").
  const closing =
    m && (final || m.index + m[0].length <= FAR_AFTER)
      ? labelled(m[1] as string, false, { final, sentenceFinal: final })
      : null;
  if (closing) return tellerInstead(sentence, before, closing);
  // Reported speech: the quote sits in the complement of "X said (that) …" earlier in the same clause
  // ("Macron acknowledged that the decision was “not unanimous”"). A named speaker there says the words;
  // "according to an official" after them only names the source.
  const reported = nearestComplement(lastCoordinateClause(before)) ?? nearestComplement(before);
  // "Zelensky called it his best meeting … and said the guarantees would be “…”": the second verb has no
  // subject of its own; the sentence's says the words.
  const conjoined = reported !== null && /\b(?:and|but)$/.test(reported.trim());
  const subject = conjoined ? sentenceSubject(sentence) : null;
  const speaker = conjoined
    ? subject && { ...subject, adjacent: false, final: true }
    : reported && !/^(?:it|this|that|which|there|what|who)$/i.test(cleanLabel(reported))
      ? labelled(reported, false, { final: true })
      : null;
  if (speaker && NAME_START.test(speaker.label) && !ANONYMOUS.test(speaker.label)) return speaker;
  // "Meloni struck a cautious note, telling reporters it was “far too early”": the participle's subject is
  // the sentence's.
  if (!speaker && PARTICIPLE_REPORTS.test(before)) {
    // "Britain would commit “troops and aircraft …”, he said, while insisting that any plan needed “…”": the one
    // an inverted attribution just named goes on, not the sentence's subject.
    const inverted = SAID_THEN_PARTICIPLE.exec(before);
    const said = inverted ? labelled(inverted[1] as string, true) : null;
    if (said) return { ...said, adjacent: false, final: true };
    // "Trump ruled out soldiers on the ground, and JD Vance went further, saying Europeans would have to “…”":
    // the participle goes with the last of coordinated clauses, and with its subject when it has one.
    const clause = lastCoordinateClause(before);
    const coordinated = clause !== before && /^\p{Lu}/u.test(clause) ? sentenceSubject(clause) : null;
    const subject =
      coordinated && /^\p{Lu}/u.test(coordinated.label) && !ANONYMOUS.test(coordinated.label)
        ? coordinated
        : sentenceSubject(sentence);
    // "The meeting came two days after … Trump shelved a planned summit …, saying the talks were “…”": a thing
    // the sentence is about says nothing; the one who acted in the clause of time before the participle does.
    const timed = !subject || THING_SUBJECT.test(subject.full) ? TIME_CLAUSE_SAYING.exec(before) : null;
    const actor = timed ? labelled(timed[1] as string, true) : null;
    if (actor) return { ...actor, adjacent: false, final: true };
    if (subject) return { ...subject, adjacent: false, final: true };
  }
  const according = AFTER_ACCORDING.exec(after);
  if (according) {
    // "Jonathan Powell, …, told his American counterparts that … “…,” according to a British official": the
    // official is the source of the account; the words are those of the subject who told them.
    const teller = !speaker && REPORTS_THAT.test(before) ? sentenceSubject(sentence) : null;
    if (teller && /^\p{Lu}/u.test(teller.label) && !ANONYMOUS.test(teller.label))
      return { ...teller, adjacent: false, final: true };
    return labelled(according[1] as string, true) ?? speaker;
  }
  // "According to Macron, the American “backstop” would be finalized “in the coming days.”", "According to him,
  // Putin is “buying time …”": the source the sentence opens on, when nothing nearer names another.
  const opening = speaker ? null : LEADING_ACCORDING.exec(sentence);
  if (opening && opening[0].length <= start) {
    const source = opening[1] as string;
    const found = labelled(OBJECT_PRONOUN[source.toLowerCase()] ?? source, false, { final: true });
    if (found) return found;
  }
  // "…, a sign, according to an Elysée adviser, that Washington was “not turning its back”".
  const source = speaker ? null : ACCORDING_BEFORE.exec(before);
  return (source ? labelled(source[1] as string, false, { final: true }) : null) ?? speaker;
}
/**
 * "Sir Keir Starmer told the meeting that the coalition must be ready to “move at pace” …, Downing Street said",
 * "Macron said that Europe must act “without delay”, the Elysee said": the office reports what its subject told;
 * the words are the subject's.
 */
function tellerInstead(sentence: string, before: string, attribution: Attribution): Attribution {
  // Only an office or a spokesperson relays what it hands the quote to; a person named right after the quote
  // says it ("Russia has said that …, and “that position has not changed,” Peskov said"), and so does anyone
  // after a clause of their own. One clauses away ("…, a day after European leaders announced …") relays nothing.
  const report = REPORTS_THAT.exec(before);
  const relayed =
    !!report &&
    (RELAYER.test(attribution.label) || !attribution.adjacent) &&
    !/,\s*(?:and|but|though|while|yet)\s/.test(before.slice(report.index));
  const teller = relayed ? sentenceSubject(sentence) : null;
  return teller &&
    /^\p{Lu}/u.test(teller.label) &&
    !ANONYMOUS.test(teller.label) &&
    teller.label !== attribution.label
    ? { ...teller, adjacent: false, final: true }
    : attribution;
}

/** An office or spokesperson that reports what its principal said: "Downing Street", "the Elysee", "his office". */
// The role may come before the name: "Kremlin spokesman Dmitry Peskov", "Starmer's spokesman Dave Pares".
const RELAYER =
  /^(?:the\s+)?(?:Downing Street|No\.? ?10|Number 10|White House|Kremlin|Elys[ée]e(?: Palace)?|Chancellery|Pentagon|State Department|Foreign Office|Quai d['’]Orsay)$|\b(?:office|spokes(?:wo)?m[ae]n|spokesperson|press secretary|aides?|advis[eo]rs?|readout|statement)\b/i;
/** "A No 10 spokesperson said the prime minister": who relays, and the one it speaks for. */
const RELAYED_SUBJECT = new RegExp(
  `^(.{1,60}?)\\s+${SPEECH_VERB}\\s+(?:that\\s+)?((?:the|his|her)\\s+[^,;:“”"]{1,60})$`,
);

/** "told his American counterparts that …", "warned allies that …": a report of what the subject said. */
const REPORTS_THAT = new RegExp(`\\b${SPEECH_VERB}\\b[^“”"]{0,60}\\bthat\\b`);
const ACCORDING_BEFORE = /,\s*according to\s+([^,;:“”"]{1,80}?),\s+[^“”";:]{0,160}$/;
// "Details: According to Macron, …": after the label a news site sets before a paragraph.
const LEADING_ACCORDING = /^\s*(?:\p{Lu}\p{Ll}{2,15}:\s+)?According to\s+([^,;:“”"]{1,80}?),\s/u;
/** "According to him, …": the pronoun as the subject it stands for. */
const OBJECT_PRONOUN: Record<string, string> = { him: 'he', her: 'she', them: 'they' };

// Earlier quoted words may stand between the verb and this quote ("said plans for the so-called “coalition
// of the willing” were “well advanced”"); a participle reports too ("telling reporters it was “far too
// early”", "adding flatly that there would be “no American boots”").
const PARTICIPLE =
  '(?:telling|saying|adding|warning|insisting|arguing|writing|noting|stressing|declaring|urging|accusing)';
/** "“…”, he said, while insisting that …": the one an inverted attribution named, before the participle. */
const SAID_THEN_PARTICIPLE = new RegExp(
  `[”"’],?\\s+((?:he|she|they)|(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}\\p{Lu}[\\p{L}'’.-]*)\\s+(?:said|says|added|adds|told\\s+[^,“”"]{1,40}),\\s+(?:(?:while|whilst)\\s+)?${PARTICIPLE}\\b[^.;:!?“”"]{0,160}$`,
  'u',
);
// The comma may stand inside a quote before it: "called the plan "dangerous," saying it …". "While" may open the
// participle: "…, while stressing that the force would not be stationed “on the front line”".
const PARTICIPLE_REPORTS = new RegExp(`,[”"’]?\\s+(?:(?:while|whilst)\\s+)?${PARTICIPLE}\\b[^.;:!?]{0,160}$`);
/**
 * The speech verb nearest before the quote whose reported clause runs on to it, with its subject: in
 * "… the minister added that …, according to Politico, Macron told reporters on Feb. 24 that Europe was
 * “…”" it is Macron who told, not the minister who added.
 */
function nearestComplement(before: string): string | null {
  let subject: string | null = null;
  for (const m of before.matchAll(SPEECH_VERB_AT)) {
    const at = m.index ?? 0;
    if (m[0] === 'states' && STATES_NOUN.test(before.slice(Math.max(0, at - 40), at))) continue;
    // "… while the fighting continued, and Meloni …": "continued" reports speech only as "continued: …" or
    // "continued that …".
    if (m[0] === 'continued' && !/^continued\s*(?::|that\b)/.test(before.slice(at))) continue;
    // "commit to a backstop in writing": a noun, not a participle of speech.
    if (m[0] === 'writing' && /\bin\s+$/.test(before.slice(Math.max(0, at - 4), at))) continue;
    if (!REPORTED_TAIL.test(before.slice(at))) continue;
    // "The Prime Minister, who wrote on Sunday that he was “ready and willing” …, told reporters that …": the
    // subject stands before the relative clause, which may hold quoted words of its own.
    const near = before
      .slice(Math.max(0, at - 240), at)
      .replace(/,\s+(?:who|whom|whose|which)\b[^]{0,200}?,\s*$/, ' ');
    // Cut at a word's edge: "…ry spokeswoman Maria Zakharova" is no speaker's label.
    const head = near.length > 120 ? near.slice(-120).replace(/^[^\s]*\s+/, '') : near;
    // "The Prime Minister, who wrote …": the relative pronoun stands for the noun phrase before its comma.
    const relative = /([^,;:.“”"—–()]{1,80}?),\s*who\s*$/.exec(head);
    const s = relative ?? SUBJECT_BEFORE_VERB.exec(head);
    if (!s) continue;
    // "… spoke by phone with Mr. Trump, who has ruled out sending troops but has said …": the verb is the
    // relative clause's, and its subject the name the clause hangs on.
    // So does "The leaders then spoke with Trump, who said …": a name ending the phrase is the antecedent.
    if (relative || /^\s*who\b/.test(s[1] as string)) {
      const antecedent = relative ?? RELATIVE_ANTECEDENT.exec(head);
      const phrase = ((antecedent?.[1] as string | undefined) ?? '').trim();
      const name = antecedent && TRAILING_NAME.exec(phrase);
      // Not a name the phrase's own noun is tied to ("An adviser to Keir Starmer, who said …"): the adviser.
      if (name && !/\b(?:to|of|for)\s+(?:the\s+)?$/i.test(phrase.slice(0, name.index))) {
        subject = name[1] as string;
        continue;
      }
    }
    // A run that an aside left joined to the clause before ("… need air defence French President Emmanuel
    // Macron"): the name right before the verb is the subject.
    // "…, after which a Downing Street spokesperson said", "…, though he suggested": the clause's own
    // subject, after the word that joins it on.
    // "The session came a day after Starmer wrote …", "His warning came a day after he wrote …": the subject
    // of the clause the verb is in.
    let words = (s[1] as string)
      .trim()
      .replace(CLAUSE_OPENER, '')
      .replace(
        /^.*\b(?:after|before|when|since|because|until|once|as|while)\s+(?=\p{Lu}|(?:he|she|they)\b)/u,
        '',
      );
    // "Downing Street said he told fellow leaders that …": the one an office reports as telling is the subject.
    const relayed = SAID_THAT_PRONOUN.exec(words);
    if (relayed && RELAYER.test(words.slice(0, relayed[0].length).replace(SPEECH_VERB_END, '').trim()))
      words = words.slice(relayed[0].length);
    // "…, with a government spokesperson saying afterwards that …": whoever the "with" clause names.
    if (IS_PARTICIPLE.test(m[0])) words = words.replace(/^with\s+/, '');
    // "U.K. Prime Minister Keir Starmer arrived having already written …": the name, not its deed.
    // "Foreign Ministry spokeswoman Maria Zakharova went further …": an office word may stand in the run.
    words = words.replace(NAME_BEFORE_DEED, '$1');
    // "The day before, the spokeswoman of Russian diplomacy, Maria Zakharova, had already warned …": after an
    // opening phrase, a description in lower case before the name in apposition is no part of the speaker.
    words = words.replace(LOWER_CASE_ROLE_BEFORE_NAME, '');
    // "In August he said …", "On Monday she told …": the time the clause opens on is no part of its subject.
    words = words.replace(
      /^(?:In|On|Last|Earlier|Later|By|Since|Then)\s+(?:[\p{L}\d]+\s+){1,3}?(?=(?:he|she|they)$)/u,
      '',
    );
    // "He declined to say …", "Starmer became the first leader to say …": the subject alone.
    words = words.replace(RANK_THEN_TO, '$1').replace(VERB_THEN_TO, '$1');
    // "Trump did not say whether …": the subject, not the auxiliary and its "not".
    words = words.replace(/^(\p{Lu}[^]*?)\s+(?:did|does|do|would|could|will)\s+(?:not|never)$/u, '$1');
    const joined = /^\p{Ll}/u.test(words) && !/^(?:the|an?|one|his|her|their)\s/.test(words);
    subject = joined ? (TRAILING_NAME.exec(words)?.[1] ?? words) : words;
  }
  return subject;
}
const IS_PARTICIPLE = new RegExp(`^${PARTICIPLE}$`);
const SAID_THAT_PRONOUN = new RegExp(`^.*\\b${SPEECH_VERB}\\s+(?:that\\s+)?(?=(?:he|she|they)$)`);
const SPEECH_VERB_END = new RegExp(`\\s*\\b${SPEECH_VERB}\\s+(?:that\\s+)?$`);
/** The phrase a relative clause ("…, who has ruled out … but has") hangs on. */
const RELATIVE_ANTECEDENT = new RegExp(`((?:${KEPT_DOT}|[^,;:.“”"—–()]){1,80}?),\\s*who\\b[^,;:“”"]{0,160}$`);
/**
 * "NATO member states", "the Baltic states", "many states": the noun, not the verb of speech. Not after any
 * capitalised word: "Macron states that …" is the verb.
 */
const STATES_NOUN =
  /\b(?:member|allied|neighbou?ring|frontline|front-line|nuclear|other|those|these|the|many|some|all|several|most|few|two|three|four|five|\d+|Baltic|Gulf|Arab|Nordic|Balkan|European|EU|NATO|Nato|Western|Eastern|Central|African|Asian|Pacific)\s+$/u;
const CLAUSE_OPENER =
  /^(?:(?:after|before|during|in|at|following|with)\s+which|which|when|while|whilst|as|where|whereupon|though|although|even though|but|and|yet|so)\s+(?=\S)/i;
const SPEECH_VERB_AT = new RegExp(`\\b(?:${SPEECH_VERB}|${PARTICIPLE})\\b`, 'g');
// A name may hold a particle in lower case: "von der Leyen", "de Croo".
const TRAILING_NAME = new RegExp(
  `(?<!\\p{L})((?:(?:\\p{Lu}[\\p{L}.'’-]*|${NAME_PARTICLE})\\s+){0,6}\\p{Lu}[\\p{L}.'’-]*)$`,
  'u',
);
/** A role in lower case, then a name of two or three words: "the spokeswoman of Russian diplomacy Maria Zakharova". */
const LOWER_CASE_ROLE_BEFORE_NAME =
  /^the\s+\p{Ll}[\p{L}-]*\s+(?:[\p{L}-]+\s+){0,4}(?=(?:\p{Lu}[\p{L}'’.-]*\s+){1,2}\p{Lu}[\p{L}'’.-]*$)/u;
// The subject may hold an initialism's full stops ("A U.S. official who briefed reporters …").
// It starts at a word's edge: a window of 80 characters must not begin inside a name ("k Durbin").
const SUBJECT_BEFORE_VERB = new RegExp(
  `(?<![A-Za-z0-9'’])((?:${KEPT_DOT}|[^,;:.“”"—–()]){1,80}?)\\s+(?:(?:also|then|later|previously|recently|has|have|had|will|would|shall|could|may|might|must|should|again|once|first|last|initially|originally|already|still|\\w+ly)\\s+)*$`,
);

// The reported clause may hold an abbreviation's full stop ("… in Paris on Feb. 24 that Europe was “…”").
// A site's address is no full stop: "told Universul.net that …".
const CLAUSE_CHAR = `(?:[^.;:!?]|(?<=\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|${TITLE_ABBR}|[A-Z]))\\.|(?<=[A-Za-z])\\.(?=(?:com|net|org|eu|ie|uk|ro|info|news|[Aa]z|[Gg]e|[Aa]m|[Uu]a|[Bb]y|[Kk]z|[Mm]d)\\b))`;
const REPORTED_TAIL = new RegExp(`^(?:${SPEECH_VERB}|${PARTICIPLE})\\b(?:\\s+that)?${CLAUSE_CHAR}{0,220}$`);

/** Words in capitals, a name: "Politico", "Bild am Sonntag" (a small word inside a name too). */
const CAPITALISED_WORDS = String.raw`[\p{Lu}][\p{L}.’'-]*(?:\s+(?:(?:am|de|du|des|la|le|di|del|der|van|von)\s+)?[\p{Lu}][\p{L}.’'-]*)*`;
/** Who is told, by what they are: "reporters", "the broadcaster (ZDF)", "the daily (Le Parisien)". */
const LISTENER_NOUN = String.raw`(?:reporters|journalists|the press|the media|lawmakers|legislators|MPs|senators|deputies|parliament|(?:public\s+|state\s+|private\s+)?(?:broadcaster|television|TV|radio|channel|station|network)|(?:news\s+)?agency|newspaper|paper|daily|weekly|magazine|news\s+site|website|outlet|podcast|programme|program)`;

/** Such a tail is a few words; a longer rest is more sentence, and is not read through. */
const FINAL_TAIL_MAX = 200;

/** Does the sentence end right after an attribution's verb (`told Politico.`, `wrote earlier this month.`)? */
function isFinalTail(rest: string): boolean {
  return rest.length <= FINAL_TAIL_MAX && FINAL_TAIL.test(rest);
}

/**
 * What may follow the verb of a sentence-final attribution: `told Politico.`, `wrote earlier this month.`, and
 * who was told, named by what they are (`told reporters in Berlin.`, `told German public broadcaster ARD.`,
 * `told the daily Le Parisien after the meeting.`).
 */
const FINAL_TAIL = new RegExp(
  String.raw`^(?:\s+(?:to\s+)?(?:the\s+)?(?:(?:[\p{L}-]+\s+){0,3}?${LISTENER_NOUN}(?:\s+${CAPITALISED_WORDS})?|${CAPITALISED_WORDS}))?` +
    String.raw`(?:\s+(?:on|in|at|after|during|earlier|last|this|late|on\s+\w+)\b[^,;“”"]{0,30})?\s*[.!?]?\s*$`,
  'u',
);

export interface ExtractQuotesInput {
  articleId: string;
  sentences: readonly QuoteSentence[];
  gazetteer: Gazetteer;
  date: string | null;
  /** Outlets a sentence may credit (`reportedBy`); the article's own publisher is never one. */
  outlets?: OutletTable;
  /** The article's publisher (never credited as `reportedBy`). */
  publisher?: string | null;
  /** Is this a name of something the story is about ("reassurance force")? Quoted, it is a term, not speech. */
  isTerm?: (words: string) => boolean;
}

interface Speaker {
  speakerId: string | null;
  speakerLabel: string;
}

/** An anonymous speaker already quoted in this article ("a French official"). */
interface AnonymousSpeaker extends Speaker {
  noun: string;
  modifiers: string[];
}

/** Head nouns of anonymous speakers that "the <noun>" may refer back to. */
const ANAPHOR_NOUNS =
  'official|diplomat|minister|source|spokesperson|spokesman|spokeswoman|expert|analyst|aide|adviser|advisor|envoy|ambassador|officer|lawmaker|politician|person|insider|negotiator|commander|chancellor|president|premier|secretary[- ]general|secretary|taoiseach|pm|leader|ruler|dictator|autocrat|boss|head(?=\\s+of\\s+state)';
/** "A senior government source …": a description that opens the sentence as its subject. */
const DESCRIBED_SUBJECT = new RegExp(
  `^\\s*((?:A|An|The|One)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:${ANAPHOR_NOUNS}))\\b`,
  'u',
);
const DESCRIBED_SUBJECT_LOWER = new RegExp(
  `^\\s*((?:a|an|the|one)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:${ANAPHOR_NOUNS}))(?=\\s+\\p{Ll})`,
  'u',
);
/** "the Ukrainian leader" is whoever leads a state: its president, prime minister or chancellor. */
const LEADS_A_STATE = /\b(?:leader|president|prime minister|premier|chancellor|taoiseach)\b/i;
/**
 * Offices a noun of description stands for where the word itself is not the office: "the head of state" is a
 * president or a monarch, "the diplomat" serves in a foreign ministry or abroad.
 */
const OFFICE_OF_NOUN: Readonly<Record<string, RegExp>> = {
  leader: LEADS_A_STATE,
  // "The Kremlin boss": a tabloid's word for whoever leads.
  boss: LEADS_A_STATE,
  ruler: LEADS_A_STATE,
  // "the Russian dictator", as outlets of the country at war with him write.
  dictator: LEADS_A_STATE,
  autocrat: LEADS_A_STATE,
  // "the PM", "the British PM": the prime minister.
  pm: /\b(?:prime minister|premier|PM)\b/i,
  head: /\b(?:head of state|president|king|queen|monarch)\b/i,
  diplomat: /\b(?:diplomat|foreign|ambassador|envoy)\b/i,
  // "British Defence Secretary John Healey … the British minister stated": a British secretary of a ministry is
  // its minister; neither the US Secretary of State nor an alliance's Secretary-General is.
  minister:
    /\bminister\b|\b(?:defen[cs]e|foreign|home|health|business|energy|culture|justice|transport|environment)\s+secretary\b|\bsecretary of state for\b/i,
};
/**
 * Where, in the quote's own sentence, the people a description may refer to end: "The President said he had
 * spoken with President Donald Trump … “…”" refers back, so only those named before the description count. One
 * with a name in apposition ("The President of the European Commission, Ursula von der Leyen, insisted") is that
 * name, so the cut is only where the verb follows the description at once; elsewhere it is the quote. Read near
 * the quote only: a run-on sentence must not be read again for each of its quotes.
 */
function descriptionStart(text: string, label: string, index: number): number {
  const near = Math.max(0, index - QUOTE_CONTEXT);
  const hit = text.slice(near, index).lastIndexOf(label);
  if (hit < 0) return index;
  const end = near + hit + label.length;
  return /^\s+(?!(?:of|from|at|for|to|in)\b)\p{Ll}/u.test(text.slice(end, end + 40)) ? near + hit : index;
}

/** "the President of Ukraine", "the Prime Minister of the United Kingdom": an office and the state it is of. */
const OFFICE_OF_STATE = new RegExp(
  `^the\\s+((?:[\\p{L}.’'-]+\\s+){0,3}[\\p{L}.’'-]+)\\s+of\\s+(?:the\\s+)?(${Object.keys(DEMONYMS).map(escapeRegExp).join('|')})$`,
  'iu',
);
/** "the President of Ukraine" read as "the Ukrainian President", which the state check understands. */
function ofStateAsDemonym(label: string): string {
  const m = OFFICE_OF_STATE.exec(label);
  const state = m
    ? Object.keys(DEMONYMS).find((k) => k.toLowerCase() === (m[2] as string).toLowerCase())
    : undefined;
  const demonym = state ? DEMONYMS[state]?.[0] : undefined;
  return m && demonym ? `the ${demonym} ${m[1] as string}` : label;
}
const DEFINITE = new RegExp(
  `^the\\s+((?:[\\p{L}.’'-]+\\s+){0,3})(${ANAPHOR_NOUNS})(?:\\s+of\\s+(?:state|defen[cs]e|the\\s+\\p{L}+))?$`,
  'iu',
);
const ORDINAL = new RegExp(
  `^(?:a\\s+(?:second|third|fourth|fifth)|another|one\\s+more)\\s+((?:[\\p{L}.’'-]+\\s+){0,3})(${ANAPHOR_NOUNS})s?$`,
  'iu',
);
// "a French official", "the minister", and "Starmer's spokesman": someone described by whom they serve, in up to
// four words ("A senior Japanese Foreign Ministry official").
const DESCRIPTION = new RegExp(
  `(?:\\b(?:an?|the|one|another)|\\b\\p{Lu}[\\p{L}.-]*[’']s)\\s+((?:[\\p{L}.’'-]+\\s+){0,4}?)(${ANAPHOR_NOUNS})\\b`,
  'giu',
);
/** "his spokesperson", "her aide": someone described by whom they serve, named before. */
const OWNED_DESCRIPTION = new RegExp(`\\b(his|her)\\s+(${ANAPHOR_NOUNS})\\b`, 'giu');
/**
 * What makes an anonymous source one, after the noun: "a senior European official involved in the planning",
 * "a European diplomat in Brussels".
 */
const SOURCE_TIES = '(?:familiar with|involved in|close to|with (?:direct )?knowledge of|briefed on)';
const DESCRIBED_BY = new RegExp(
  `^\\s+(?:${SOURCE_TIES}\\s+[\\p{L}'’ -]{1,40}?|from\\s+(?:one\\s+of\\s+)?(?:the\\s+)?[\\p{L}'’ -]{1,40}?|(?:in|at)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?(?:\\s+(?:delegation|team|government|embassy|ministry|presidency|administration|camp|side|office|cabinet|staff|entourage))?)(?=\\s+(?:\\p{Ll}+ed|says|tells|adds|warns|insists|told|said)\\b|[,.])`,
  'u',
);
/** A label that carries such a description, or a relative clause ("a senior EU official who took part"). */
const SHOWN_DESCRIPTION = new RegExp(
  // A "who" with its clause: not one cut off after it ("A London-based portfolio manager who").
  `^\\S+(?:\\s+\\S+)*\\s+(?:who\\s+\\S|${SOURCE_TIES}|(?:in|at) (?:the )?\\p{Lu})`,
  'u',
);
/** Whom they serve, after the noun: "a spokesperson for Mr Albanese". */
// "a spokesperson for the Isle of Man Government": an "of" may join the capitalised words.
const SERVES =
  /^\s+(?:for|to)\s+(?:the\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*){0,3}/u;

const ANAPHOR_NOUN = new RegExp(`^(?:${ANAPHOR_NOUNS})$`, 'i');

function headOf(label: string): { noun: string; modifiers: string[] } | null {
  const words = label
    .replace(ANONYMOUS, '')
    .replace(/^(?:the|an?)\s+/i, '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const last = words[words.length - 1];
  if (!last) return null;
  const noun = last.toLowerCase().replace(/s$/, '');
  if (!ANAPHOR_NOUN.test(noun)) return null;
  return { noun, modifiers: words.slice(0, -1).map((w) => w.toLowerCase()) };
}

const compatible = (mods: readonly string[], antecedent: readonly string[]) =>
  mods.every((m) => antecedent.includes(m));

/** The lead's sentences, where an office may come before the name it stands for. */
const LEAD_REACH = 3;

/**
 * "the official said" → the anonymous speaker it refers back to. Conservative: a person named with that
 * office in this or the previous three sentences ("Foreign Minister Tajani … the minister said"); else a
 * description there ("The French official who spoke to the FT said …") matched to an anonymous speaker
 * already quoted with compatible words ("a French official"), or taken as it stands when indefinite; else
 * the article's anonymous speaker of that noun when all of them carry one label. Otherwise null (kept as
 * written).
 */
function corefer(
  label: string,
  input: ExtractQuotesInput,
  people: PeopleIndex,
  sentenceIndex: number,
  index: number,
  anonymous: readonly AnonymousSpeaker[],
  antecedents?: Antecedents,
): Speaker | null {
  const m = DEFINITE.exec(ofStateAsDemonym(label.trim()));
  if (!m) return null;
  const noun = (m[2] as string).toLowerCase();
  const mods = (m[1] as string).trim().toLowerCase().split(/\s+/).filter(Boolean);
  const sameNoun = anonymous.filter((a) => a.noun === noun && compatible(mods, a.modifiers));
  const { gazetteer, date } = input;
  const office = OFFICE_OF_NOUN[noun] ?? new RegExp(`\\b${noun}\\b`, 'i');
  // "the Ukrainian leader", "the French president": only someone of that state.
  const ofState = (id: string) => fromStateNamed(gazetteer, gazetteer.byId.get(id), mods);
  let foreign: ActorMatch | undefined;
  const own = descriptionStart(input.sentences[sentenceIndex]?.text ?? '', label, index);
  for (let k = sentenceIndex; k >= 0 && k >= sentenceIndex - 3; k--) {
    const s = input.sentences[k] as QuoteSentence;
    const limit = k === sentenceIndex ? own : s.text.length;
    // Named with that office here, or holding it ("the prime minister said" after "Sir Keir Starmer").
    const named = people
      .between(k, limit - QUOTE_CONTEXT, limit)
      .filter(
        (a) =>
          (office.test(a.text) || holdsOffice(gazetteer.byId.get(a.actorId), office)) && ofState(a.actorId),
      );
    // "… alongside Dutch Prime Minister Dick Schoof … the Prime Minister said": a holder the text marks as
    // another country's is not the one a bare office means, while the outlet's own is within reach.
    const bare = !mods.some((w) => DEMONYM_WORDS.has(w));
    const native = bare ? named.filter((a) => !isForeignHolder(s.text, a)) : named;
    const last = named[named.length - 1];
    // "Albanese … after a call with British Prime Minister Keir Starmer. … the Prime Minister said": the
    // sentence's subject of no known office is the outlet's own holder.
    const subject = last && bare ? subjectInstead(s.text, people.of(k), last, gazetteer, office) : null;
    if (!native.length && last && !subject) foreign ??= last;
    const holder = native[native.length - 1];
    const person = subject ?? holder;
    if (person)
      return { speakerId: person.actorId, speakerLabel: gazetteer.byId.get(person.actorId)?.name ?? label };
    const text = textBefore(s.text, limit, QUOTE_CONTEXT).replace(QUOTED_WORDS, (q) => ' '.repeat(q.length));
    const found = [...text.matchAll(DESCRIPTION)].filter((d) => (d[2] as string).toLowerCase() === noun);
    for (const d of found.reverse()) {
      const dmods = (d[1] as string).trim().toLowerCase().split(/\s+/).filter(Boolean);
      if (!compatible(mods, dmods)) continue;
      const antecedent = [...sameNoun].reverse().find((a) => compatible(dmods, a.modifiers));
      if (antecedent) return { speakerId: antecedent.speakerId, speakerLabel: antecedent.speakerLabel };
      const rest = text.slice((d.index ?? 0) + d[0].length);
      const serves = (SERVES.exec(rest) ?? DESCRIBED_BY.exec(rest))?.[0] ?? '';
      // "A diplomat … said …. “…,” the diplomat said.": one who opens the sentence before is that one.
      const opens = k < sentenceIndex && s.text.trimStart().startsWith(d[0]);
      if (
        (/^(?:an?|one)\b/i.test(d[0]) && (dmods.length || serves || opens)) ||
        /^\p{Lu}[\p{L}.-]*[’']s\s/u.test(d[0])
      ) {
        const desc = (d[0] + serves).trim();
        const id =
          gazetteer.lookupExact(desc.replace(/^an?\s+/i, ''), date) ?? gazetteer.lookupExact(desc, date);
        const group = id ? gazetteer.byId.get(id) : undefined;
        return { speakerId: group?.kind === 'group' ? group.id : null, speakerLabel: desc };
      }
    }
    // "Starmer will join by video, his spokesperson said. The spokesperson told reporters …": whose it is.
    const owned = [...text.matchAll(OWNED_DESCRIPTION)]
      .filter((d) => (d[2] as string).toLowerCase() === noun)
      .pop();
    if (owned && antecedents) {
      const owner = antecedents.resolve(
        (owned[1] as string).toLowerCase() === 'her' ? 'she' : 'he',
        k,
        owned.index ?? 0,
      );
      const name = owner ? gazetteer.byId.get(owner)?.name : undefined;
      if (name) return { speakerId: null, speakerLabel: `${name}’s ${noun}` };
    }
  }
  if (foreign)
    return { speakerId: foreign.actorId, speakerLabel: gazetteer.byId.get(foreign.actorId)?.name ?? label };
  // Further back: the one person of the article so far who holds that office ("the chancellor" for Merz,
  // named ten sentences earlier), when only one does.
  const holders = new Set<string>();
  for (let k = 0; k <= sentenceIndex; k++)
    for (const a of people.of(k))
      if (
        (k < sentenceIndex || a.index < index) &&
        (office.test(a.text) || holdsOffice(gazetteer.byId.get(a.actorId), office)) &&
        ofState(a.actorId)
      )
        holders.add(a.actorId);
  // "Plans … have moved “from concept to operational planning”, the Defence Secretary has said." / "John
  // Healey … chaired …": a lead names its speaker by office first and by name in the sentences after.
  if (!holders.size && sentenceIndex < LEAD_REACH)
    for (let k = sentenceIndex; k < input.sentences.length && k <= sentenceIndex + 2; k++)
      for (const a of people.of(k))
        if (
          (k > sentenceIndex || a.index > index) &&
          (office.test(a.text) || holdsOffice(gazetteer.byId.get(a.actorId), office)) &&
          ofState(a.actorId)
        )
          holders.add(a.actorId);
  if (holders.size === 1) {
    const id = [...holders][0] as string;
    return { speakerId: id, speakerLabel: gazetteer.byId.get(id)?.name ?? label };
  }
  const varied = elegantVariation(noun, office, people, sentenceIndex, gazetteer, ofState);
  if (varied) return { speakerId: varied, speakerLabel: gazetteer.byId.get(varied)?.name ?? label };
  const labels = new Set(sameNoun.map((a) => a.speakerLabel));
  const last = sameNoun[sameNoun.length - 1];
  return last && labels.size === 1 ? { speakerId: last.speakerId, speakerLabel: last.speakerLabel } : null;
}

/**
 * "Anthony Albanese has refused … after a call with British Prime Minister Keir Starmer. … the Prime Minister
 * said": an office without a nationality names the sentence's subject, a person the gazetteer knows no office
 * for, rather than a holder met after a preposition.
 */
function subjectInstead(
  text: string,
  people: readonly ActorMatch[],
  holder: ActorMatch,
  gazetteer: Gazetteer,
  office: RegExp,
): ActorMatch | null {
  const subject = people[0];
  if (!subject || subject.actorId === holder.actorId || subject.index > holder.index) return null;
  const actor = gazetteer.byId.get(subject.actorId);
  // A person of no known office, or the outlet's own holder of it ("Nausėda took part in a call co-chaired by
  // … French President Emmanuel Macron. … the president told journalists").
  const unknown =
    actor?.kind === 'person' && ((!actor.role && !actor.roles.length) || holdsOffice(actor, office));
  // The holder met after a preposition, with the nationality that marks them as another country's
  // ("with British Prime Minister Keir Starmer"): the outlet's own office-holder is the one it leaves bare.
  const before = textBefore(text, holder.index, 60);
  const governed = /\b(?:with|to|from|by|alongside|beside|and)\s+(?:[\p{L}’'.-]+\s+){0,3}$/u.test(before);
  // So is one of an institution the text names ("a videoconference …, convened by its President António Costa").
  const foreign =
    NATIONALITY_BEFORE.test(before) ||
    NATIONALITY_BEFORE.test(`${holder.text.split(/\s+/)[0]} `) ||
    /\b(?:its|their)\s+(?:[\p{L}’'.-]+\s+){0,2}$/u.test(before);
  // The subject opens the sentence, after a wire's dateline if there is one ("Nicosia, 19 August (CNA) - …").
  const dateline = wireDateline(text)?.length ?? 0;
  // "Trump said he would be talking with Putin …. The president has previously said …": when the subject holds
  // the office too, the one the sentence is about is meant, not the one after its preposition.
  const both = !!actor && holdsOffice(actor, office);
  // It opens the sentence, maybe after a phrase of time or place ("Speaking to reporters in the Oval Office
  // later Thursday, Trump said …").
  const opens =
    subject.index - dateline < 40 ||
    /^\s*(?:In|At|On|During|After|Before|Speaking|Asked|Later|Earlier)\b[^,“”"]{0,80},\s*(?:(?:US|U\.S\.)\s+)?(?:President\s+)?$/.test(
      text.slice(dateline, subject.index),
    );
  return unknown && governed && (foreign || both) && opens ? subject : null;
}
/** Is the person marked as another country's office-holder ("Dutch Prime Minister Dick Schoof")? */
function isForeignHolder(text: string, a: ActorMatch): boolean {
  return (
    NATIONALITY_BEFORE.test(textBefore(text, a.index, 60)) ||
    NATIONALITY_BEFORE.test(`${a.text.split(/\s+/)[0]} `)
  );
}
/** A nationality, then up to two words of office, right before a name: "British Prime Minister ". */
const NATIONALITY_BEFORE = new RegExp(
  `\\b(?:${Object.values(DEMONYMS).flat().map(escapeRegExp).join('|')})\\s+(?:[\\p{L}’'.-]+\\s+){0,2}$`,
  'u',
);

/** Offices a named person may be called by in the next sentence. */
const OFFICE_OF_A_PERSON =
  /^(?:secretary|minister|chancellor|president|premier|taoiseach|leader|head|diplomat|envoy|ambassador|commander)$/;

/**
 * "… John Healey has said. The UK defence secretary said …": news calls the person of the sentence before
 * by their office. The one person named there whose office nothing contradicts (the gazetteer knows no
 * role for them, or one that is this office) and of the state the label names; none when two are.
 */
function elegantVariation(
  noun: string,
  office: RegExp,
  people: PeopleIndex,
  sentenceIndex: number,
  gazetteer: Gazetteer,
  ofState: (id: string) => boolean,
): string | null {
  if (!OFFICE_OF_A_PERSON.test(noun) || sentenceIndex === 0) return null;
  const named = new Set<string>();
  for (const a of people.of(sentenceIndex - 1)) {
    const actor = gazetteer.byId.get(a.actorId);
    if (actor?.kind !== 'person') continue;
    // Someone the gazetteer does not know has no office or state to contradict the label.
    const unknown = !actor.role && !actor.roles.length && !actor.affiliation;
    if (unknown || (holdsOffice(actor, office) && ofState(a.actorId))) named.add(a.actorId);
    else return null;
  }
  return named.size === 1 ? ([...named][0] as string) : null;
}

/**
 * Is the actor of the state a nationality among `words` names ("ukrainian" → Ukraine)? True when the words
 * name no nationality.
 */
function fromStateNamed(gazetteer: Gazetteer, actor: Actor | undefined, words: readonly string[]): boolean {
  const named = words.filter((w) => DEMONYM_WORDS.has(w));
  if (!named.length) return true;
  const state = actor?.affiliation ? gazetteer.byId.get(actor.affiliation) : undefined;
  // A person of no known state ("US Secretary of State Marco Rubio", made an actor from this article) has
  // none to contradict the nationality.
  if (!state) return actor?.kind === 'person' && !actor.affiliation;
  const own = DEMONYMS[state.name] ?? [];
  return own.some((d) => named.includes(d.toLowerCase()));
}

function resolveSpeaker(
  attribution: Attribution,
  article: ArticleQuotes,
  sentenceIndex: number,
  index: number,
): Speaker {
  const { input, people, anonymous } = article;
  const { gazetteer, date } = input;
  // "Putin himself said …": the name, stressed. "…, a point he said he had discussed": the pronoun speaks.
  // "Zelenskyy later said", "the Kremlin has so far said": the adverb is no part of the name.
  // "the President of Ukraine said": the state the office is of is part of who it is.
  const label = (OFFICE_OF_STATE.test(attribution.full.trim()) ? attribution.full.trim() : attribution.label)
    .replace(/\s+(?:himself|herself|themselves)$/i, '')
    .replace(/^(?:an?|the|which|that)\s+(?:\p{Ll}+\s+)?(he|she|they)$/iu, '$1')
    .replace(
      /^(?:an?|the)\s+(?:(?:\p{Ll}+\s+)?(?:point|move|step|claim|charge|view|remark|decision|proposal|plan|idea|reply|response|answer|offer|stance|position|demand|condition|approach|comment|statement|suggestion|warning|threat)s?)\s+(\p{Lu}[\p{L}'’. -]*)$/u,
      '$1',
    )
    .replace(
      /(\p{L})\s+(?:later|also|then|again|earlier|previously|first|since|afterwards?|subsequently|too|instead|has so far|had so far|has since|had earlier|had|has|have|(?:was|were|is|are) (?:reported|said|quoted|understood|thought) (?:to(?: have)?|as(?: having)?))$/u,
      '$1',
    );
  if (PRONOUN.test(label)) {
    // "… the Prime Minister said Britain stood ready to “lead from the front”. “…,” he said.": when the
    // sentence before names no person, the pronoun is whoever it quoted, however the text called them there.
    const previous = article.previous;
    const quotedBefore =
      previous?.speakerId &&
      previous.sentence === sentenceIndex - 1 &&
      !people.of(sentenceIndex - 1).length &&
      !people.between(sentenceIndex, 0, index).length &&
      gazetteer.byId.get(previous.speakerId)?.kind === 'person'
        ? previous.speakerId
        : null;
    // "A diplomat in Bratislava, who spoke on condition of anonymity, said … . “…,” he said.": the unnamed
    // source speaking just before, in the same paragraph, not a person named further back.
    const source = quotedBefore ? null : unnamedSourceBefore(article, sentenceIndex, index);
    if (source) return source;
    const id =
      quotedBefore ??
      article.antecedents.resolve(
        label.toLowerCase() as Pronoun,
        sentenceIndex,
        pronounAt(input.sentences[sentenceIndex]?.text ?? '', label, index),
      );
    return id
      ? { speakerId: id, speakerLabel: gazetteer.byId.get(id)?.name ?? label }
      : { speakerId: null, speakerLabel: 'unknown' };
  }
  // "Two European officials involved in the talks said … “…,” one of them said.": one of that group.
  if (/^one of (?:them|those)$/i.test(label))
    return oneOfGroup(article, sentenceIndex, index) ?? { speakerId: null, speakerLabel: label };
  // "US officials told reporters …, which one official described as “platinum”": one of the officials the
  // text described, with their description.
  const one = ONE_OF_KIND.exec(label);
  if (one) {
    const described = describedGroup(article, sentenceIndex, index, (one[1] as string).toLowerCase());
    if (described) return { speakerId: null, speakerLabel: `one ${described} ${one[1] as string}` };
  }
  // "… the UK prime minister’s office said in a statement. According to the statement, …": who issued it.
  if (THE_DOCUMENT.test(label)) {
    const issuer = documentIssuer(article, sentenceIndex, index);
    if (issuer) return issuer;
  }
  // "Source: Macron at a press conference …" / "Quote: “…”": the item's source speaks.
  if (/^quote$/i.test(label)) return itemSource(article, sentenceIndex);
  const exact =
    gazetteer.lookupExact(label.replace(ANONYMOUS, '').trim(), date) ?? gazetteer.lookupExact(label, date);
  // "A Pentagon spokesman, Col. Raymond Ashby, said …": a description, then the name of the one it describes.
  const apposed = ANONYMOUS.test(label) ? gazetteer.match(label, date).pop() : undefined;
  if (
    apposed &&
    gazetteer.byId.get(apposed.actorId)?.kind === 'person' &&
    apposed.index + apposed.text.length === label.length &&
    DESCRIPTION_BEFORE_NAME.test(label.slice(0, apposed.index))
  )
    return { speakerId: apposed.actorId, speakerLabel: label };
  if (ANONYMOUS.test(label)) {
    // An anonymous speaker keeps the article's description, relative clause included ("a senior EU official
    // who took part in the meeting", "a European diplomat familiar with the talks"), and is an actor only when the gazetteer names that group ("EU
    // diplomats") — or, for "a second diplomat", the group of the diplomat quoted before.
    const shown =
      SHOWN_DESCRIPTION.test(attribution.full) && wordCount(attribution.full) <= 14
        ? attribution.full
        : label;
    let group = exact ? gazetteer.byId.get(exact) : undefined;
    const ordinal = ORDINAL.exec(label);
    if (!(group && group.kind === 'group') && ordinal) {
      const noun = (ordinal[2] as string).toLowerCase();
      const prior = [...anonymous].reverse().find((a) => a.noun === noun && a.speakerId);
      group = prior?.speakerId ? gazetteer.byId.get(prior.speakerId) : undefined;
    }
    return { speakerId: group && group.kind === 'group' ? group.id : null, speakerLabel: shown };
  }
  // "Downing Street said …": the office of a state's leader, named by its address, speaks for the leader,
  // not as the state; its quotes keep that name and no actor.
  if (exact && gazetteer.byId.get(exact)?.kind === 'state' && SEAT_OF_OFFICE.test(label))
    return { speakerId: null, speakerLabel: label };
  if (exact) return { speakerId: exact, speakerLabel: label };
  // "Italy’s Giorgia Meloni": a label ending in a person's name is that person.
  const lastHit = gazetteer.match(label, date).pop();
  if (
    lastHit &&
    gazetteer.byId.get(lastHit.actorId)?.kind === 'person' &&
    lastHit.index + lastHit.text.length === label.length
  )
    return { speakerId: lastHit.actorId, speakerLabel: label };
  // "Tornike Gelashvili of the Caucasus Policy Institute": a person named with where they work is that
  // person; the label keeps the institution.
  const affiliated = /^(.+?)\s+(?:of|from|at)\s+(?:the\s+)?\p{Lu}/u.exec(label);
  const person = affiliated ? gazetteer.match(affiliated[1] as string, date).pop() : undefined;
  if (
    affiliated &&
    person &&
    gazetteer.byId.get(person.actorId)?.kind === 'person' &&
    person.index + person.text.length === (affiliated[1] as string).length
  )
    return { speakerId: person.actorId, speakerLabel: label };
  const institution = namedInstitution(article, sentenceIndex, index, label);
  if (institution) return institution;
  const familiar = givenNameHolder(label, article, sentenceIndex, index);
  if (familiar) return { speakerId: familiar, speakerLabel: label };
  const coref = corefer(label, input, people, sentenceIndex, index, anonymous, article.antecedents);
  if (coref) return coref;
  const hits = gazetteer.match(label, date);
  const named = hits.length === 1 && /^(?:the\s+)?[\p{Lu}]/u.test(label) ? hits[0] : undefined;
  const actor = named ? gazetteer.byId.get(named.actorId) : undefined;
  // "Macron's office", "the French official": the actor only when the label is essentially their name.
  if (
    actor &&
    named &&
    label
      .replace(named.text, '')
      .replace(/^(?:the|[’']s)\s*/i, '')
      .trim().length === 0
  ) {
    return { speakerId: actor.id, speakerLabel: label };
  }
  return { speakerId: null, speakerLabel: label };
}

/**
 * "… our defence editor Ruth Calloway explains … As Ruth puts it in the video: “…”": a given name alone, once the
 * article has named the person in full, is that person; none when two people named so far share it.
 */
function givenNameHolder(
  label: string,
  article: ArticleQuotes,
  sentenceIndex: number,
  index: number,
): string | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(label)) return null;
  const { people, input } = article;
  // Every name the text opens on this given name counts, known person or not: "Ruth Marsh" makes "Ruth" unclear
  // even when only "Ruth Calloway" is an actor. Read once per given name, for the whole article.
  let uses = article.givenNames.get(label);
  if (!uses) {
    const full = new RegExp(`\\b${label}\\s+(\\p{Lu}[\\p{L}'’-]+)`, 'gu');
    uses = input.sentences.flatMap((s, k) =>
      [...s.text.matchAll(full)].map((m) => ({ k, at: m.index ?? 0, surname: m[1] as string })),
    );
    article.givenNames.set(label, uses);
  }
  const surnames = new Set(
    uses.filter((u) => u.k < sentenceIndex || (u.k === sentenceIndex && u.at < index)).map((u) => u.surname),
  );
  if (surnames.size !== 1) return null;
  const [surname] = [...surnames];
  for (let k = 0; k <= sentenceIndex; k++)
    for (const a of people.of(k)) {
      const name = input.gazetteer.byId.get(a.actorId)?.name ?? '';
      if (name.startsWith(`${label} `) && name.endsWith(` ${surname as string}`)) return a.actorId;
    }
  return null;
}

/**
 * "A Pentagon spokesman Col. ", "a senior adviser ": an anonymous description that ends on its own noun and
 * maybe a rank, with no "to", "of" or "for" tying it to someone else ("an aide to …" is the aide).
 */
// "One of the few sceptics Graham Tulley" (the apposition's role gone, withoutAsides): one of a plural, then the name.
const DESCRIPTION_BEFORE_NAME =
  /^one of the\s+(?:[\p{L}’'-]+\s+){0,3}\p{Ll}+s\s+$|^(?:an?|one)\s+(?:(?!(?:to|for|of|with|from|at|by|under|and|or|close)\b)[\p{L}’'-]+\s+){0,4}(?:spokes(?:man|woman|person)|official|officer|envoy|adviser|advisor|minister|diplomat|analyst|expert|commander|general|colonel|lawmaker|senator|ambassador|negotiator|researcher|professor)\s+(?:(?:Col|Gen|Lt|Maj|Capt|Adm|Sgt|Cpl|Brig|Cmdr|Dr|Prof)\.\s+){0,2}$/iu;

/** Bodies that speak as one, named in full once and then "the ministry", "the office". */
const INSTITUTION_NOUNS = [
  'ministry',
  'department',
  'office',
  'embassy',
  'agency',
  'commission',
  'government',
];
const THE_INSTITUTION = new RegExp(
  String.raw`^the\s+((?:[\p{L}-]+\s+){0,2})(${INSTITUTION_NOUNS.join('|')})$`,
  'iu',
);
/**
 * The one word in lower case that may stand in an institution's name: what kind it is ("Ukraine’s presidential
 * office", "the Russian foreign ministry"), never a verb or an article ("since Trump took office", "On Monday the
 * government").
 */
const INSTITUTION_ADJECTIVE = String.raw`(?:\p{Ll}+(?:al|ial|ian|ic|ive|ary|ern|ish|ese|ign)|defen[cs]e|economy|finance|justice|interior|press|energy|health|trade)`;
/** Either case of a noun's first letter, so the capitals of the name before it are read case-sensitively. */
const eitherCase = (noun: string) =>
  `[${(noun[0] as string).toUpperCase()}${noun[0] as string}]${noun.slice(1)}`;
/**
 * The institution's full name: capitalised words before the noun ("Ukraine’s Economy Ministry", "Zelensky’s
 * office", "the Russian Foreign Ministry"), or the noun capitalised with what it is of ("Ministry of Defence",
 * "Government of Jersey").
 */
const INSTITUTION_NAMES = INSTITUTION_NOUNS.map(
  (noun) =>
    new RegExp(
      String.raw`(?<![\p{L}\p{N}])((?:(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}(?:${INSTITUTION_ADJECTIVE}\s+)?${eitherCase(noun)}|${(noun[0] as string).toUpperCase()}${noun.slice(1)}(?=\s+(?:of|for)\s))(?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:and(?!\s+the\b)|of|the|\p{Lu}[\p{L}’'-]*)){0,5})?)\b`,
      'gu',
    ),
);

/**
 * "…, Ukraine’s Economy Ministry said. “…,” the ministry said in a statement.": the one body of that kind the
 * text named last, in this sentence before the quote or the two before; "the foreign ministry" only one whose
 * name holds "foreign". None named: the label stays as the text has it.
 */
function namedInstitution(
  article: ArticleQuotes,
  sentenceIndex: number,
  index: number,
  label: string,
): Speaker | null {
  const m = THE_INSTITUTION.exec(label.trim());
  // "The Russian foreign ministry said": a name of its own, not a word for one named before.
  if (!m || /\p{Lu}/u.test(m[1] as string)) return null;
  const noun = (m[2] as string).toLowerCase();
  const re = INSTITUTION_NAMES[INSTITUTION_NOUNS.indexOf(noun)] as RegExp;
  const mods = (m[1] as string).trim().toLowerCase().split(/\s+/).filter(Boolean);
  const { gazetteer, date } = article.input;
  for (let k = sentenceIndex; k >= 0 && k >= sentenceIndex - 2; k--) {
    const full = article.input.sentences[k]?.text ?? '';
    const text = (k === sentenceIndex ? full.slice(0, index) : full).replace(QUOTED_WORDS, (q) =>
      ' '.repeat(q.length),
    );
    const names = [...text.matchAll(re)]
      .map((n) =>
        (n[1] as string)
          .replace(/^(?:The|This|That|A|An)\s+/, '')
          // "On Monday Ukraine’s foreign ministry": the time the sentence opens on is no part of the name.
          .replace(
            /^(?:(?:On|In|At|After|Before|Since|By|Late|Early|Last|Then|Later|Earlier)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\s+)+/,
            '',
          )
          .replace(/(?:\s+(?:and|of|the))+$/, '')
          .trim(),
      )
      .filter((name) => /\s/.test(name) && mods.every((w) => name.toLowerCase().split(/\s+/).includes(w)));
    const name = names.pop();
    if (name) return { speakerId: gazetteer.lookupExact(name, date) ?? null, speakerLabel: name };
  }
  return null;
}

/** A statement the text spoke of just before, as a source: "According to the statement, …". */
const DOCUMENT = String.raw`(?:joint\s+|written\s+)?(?:statement|readout|communiqu[eé]|declaration|letter)`;
const THE_DOCUMENT = new RegExp(String.raw`^(?:the|that|this)\s+${DOCUMENT}$`, 'i');
/** Who issued it: "X said in a statement", "X issued a statement", "In a joint statement, X said". */
const ISSUED = [
  String.raw`(?:^|[.;,]\s+(?:(?:and|but)\s+)?)([^.;,“”"]{1,80}?)\s+(?:said|announced|confirmed|added|wrote)\s+in\s+(?:a|an|its|their|the)\s+${DOCUMENT}\b`,
  String.raw`(?:^|[.;]\s+)([^.;,“”"]{1,80}?)\s+(?:issued|released|published|put out)\s+(?:a|an|its|their|the)\s+${DOCUMENT}\b`,
  String.raw`\bin\s+(?:a|an|its|their)\s+${DOCUMENT}[^,;“”"]{0,40},\s+([^.;,“”"]{1,80}?)\s+(?:said|announced|confirmed|added|wrote)\b`,
].map((re) => new RegExp(re));

/** The issuer of the statement named in the quote's sentence before the quote, or in the sentence before. */
function documentIssuer(article: ArticleQuotes, sentenceIndex: number, index: number): Speaker | null {
  const own = article.input.sentences[sentenceIndex]?.text.slice(0, index) ?? '';
  for (const [at, text] of [
    [sentenceIndex, own],
    [sentenceIndex - 1, article.input.sentences[sentenceIndex - 1]?.text ?? ''],
  ] as const) {
    for (const re of ISSUED) {
      const m = re.exec(text);
      const found = m ? labelled(m[1] as string, false) : null;
      if (found && !THE_DOCUMENT.test(found.label) && !PRONOUN.test(found.label))
        return resolveSpeaker(found, article, at, text.length);
    }
  }
  return null;
}

/**
 * The unnamed source the sentence before, in the same paragraph, opens on as its speaking subject ("A diplomat
 * in Bratislava … said …"), for a bare "he said" of the quote's own sentence when no person stands between.
 */
function unnamedSourceBefore(article: ArticleQuotes, sentenceIndex: number, index: number): Speaker | null {
  const { sentences } = article.input;
  const here = sentences[sentenceIndex];
  const before = sentences[sentenceIndex - 1];
  if (!here || !before || before.paragraph !== here.paragraph) return null;
  if (article.people.between(sentenceIndex, 0, index).length || article.people.of(sentenceIndex - 1).length)
    return null;
  if (!UNNAMED_SPEAKER.test(before.text)) return null;
  const subject = sentenceSubject(before.text);
  return subject && ANONYMOUS.test(subject.label)
    ? resolveSpeaker(subject, article, sentenceIndex - 1, before.text.length)
    : null;
}
const UNNAMED_SPEAKER = new RegExp(
  `^(?:an?|one|another)\\s+(?:[\\p{L}.-]+\\s+){0,3}?(?:${SOURCE_NOUN}|minister|MP|envoy|commander|general|lawmaker|analyst|manager|investor|trader|banker|executive|economist|strategist|resident)\\b[^“”"]{0,120}?\\s(?:said|told|says|tells|added)\\b`,
  'iu',
);

/** Several unnamed people described as a subject: "Two European officials involved in the talks said …". */
const PLURAL_SOURCES =
  /\b((?:two|three|four|several|some|both)\s+(?:[\p{L}-]+\s+){0,3}?(?:officials|diplomats|sources|aides|ministers|people|lawmakers|analysts|commanders|officers)(?:\s+(?:involved in|familiar with|close to|briefed on|in|at|from)\s+[^,.;:“”"]{1,40})?)(?=\s+(?:said|say|told|described|\p{Ll}+ed)\b|[,.]|$)/giu;

/** "one of them" after such a group: one of it, as the text described it. */
function oneOfGroup(article: ArticleQuotes, sentenceIndex: number, index: number): Speaker | null {
  const group = lastGroupBefore(article, sentenceIndex, index, PLURAL_SOURCES, true);
  const who = group?.[1] as string | undefined;
  return who
    ? { speakerId: null, speakerLabel: `one of ${who.charAt(0).toLowerCase()}${who.slice(1)}` }
    : null;
}

/**
 * The last group of people `re` finds before the quote, in its sentence or the two before (the first that
 * holds one), and that `wanted` accepts; quoted words are passed over when `unquoted`.
 */
function lastGroupBefore(
  article: ArticleQuotes,
  sentenceIndex: number,
  index: number,
  re: RegExp,
  unquoted: boolean,
  wanted: (m: RegExpMatchArray) => boolean = () => true,
): RegExpMatchArray | null {
  for (let k = sentenceIndex; k >= 0 && k >= sentenceIndex - 2; k--) {
    const text = (article.input.sentences[k] as QuoteSentence).text;
    const before = text.slice(0, k === sentenceIndex ? index : text.length);
    const searched = unquoted ? before.replace(QUOTED_WORDS, (q) => ' '.repeat(q.length)) : before;
    const found = [...searched.matchAll(re)].filter(wanted).pop();
    if (found) return found;
  }
  return null;
}

const ONE_OF_KIND = /^one (official|diplomat|source|aide|minister|officer|lawmaker)$/i;
/** Capitalised words before a plural kind of source: "US officials", "European Union diplomats". */
const DESCRIBED_PLURAL =
  /\b((?:\p{Lu}[\p{L}.-]*\s+){1,3})(officials|diplomats|sources|aides|ministers|officers|lawmakers)\b/gu;

/** How the text described a group of that kind in this sentence or the two before ("US"), or null. */
function describedGroup(
  article: ArticleQuotes,
  sentenceIndex: number,
  index: number,
  kind: string,
): string | null {
  const found = lastGroupBefore(
    article,
    sentenceIndex,
    index,
    DESCRIBED_PLURAL,
    false,
    (m) => m[2] === `${kind}s`,
  );
  return found ? (found[1] as string).trim() : null;
}

/** The seat of a leader's office, named as a speaker ("Downing Street", "No 10"). */
const SEAT_OF_OFFICE = /\b(?:Street|No\.? 10|Number 10|Palace)\b/;

/** The first actor of the "Source:" line that heads a news item set out in parts, or unknown. */
function itemSource(article: ArticleQuotes, sentenceIndex: number): Speaker {
  const { sentences, gazetteer } = article.input;
  for (let k = sentenceIndex - 1; k >= 0 && k >= sentenceIndex - 12; k--) {
    const s = sentences[k] as QuoteSentence;
    if (!/^Source:\s/.test(s.text)) continue;
    const first = s.actors[0];
    if (first)
      return {
        speakerId: first.actorId,
        speakerLabel: gazetteer.byId.get(first.actorId)?.name ?? first.text,
      };
    break;
  }
  // "UK Prime Minister Keir Starmer told journalists on Monday night that …" / "Quote: “…”": with no "Source:"
  // line, the person the item reported speaking just before.
  const prev = sentences[sentenceIndex - 1];
  const verb = prev ? REPORTS_WORDS.exec(prev.text) : null;
  const teller = verb ? prev?.actors.find((a) => a.index < verb.index) : undefined;
  if (teller && gazetteer.byId.get(teller.actorId)?.kind === 'person')
    return {
      speakerId: teller.actorId,
      speakerLabel: gazetteer.byId.get(teller.actorId)?.name ?? teller.text,
    };
  return { speakerId: null, speakerLabel: 'unknown' };
}

/**
 * Where the pronoun stands, when it stands before the quote: "“…,” he told host Dana Reyes, adding that the
 * Europeans “…”" — "he" is someone named before him, not Dana Reyes, who comes after.
 */
function pronounAt(sentence: string, pronoun: string, quoteStart: number): number {
  // Only the stretch an attribution reaches back over, so a long run of quotes costs each the same.
  const from = Math.max(0, quoteStart - QUOTE_CONTEXT);
  let at = quoteStart;
  for (const m of sentence.slice(from, quoteStart).matchAll(new RegExp(`\\b${pronoun}\\b`, 'gi')))
    at = from + (m.index ?? 0);
  return at;
}

/** The outlet a speaker's description is tied to elsewhere in the article ("who spoke to the FT"). */
function tiedOutlet(
  speaker: Speaker,
  ties: readonly { description: string; outlet: string }[],
  gazetteer: Gazetteer,
): string | null {
  if (!ties.length || speaker.speakerLabel === 'unknown') return null;
  const head = headOf(cleanLabel(speaker.speakerLabel));
  for (const t of ties) {
    const tied = headOf(t.description);
    if (head && tied && head.noun === tied.noun && tied.modifiers.join(' ') === head.modifiers.join(' '))
      return t.outlet;
    if (speaker.speakerId && gazetteer.byId.get(speaker.speakerId)?.kind === 'person') {
      const name = gazetteer.byId.get(speaker.speakerId)?.name.toLowerCase() ?? '';
      if (name && t.description.endsWith(name.split(' ').pop() as string)) return t.outlet;
    }
  }
  return null;
}

/** Each distinct "who spoke to <outlet>" description of the article, once however often it recurs. */
function outletTies(
  input: ExtractQuotesInput,
  self: string | null,
): { description: string; outlet: string }[] {
  if (!input.outlets) return [];
  const seen = new Map<string, { description: string; outlet: string }>();
  for (const s of input.sentences)
    for (const tie of input.outlets.ties(s.text, self)) {
      const key = `${tie.description}\u0000${tie.outlet}`;
      if (!seen.has(key)) seen.set(key, tie);
    }
  return [...seen.values()];
}

/** What the quotes of one article share while its sentences are read in order. */
interface ArticleQuotes {
  /** The article as the rules read it: single quotation marks made double (`asDoubleQuotes`). */
  input: ExtractQuotesInput;
  /** The sentences as printed, which evidence cites. */
  printed: readonly QuoteSentence[];
  /** 6 hex of the article id, for quote ids. */
  short: string;
  /** The article's publisher, never credited as `reportedBy`. */
  self: string | null;
  people: PeopleIndex;
  /** Who "he" and "she" are (pronouns.ts). */
  antecedents: Antecedents;
  /** Anonymous speakers quoted so far ("a French official"), for "the official" and "a second diplomat". */
  anonymous: AnonymousSpeaker[];
  /** "The French official who spoke to the FT": every quote of that speaker is reported by the FT. */
  ties: { description: string; outlet: string }[];
  /** The speaker of the previous sentence's first quote: a bare quote right after it continues it. */
  previous: { sentence: number; speakerId: string | null; speakerLabel: string } | null;
  /** How often the article uses a quoted phrase, counted once per phrase. */
  mentions: Map<string, number>;
  /** Paragraphs of an interview transcript led by a person's name ("STUBB: …"): whose answer each is. */
  answers: ReadonlyMap<number, { speaker: Speaker; label: string }>;
  /** Where the text names someone in full after a given name ("Ruth" → "Ruth Calloway"), read once per name. */
  givenNames: Map<string, { k: number; at: number; surname: string }[]>;
}

/**
 * An interview printed as a transcript: a paragraph led by a person's name in capitals is that person's
 * answer, every sentence of it their words, quote marks or not. A label that names no person (the
 * interviewer's outlet, "Q") marks no answers.
 */
function transcriptAnswers(input: ExtractQuotesInput): Map<number, { speaker: Speaker; label: string }> {
  const out = new Map<number, { speaker: Speaker; label: string }>();
  const printed: (TranscriptLabel & { paragraph: number })[] = [];
  let paragraph = -1;
  for (const s of input.sentences) {
    if (s.paragraph === paragraph) continue;
    paragraph = s.paragraph;
    // "PRIME MINISTER KEIR STARMER: …": the office is no part of the name.
    const label = transcriptLabelOf(s.text);
    if (label) printed.push({ ...label, paragraph });
  }
  const labels = withFullNames(printed);
  // The broadcaster's anchor and correspondents ("DANA WHITFIELD, CNN ANCHOR:") present the news; the words
  // they quote in their turns have speakers of their own.
  const staff = new Set(labels.filter((l) => BROADCASTER_ROLE.test(l.role)).map((l) => l.name));
  for (const { paragraph, label, titled, name } of labels) {
    if (staff.has(name)) continue;
    const id =
      input.gazetteer.lookupExact(name, input.date) ?? input.gazetteer.lookupExact(titled, input.date);
    if (id && input.gazetteer.byId.get(id)?.kind === 'person')
      out.set(paragraph, { speaker: { speakerId: id, speakerLabel: name }, label });
  }
  return out.size ? out : titleCaseTurns(input);
}

/**
 * "Vladimir Putin: Good afternoon, colleagues. …", "NATO Secretary General Mark Rutte: …": a turn under a name in
 * title case, as official transcripts print them, the office before it or not.
 */
const TITLE_CASE_LABEL =
  /^((?:\p{Lu}[\p{L}'’.-]*\s+){0,4}?((?:\p{Lu}[\p{Ll}'’.-]+\s+){1,2}\p{Lu}[\p{Ll}'’-]+)):\s+(?=\p{Lu})/u;

/**
 * An official transcript with its speakers' names in title case ("Vladimir Putin: …", "Sergei Lavrov: Thank
 * you, Mr President."): two turns at least, each under the name of a person the gazetteer knows and running to a
 * sentence, so that a live page's headings ("Keir Starmer: UK ready to lead") are not read as turns.
 */
function titleCaseTurns(input: ExtractQuotesInput): Map<number, { speaker: Speaker; label: string }> {
  const out = new Map<number, { speaker: Speaker; label: string }>();
  let paragraph = -1;
  for (const s of input.sentences) {
    if (s.paragraph === paragraph) continue;
    paragraph = s.paragraph;
    const m = TITLE_CASE_LABEL.exec(s.text);
    if (!m || !ENDS_AS_SENTENCE.test(s.text)) continue;
    // The one who chairs the press conference gives the floor ("NATO Spokesperson Allison Hart: Thank you,
    // Secretary General. We have time for a few questions."): no quote.
    if (CHAIRS.test(m[1] as string)) continue;
    // The name's three words, or its last two after an office ("… Minister Giorgia Meloni").
    const full = m[2] as string;
    for (const name of [full, full.split(/\s+/).slice(-2).join(' ')]) {
      const id = input.gazetteer.lookupExact(name, input.date);
      if (!id) continue;
      if (input.gazetteer.byId.get(id)?.kind === 'person')
        out.set(paragraph, { speaker: { speakerId: id, speakerLabel: name }, label: m[0] });
      break;
    }
  }
  return out.size >= 2 ? out : new Map();
}
const ENDS_AS_SENTENCE = /[.!?…]["”’)]*$/;
const CHAIRS = /\b(?:Spokes(?:person|man|woman)|Moderator|Host|Chair(?:man|woman|person)?)\b/;

const GUILLEMETS = /«[^«»]{1,600}»/;
/** A pair of guillemets around words, in one sentence or across several. */
const GUILLEMETS_ACROSS = /(?:^|[\s(—–-])«\s?\p{L}[^«»]{1,2000}»(?=$|[\s,.;:!?)—–-])/u;
/** A guillemet that opens a quote («, at the start or after a space) or closes one (», before a space or stop). */
const GUILLEMET_OPENS = /(^|[\s(—–-])«/g;
const GUILLEMET_CLOSES = /»(?=$|[\s,.;:!?)—–-])/g;
/** A closing mark at a word's start: after the start, a space or an opening bracket or dash, before a letter. */
const RIGHT_MARK_OPENS = /(?:^|[\s(—–-])”(?=[\p{L}\p{N}])/u;
const RIGHT_MARK_OPENS_ALL = /(^|[\s(—–-])”(?=[\p{L}\p{N}])/gu;
/** Low opening marks, closed high („…” as Romanian and Polish outlets print them, „…“ as German ones do). */
const LOW_NINE = /„([^„“”]{1,600})[”“]/g;

/**
 * British style: single marks outside, double inside (‘Everyone wants the word “backstop” in writing,’ the
 * diplomat said). The outer marks are read as double ones, character for character; the quote keeps its inner
 * term, as a quote nested in double marks does.
 */
const SINGLE_AROUND_DOUBLE_SOURCE = `(^|[\\s(—–-])‘((?:[^‘’“”]|’(?=\\p{L}))*(?:“[^“”]*”(?:[^‘’“”]|’(?=\\p{L}))*)+)’(?=[\\s,.;:!?)—–-]|$)`;
const SINGLE_AROUND_DOUBLE = new RegExp(SINGLE_AROUND_DOUBLE_SOURCE, 'u');
const SINGLE_AROUND_DOUBLE_ALL = new RegExp(SINGLE_AROUND_DOUBLE_SOURCE, 'gu');
const singleAroundDouble = (text: string) =>
  text.replace(SINGLE_AROUND_DOUBLE_ALL, (_, lead: string, inner: string) => `${lead}“${inner}”`);

export function extractQuotes(printedInput: ExtractQuotesInput): Quote[] {
  const printed = printedInput.sentences;
  // Quotes in single marks, where a sentence has no double ones: a tabloid's whole article, or the partial
  // quotes ("with ‘boots on the ground and planes in the air’") of a paper that sets full ones in double.
  // Guillemets («…», as Continental and Balkan outlets print them) and low opening marks („…”) read as double
  // marks, character for character.
  // Closing marks on both sides (”…”, as Swedish and Finnish outlets print them) in an article with no opening
  // mark: the one that opens a word opens the quote.
  // An article that quotes in guillemets also opens a quote with one that a later sentence or paragraph closes
  // ("« The Europeans have done what they could. But …" / "« Everything will be decided in Washington … », she
  // estimates").
  const guillemetQuotes =
    printed.some((s) => GUILLEMETS.test(s.text)) ||
    (printed.some((s) => s.text.includes('«')) &&
      GUILLEMETS_ACROSS.test(printed.map((s) => s.text).join(' ')));
  const rightMarksOnly =
    !printed.some((s) => s.text.includes('“')) && printed.some((s) => RIGHT_MARK_OPENS.test(s.text));
  const input = printed.some(
    (s) =>
      singleMarksOnly(s) ||
      GUILLEMETS.test(s.text) ||
      s.text.includes('„') ||
      rightMarksOnly ||
      SINGLE_AROUND_DOUBLE.test(s.text),
  )
    ? {
        ...printedInput,
        sentences: printed.map((s) => {
          const swedish = rightMarksOnly ? s.text.replace(RIGHT_MARK_OPENS_ALL, '$1“') : s.text;
          const guillemets = GUILLEMETS.test(swedish)
            ? swedish.replace(/«/g, '“').replace(/»/g, '”')
            : guillemetQuotes && /[«»]/.test(swedish)
              ? swedish.replace(GUILLEMET_OPENS, '$1“').replace(GUILLEMET_CLOSES, '”')
              : swedish;
          // A pair within the sentence is set right whatever closes it; an opening left (a quote running on
          // into the next sentence) is an opening.
          const low = guillemets.includes('„')
            ? guillemets.replace(LOW_NINE, '“$1”').replace(/„/g, '“')
            : guillemets;
          const text = SINGLE_AROUND_DOUBLE.test(low) ? singleAroundDouble(low) : low;
          return singleMarksOnly({ ...s, text }) ? { ...s, text: asDoubleQuotes(text) } : { ...s, text };
        }),
      }
    : printedInput;
  const self = input.publisher ?? null;
  const people = new PeopleIndex(input.sentences, input.gazetteer);
  const article: ArticleQuotes = {
    input,
    printed,
    short: sha1Hex(input.articleId, 6),
    self,
    people,
    antecedents: new Antecedents(input.sentences, people, input.gazetteer),
    anonymous: [],
    ties: outletTies(input, self),
    previous: null,
    mentions: new Map(),
    answers: transcriptAnswers(input),
    givenNames: new Map(),
  };
  return withRunOnSpeakers(
    input.sentences,
    input.sentences.flatMap((s, si) => sentenceQuotes(article, s, si)),
  );
}

/**
 * "“Air cover is the one thing Europe cannot replace. …" / "“If Washington commits …,” said Vesna Radović":
 * a quote left open at the end of its paragraph goes on in the next, which opens on a quote mark again, and
 * whoever the next paragraph's quote is attributed to said the first part too.
 */
function withRunOnSpeakers(sentences: readonly QuoteSentence[], quotes: Quote[]): Quote[] {
  if (!quotes.some((q) => q.speakerLabel === 'unknown')) return quotes;
  const paragraphOf = new Map(sentences.map((s) => [s.id, s.paragraph]));
  const texts = new Map<number, string[]>();
  for (const s of sentences) {
    const list = texts.get(s.paragraph);
    if (list) list.push(s.text);
    else texts.set(s.paragraph, [s.text]);
  }
  // Each paragraph's first quote with a speaker, found in one pass.
  const attributed = new Map<number, Quote>();
  for (const q of quotes) {
    const paragraph = paragraphOf.get(q.evidence.sentenceId);
    if (paragraph !== undefined && q.speakerLabel !== 'unknown' && !attributed.has(paragraph))
      attributed.set(paragraph, q);
  }
  const open = new Map<number, boolean>();
  const leftOpen = (paragraph: number) => {
    let known = open.get(paragraph);
    if (known === undefined) {
      known = endsInsideQuote((texts.get(paragraph) ?? []).join(' '));
      open.set(paragraph, known);
    }
    return known;
  };
  const opensOnQuote = (paragraph: number) => /^\s*[“"]/.test(texts.get(paragraph)?.[0] ?? '');
  for (const q of quotes) {
    const paragraph = paragraphOf.get(q.evidence.sentenceId);
    if (q.speakerLabel !== 'unknown' || paragraph === undefined) continue;
    if (!opensOnQuote(paragraph + 1) || !leftOpen(paragraph)) continue;
    const next = attributed.get(paragraph + 1);
    if (!next) continue;
    q.speakerId = next.speakerId;
    q.speakerLabel = next.speakerLabel;
  }
  return quotes;
}

interface Span {
  inner: string;
  attribution: Attribution | null;
  start: number;
  end: number;
}

interface SpokenQuote {
  end: number;
  attribution: Attribution | null;
}

/**
 * "In a joint statement issued late Monday, the leaders of Germany, France, Britain and seven other countries
 * said …", "A joint statement issued after Monday’s talks said …": no one person speaks; the statement does,
 * in the name of those it names.
 */
const JOINT_STATEMENT = /\b(?:a|the)\s+joint\s+statement\b/i;
const SIGNED_BY =
  /\b((?:the\s+)?leaders\s+of\s+[^,;:“”"]{2,80}?(?:,\s*[^,;:“”"]{2,40}?)*)(?=\s+(?:said|says|backed|set out|agreed|pledged|wrote)\b)|\bby\s+((?:the\s+)?leaders\s+of\s+[^,;:“”"]{2,80}?|(?:\p{Lu}[\p{L}'’-]*\s+){0,3}leaders)(?=[,.]|\s+(?:set|said|on|in|late)\b)/u;
function jointStatement(text: string, speaker: Speaker): Speaker {
  if (speaker.speakerId) return speaker;
  if (
    speaker.speakerLabel !== 'unknown' &&
    !/\b(?:leaders|countries|statement|talks|meeting)\b/i.test(speaker.speakerLabel)
  )
    return speaker;
  const m = SIGNED_BY.exec(text);
  const by = (m?.[1] ?? m?.[2])?.trim();
  return { speakerId: null, speakerLabel: by ? `a joint statement by ${by}` : 'a joint statement' };
}

/** What may stand between two quotes of one speaker's: "and", "or", a comma. */
const JOINED = /^\s*(?:,\s*)?(?:and|or|but also)?\s*$/;

/** The quotes of one sentence, each with its speaker (or "unknown"). */
function sentenceQuotes(article: ArticleQuotes, s: QuoteSentence, si: number): Quote[] {
  const spans: Span[] = [];
  for (const { start, end, inner } of quoteSpans(s.text))
    spans.push({ inner, attribution: attribute(s.text, start, end), start, end });
  const answer = article.answers.get(s.paragraph);
  if (answer && !spans.length) return [answerQuote(article, article.printed[si] as QuoteSentence, answer)];
  // One attribution covers every quote of the sentence ('"A," he said. "B."').
  const shared = spans.find((f) => f.attribution && f.attribution.adjacent)?.attribution ?? null;
  const quotedChars = spans.reduce((n, sp) => n + sp.end - sp.start, 0);
  const wholeQuote = spans.length > 0 && quotedChars >= s.text.replace(/[\s.]+$/, '').length - 2;
  const out: Quote[] = [];
  let sentenceSpeaker: Speaker | null = null;
  let pronounSpeaker: Speaker | null = null;
  // The outlet the sentence credits, read once for all its quotes.
  let credited: string | null | undefined;
  // The last quote taken as speech, for one joined to it: "called the debate “highly inappropriate” and
  // “completely premature”" quotes the same speaker twice.
  let spoken = null as SpokenQuote | null;
  // Read once for the sentence, however many quotes it holds.
  const joint = spans.length > 0 && JOINT_STATEMENT.test(s.text);
  for (const f of spans) {
    const text = quotedWords(f.inner, wholeQuote);
    if (!text) continue;
    // A short quote shares it too when it is a sentence of its own ('"…," Michal told ERR. "It comes back."').
    const sentenceOfItsOwn = /^\p{Lu}/u.test(text) && /[.!?]$/.test(text);
    const joined = spoken && JOINED.test(s.text.slice(spoken.end, f.start)) ? spoken : null;
    const attribution: Attribution | null =
      (joined ? joined.attribution : null) ??
      f.attribution ??
      (shared && (wordCount(text) > SCARE_MAX_WORDS || sentenceOfItsOwn) ? shared : null);
    if (!joined && !isSpeech(s.text, f, text, attribution, wholeQuote, article)) continue;
    spoken = { end: f.end, attribution };
    // "“Putin is the only obstacle …,” he said, adding: “…”": one pronoun, one speaker for the sentence, not
    // the person the first quote names.
    const samePronoun: Speaker | null =
      attribution && PRONOUN.test(attribution.label) ? pronounSpeaker : null;
    const said: Speaker = samePronoun ?? speakerOf(article, attribution, wholeQuote, si, f.start);
    if (attribution && PRONOUN.test(attribution.label)) pronounSpeaker ??= said;
    const speaker = joint ? jointStatement(s.text, said) : said;
    sentenceSpeaker ??= speaker;
    const quote: Quote = {
      id: `q-${article.short}-${s.id}-${out.length + 1}`,
      text,
      speakerId: speaker.speakerId,
      speakerLabel: speaker.speakerLabel,
      evidence: {
        articleId: article.input.articleId,
        sentenceId: s.id,
        quote: excerpt((article.printed[si] as QuoteSentence).text, f.start, f.end),
      },
      topicIds: [],
      provenance: 'extracted',
    };
    if (credited === undefined) credited = article.input.outlets?.credited(s.text, article.self) ?? null;
    const reportedBy = credited ?? tiedOutlet(speaker, article.ties, article.input.gazetteer);
    if (reportedBy) quote.evidence.reportedBy = reportedBy;
    out.push(quote);
  }
  sentenceSpeaker ??= spans.length ? null : introducedSpeaker(article, s.text, si);
  article.previous = sentenceSpeaker ? { sentence: si, ...sentenceSpeaker } : null;
  return out;
}

/** One sentence of a transcript's answer, as the answering person's quote (without the label). */
function answerQuote(
  article: ArticleQuotes,
  s: QuoteSentence,
  answer: { speaker: Speaker; label: string },
): Quote {
  const start = s.text.startsWith(answer.label) ? answer.label.length : 0;
  const text = s.text.slice(start).trim();
  article.previous = { sentence: -1, ...answer.speaker };
  return {
    id: `q-${article.short}-${s.id}-1`,
    text,
    ...answer.speaker,
    evidence: {
      articleId: article.input.articleId,
      sentenceId: s.id,
      quote: excerpt(s.text, start, s.text.length),
    },
    topicIds: [],
    provenance: 'extracted',
  };
}

/** A sentence that ends on its speech verb and a colon ("…, the Prime Minister said:") introduces a quote. */
const INTRODUCES = new RegExp(`\\b${SPEECH_VERB}\\s*:\\s*$`);

/**
 * "Speaking at the close of the summit, the Prime Minister said:" with the quote as the next paragraph:
 * the speaker of that quote (and of the quote paragraphs that follow it), or null.
 */
function introducedSpeaker(article: ArticleQuotes, text: string, si: number): Speaker | null {
  if (!INTRODUCES.test(text)) return null;
  const attribution = beforeQuote(text, withoutAsides(text));
  if (!attribution) return null;
  const speaker = resolveSpeaker(attribution, article, si, text.length);
  return speaker.speakerLabel === 'unknown' ? null : speaker;
}

/** The spoken words inside the marks: trailing commas and spaces dropped, and a fragment's full stop. */
function quotedWords(inner: string, wholeQuote: boolean): string {
  let text = inner.replace(/[\s,]+$/, '').replace(/^\s+/, '');
  // A fragment ending the sentence keeps the sentence's full stop inside the marks ("come “within
  // weeks.”"): not part of the words.
  if (!wholeQuote && /^\p{Ll}/u.test(text)) text = text.replace(/[.,;:]+$/, '');
  return text;
}

/** Two to five words, each capitalised, and nothing else: "Multinational Force Ukraine". */
const NAME_IN_CAPITALS = /^(?:\p{Lu}[\p{L}-]*\s+){1,4}\p{Lu}[\p{L}-]*$/u;

/**
 * Words that name something rather than say it: a name in capitals ("Multinational Force Ukraine"), a term
 * of the story ("reassurance force"), an actor ("coalition of the willing").
 */
function isName(words: string, article: ArticleQuotes): boolean {
  const { gazetteer, date, isTerm } = article.input;
  return (
    NAME_IN_CAPITALS.test(words) ||
    !!isTerm?.(words) ||
    gazetteer.match(words, date).length > 0 ||
    mentions(article, words) > 1
  );
}

/**
 * A speaker the text names: an actor ("Putin", "Downing Street") or a person's name of two capitalised words
 * ("Tornike Gelashvili"); not a kind of source, capitalised or not ("Sources", "a senior official").
 */
function isNamedSpeaker(label: string, article: ArticleQuotes): boolean {
  if (!/^\p{Lu}/u.test(label) || ANONYMOUS.test(label)) return false;
  return (
    /\p{Lu}[\p{L}’'-]*\s+\p{Lu}/u.test(label) ||
    article.input.gazetteer.match(label, article.input.date).length > 0
  );
}

/** How often the article uses these words, quoted or not: a term is used again, a remark seldom. */
function mentions(article: ArticleQuotes, words: string): number {
  const key = words.toLowerCase();
  let n = article.mentions.get(key);
  if (n === undefined) {
    const re = new RegExp(`\\b${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi');
    n = article.input.sentences.reduce((sum, s) => sum + (s.text.match(re)?.length ?? 0), 0);
    article.mentions.set(key, n);
  }
  return n;
}

/** Is this quoted span speech, rather than a scare quote or a quoted term? */
function isSpeech(
  sentence: string,
  f: Span,
  text: string,
  attribution: Attribution | null,
  wholeQuote: boolean,
  article: ArticleQuotes,
): boolean {
  const adjacent = !!attribution?.adjacent;
  const before = textBefore(sentence, f.start, QUOTE_CONTEXT);
  // Short quoted words are speech only next to their speaker, or inside a sentence a final attribution
  // reports as a whole ("There is “no definitive agreement” …, a French official said."), not after a
  // determiner (then they are a term: "a “tripwire force”").
  // Words a named person's reported clause holds are theirs, after a determiner too ("Putin said the troops
  // would be “legitimate targets”", "Starmer said allies needed a “rock-solid” commitment"), unless they
  // name something: a name in capitals, a term of the story, an actor, words the article uses again.
  const namedSays =
    !!attribution?.final && isNamedSpeaker(attribution.label, article) && !isName(text, article);
  // "… on the ground “if necessary”": words that open as a clause or a phrase of their own name nothing.
  // Nor do words opening on an adverb ("help a European force “probably by air”").
  const noName =
    /^(?:if|when|unless|as|to|for|by|with|without|in|on|at|from|under|within|not|only|very|so|too|once|until|perhaps|maybe|almost|never|always|still|even|\p{Ll}{3,}ly)\b/iu.test(
      text,
    );
  const termNear = TERM_NEAR.test(before) && !NOUN_AND_VERB_BEFORE.test(before);
  const framed = (attribution?.final && (noName || !termNear)) || namedSays;
  // A quoted sentence of its own is speech, however short ('"It comes back."' after its speaker's quote).
  if (wholeQuote && /^\p{Lu}/u.test(text) && /[.!?]$/.test(text)) return true;
  // "He spoke of a “coalition of the willing” that could …": what is spoken of or asked for after "a" is the
  // speaker's description ("a « decisive stage »") unless it names something.
  if (!wholeQuote && ASKED_OR_SPOKEN_OF.test(before) && /\ban?\s*$/.test(before) && isName(text, article))
    return false;
  // "Macron summarised “Operation Unity” in his briefing": a name in capitals right after a word, with no colon
  // or comma to open speech, is what the verb is about, not words said.
  if (!wholeQuote && NAME_IN_CAPITALS.test(text) && /\p{L}\s*$/u.test(before)) return false;
  if (wordCount(text) <= SCARE_MAX_WORDS && !adjacent && !framed) return false;
  // "… to scope a possible 'reassurance force', Macron announced …": a term of the story (a topic's keyword)
  // after a determiner is the report's word, even with the speaker right after it.
  // What someone called it ("what Macron called a “reassurance force”") is still their word.
  if (
    !wholeQuote &&
    !noName &&
    wordCount(text) <= SCARE_MAX_WORDS &&
    termNear &&
    !CALLED_BEFORE.test(before) &&
    !!article.input.isTerm?.(text)
  )
    return false;
  // A quoted term after "the/a" is a name ("the “coalition of the willing” summit") — unless a
  // sentence-final attribution reports the whole sentence and the quote follows "a/an" ("feeling a “mix
  // of hurt and anger” toward Washington …, Politico wrote").
  const reported =
    attribution?.sentenceFinal && /\b(?:a|an)\s*$/i.test(before) && wordCount(text) > SCARE_MAX_WORDS;
  if (!wholeQuote && !adjacent && !reported && !namedSays && !noName && TERM_BEFORE.test(before))
    return false;
  return !!attribution || wholeQuote || wordCount(text) >= EMBEDDED_MIN_WORDS;
}

const INVERTED_SAID_AT_END =
  /,\s+(?:said|says|added|wrote|argued|warned)\s+((?:(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})(?:,\s+[^,“”"]{2,100})?\.\s*$/u;

/** A sentence that reports what its subject said: one of the speech verbs quotes are attributed with. */
const REPORTS_WORDS = new RegExp(`\\b${SPEECH_VERB}\\b`);

/** The speaker of a quote: from its attribution, else the previous sentence's speaker, else unknown. */
function speakerOf(
  article: ArticleQuotes,
  attribution: Attribution | null,
  wholeQuote: boolean,
  si: number,
  start: number,
): Speaker {
  const { previous, anonymous } = article;
  if (attribution) {
    const speaker = resolveSpeaker(attribution, article, si, start);
    const head =
      speaker.speakerLabel !== 'unknown' && ANONYMOUS.test(speaker.speakerLabel)
        ? headOf(cleanLabel(speaker.speakerLabel))
        : null;
    if (head && !anonymous.some((a) => a.speakerLabel === speaker.speakerLabel))
      anonymous.push({ ...speaker, ...head });
    return speaker;
  }
  // A bare quote right after an attributed quote continues it.
  if (wholeQuote && previous && previous.sentence === si - 1 && previous.speakerLabel !== 'unknown')
    return { speakerId: previous.speakerId, speakerLabel: previous.speakerLabel };
  // "Macron admitted that the plan did not have every country's backing, but said … ." / "“We do not need
  // unanimity …”": a bare quote right after a sentence that reports someone's words is theirs.
  const before = si > 0 ? (article.input.sentences[si - 1] as QuoteSentence) : undefined;
  // Not a quote left open, which goes on in the next paragraph to its speaker there (withRunOnSpeakers).
  const closed = /[”"][.!?]?\s*$/.test((article.input.sentences[si] as QuoteSentence).text);
  if (wholeQuote && closed && before && !/[“”"]/.test(before.text) && REPORTS_WORDS.test(before.text)) {
    // "For Central Asia, the sanctions track may matter more …, said Timur Abdrakhmanov, a senior fellow …": the
    // name after an inverted "said" closing the sentence, not the phrase it opens on.
    const inverted = INVERTED_SAID_AT_END.exec(before.text);
    const subject =
      (inverted ? labelled(inverted[1] as string, false) : null) ?? sentenceSubject(before.text);
    if (subject) {
      const speaker = resolveSpeaker(subject, article, si - 1, 0);
      if (speaker.speakerId) return speaker;
      // "A senior Nordic diplomat, speaking on condition of anonymity, said the coalition had scaled back its
      // ambitions. “Nobody talks about a front-line force any more.”": an unnamed source, described as a person.
      if (ANONYMOUS.test(speaker.speakerLabel) && headOf(cleanLabel(speaker.speakerLabel))) return speaker;
    }
  }
  // "For Camille Arnoult, a researcher at the Observatoire, the exercise has its limits. “…”": the person whose
  // view the sentence gives goes on in their own words.
  const holder =
    wholeQuote && closed && before && !/[“”"]/.test(before.text) ? opinionHolder(before.text) : null;
  if (holder) {
    const speaker = resolveSpeaker(holder, article, si - 1, 0);
    if (speaker.speakerId && article.input.gazetteer.byId.get(speaker.speakerId)?.kind === 'person')
      return speaker;
  }
  return { speakerId: null, speakerLabel: 'unknown' };
}
