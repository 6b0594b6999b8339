/**
 * Evidence quoted from a sentence. A sentence is quoted whole, as curators and readers expect; one
 * longer than EVIDENCE_MAX_CHARS (a run-on scrape, a page dump that never ends a sentence) is quoted only
 * around the part the evidence is for. Quoting a 1 MB sentence whole for each of its thousand quotes
 * would make the output grow with the square of the input.
 */

/** Far above a news sentence (the longest in the shipped data has 341 characters). */
export const EVIDENCE_MAX_CHARS = 600;

/** `sentence` itself, or, when it is too long, the words around `start`…`end` (always kept whole). */
export function excerpt(sentence: string, start: number, end: number): string {
  if (sentence.length <= EVIDENCE_MAX_CHARS) return sentence;
  const room = Math.max(0, EVIDENCE_MAX_CHARS - (end - start));
  let from = Math.max(0, start - Math.floor(room / 2));
  const to = Math.min(sentence.length, Math.max(end, from + EVIDENCE_MAX_CHARS));
  from = Math.max(0, Math.min(from, to - EVIDENCE_MAX_CHARS, start));
  // Whole words only: step past a word cut at either edge.
  const head = from > 0 ? sentence.indexOf(' ', from) : 0;
  const tail = to < sentence.length ? sentence.lastIndexOf(' ', to) : sentence.length;
  const cutFrom = head >= 0 && head < start ? head + 1 : from;
  const cutTo = tail > end ? tail : to;
  return sentence.slice(cutFrom, cutTo).trim();
}
