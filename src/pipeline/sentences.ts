/**
 * Stage 4 — sentences: wink-nlp splits each paragraph, then two repairs:
 * a split with no whitespace between the parts ("News.Az") or before a
 * lower-case word is undone, and a sentence with an open quotation mark is
 * merged with the next one until the quote closes.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { fold, sha1Hex } from './util';
import { WIRE_DATELINE_ALONE } from './wireDateline';

let nlp: ReturnType<typeof winkNLP> | null = null;

/** The model is loaded once per process (it takes ~100 ms and 10 MB); only its sentence splitter runs. */
function getNlp() {
  nlp ??= winkNLP(model, ['sbd']); // sentence boundaries only: no POS/NER/sentiment work
  return nlp;
}

/** Quote marks seen in a piece of text: curly opening and closing, and straight ones. */
export interface QuoteMarks {
  opens: number;
  closes: number;
  straight: number;
  /** Quotes opened low („) and not closed yet: a high mark after one closes it („…“, as German sets them). */
  low: number;
  /** High opening marks (“) before any low one in the piece: closings of a low quote the piece before opened. */
  leadingHigh: number;
  /** Single quotes (‘…’, as British papers set them) opened and not closed yet. */
  single: number;
  /** Single closing marks (’ before a space or a stop) with no opening in the piece: closings of the piece before's. */
  singleCloses: number;
}

