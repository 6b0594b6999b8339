/** Stage 1 — read: bytes → normalised text, or a reason the file is skipped. */

/**
 * Largest article file accepted. A long news article is 20–100 KB of text;
 * 2 MB is twenty times that, so anything bigger is a page dump or the wrong
 * file, and skipping it keeps one bad scrape from dominating build time.
 */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export interface RawFile {
  /** File name inside the raw directory, e.g. `000_16401bdc4fe40c2d.txt`. */
  name: string;
  bytes: Uint8Array;
  /** Why the file could not be read at all (a broken symbolic link, no permission); then `bytes` is empty. */
  unreadable?: string;
}

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/** Article id from a file name: stem, lowercased, anything outside [a-z0-9_-] → '-'. */
export function articleIdFromFile(name: string): string {
  const stem = name.replace(/\.[^.]*$/, '');
  let id = stem.toLowerCase().replace(/[^a-z0-9_-]/g, '-');
  if (!/^[a-z0-9]/.test(id)) id = `a${id}`;
  return id;
}

export function readArticle(bytes: Uint8Array): ReadResult {
  if (bytes.length === 0) return { ok: false, reason: 'is empty (0 bytes)' };
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return {
      ok: false,
      reason: `is ${(bytes.length / 1024 / 1024).toFixed(1)} MB, over the ${MAX_ARTICLE_BYTES / 1024 / 1024} MB limit for one article`,
    };
  }
  const utf16 = utf16Kind(bytes);
  if (utf16) return { ok: false, reason: `is ${utf16} text: convert it to UTF-8` };
  if (bytes.includes(0)) return { ok: false, reason: 'looks binary (contains NUL bytes), not article text' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'is not valid UTF-8 text' };
  }
  text = normaliseText(text);
  if (!text.trim()) return { ok: false, reason: 'is empty (only whitespace)' };
  return { ok: true, text };
}

/**
 * `UTF-16LE` / `UTF-16BE` when the bytes are UTF-16 text (a byte-order mark, or, without one, a NUL byte in
 * every other position as Latin-script text has), else null. Such a file is text saved in the wrong
 * encoding, not a binary file, and the fix is to convert it.
 */
export function utf16Kind(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenNul += 1;
    if (bytes[i + 1] === 0) oddNul += 1;
  }
  const pairs = bytes.length / 2;
  // Mostly-ASCII text: the high byte of (nearly) every character is 0, the low byte almost never.
  if (oddNul >= 0.9 * pairs && evenNul <= 0.01 * pairs) return 'UTF-16LE';
  if (evenNul >= 0.9 * pairs && oddNul <= 0.01 * pairs) return 'UTF-16BE';
  return null;
}

/** Strip a BOM, turn CRLF / CR into LF. Curly quotes stay as they are. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** A SOURCES.tsv line that was not used, and why (1-based line number). */
export interface SourcesProblem {
  line: number;
  message: string;
}

export interface Sources {
  /** Raw file name → its original http(s) address. */
  addresses: Map<string, string>;
  problems: SourcesProblem[];
}

/** Only web addresses are links a reader can follow; `javascript:`, `ftp:`, `file:` and the like are not. */
function webAddress(address: string): boolean {
  try {
    return /^https?:$/.test(new URL(address).protocol);
  } catch {
    return false;
  }
}

/**
 * `file<TAB>address` lines after an optional `file<TAB>address` header. A line that cannot be used is a
 * problem naming its line, never fatal: no tab, no address, an address that is not http(s), a file that
 * is not in the raw directory (`known`), or a second line for the same file (the first one wins, so a
 * stray duplicate cannot move an article's date).
 */
export function parseSources(text: string, known: ReadonlySet<string>): Sources {
  const addresses = new Map<string, string>();
  const firstLine = new Map<string, number>();
  const problems: SourcesProblem[] = [];
  normaliseText(text)
    .split('\n')
    .forEach((raw, i) => {
      const line = i + 1;
      const problem = (message: string) => problems.push({ line, message });
      if (!raw.trim()) return;
      if (!raw.includes('\t')) return problem('no tab between the file name and the address; line ignored');
      const [file = '', address = ''] = raw.split('\t').map((s) => s.trim());
      if (line === 1 && file === 'file') return;
      if (!file || !address) return problem('needs a file name and an address; line ignored');
      if (!webAddress(address))
        return problem(
          `"${address.slice(0, 80)}" is not an http(s) address; ignored, ${file} builds without one`,
        );
      if (!known.has(file)) return problem(`no file "${file}" in the raw directory; line ignored`);
      const first = firstLine.get(file);
      if (first !== undefined)
        return problem(`a second address for ${file} (the first, on line ${first}, is kept); line ignored`);
      firstLine.set(file, line);
      addresses.set(file, address);
    });
  return { addresses, problems };
}
