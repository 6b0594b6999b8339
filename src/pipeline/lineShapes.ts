/** The shapes of a line of text the clean stage tells apart: headline, body paragraph, section heading. */
import { wordCount } from './util';

export const BULLET = /^\s*[•·▪►◦‣∙●]\s*\S/;
/** How a line of article text ends. */
export const TERMINAL = /[.!?”"’'…)\]:]$/;
export const ELLIPSIS_END = /(?:…|\.\.\.)["”’]?\s*$/;

/** A headline: 3–30 words, no sentence-final period, not a bullet. */
export function isHeadlineShaped(text: string): boolean {
  const t = text.trim();
  const n = wordCount(t);
  // "… as peace force plan hinges on U.S.": the full stop of an initialism is no sentence's end.
  const stop = /[.:;]$/.test(t) && !/\s(?:\p{Lu}\.){2,}$/u.test(t);
  return n >= 3 && n <= 30 && !stop && !BULLET.test(t) && !ELLIPSIS_END.test(t);
}

/** A body paragraph: at least 8 words and ending like a sentence. */
export function isBodyShaped(text: string): boolean {
  const t = text.trim();
  return wordCount(t) >= 8 && TERMINAL.test(t) && !ELLIPSIS_END.test(t);
}

export const FUNCTION_WORD_END =
  /\b(?:a|an|the|and|or|but|of|to|in|on|at|by|for|from|with|between|that|which|who|as|than|into|over|about|after|before|his|her|its|their|is|are|was|were|said|says)$/i;

/** A subhead: 2–16 words, capital first, no terminal punctuation or quote mark, not cut off mid-phrase. */
export function isSubheadShaped(text: string): boolean {
  const t = text.trim();
  const n = wordCount(t);
  return (
    n >= 2 &&
    n <= 16 &&
    /^[\p{Lu}\d‘“"']/u.test(t) &&
    !/[.!?…:;,”"’'»)\]—–-]$/.test(t) &&
    !/[.!?]\s+\p{Lu}/u.test(t) &&
    !BULLET.test(t) &&
    !FUNCTION_WORD_END.test(t)
  );
}
