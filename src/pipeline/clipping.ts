/**
 * A page saved by a web clipper as Markdown (Obsidian Web Clipper, MarkDownload, Joplin, Notion, Omnivore):
 * front matter with the page's title, address, author and date between `---` lines, then the article with
 * its Markdown marks (`# Headline`, `![photo](…)`, `[link](…)`, `**bold**`, `> quote`).
 *
 * The cleaning stage reads lines as a browser's copy gives them, so the marks are read away first: a heading
 * is its words, a link its text, a picture nothing, a quote its text. The front matter is what the page
 * states about itself, as a page-metadata file is (pageMetadata.ts): its title, date and author are preferred
 * over the text's guesses, and its address is the article's original when nothing else names one. The
 * clipper's own dates (when the page was clipped or saved) are no publication date and are left out.
 */
import { parse as parseYaml } from 'yaml';
import type { PageMetadata } from './pageMetadata';

export interface Clipping {
  /** The text with the front matter taken out and the Markdown marks read away; the text itself otherwise. */
  text: string;
  /** What the page states about itself (its front matter, its first heading), or null when it is no clipping. */
  page: PageMetadata | null;
}

/** The page's original address: the one SOURCES.tsv gives, else the one its front matter states. */
export const originalAddress = (sourcesUrl: string | null, clipping: PageMetadata | null): string | null =>
  sourcesUrl ?? clipping?.address ?? null;

/** The front matter's fields that give the publication date; `created`, `saved` and the like are the clipper's. */
const PUBLISHED_FIELDS = ['published', 'date_published', 'datePublished', 'publish_date', 'pubDate', 'date'];
const ADDRESS_FIELDS = ['source', 'url', 'link', 'original_url', 'canonical'];

/** Lines that show Markdown: a heading, a picture, a link to an address, a quote, bold words. */
const MARKDOWN_LINE = /^#{1,6}\s+\S|^!\[[^\]]*\]\(|\]\(https?:\/\/[^)\s]+\)|^>\s|\*\*[^*\s][^*]*\*\*/;
/** So many such lines make a page Markdown when it has no front matter. */
const MIN_MARKDOWN_LINES = 3;

/** The front matter: `---` on the first line, `---` again within this many lines. */
const FRONT_MATTER_MAX_LINES = 60;

export function readClipping(text: string): Clipping {
  const lines = text.split('\n');
  const front = frontMatterEnd(lines);
  const fields = front === null ? null : frontMatterFields(lines.slice(1, front));
  const rest = front === null ? lines : lines.slice(front + 1);
  const markdown = fields !== null || rest.filter((l) => MARKDOWN_LINE.test(l)).length >= MIN_MARKDOWN_LINES;
  if (!markdown) return { text, page: null };
  const headline = rest.map((l) => /^#\s+(\S.*?)\s*#*\s*$/.exec(l)?.[1]).find(Boolean);
  return {
    text: rest.map(plainLine).join('\n'),
    page: pageOf(fields ?? {}, headline ? plainLine(headline) : null),
  };
}

/** Where the front matter closes (its second `---`), or null when the page opens on none. */
function frontMatterEnd(lines: readonly string[]): number | null {
  if (lines[0]?.trim() !== '---') return null;
  for (let i = 1; i < Math.min(lines.length, FRONT_MATTER_MAX_LINES); i++)
    if (lines[i]?.trim() === '---') return i > 1 ? i : null;
  return null;
}

/** The front matter's fields, or null when it is not a YAML mapping (then it is only a rule between lines). */
function frontMatterFields(lines: readonly string[]): Record<string, unknown> | null {
  try {
    const parsed: unknown = parseYaml(lines.join('\n'));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** A field's value as one line of text: a list's items joined, a wiki link's brackets taken off. */
function fieldText(value: unknown): string | null {
  const items = Array.isArray(value) ? value : [value];
  const words = items
    .map((v) =>
      v instanceof Date ? v.toISOString() : typeof v === 'string' || typeof v === 'number' ? `${v}` : '',
    )
    .map((v) => v.replace(/\[\[|\]\]/g, '').trim())
    .filter(Boolean);
  return words.length ? words.join(', ') : null;
}

function firstField(fields: Record<string, unknown>, names: readonly string[]): string | null {
  for (const name of names) {
    const value = fieldText(fields[name]);
    if (value) return value;
  }
  return null;
}

function pageOf(fields: Record<string, unknown>, headline: string | null): PageMetadata {
  const stated = firstField(fields, PUBLISHED_FIELDS);
  const day = stated ? /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/.exec(stated) : null;
  const address = firstField(fields, ADDRESS_FIELDS);
  const title = firstField(fields, ['title']);
  return {
    version: 1,
    from: 'saved page',
    address: address && /^https?:\/\/\S+$/.test(address) ? address : null,
    canonical: null,
    // The first heading of the first level is the page's headline; the front matter's title often ends on the
    // site's name ("… – POLITICO"), as the page's title bar does.
    title: headline ?? title,
    published: stated && day ? { date: `${day[1]}-${day[2]}-${day[3]}`, stated } : null,
    author: firstField(fields, ['author', 'authors', 'byline']),
    publisher: firstField(fields, ['site', 'site_name', 'publisher']),
  };
}

/** A line as a browser would show it: the Markdown marks read away, the words kept. */
function plainLine(line: string): string {
  if (/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/.test(line)) return ''; // a rule
  return (
    line
      // `> ## Excerpt`: a quote's marks, then a heading's.
      .replace(/^\s*(?:>\s?)+/, '')
      .replace(/^\s*#{1,6}\s+(.*?)\s*#*\s*$/, '$1')
      // A picture is no text; a link is its words.
      .replace(/!\[[^\]]*\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g, '')
      .replace(/\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g, '$1')
      // Bold and italic words, a few hundred characters at most, so a stray mark is not read to the line's end.
      .replace(
        /\*\*([^\s*](?:[^*]{0,300}?[^\s*])?)\*\*|__([^\s_](?:[^_]{0,300}?[^\s_])?)__/g,
        (_m, a?: string, b?: string) => a ?? b ?? '',
      )
      .replace(/(^|[\s(])[*_]([^\s*_](?:[^*_]{0,300}?[^\s*_])?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
      .replace(/\\([\\`*_{}[\]()#+\-.!>|])/g, '$1')
      .trimEnd()
  );
}
