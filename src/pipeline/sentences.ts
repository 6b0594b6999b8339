/**
 * Stage 4 — sentences: wink-nlp splits each paragraph, then two repairs:
 * a split with no whitespace between the parts ("News.Az") or before a
 * lower-case word is undone, and a sentence with an open quotation mark is
 * merged with the next one until the quote closes.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { fold, sha1Hex } from './util';

let nlp: ReturnType<typeof winkNLP> | null = null;

/** The model is loaded once per process (it takes ~100 ms and 10 MB); only its sentence splitter runs. */
function getNlp() {
  nlp ??= winkNLP(model, ['sbd']); // sentence boundaries only: no POS/NER/sentiment work
  return nlp;
}

/** Counts quote marks still open at the end of `text` (curly pairs, straight quotes by parity). */
export function quoteOpen(text: string): boolean {
  const opens = (text.match(/“/g) ?? []).length;
  const closes = (text.match(/”/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  return opens > closes || straight % 2 === 1;
}

const DOTTED_END = /(?:^|[\s(])(?:[A-Z]\.){2,3}$/;
const CONTINUES_ABBREVIATION =
  /^(?:President|Vice|Prime|Secretary|Ambassador|Senator|Rep\.|Representative|Special|National|Defense|Defence|State|Treasury|Army|Navy|Air|Congress|Department|Embassy|envoy|officials?|troops|forces|military|government|administration|support|backing|backstop|ally|allies)\b/;

export function splitSentences(paragraph: string): string[] {
  const doc = getNlp().readDoc(paragraph);
  const raw = doc.sentences().out() as string[];
  // Locate each piece in the paragraph to know what separates it from the previous one.
  const pieces: { text: string; start: number; end: number }[] = [];
  let cursor = 0;
  for (const s of raw) {
    const t = s.trim();
    if (!t) continue;
    let at = paragraph.indexOf(t, cursor);
    if (at < 0) at = cursor;
    pieces.push({ text: t, start: at, end: at + t.length });
    cursor = at + t.length;
  }
  const merged: { start: number; end: number }[] = [];
  for (const p of pieces) {
    const prev = merged[merged.length - 1];
    if (prev) {
      const gap = paragraph.slice(prev.end, p.start);
      const prevText = paragraph.slice(prev.start, prev.end);
      const noSpace = gap.length === 0;
      const lower = /^[\p{Ll}]/u.test(p.text);
      // "the U.S. / President Trump": a dotted abbreviation followed by a title or noun that continues it.
      const dottedName = DOTTED_END.test(prevText) && CONTINUES_ABBREVIATION.test(p.text);
      if (noSpace || lower || quoteOpen(prevText) || dottedName) {
        prev.end = p.end;
        continue;
      }
    }
    merged.push({ start: p.start, end: p.end });
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
