/** Small pure helpers shared by the stages: hashing, text folding, English month and weekday words. */
import { createHash } from 'node:crypto';

export function sha1Hex(text: string, length = 8): string {
  return createHash('sha1').update(text).digest('hex').slice(0, length);
}

/** Compare strings by code unit, never by locale: the same order on every machine. */
export function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u00ab': '"',
  '\u00bb': '"',
};

function isSpace(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 128) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Folds curly quotes to straight ones (1:1) and collapses whitespace runs
 * (including NBSP) to one space. `map[i]` is the index in the original string
 * of folded character `i`, so a match in the folded text maps back exactly.
 */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (isSpace(ch)) {
      if (!inSpace) {
        folded += ' ';
        map.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    folded += FOLD[ch] ?? ch;
    map.push(i);
  }
  return { folded, map };
}

/** The characters `isSpace` takes for space, as one run. */
const SPACE_RUN = /[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;
const FOLDED_CHARS = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

/** `foldWithMap(text).folded`, trimmed; without the map, with the engine's own replace: it runs on every sentence. */
export function fold(text: string): string {
  return text
    .replace(SPACE_RUN, ' ')
    .replace(FOLDED_CHARS, (c) => FOLD[c] ?? c)
    .trim();
}

/**
 * Finds `needle` in `haystack` comparing folded forms; returns the exact
 * substring of `haystack` that matched, or null.
 */
export function findFolded(haystack: string, needle: string): string | null {
  const n = fold(needle);
  if (!n) return null;
  const { folded, map } = foldWithMap(haystack);
  const at = folded.indexOf(n);
  if (at < 0) return null;
  const start = map[at] as number;
  const end = (map[at + n.length - 1] as number) + 1;
  return haystack.slice(start, end);
}

/** `text` as a regular expression that matches it literally. */
/**
 * A quotation mark that closes a phrase, as English, German („…“) and French (« … », set after a space) papers
 * print it: regex source, for the rules that read past a quote's end.
 */
export const CLOSING_QUOTE = String.raw`(?:[”"’“]|\s?[»›])`;

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Words in `text` (runs of non-space). Counted in one pass without building the list: it runs on every line,
 * often several times over the same line as rule after rule asks, so the last answer is kept.
 */
let lastCounted: { text: string; words: number } = { text: '', words: 0 };
export function wordCount(text: string): number {
  if (text === lastCounted.text) return lastCounted.words;
  const words = countWords(text);
  lastCounted = { text, words };
  return words;
}

function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c > 127 && /\s/.test(text[i] as string));
    if (!space && !inWord) n += 1;
    inWord = !space;
  }
  return n;
}

export const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

export function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, '');
  return MONTHS[key.slice(0, key.startsWith('sept') ? 4 : 3)];
}

/** Month names as written in English news copy: "Feb.", "February", "Sept.". */
export const MONTH_RE =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May(?:\\.(?=\\s*\\d))?|June?|July?|Aug(?:ust|\\.)?|Sep(?:tember|t\\.|\\.|t)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * The `width` characters of `text` just before `index`. Rules that look back from a match ("President"
 * before a name, "said" before a quote) read this instead of the whole prefix: on a run-on sentence the
 * prefix grows with every match, and reading it each time makes a stage quadratic in the sentence length.
 */
export function textBefore(text: string, index: number, width: number): string {
  return text.slice(Math.max(0, index - width), index);
}

/**
 * Does `text` end inside quoted words: after an opening mark not yet closed (curly marks where it has any,
 * else an odd number of straight ones)?
 */
