/**
 * Links to an original article that open it scrolled to, and highlighting, the cited sentence:
 * a text fragment (`#:~:text=`), https://wicg.github.io/scroll-to-text-fragment/. Browsers that
 * do not know text fragments ignore the directive and open the page at its top.
 *
 * The directive must match the text of the publisher's page, which is not quite our scraped
 * text: pages often set curly quotes and apostrophes where the scrape has straight ones (or the
 * other way round), dashes with or without spaces, "…" for "...". A text fragment matches only
 * exact words (ignoring case), so the directive leaves such characters out: it anchors on runs of
 * plain words, the first few words of the sentence as `textStart` and the last few as `textEnd`.
 * The match then covers everything between them, whatever typography the page uses there.
 */

/** Quote marks and apostrophes, straight and typographic, that pages and scrapes set differently. */
const QUOTE_MARKS = /['"‘’‚‛“”„‟«»‹›′″`＂＇]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Unicode spaces (non-breaking, narrow, thin, ideographic…) read as a plain space by browsers. */
const ANY_SPACE = /[\s\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000\uFEFF]+/gu;

/** Words at each end of a long sentence: enough to be distinctive, few enough to survive edits. */
export const EDGE_WORDS = 4;
/** A run of plain words this short is matched whole. */
export const WHOLE_WORDS = 8;

interface Word {
  /** The word as it must match on the page, quote marks at its edges left out. */
  text: string;
  /** A quote mark stood before it: it can start a run but not continue one. */
  opensQuote: boolean;
  /** A quote mark stood after it: it can end a run but not continue one. */
  closesQuote: boolean;
  /** Usable as part of a match: it has letters or digits and no quote mark inside (`Ukraine's`). */
  usable: boolean;
}

function readWord(token: string): Word {
  const [, before = '', body = '', after = ''] =
    /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(token) ?? [];
  const lastQuoteBefore = [...before].findLastIndex((c) => QUOTE_MARKS.test(c));
  const firstQuoteAfter = [...after].findIndex((c) => QUOTE_MARKS.test(c));
  const keptBefore = lastQuoteBefore === -1 ? before : [...before].slice(lastQuoteBefore + 1).join('');
  const keptAfter = firstQuoteAfter === -1 ? after : [...after].slice(0, firstQuoteAfter).join('');
  return {
    text: `${keptBefore}${body}${keptAfter}`,
    opensQuote: lastQuoteBefore !== -1,
    closesQuote: firstQuoteAfter !== -1,
    usable: LETTER_OR_DIGIT.test(body) && !QUOTE_MARKS.test(body),
  };
}

/** The sentence as runs of consecutive plain words, split at quote marks, dashes and ellipses. */
function plainRuns(sentence: string): string[][] {
  const words = sentence.replace(ANY_SPACE, ' ').trim().split(' ').filter(Boolean).map(readWord);
  const runs: string[][] = [];
  let run: string[] = [];
  words.forEach((word, i) => {
    const previous = words[i - 1];
    const continues = previous?.usable && !previous.closesQuote && word.usable && !word.opensQuote;
    if (!continues && run.length) {
      runs.push(run);
      run = [];
    }
    if (word.usable) run.push(word.text);
  });
  if (run.length) runs.push(run);
  return runs;
}

/**
 * Percent-encoded for the directive: `encodeURIComponent` plus `-`, which it leaves alone but
 * the directive's syntax uses (as it does `,` and `&`, which `encodeURIComponent` encodes).
 */
export function encodeTextDirectivePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * The text directive's value for a sentence (`textStart` or `textStart,textEnd`, encoded), or
 * null when the sentence has no plain words to anchor on.
 */
export function textDirective(sentence: string): string | null {
  const runs = plainRuns(sentence);
  if (runs.length === 0) return null;
  // A single word is a weak anchor ("He"); prefer runs of two words or more at both ends.
  const strong = runs.filter((run) => run.length >= 2);
  const first = strong[0] ?? runs.reduce((a, b) => (b.length > a.length ? b : a));
  const last = strong[strong.length - 1] ?? first;
  let start: string[];
  let end: string[] | null;
  if (first === last && first.length <= WHOLE_WORDS) {
    start = first;
    end = null;
  } else {
    start = first.slice(0, EDGE_WORDS);
    end = last.slice(-EDGE_WORDS);
  }
  const encode = (words: string[]) => encodeTextDirectivePart(words.join(' '));
  return end ? `${encode(start)},${encode(end)}` : encode(start);
}

/**
 * The original's address with a text fragment for `sentence`; a fragment it already has
 * (`#comments`) is replaced. Unchanged when the sentence has nothing to anchor on.
 */
export function originalAtSentence(address: string, sentence: string): string {
  const directive = textDirective(sentence);
  if (!directive) return address;
  const hash = address.indexOf('#');
  const withoutFragment = hash === -1 ? address : address.slice(0, hash);
  return `${withoutFragment}#:~:text=${directive}`;
}
