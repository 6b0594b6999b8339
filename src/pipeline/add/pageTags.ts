/**
 * What a page says about itself, read from its tags before Readability rewrites the document:
 * the schema.org article in its JSON-LD, the canonical link and, in a page saved from a browser, the
 * "saved from url" comment. Readability reads JSON-LD too, but only simple shapes (no `@type` list, no
 * author or publisher written as a plain string, `name` over `headline`), so the JSON-LD is read here
 * first and Readability's metadata (meta tags: `og:title`, `article:published_time`, `og:site_name`,
 * `author` …) fills what it leaves open (see `pageMetadata` in extract.ts).
 */
import { parseFullDate } from '../dateline';

export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  author: string | null;
  publisher: string | null;
  url: string | null;
}

export interface PageTags {
  jsonLd: JsonLdArticle | null;
  /** `<link rel="canonical">`, else `og:url`, as written (maybe relative). */
  canonical: string | null;
  /** The address in a browser's `<!-- saved from url=(0042)https://… -->` comment. */
  savedFrom: string | null;
}

/** schema.org types of a news or blog article: NewsArticle, ReportageNewsArticle, LiveBlogPosting … */
const ARTICLE_TYPE = /(?:Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report)$/;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function readPageTags(document: Document, html: string): PageTags {
  const scripts = [...document.querySelectorAll('script[type="application/ld+json" i]')];
  const canonical =
    document.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ??
    document.querySelector('meta[property="og:url" i][content]')?.getAttribute('content') ??
    null;
  return {
    jsonLd: articleFromJsonLd(scripts.map((s) => s.textContent ?? '')),
    canonical: canonical?.trim() || null,
    savedFrom: savedFromComment(html),
  };
}

/** The first article in the page's JSON-LD blocks (a list, an `@graph`, or one object), or null. */
export function articleFromJsonLd(blocks: readonly string[]): JsonLdArticle | null {
  for (const block of blocks) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(block.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue; // A broken block is common and harmless: the meta tags remain.
    }
    const node = jsonLdNodes(parsed).find((n) => typeNames(n['@type']).some((t) => ARTICLE_TYPE.test(t)));
    if (node) return articleFields(node);
  }
  return null;
}

function jsonLdNodes(value: unknown): Json[] {
  if (Array.isArray(value)) return value.flatMap(jsonLdNodes);
  if (!isObject(value)) return [];
  return [value, ...jsonLdNodes(value['@graph'])];
}

const typeNames = (type: unknown): string[] =>
  (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');

function articleFields(node: Json): JsonLdArticle {
  const page = node.mainEntityOfPage;
  return {
    headline: plain(node.headline) ?? plain(node.name),
    datePublished: plain(node.datePublished),
    author: names(node.author),
    publisher: names(node.publisher),
    url: plain(node.url) ?? plain(page) ?? (isObject(page) ? plain(page['@id']) : null),
  };
}

/** A person or organisation written as a string, `{name}`, or a list of either: their names, joined. */
function names(value: unknown): string | null {
  const list = (Array.isArray(value) ? value : [value])
    .map((v) => (isObject(v) ? plain(v.name) : plain(v)))
    .filter((n): n is string => n !== null);
  return list.length ? [...new Set(list)].join(', ') : null;
}

const plain = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : null;

/** Chrome and Internet Explorer mark a saved page with the address it came from. */
export function savedFromComment(html: string): string | null {
  const m = /<!--\s*saved from url=\(\d+\)(https?:\/\/[^\s>]+?)\s*-->/i.exec(html.slice(0, 4096));
  return m?.[1] ?? null;
}

/**
 * The publication day a page states, as the calendar day it writes (`2025-02-26T23:30:00-05:00` is the
 * 26th: the publisher's own day, which is the one its readers and other articles refer to), or a written
 * date (`February 26, 2025`, `Wed, 26 Feb 2025 …`). Null for anything else.
 */
export function publicationDay(stated: string | null): { date: string; stated: string } | null {
  if (!stated) return null;
  const iso = /^\s*(\d{4}-\d{2}-\d{2})/.exec(stated)?.[1];
  const date = iso ? parseFullDate(iso) : parseFullDate(stated);
  return date ? { date, stated: stated.trim() } : null;
}

/** A byline as a name: no "By ", no address in its place, no paragraph mistaken for one. */
export function authorName(byline: string | null): string | null {
  const name = byline
    ?.replace(/\s+/g, ' ')
    .replace(/^by\s+/i, '')
    .trim();
  if (!name || /^https?:\/\//i.test(name) || name.length > 150) return null;
  return name;
}

/**
 * The canonical address as an absolute http(s) address, or null: a relative one is resolved against the
 * page's address; one pointing at a site's front page (a known misconfiguration) is not the article's.
 */
export function canonicalAddress(canonical: string | null, pageAddress: string | null): string | null {
  if (!canonical) return null;
  let url: URL;
  try {
    url = new URL(canonical, pageAddress ?? undefined);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(url.protocol) || (url.pathname === '/' && !url.search)) return null;
  url.hash = '';
  return url.href;
}
