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

/** Strip a BOM, turn CRLF / CR into LF. Curly quotes stay as they are. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** `file<TAB>address` lines with a header line; unknown or malformed lines are ignored. */
export function parseSources(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const lines = normaliseText(text).split('\n');
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    const [file, address] = line.split('\t').map((s) => s.trim());
    if (i === 0 && file === 'file') continue;
    if (!file || !address) continue;
    try {
      new URL(address);
    } catch {
      continue;
    }
    out.set(file, address);
  }
  return out;
}