/** Where the last straight single quote closing after a stop ("… part,' she said") stands in `text`, or -1. */
export function lastStraightClose(text: string): number {
  let last = -1;
  for (const m of text.matchAll(/[.,!?…]'(?=[\s;:)—–-]|$)/g)) last = m.index + 1;
  return last;
}

/**
 * `straightCloseAt`: where the last straight single closing of the paragraph stands, relative to `text`. A
 * straight one before a capital opens a quote only if a closing comes after it: "Starmer's 'Coalition of the
 * Willing' met …" has none, and its scare quotes hold no sentences together.
 */
export function countQuoteMarks(text: string, straightCloseAt = lastStraightClose(text)): QuoteMarks {
  const marks = { opens: 0, closes: 0, straight: 0, low: 0, leadingHigh: 0, single: 0, singleCloses: 0 };
  let lowSeen = false;
  let prev = ' ';
  let i = 0;
  for (const ch of text) {
    const next = text[i + 1] ?? ' ';
    const before = prev;
    i += ch.length;
    // ‘ opening a quote (after a space or a bracket, never inside a word); ’ closing one (after a letter or a
    // stop, before a space or a stop) — an apostrophe ("Russia’s", "leaders’ summit") closes nothing open.
    if (ch === '‘' && /[\s(“"—–-]/.test(prev)) marks.single += 1;
    else if (ch === '’' && /[\p{L}.,!?…]/u.test(prev) && /[\s.,;:!?)”—–-]/.test(next)) {
      if (marks.single > 0) marks.single -= 1;
      else if (/[.,!?…]/.test(prev)) marks.singleCloses += 1;
    }
    // A straight one typed for either: "'Denmark will do its part. But …,' she told DR". Only before a capital
    // does it open, and only after a stop does it close; in a word ("it's") or after one ("leaders' summit") it
    // is an apostrophe.
    else if (ch === "'" && /[\s(—–-]/.test(prev) && /\p{Lu}/u.test(next) && i <= straightCloseAt)
      marks.single += 1;
    else if (ch === "'" && /[.,!?…]/.test(prev) && /[\s;:)—–-]/.test(next)) {
      if (marks.single > 0) marks.single -= 1;
      else marks.singleCloses += 1;
    }
    prev = ch;
    if (ch === '„') {
      marks.opens += 1;
      marks.low += 1;
      lowSeen = true;
    } else if (ch === '“' && marks.low > 0) {
      marks.closes += 1;
      marks.low -= 1;
    } else if (ch === '“') {
      marks.opens += 1;
      if (!lowSeen) marks.leadingHigh += 1;
    } else if (ch === '”' && /[\s(—–-]/.test(before) && /[\p{L}\p{N}]/u.test(next)) {
      // ”…” as Swedish and Finnish outlets print quotes: the mark at a word's start opens one.
      marks.opens += 1;
      if (!lowSeen) marks.leadingHigh += 1;
    } else if (ch === '”') {
      marks.closes += 1;
      marks.low = Math.max(0, marks.low - 1);
    } else if (ch === '"') marks.straight += 1;
    // Guillemets: «…» as French, Ukrainian and Balkan outlets print them, »…« as German ones do. The mark
    // after a space opens (before a word, for »); any other closes.
    else if (ch === '«' || ch === '»') {
      if (/[\s(—–-]/.test(before) && (ch === '«' || /[\p{L}\p{N}]/u.test(next))) marks.opens += 1;
      else marks.closes += 1;
    }
  }
  return marks;
}

/** The marks of two pieces joined: a low quote the first left open is closed by the second's leading “. */
const addMarks = (a: QuoteMarks, b: QuoteMarks): QuoteMarks => {
  const closed = Math.min(a.low, b.leadingHigh);
  return {
    opens: a.opens + b.opens - closed,
    closes: a.closes + b.closes + closed,
    straight: a.straight + b.straight,
    // „…” across the pieces: the second's closings beyond its own openings close the first's low quotes.
    low: Math.max(0, a.low - closed - Math.max(0, b.closes - b.opens)) + b.low,
    leadingHigh: a.leadingHigh,
    single: Math.max(0, a.single - b.singleCloses) + b.single,
    singleCloses: a.singleCloses + Math.max(0, b.singleCloses - a.single),
  };
};

const leftOpen = (m: QuoteMarks) => m.opens > m.closes || m.straight % 2 === 1 || m.single > 0;

/** Counts quote marks still open at the end of `text` (curly pairs, straight quotes by parity). */
export function quoteOpen(text: string): boolean {
  return leftOpen(countQuoteMarks(text));
}

const DOTTED_END = /(?:^|[\s(])(?:[A-Z]\.){2,3}$/;
/** "… the U.S." at the end of a piece; only its last characters are read, however long the piece has grown. */
function endsDotted(text: string): boolean {
  // The longest match is a space and "U.S.A." (7 characters): 8 keep `^` from matching inside the text.
  return DOTTED_END.test(text.length > 8 ? text.slice(-8) : text);
}

const CONTINUES_ABBREVIATION =
  /^(?:President|Vice|Prime|Secretary|Ambassador|Senator|Rep\.|Representative|Special|National|Defense|Defence|State|Treasury|Army|Navy|Air|Congress|Department|Embassy|envoy|officials?|troops|forces|military|government|administration|support|backing|backstop|ally|allies)\b/;

// "Col. (res.) / Avi Dahan": the reserve's or retirement's bracket after a rank, too.
const TITLE_END =
  /(?:(?:^|\s)(?:Sens?|Reps?|Gens?|Govs?|Lt|Col|Adm|Maj|Capt|Sgt|Amb|Dr|Mr|Mrs|Ms|Prof)\.|\((?:retd|rtd|ret|res)\.\))$/;

/** Where a sentence may end inside a paragraph: a stop, maybe a closing mark, then a space or a line break. */
const INNER_BOUNDARY = /[.!?…]["”’'»)\]]*\s/;

/**
 * Words the model takes for abbreviations ("Miss.", "No.", "Sun.", "Ill.", "Wash.") that in lower case are
 * words ending a sentence: "the gathering was hard to miss. Sandra Pike said …", "Trump said no. Leaders …".
 */
const LOWER_CASE_WORD_END =
  /(?<=[\p{Ll},]\s+(?:[\p{L}'’-]+\s+)?(?:miss|no|sat|sun|wed|mass|ill|wash|ore|mar)\.)\s+(?=[“"‘]?\p{Lu})/u;

function splitAtLowerCaseWords(piece: string): string[] {
  const out: string[] = [];
  let rest = piece;
  for (let m = LOWER_CASE_WORD_END.exec(rest); m; m = LOWER_CASE_WORD_END.exec(rest)) {
    out.push(rest.slice(0, m.index));
    rest = rest.slice(m.index + m[0].length);
  }
  out.push(rest);
  return out;
}

/**
 * Where the model ends a sentence every time, so it need not be asked: a full stop after a word of two letters or
 * more in lower case after its first, or after a number, maybe a closing quote, then a space and a capitalised word
 * (maybe after an opening quote) — unless the model reads the word and its stop as one abbreviation ("approx.",
 * "Calif.", "Mr.", "no.": `isModelAbbreviation`). Initials ("F."), dotted ones ("U.S.") and capitals ("NATO.")
 * never match; the model is asked there.
 */
const SURE_END = /(?<![\p{L}\p{N}.'’-])(\p{L}\p{Ll}+\.|\d+\.)[”’"']?\s+(?=[“"‘]?\p{Lu}\p{Ll})/gu;

/** Words with their stop ("approx.", "Mr.") the model's lexicon holds as one token, asked once each. */
const abbreviations = new Map<string, boolean>();

function isModelAbbreviation(word: string): boolean {
  let known = abbreviations.get(word);
  if (known === undefined) {
    known = (getNlp().readDoc(word).tokens().out() as string[]).length === 1;
    abbreviations.set(word, known);
  }
  return known;
}

/**
 * The model's sentences of a paragraph. It costs more than the rest of the stage, and most of a paragraph's
 * sentence ends are sure ones: the model reads only the stretches between them that may hold another end (a
 * sixth of the development set's text, a quarter of the benchmark's). Measured on the 44,015 paragraphs of the
 * development set, the seeds, the test fixtures and 1,250 synthetic articles: the same sentences as the model's
 * on whole paragraphs, in 1.2 s instead of 3.7 s.
 */
function modelSentences(paragraph: string): string[] {
  const out: string[] = [];
  let from = 0;
  const stretch = (text: string) => {
    if (INNER_BOUNDARY.test(text) || /\n/.test(text))
      out.push(...(getNlp().readDoc(text).sentences().out() as string[]));
    else out.push(text);
  };
  for (const m of paragraph.matchAll(SURE_END)) {
    const word = m[1] as string;
    if (isModelAbbreviation(word)) continue;
    stretch(paragraph.slice(from, m.index + m[0].trimEnd().length));
    from = m.index + m[0].length;
  }
  stretch(paragraph.slice(from));
  return out;
}

export function splitSentences(paragraph: string): string[] {
  // A paragraph with no stop before its end is one sentence: the model is not asked (it costs more than the
  // rest of the stage).
  const whole = paragraph.trim();
  if (!whole) return [];
  if (!INNER_BOUNDARY.test(whole) && !/\n/.test(whole)) return [whole];
  const raw = modelSentences(paragraph);
  // Locate each piece in the paragraph to know what separates it from the previous one.
  const pieces: { text: string; start: number; end: number }[] = [];
  let cursor = 0;
  for (const s of raw.flatMap(splitAtLowerCaseWords)) {
    const t = s.trim();
    if (!t) continue;
    let at = paragraph.indexOf(t, cursor);
    if (at < 0) at = cursor;
    pieces.push({ text: t, start: at, end: at + t.length });
    cursor = at + t.length;
  }
  // Each merged sentence carries its quote-mark count, so joining piece after piece to an unclosed quote
  // counts every mark once instead of recounting the growing sentence.
  const merged: { start: number; end: number; marks: QuoteMarks }[] = [];
  const closeAt = lastStraightClose(paragraph);
  const marksOf = (start: number, end: number) =>
    countQuoteMarks(paragraph.slice(start, end), closeAt - start);
  for (const p of pieces) {
    const prev = merged[merged.length - 1];
    if (prev) {
      const gap = paragraph.slice(prev.end, p.start);
      const noSpace = gap.length === 0;
      const lower = /^[\p{Ll}]/u.test(p.text);
      // "the U.S. / President Trump": a dotted abbreviation followed by a title or noun that continues it.
      const dottedName =
        endsDotted(paragraph.slice(prev.start, prev.end)) && CONTINUES_ABBREVIATION.test(p.text);
      // "… and Sens. / Lindsey Graham …": a title's full stop ends no sentence.
      const title = TITLE_END.test(paragraph.slice(Math.max(prev.start, prev.end - 8), prev.end));
      // "VLADIVOSTOK, September 5. /TASS/. Any foreign troops …": a wire's dateline and slug open the lead.
      // Only a short first sentence is read: one an open quote keeps growing never is.
      const dateline =
        merged.length === 1 &&
        prev.start === pieces[0]?.start &&
        prev.end - prev.start <= 80 &&
        WIRE_DATELINE_ALONE.test(paragraph.slice(prev.start, prev.end));
      if (noSpace || lower || leftOpen(prev.marks) || dottedName || title || dateline) {
        prev.marks = addMarks(prev.marks, marksOf(prev.end, p.end));
        prev.end = p.end;
        continue;
      }
    }
    merged.push({ start: p.start, end: p.end, marks: marksOf(p.start, p.end) });
  }
  return merged.map((m) => paragraph.slice(m.start, m.end).trim()).filter((t) => t.length > 0);
}

/** `s` + 8 hex of sha1 of the folded text; duplicates in one article get `-2`, `-3`, … in order. */
export function sentenceIds(texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((t) => {
    const base = `s${sha1Hex(fold(t).toLowerCase())}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}
