/**
 * The page-metadata file beside a raw article: `data/raw/<name>.meta.json`, written by `npm run add` from
 * the page's own tags (JSON-LD, `article:published_time`, `og:title`, `og:site_name`, the canonical link).
 * What a publisher states about its page beats what the pipeline can guess from the text, so the build
 * prefers each of its fields over the text's (stage 3) and the report says which it used.
 *
 * The file is optional: an article without one builds from its text alone, as before. A file that cannot
 * be used (not JSON, not this shape, no article beside it) is a warning naming it; the article still builds.
 */
import { z } from 'zod';
import { isoDate, type PublicationDate } from '../model/schema';
import { problemsFromZod } from '../model/problems';
import type { Metadata } from './metadata';
import { publisherFromUrl } from './publishers';
import type { RawFile } from './read';

export const PAGE_METADATA_SUFFIX = '.meta.json';

const webAddress = z.url({ protocol: /^https?$/ });
const text = z.string().trim().min(1);

export const pageMetadataFile = z
  .object({
    version: z.literal(1),
    /** How the page was brought in: fetched from its address, or a page saved from a browser. */
    from: z.enum(['address', 'saved page']),
    /** Where the page was read from: the address after redirects, `--url`, or the browser's "saved from". */
    address: webAddress.nullable(),
    /** The page's own canonical address (`<link rel="canonical">`, else `og:url`). */
    canonical: webAddress.nullable(),
    title: text.nullable(),
    /** `date` as the publisher's own calendar day; `stated` is the value exactly as the page gives it. */
    published: z.object({ date: isoDate, stated: text }).strict().nullable(),
    author: text.nullable(),
    publisher: text.nullable(),
  })
  .strict();

export type PageMetadata = z.infer<typeof pageMetadataFile>;

/** Which source each metadata field came from, for the build report. */
export interface MetadataChoice {
  /** The page-metadata file's name in the raw directory. */
  file: string;
  page: MetadataField[];
  text: MetadataField[];
}

export type MetadataField = 'title' | 'published' | 'author' | 'publisher';

export const isPageMetadataFile = (name: string) => name.toLowerCase().endsWith(PAGE_METADATA_SUFFIX);

/** `abc.txt` → `abc.meta.json`. */
export const pageMetadataName = (articleFile: string) =>
  `${articleFile.replace(/\.txt$/i, '')}${PAGE_METADATA_SUFFIX}`;

/**
 * Article file name → its page metadata, for every `*.meta.json` in the raw directory that parses and has
 * an article beside it; a warning for each that cannot be used.
 */
export function readPageMetadata(
  files: readonly RawFile[],
  rawDir: string,
): { byArticle: Map<string, PageMetadata>; warnings: string[] } {
  const byArticle = new Map<string, PageMetadata>();
  const warnings: string[] = [];
  const names = new Set(files.map((f) => f.name));
  for (const file of files) {
    if (!isPageMetadataFile(file.name)) continue;
    const article = `${file.name.slice(0, -PAGE_METADATA_SUFFIX.length)}.txt`;
    const problem = (why: string) =>
      warnings.push(`${rawDir}/${file.name}: ${why}; ${article} builds from its text alone`);
    if (!names.has(article)) {
      warnings.push(`${rawDir}/${file.name}: no ${article} beside it; ignored`);
      continue;
    }
    if (file.unreadable) {
      problem(file.unreadable);
      continue;
    }
    const parsed = parsePageMetadata(file.bytes);
    if (parsed.ok) byArticle.set(article, parsed.value);
    else problem(parsed.problem);
  }
  return { byArticle, warnings };
}

export function parsePageMetadata(
  bytes: Uint8Array,
): { ok: true; value: PageMetadata } | { ok: false; problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    return { ok: false, problem: `not valid JSON (${(e as Error).message})` };
  }
  const checked = pageMetadataFile.safeParse(json);
  if (checked.success) return { ok: true, value: checked.data };
  const [first] = problemsFromZod(checked.error);
  return { ok: false, problem: `not a page-metadata file: ${first?.path || '(top)'}: ${first?.message}` };
}

/** The metadata an article builds with: the text's, or with its page metadata preferred when it has any. */
export function withPageMetadata(
  fromText: Metadata,
  page: PageMetadata | null,
  sourceUrl: string | null,
  articleFile: string,
): { meta: Metadata; choice: MetadataChoice | null } {
  if (!page) return { meta: fromText, choice: null };
  return preferPageMetadata(fromText, page, sourceUrl, pageMetadataName(articleFile));
}

/**
 * The metadata of an article with page metadata: each field the page states wins over the text's guess.
 * The publisher keeps the publisher table's spelling when the address's domain is in it ("Kyiv
 * Independent", not the page's "The Kyiv Independent"), so one outlet has one name across articles.
 */
export function preferPageMetadata(
  fromText: Metadata,
  page: PageMetadata,
  sourceUrl: string | null,
  file: string,
): { meta: Metadata; choice: MetadataChoice } {
  const choice: MetadataChoice = { file, page: [], text: [] };
  const pick = <T>(field: MetadataField, pageValue: T | null, textValue: T): T => {
    choice[pageValue === null ? 'text' : 'page'].push(field);
    return pageValue ?? textValue;
  };
  const title = pick('title', page.title, fromText.title);
  const published = pick('published', page.published && pagePublished(page.published), fromText.published);
  const author = pick('author', page.author, fromText.author);
  const publisher = pick(
    'publisher',
    page.publisher && (publisherFromUrl(sourceUrl) ?? page.publisher),
    fromText.publisher,
  );
  // The text's notes say how it guessed its title or date; beside the page's, they are a second opinion.
  const notes = choice.page.length ? fromText.notes.map((n) => `the text alone: ${n}`) : [...fromText.notes];
  // A different date in the text is worth a look: the page may state when it was last updated instead.
  if (page.published && fromText.published && fromText.published.date !== page.published.date)
    notes.push(
      `the page's metadata dates it ${page.published.date}, the text ${fromText.published.date} (${fromText.published.method}): the page's date is used`,
    );
  return {
    // Spread first: whatever else the text's metadata carries (now or after a rework) is kept.
    meta: {
      ...fromText,
      title,
      titleDerived: page.title ? false : fromText.titleDerived,
      publisher,
      author,
      published,
      notes,
    },
    choice,
  };
}

function pagePublished(published: NonNullable<PageMetadata['published']>): PublicationDate {
  return {
    date: published.date,
    precision: 'day',
    method: 'page-metadata',
    confidence: 'stated',
    source: published.stated,
  };
}
