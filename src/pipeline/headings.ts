/**
 * A section heading glued to the start of the paragraph under it, as scrapes that drop the line break
 * between a heading and its text leave it: "Ministers Divided on Troops Defence ministers met …",
 * "Ministers divided on troops Defence ministers met …", "What the summit must decide European Council
 * President António Costa will chair …", "Next stepsThe leaders agreed …".
 *
 * The rest must read as a paragraph (8+ words, ending like a sentence) and the heading as a heading (2–10
 * words, no verb of a clause at its end). Where the heading ends is told by a capital after a lower-case
 * word that starts a sentence: a sentence opener ("The", "In"), or a common word the page elsewhere prints
 * in lower case ("Defence" — "defence ministers"), never a name ("Starmer", which it never does).
 */
import { FUNCTION_WORD_END, isBodyShaped, isSubheadShaped } from './lineShapes';
import { wireDateline } from './wireDateline';

export interface GluedHeading {
  heading: string;
  rest: string;
}

/** Words only a sentence's first word has a capital for. */
const OPENERS = new Set(
  'The A An In On At After Before But And As For With Despite Although While When Since Following However Meanwhile It Its This That These Those There Their They He She We Some Several Many Most Both Each Every All No One Two Three Officials Leaders'.split(
    ' ',
  ),
);
/** Short words a title-case heading leaves in lower case. */
const SMALL = new Set('a an the of on in for to and or with at by vs over as from into about'.split(' '));
/** A heading does not end on the verb of a clause: "Leaders praised" + "Defence Minister …" is a sentence. */
const VERB_END =
  /(?:ed|said|says|told|tells|met|gave|took|made|held|sent|spoke|won|led|left|saw|put|set|came|went|got|kept|sought|brought|wrote|chose|rose|fell|began|drew|grew|urged|warned)$/i;
const AUXILIARY =
  /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|does|did)\b/i;
const QUESTION_WORD = /^(?:What|Why|How|Where|Who|When|Which)$/;

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);
const bare = (w: string) => w.replace(/[’']s$/, '').replace(/[^\p{L}\p{N}'’-]/gu, '');

/** Does `word` start a sentence: an opener, or a common word the page prints in lower case elsewhere? */
function startsSentence(word: string, isCommon: (word: string) => boolean): boolean {
  const w = bare(word);
  // "US", "EU": an initialism has its capitals wherever it stands, so it starts nothing ("us" is common).
  if (/^\p{Lu}{2,}$/u.test(w)) return OPENERS.has(w);
  return OPENERS.has(w) || isCommon(w.toLowerCase());
}

/** No space between them: "Next stepsThe leaders agreed …" (three lower-case letters, then a capital). */
function camelGlued(text: string): number | null {
  const m = /\p{Ll}{3}(?=\p{Lu}\p{Ll})/u.exec(text.slice(0, 120));
  if (!m) return null;
  const at = m.index + 3;
  // "told HuffPost UK …", "on WhatsApp": a name with a capital inside it is one word. The heading's last word
  // is in lower case ("Next steps"), or the sentence opens on an opener ("…The leaders").
  // "(GroenLinks-PvdA)": a bracket or a quote mark before the word leaves it one word.
  const left = (/\S*$/.exec(text.slice(0, at))?.[0] ?? '').replace(/^[([“‘"']+/, '');
  const right = /^\p{L}+/u.exec(text.slice(at))?.[0] ?? '';
  if (isCapitalised(left) && !OPENERS.has(right)) return null;
  const n = text.slice(0, at).split(/\s+/).length;
  return n >= 2 && n <= 12 && !VERB_END.test(text.slice(0, at)) ? at : null;
}

/** "Ministers Divided on Troops Defence ministers …": most of the heading's words are common words. The word index where the sentence starts. */
function titleCaseGlued(words: readonly string[], isCommon: (word: string) => boolean): number | null {
  let run = 0;
  while (run < words.length && (isCapitalised(words[run] as string) || SMALL.has(words[run] as string)))
    run++;
  const k = run - 1; // the sentence's first word: the last capitalised one before a lower-case word
  if (k < 2 || k > 10 || run >= words.length || !isCapitalised(words[k] as string)) return null;
  if (!startsSentence(words[k] as string, isCommon)) return null;
  const main = words.slice(0, k).filter((w) => !SMALL.has(w));
  // "The Prime Minister said …": an article and one word are no heading, whatever the page prints in lower case.
  if (main.filter((w) => !/^(?:The|A|An)$/.test(w)).length < 2) return null;
  const common = main.filter((w) => isCommon(bare(w).toLowerCase())).length;
  return common >= 2 && common * 2 > main.length ? k : null;
}

/** "Ministers divided on troops Defence ministers …" or "What the summit must decide European Council …". */
function sentenceCaseGlued(words: readonly string[], isCommon: (word: string) => boolean): number | null {
  const question = QUESTION_WORD.test(words[0] as string);
  let k = 1;
  while (k < words.length && k <= 10 && !isCapitalised(words[k] as string)) k++;
  if (k < (question ? 3 : 2) || k > 10 || k >= words.length) return null;
  const heading = words.slice(0, k).join(' ');
  // "Trump, however, ruled out sending US …": commas part a sentence's clauses, not a heading's words.
  if (FUNCTION_WORD_END.test(heading) || VERB_END.test(heading) || heading.includes(',')) return null;
  // A question word's heading may have a verb ("What the summit must decide"); it is followed by a name
  // ("European Council President …") or a sentence opener. Any other heading is a phrase without a verb.
  const next = words[k + 1] ?? '';
  const ok = question
    ? startsSentence(words[k] as string, isCommon) || isCapitalised(next)
    : !AUXILIARY.test(heading) && startsSentence(words[k] as string, isCommon);
  return ok ? k : null;
}

/**
 * The heading glued to the start of `text` and the paragraph after it, or null. `isCommon` says whether
 * the page prints a word in lower case (to tell a common word with a sentence's capital from a name).
 */
export function splitGluedHeading(text: string, isCommon: (word: string) => boolean): GluedHeading | null {
  if (text.length < 40 || !isCapitalised(text)) return null;
  // "WASHINGTON − President Donald Trump on Tuesday ruled out …": a wire's dateline opens the lead, no heading.
  if (wireDateline(text)) return null;
  let at = camelGlued(text);
  const camel = at !== null;
  if (at === null) {
    // Only the first words are read, so a run-on paragraph costs no more than a short one.
    const starts = [...text.slice(0, 200).matchAll(/\S+/g)];
    const words = starts.map((m) => m[0]);
    const k =
      words.length >= 10 ? (titleCaseGlued(words, isCommon) ?? sentenceCaseGlued(words, isCommon)) : null;
    at = k === null ? null : (starts[k]?.index ?? null);
  }
  if (at === null) return null;
  const heading = text.slice(0, at).trim();
  const rest = text.slice(at).trim();
  // "For Grand Forks Air Force | Base, home of the 319th …": an opening phrase that names a place runs on into
  // the name's last word and its comma; a heading does not open on a preposition into such a name.
  if (
    !camel &&
    /^(?:For|In|At|On|From|To|With|By|Near|Inside|Outside)\s/.test(heading) &&
    /^\p{Lu}[\p{L}'’-]*,/u.test(rest)
  )
    return null;
  return isSubheadShaped(heading) && isBodyShaped(rest) ? { heading, rest } : null;
}
