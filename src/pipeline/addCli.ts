/**
 * `npm run add -- <address>` / `npm run add -- page.html [--url <address>]` — adds one article the way
 * people have it: from its address, or as a page saved from a browser.
 *
 * Steps: read the page (fetch it: add/fetchPage.ts, or read the saved file: add/savedPage.ts) → decode it
 *        in its charset (add/decode.ts) → extract the article with Readability and read the page's own
 *        metadata (add/extract.ts, add/pageTags.ts) → refuse a page with no article text, or one already
 *        in the raw directory (add/duplicates.ts) → name it (add/naming.ts) → build everything in memory
 *        with it (corpus.ts) → only then write `<name>.txt`, `<name>.meta.json` and its SOURCES.tsv line
 *        (add/write.ts), and the data and report as `npm run data` does (files.ts) → print its report.
 *
 * Flags: --url <address> (for a saved page), --timeout <ms>, and `npm run data`'s --raw <dir>
 *        --curation <dir> --out <dir> --report <file>.
 * Exit:  0 added; 1 refused (one line saying what and why; nothing written) or the data could not be
 *        written after the article was; 2 a command line it cannot run with.
 */
import { relative, resolve } from 'node:path';
import { buildCorpus, SOURCES_FILE, toJson, type BuildReport, type BuildResult } from './corpus';
import { parseCommand, readCommandLine, UsageError, wholeNumber } from './cli';
import { readCurationDir, readRawDir, writeOutput, writeText } from './files';
import { pageMetadataName, type PageMetadata } from './pageMetadata';
import { publisherFromUrl } from './publishers';
import { articleIdFromFile, type RawFile } from './read';
import { formatReport } from './report';
import { decodePage, looksLikeHtml } from './add/decode';
import { refuseDuplicate } from './add/duplicates';
import { extractArticle, pageMetadata, requireArticleText } from './add/extract';
import { DEFAULT_LIMITS, fetchPage, webAddress, type PageBytes } from './add/fetchPage';
import { nameStem, uniqueName } from './add/naming';
import { Refusal } from './add/refusal';
import { readSavedPage } from './add/savedPage';
import { articleText, withSourcesLine, writeRawFiles, type RawWrite } from './add/write';

const FLAGS = {
  url: { type: 'string' },
  timeout: { type: 'string' },
  raw: { type: 'string', default: 'data/raw' },
  curation: { type: 'string', default: 'data/curation' },
  out: { type: 'string', default: 'public/data' },
  report: { type: 'string', default: 'data/build-report.json' },
} as const;

const USAGE = 'usage: npm run add -- <address> | npm run add -- <saved page.html> [--url <address>]';

interface Args {
  target: string;
  url?: string;
  timeoutMs: number;
  raw: string;
  curation: string;
  out: string;
  report: string;
}

interface Page extends PageBytes {
  from: PageMetadata['from'];
  /** How messages name the page: its address, or the saved file. */
  where: string;
}

/** Everything to write, worked out and checked in memory. */
interface Addition {
  name: string;
  writes: RawWrite[];
  meta: PageMetadata;
  charset: string;
  paragraphs: number;
  result: BuildResult;
}

const shown = (p: string) => relative(process.cwd(), resolve(p)) || '.';

export async function main(argv: readonly string[]): Promise<number> {
  const args = readCommandLine(() => readArgs(argv), USAGE);
  if (!args) return 2;
  let addition: Addition;
  try {
    addition = prepare(await loadPage(args), args);
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    console.error(`Not added: ${e.message}. Nothing was written.`);
    return 1;
  }
  try {
    writeRawFiles(args.raw, addition.writes);
  } catch (e) {
    console.error(
      `Not added: could not write to ${shown(args.raw)}: ${(e as Error).message}. Nothing was written.`,
    );
    return 1;
  }
  return writeData(addition, args);
}

function readArgs(argv: readonly string[]): Args {
  const { values, positionals } = parseCommand(argv, FLAGS);
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length
        ? `one page at a time, not ${positionals.length}`
        : 'give an address or a saved page',
    );
  const target = positionals[0] as string;
  if (isAddress(target) && values.url !== undefined)
    throw new UsageError('--url is for a saved page; an address is its own URL');
  const timeoutMs = wholeNumber(values.timeout, 'timeout', DEFAULT_LIMITS.timeoutMs);
  if (timeoutMs === 0) throw new UsageError('--timeout needs a number of milliseconds above 0');
  return { ...values, target, timeoutMs };
}

