/**
 * Hard-wrapped text made whole again: a page a text browser dumped (`lynx -dump`, `w3m -dump`), the plain
 * part of a newsletter email, a mailing-list digest, each paragraph broken into lines of at most 70–80
 * characters. Every later stage reads a line as a paragraph or a piece of furniture; on such a page a line is
 * neither, and a quote, a date or a name broken across two lines is lost to all of them.
 *
 * A line was broken by the width, not by its writer, when the next line's first word would not have fitted
 * on it: a menu's short items, a heading or the last line of a paragraph each leave room for it and stay.
 */

/** A wrapped page's lines are no longer than this; a page of paragraphs on one line each has longer ones. */
const MAX_WRAP_WIDTH = 100;
/** Lines of four words or more are prose; the width is read from them. */
const PROSE = /\S\s+\S+\s+\S+\s+\S/;
/**
 * The width is that of the longest prose lines but a few: a digest's own header, an address that could not be
 * broken or a line its writer ended by hand may run a little past the width the rest were wrapped at.
 */
const WIDTH_QUANTILE = 0.9;
/**
 * So many lines at least broken by the width in the middle of a sentence, and this share of the prose lines,
 * make a page wrapped.
 */
const MIN_BREAKS = 5;
const MIN_BREAK_SHARE = 0.3;

/** A line that ends a sentence, or a quote, a bracket or a label. */
const ENDS_SENTENCE = /[.!?…:;”"’')\]]$/;

const indentOf = (line: string) => /^\s*/.exec(line)?.[0].length ?? 0;
const firstWord = (line: string) => /^\s*(\S+)/.exec(line)?.[1] ?? '';
const isBlankLine = (line: string) => !line.trim();

/** A list's item or a bracketed block opens a line of its own: "* Europe", "- Home", "• Live", "[12]Sport". */
const OPENS_ITEM = /^\s*(?:[*•·–—-]\s|\d{1,2}[.)]\s|\[\d{1,3}\])/;

/**
 * Was the break between `line` and `next` forced by the width `width`? The next line's first word would have
 * run past it, the next line goes on at the same indent (or a list item's text under its bullet), and it
 * opens no item of its own.
 */
function brokenByWidth(line: string, next: string, width: number): boolean {
  if (isBlankLine(line) || isBlankLine(next) || OPENS_ITEM.test(next)) return false;
  const shift = indentOf(next) - indentOf(line);
  if (shift < 0 || shift > 4) return false;
  return line.trimEnd().length + 1 + firstWord(next).length > width;
}

/** The width a page was wrapped at, or null when its lines are not wrapped. */
export function wrapWidth(lines: readonly string[]): number | null {
  const prose = lines.filter((l) => PROSE.test(l));
  if (prose.length < MIN_BREAKS) return null;
  const lengths = prose.map((l) => l.trimEnd().length).sort((a, b) => a - b);
  const width = lengths[Math.floor((lengths.length - 1) * WIDTH_QUANTILE)] as number;
  if (width > MAX_WRAP_WIDTH) return null;
  // Counted only where a sentence goes on: a page of short paragraphs, one per line, ends each on its stop.
  let breaks = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] as string;
    if (!ENDS_SENTENCE.test(line.trimEnd()) && brokenByWidth(line, lines[i + 1] as string, width))
      breaks += 1;
  }
  return breaks >= MIN_BREAKS && breaks >= prose.length * MIN_BREAK_SHARE ? width : null;
}

/**
 * The page's lines with each paragraph broken by the width joined into one line again (a word broken at its
 * hyphen joined without a space); a page that is not wrapped comes back as it was.
 */
export function unwrapLines(lines: readonly string[]): string[] {
  const width = wrapWidth(lines);
  if (width === null) return [...lines];
  const out: string[] = [];
  let joining = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    // The line before is read for its hyphen, never the paragraph joined so far (that would re-read it).
    if (joining) {
      const hyphen = /\p{L}-$/u.test((lines[i - 1] as string).trimEnd());
      out[out.length - 1] += hyphen ? line.trim() : ` ${line.trim()}`;
    } else out.push(line.trimEnd());
    joining = i + 1 < lines.length && brokenByWidth(line, lines[i + 1] as string, width);
  }
  return out;
}