export function endsInsideQuote(text: string): boolean {
  if (/[“”]/.test(text)) return text.lastIndexOf('“') > text.lastIndexOf('”');
  return (text.match(/"/g)?.length ?? 0) % 2 === 1;
}

/** Index of the first item at or after `at`, in items sorted by `position` (a binary search). */
export function firstAtOrAfter<T>(items: readonly T[], at: number, position: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (position(items[mid] as T) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first item whose `index` (a character offset) is at or after `at`, in items sorted by it. */
export const firstAtIndex = <T extends { index: number }>(items: readonly T[], at: number) =>
  firstAtOrAfter(items, at, (item) => item.index);

/** Character ranges already taken in one text (found dates, matched names), each check and mark linear in the range. */
export class Coverage {
  private readonly taken: Uint8Array;
  constructor(length: number) {
    this.taken = new Uint8Array(length);
  }
  overlaps(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.taken[i]) return true;
    return false;
  }
  mark(start: number, end: number): void {
    this.taken.fill(1, start, end);
  }
}

/** Edit distance between two short words: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => (rows[i] as number[])[j] as number;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(
        at(i - 1, j) + 1,
        at(i, j - 1) + 1,
        at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = d;
    }
  }
  return at(a.length, b.length);
}

/**
 * The known word a misspelling most likely means ("topicIDs" → "topicIds", "endDat" → "endDate"),
 * ignoring case; null when none is close (more than a third of the word differs).
 */
export function nearestWord(word: string, known: readonly string[]): string | null {
  let best: { word: string; distance: number } | null = null;
  for (const k of known) {
    const distance = editDistance(word.toLowerCase(), k.toLowerCase());
    if (!best || distance < best.distance) best = { word: k, distance };
  }
  return best && best.distance <= Math.max(1, Math.floor(Math.max(word.length, best.word.length) / 3))
    ? best.word
    : null;
}

/** A pattern made of many alternatives, read as one: does the text match any of them? */
export interface Alternatives {
  test(text: string): boolean;
}

/**
 * `^(?:a|b|c|…)` over hundreds of alternatives. Two costs grow with their number: V8 compiles a regex to machine
 * code only below a size limit (one regex of 500 notice patterns ran four times slower in its bytecode
 * interpreter than the same patterns in chunks), and it compiles each regex on first use, and again for the
 * first text outside Latin-1 — a quarter of a second for the notice patterns. So the alternatives that open on
 * a literal word are grouped by its first letters and only the group a text opens with is tried (compiled when
 * first needed); the rest are tried in chunks of `chunk`, as before.
 */
export function anyAtStart(alternatives: readonly string[], flags: string, chunk = 60): Alternatives {
  const caseless = flags.includes('i');
  const groups = new Map<string, string[]>();
  const rest: string[] = [];
  for (const alternative of alternatives) {
    const head = literalHead(alternative);
    if (head.length < HEAD) rest.push(alternative);
    else {
      const key = caseless ? head.slice(0, HEAD).toLowerCase() : head.slice(0, HEAD);
      const group = groups.get(key);
      if (group) group.push(alternative);
      else groups.set(key, [alternative]);
    }
  }
  const chunks = (list: readonly string[]) => {
    const parts: RegExp[] = [];
    for (let i = 0; i < list.length; i += chunk)
      parts.push(new RegExp(`^(?:${list.slice(i, i + chunk).join('|')})`, flags));
    return parts;
  };
  const restParts = chunks(rest);
  const compiled = new Map<string, RegExp[]>();
  const group = (key: string) => {
    let parts = compiled.get(key);
    if (!parts) compiled.set(key, (parts = chunks(groups.get(key) ?? [])));
    return parts;
  };
  const grouped = (text: string): boolean => {
    // A literal letter matches only letters, but under `iu` two outside ASCII too (the kelvin sign "K" for "k",
    // the long "ſ" for "s"): they are read as the letters they fold to. Any other opening (“, é, a digit) opens
    // no group's match.
    const opening = caseless ? text.slice(0, HEAD).replace(FOLDS_TO_ASCII, foldToAscii) : text.slice(0, HEAD);
    if (!/^[A-Za-z]+$/.test(opening)) return false;
    return group(caseless ? opening.toLowerCase() : opening).some((re) => re.test(text));
  };
  return { test: (text) => grouped(text) || restParts.some((re) => re.test(text)) };
}

/** The letters every group's alternatives open with, as many as its key holds. */
const HEAD = 3;

/** The only letters outside ASCII that Unicode case folding turns into ASCII ones. */
const FOLDS_TO_ASCII = /[\u212a\u017f]/g;
const foldToAscii = (ch: string) => (ch === '\u212a' ? 'k' : 's');

/**
 * The ASCII letters an alternative's every match opens with: "comments (?:will|…)" → "comments", "subscri(?:be|
 * ption)" → "subscri", "signs? up" → "sign" (its last letter is optional), "(?:the )?…" or "a|b" → "" (no
 * single opening).
 */
export function literalHead(alternative: string): string {
  if (hasTopLevelBar(alternative)) return '';
  const letters = /^[A-Za-z]*/.exec(alternative)?.[0] ?? '';
  return /^[?*{]/.test(alternative.slice(letters.length)) ? letters.slice(0, -1) : letters;
}

/** Does a pattern's source offer a choice outside any group ("a|b")? Then no one opening is certain. */
function hasTopLevelBar(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i += 1;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth += 1;
    else if (ch === ')') depth -= 1;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}