/** `https://…` (or any `scheme://`) is an address; anything else is a saved file's path. */
const isAddress = (target: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(target);

async function loadPage(args: Args): Promise<Page> {
  if (isAddress(args.target)) {
    const page = await fetchPage(args.target, { ...DEFAULT_LIMITS, timeoutMs: args.timeoutMs });
    return { ...page, from: 'address', where: page.address ?? args.target };
  }
  const bytes = readSavedPage(args.target, DEFAULT_LIMITS.maxBytes);
  const address = args.url === undefined ? null : webAddress(args.url).href;
  return { address, bytes, contentType: null, from: 'saved page', where: args.target };
}

/** Every check, in memory: the article's text and metadata, its name, the files, and the build with it. */
function prepare(page: Page, args: Args): Addition {
  const { html, charset } = decodePage(page.bytes, page.contentType);
  if (!looksLikeHtml(html)) throw new Refusal(`${page.where} is not an HTML page`);
  const extracted = extractArticle(html, page.address);
  requireArticleText(extracted, page.where);
  const address = page.address ?? extracted.tags.savedFrom;
  const meta = pageMetadata(extracted, page.from, address);
  const files = rawFiles(args.raw);
  refuseDuplicate(
    files,
    { addresses: [meta.address, meta.canonical], paragraphs: extracted.paragraphs },
    shown(args.raw),
  );
  const source = meta.canonical ?? meta.address;
  const stem = nameStem({
    publisher: publisherFromUrl(source) ?? meta.publisher,
    date: meta.published?.date ?? null,
    title: meta.title,
    address: source,
  });
  const name = uniqueName(stem, new Set(files.map((f) => f.name)));
  const writes: RawWrite[] = [
    { name, content: articleText(meta.title, extracted.paragraphs) },
    { name: pageMetadataName(name), content: toJson(meta) },
  ];
  if (source) writes.push({ name: SOURCES_FILE, content: withSourcesLine(sourcesText(files), name, source) });
  const result = buildWith(files, writes, name, args);
  return { name, writes, meta, charset, paragraphs: extracted.paragraphs.length, result };
}

/** The raw directory's files; a folder that is not there is a refusal, not a stack trace. */
function rawFiles(dir: string): RawFile[] {
  try {
    return readRawDir(dir);
  } catch (e) {
    throw new Refusal((e as Error).message);
  }
}

function sourcesText(files: readonly RawFile[]): string | null {
  const file = files.find((f) => f.name === SOURCES_FILE);
  return file ? new TextDecoder().decode(file.bytes) : null;
}

/** The whole build with the new files, as `npm run data` would run it; refused unless the article builds. */
function buildWith(
  files: readonly RawFile[],
  writes: readonly RawWrite[],
  name: string,
  args: Args,
): BuildResult {
  const replaced = new Set(writes.map((w) => w.name));
  const raw = [
    ...files.filter((f) => !replaced.has(f.name)),
    ...writes.map((w) => ({ name: w.name, bytes: new TextEncoder().encode(w.content) })),
  ];
  const result = buildCorpus(raw, readCurationDir(args.curation, shown(args.curation)), {
    rawDir: shown(args.raw),
  });
  const { errors, skipped, articles } = result.report;
  if (errors.length)
    throw new Refusal(
      `npm run data fails with ${errors.length} error(s), so no data could be built; the first: ${errors[0]}`,
    );
  const skip = skipped.find((s) => s.file === name || s.reason.includes(name));
  if (skip) throw new Refusal(`the pipeline would skip ${skip.file}: ${skip.reason}`);
  if (!articles.some((a) => a.id === articleIdFromFile(name)))
    throw new Refusal(`the pipeline built no article from ${name}`);
  return result;
}

/** The data and the report, as `npm run data` writes them, then the added article's report. */
function writeData(addition: Addition, args: Args): number {
  const { name, meta, result } = addition;
  const raw = shown(args.raw);
  const source = meta.canonical ?? meta.address;
  console.log(
    `Added ${raw}/${name} (${addition.paragraphs} paragraphs, ${addition.charset}) with ${pageMetadataName(name)}` +
      (source
        ? ` and a SOURCES.tsv line for ${source}`
        : '; no address known, so no SOURCES.tsv line (give --url)'),
  );
  try {
    writeOutput(args.out, result.files);
    writeText(args.report, toJson(result.report));
  } catch (e) {
    console.error(
      `Could not write ${shown(args.out)}: ${(e as Error).message}. The article is in ${raw}; run npm run data.`,
    );
    return 1;
  }
  console.log(`\n${formatReport(reportOf(result.report, name, raw))}`);
  console.log(
    `\nRebuilt ${shown(args.out)} (${result.articles.length} articles) and ${shown(args.report)}. Next: curate it (docs/curation.md).`,
  );
  return 0;
}

/**
 * The build report narrowed to the added article: its entry, its unknown names, and the warnings that
 * name its files (those on the article itself are printed with it, so not twice).
 */
function reportOf(report: BuildReport, name: string, raw: string): BuildReport {
  const id = articleIdFromFile(name);
  return {
    ...report,
    articles: report.articles.filter((a) => a.id === id),
    skipped: [],
    candidates: report.candidates.filter((c) => c.articles.includes(id)),
    warnings: report.warnings.filter(
      (w) => w.includes(name.replace(/\.txt$/, '.')) && !w.startsWith(`${raw}/${name}: `),
    ),
  };
}

const invoked = process.argv[1] ? resolve(process.argv[1]) : '';
if (invoked.endsWith('addCli.ts') || invoked.endsWith('addCli.js')) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
