/**
 * The article in a page: Mozilla's Readability (the engine of Firefox's Reader View) on a jsdom document
 * picks the article's block out of the navigation, cookie banners, related-story lists and footers; its
 * blocks become our paragraphs. The page's metadata is read from its tags first (pageTags.ts), then from
 * Readability's (meta tags and the byline it finds).
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { PageMetadata } from '../pageMetadata';
import { authorName, canonicalAddress, publicationDay, readPageTags, type PageTags } from './pageTags';
import { Refusal, SAVE_INSTEAD } from './refusal';

/** What Readability says about the page, from the meta tags and the byline it found. */
export interface ReadabilityMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

export interface ExtractedPage {
  title: string | null;
  paragraphs: string[];
  readability: ReadabilityMetadata;
  tags: PageTags;
}

/**
 * Less than this is no article: a paywall stub, a cookie wall, an index of headlines, or a page that
 * loads its text with scripts. The shortest news briefs run to about 600 characters in two paragraphs.
 */
export const MIN_ARTICLE_CHARS = 500;
export const MIN_ARTICLE_PARAGRAPHS = 2;

export function extractArticle(html: string, address: string | null): ExtractedPage {
  // A silent console: jsdom would print every stylesheet it cannot parse. Scripts never run.
  const dom = new JSDOM(html, { url: address ?? undefined, virtualConsole: new VirtualConsole() });
  try {
    const { document } = dom.window;
    const tags = readPageTags(document, html); // before Readability removes the scripts
    const parsed = readArticle(document);
    const readability: ReadabilityMetadata = {
      title: parsed?.title?.trim() || null,
      byline: parsed?.byline ?? null,
      siteName: parsed?.siteName ?? null,
      publishedTime: parsed?.publishedTime ?? null,
    };
    const title = tags.jsonLd?.headline ?? readability.title;
    const paragraphs = parsed?.content ? blockTexts(parsed.content) : [];
    // Readability usually drops the headline from the body; when it keeps it, it is the title, not text.
    if (title && paragraphs[0] === title) paragraphs.shift();
    return { title, paragraphs, readability, tags };
  } finally {
    dom.window.close();
  }
}

/** Readability's reading of the document (it rewrites it); its own failure is a refusal, not a crash. */
function readArticle(document: Document) {
  try {
    return new Readability<Element>(document, { serializer: (node) => node as Element }).parse();
  } catch (e) {
    throw new Refusal(`Readability could not read the page (${(e as Error).message})`);
  }
}

/** Refused unless the page holds an article's worth of text. */
export function requireArticleText(page: ExtractedPage, where: string): void {
  const chars = page.paragraphs.reduce((n, p) => n + p.length, 0);
  if (chars >= MIN_ARTICLE_CHARS && page.paragraphs.length >= MIN_ARTICLE_PARAGRAPHS) return;
  throw new Refusal(
    `no article text in ${where}: ${chars} characters in ${page.paragraphs.length} paragraph(s), fewer than the ${MIN_ARTICLE_CHARS} characters in ${MIN_ARTICLE_PARAGRAPHS} paragraphs of the shortest article (a paywall, an index page, or text loaded by scripts?); ${SAVE_INSTEAD}`,
  );
}

/** Elements whose text is one paragraph of their own. Everything else is inline and runs on. */
const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN OL P PRE SECTION TABLE TD TH TR UL'.split(
    ' ',
  ),
);
/** Never article text: pictures and their captions, embeds, forms and controls. */
const SKIPPED = new Set(
  'AUDIO BUTTON CANVAS FIGCAPTION FIGURE FORM IFRAME IMG INPUT NAV NOSCRIPT OBJECT PICTURE SCRIPT SELECT STYLE SVG TEMPLATE TEXTAREA VIDEO'.split(
    ' ',
  ),
);

/**
 * The text of `root` as paragraphs: each block element (and each `<br>`) ends one, inline elements run on,
 * whitespace is collapsed, empty ones are dropped. Readability's own `textContent` loses the breaks.
 */
export function blockTexts(root: Element): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) current += node.nodeValue ?? '';
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    const block = BLOCKS.has(tag);
    if (block) flush();
    node.childNodes.forEach(walk);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs;
}

/** The page-metadata file's content: the page's JSON-LD first, then Readability's reading of its tags. */
export function pageMetadata(
  page: ExtractedPage,
  from: PageMetadata['from'],
  address: string | null,
): PageMetadata {
  const { jsonLd, canonical } = page.tags;
  const { readability } = page;
  return {
    version: 1,
    from,
    address,
    canonical: canonicalAddress(canonical ?? jsonLd?.url ?? null, address),
    title: page.title,
    published: publicationDay(jsonLd?.datePublished ?? null) ?? publicationDay(readability.publishedTime),
    author: authorName(jsonLd?.author ?? null) ?? authorName(readability.byline),
    publisher: jsonLd?.publisher ?? (readability.siteName?.trim() || null),
  };
}
