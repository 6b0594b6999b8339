/**
 * Prerender — one real HTML page per view of the explorer, so every address can be shared,
 * previewed by link crawlers and read without JavaScript.
 *
 * Inputs:  dist/index.html (the built app shell, from `vite build`), public/data (index.json and
 *          article files), SITE_URL (where the site will be served, for canonical and preview
 *          links) and BASE_PATH (its sub-path, the same as for `vite build`).
 * Outputs: dist/<path>/index.html for every page of `storyPages` (the overview, the matrix,
 *          search, each event, article, actor, topic, actor on a topic, quote, position and topic
 *          over time), and dist/404.html for every other address.
 * Steps:   read the shell and the data → one React render per page with the app's own
 *          components (the same code the browser runs, with a memory history at that address) →
 *          the page's head (title, description, canonical, Open Graph, Twitter) → write.
 *
 * In the browser, main.tsx takes over the prerendered page in place.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider, createMemoryHistory } from '@tanstack/react-router';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fork } from 'node:child_process';
import { renderToString } from 'react-dom/server';
import { articleQuery } from '../src/app/data/article';
import { buildFilterContext } from '../src/app/data/eventFilters';
import { storyQuery } from '../src/app/data/storyIndex';
import { buildStoryLookup } from '../src/app/data/storyLookup';
import { NOT_FOUND_PAGE, SITE_NAME, storyPages, type StoryPage } from '../src/app/data/storyPages';
import { createStoryRouter } from '../src/app/router';
import { createQueryClient } from '../src/app/StoryApp';
import { configurePage, underBase } from '../src/app/view/explorerAddress';
import { parseArticleFile, parseDataIndex, type DataIndex } from '../src/model';
import { parseFlags } from '../src/pipeline/cli';

export interface PrerenderOptions {
  dist: string;
  data: string;
  /** Where the site is served, e.g. `https://example.org`; no trailing slash needed. */
  site: string;
  /** The base path the app was built for, `/` or `/sub/`. */
  base: string;
}

export interface PrerenderResult {
  /** Files written: one per view, and the 404 page. */
  pages: number;
  bytes: number;
  ms: number;
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The head of one page: its title and description, canonical address, and preview tags. */
export function headTags(page: StoryPage, url: string): string {
  const { headline, description, type, published } = page.head;
  const meta = (attribute: 'name' | 'property', key: string, value: string) =>
    `<meta ${attribute}="${key}" content="${escapeAttribute(value)}" />`;
  return [
    `<link rel="canonical" href="${escapeAttribute(url)}" />`,
    meta('property', 'og:site_name', SITE_NAME),
    meta('property', 'og:type', type),
    meta('property', 'og:title', headline),
    meta('property', 'og:description', description),
    meta('property', 'og:url', url),
    ...(published ? [meta('property', 'article:published_time', published)] : []),
    meta('name', 'twitter:card', 'summary'),
    meta('name', 'twitter:title', headline),
    meta('name', 'twitter:description', description),
  ].join('\n    ');
}

/** The built shell with this page's head and body put in. */
export function fillShell(shell: string, page: StoryPage, url: string, body: string): string {
  return shell
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(page.head.title)}</title>`)
    .replace(
      /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/,
      `<meta name="description" content="${escapeAttribute(page.head.description)}" />`,
    )
    .replace('</head>', `  ${headTags(page, url)}\n  </head>`)
    .replace(EMPTY_ROOT, `<div id="root" data-prerendered>${body}</div>`);
}

/** The empty app shell Vite built: kept beside the pages, as the overview takes its place. */
const SHELL_FILE = 'app-shell.html';
const EMPTY_ROOT = '<div id="root"></div>';

function readShell(dist: string): string {
  const kept = join(dist, SHELL_FILE);
  if (existsSync(kept)) return readFileSync(kept, 'utf8');
  const built = readFileSync(join(dist, 'index.html'), 'utf8');
  if (!built.includes(EMPTY_ROOT)) {
    throw new Error(`${dist}/index.html is not the app shell Vite builds; run "vite build" first`);
  }
  writeFileSync(kept, built);
  return built;
}

function readIndex(data: string): DataIndex {
  return parseDataIndex(JSON.parse(readFileSync(join(data, 'index.json'), 'utf8')), 'data/index.json');
}

/** One process's share of the pages: every `of`-th page, starting at `part`. */
interface Share {
  part: number;
  of: number;
}

/** Renders one share of the story's pages into `dist` (the 404 page with the first share). */
async function renderShare(
  options: PrerenderOptions,
  shell: string,
  share: Share,
): Promise<{ pages: number; bytes: number }> {
  const index = readIndex(options.data);
  const lookup = buildStoryLookup(index);
  const site = new URL(options.site);
  configurePage({ protocol: site.protocol, host: site.host, pathname: options.base });
  const queryClient = createQueryClient();
  queryClient.setQueryData(storyQuery.queryKey, { index, lookup, filterContext: buildFilterContext(index) });

  let bytes = 0;
  let written = 0;
  const made = new Set<string>();
  const write = (file: string, html: string) => {
    const folder = dirname(file);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    writeFileSync(file, html);
    bytes += Buffer.byteLength(html);
    written += 1;
  };
  const render = async (page: StoryPage, address: string) => {
    const articleId = /^\/articles\/([^/]+)\//.exec(page.path)?.[1];
    if (articleId) {
      const file = join(options.data, 'articles', `${decodeURIComponent(articleId)}.json`);
      const article = parseArticleFile(JSON.parse(readFileSync(file, 'utf8')), file);
      queryClient.setQueryData(articleQuery(article.id).queryKey, article);
    }
    const history = createMemoryHistory({ initialEntries: [underBase(address, options.base)] });
    const router = createStoryRouter({ history, queryClient, basepath: options.base });
    await router.load();
    const body = renderToString(
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );
    // Article bodies are only needed for their own page; keep memory flat on a large corpus.
    if (articleId) queryClient.removeQueries({ queryKey: ['article'] });
    return body;
  };

  const pages = storyPages(index, lookup);
  for (let i = share.part; i < pages.length; i += share.of) {
    const page = pages[i]!;
    const url = `${site.origin}${underBase(page.path, options.base)}`;
    write(
      join(options.dist, page.path, 'index.html'),
      fillShell(shell, page, url, await render(page, page.path)),
    );
  }
  if (share.part === 0) {
    const notFound = await render(NOT_FOUND_PAGE, '/this-address-matches-no-view/');
    const home = `${site.origin}${underBase('/', options.base)}`;
    write(join(options.dist, '404.html'), fillShell(shell, NOT_FOUND_PAGE, home, notFound));
  }
  return { pages: written, bytes };
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Below this many views one process renders them all: starting workers costs more than it saves. */
const PAGES_PER_WORKER = 2000;

/**
 * Renders every page of the story into `dist`, next to the built shell: in one process per core
 * when the story is large (each reads the data once and renders every n-th page).
 */
export async function prerender(
  options: PrerenderOptions,
  workers = availableParallelism(),
): Promise<PrerenderResult> {
  const started = performance.now();
  const shell = readShell(options.dist);
  const index = readIndex(options.data);
  const count = storyPages(index, buildStoryLookup(index)).length;
  const n = Math.max(1, Math.min(workers, Math.floor(count / PAGES_PER_WORKER)));
  const shares =
    n === 1
      ? [await renderShare(options, shell, { part: 0, of: 1 })]
      : await Promise.all(Array.from({ length: n }, (_, part) => renderShareApart(options, { part, of: n })));
  const pages = shares.reduce((sum, s) => sum + s.pages, 0);
  const bytes = shares.reduce((sum, s) => sum + s.bytes, 0);
  return { pages, bytes, ms: performance.now() - started };
}

/**
 * One share rendered by a process of its own (this same script with `--share part/of`): each
 * core renders its share of a large story.
 */
function renderShareApart(
  options: PrerenderOptions,
  share: Share,
): Promise<{ pages: number; bytes: number }> {
  const child = fork(
    fileURLToPath(import.meta.url),
    [
      '--share',
      `${share.part}/${share.of}`,
      '--dist',
      options.dist,
      '--data',
      options.data,
      '--site',
      options.site,
    ],
    {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, BASE_PATH: options.base, TSX_TSCONFIG_PATH: join(ROOT, 'tsconfig.node.json') },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    },
  );
  return new Promise((resolve, reject) => {
    child.once('message', (result) => resolve(result as { pages: number; bytes: number }));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0)
        reject(new Error(`the prerender of share ${share.part + 1} of ${share.of} stopped (exit ${code})`));
    });
  });
}

async function main(argv: readonly string[]) {
  const flags = parseFlags(argv, {
    dist: { type: 'string' },
    data: { type: 'string' },
    site: { type: 'string' },
    quiet: { type: 'boolean' },
    share: { type: 'string' },
  });
  const base = process.env.BASE_PATH ?? '/';
  if (flags.share) {
    // A share of a large story, for the process that started this one (see renderShareApart).
    const [part, of] = flags.share.split('/').map(Number) as [number, number];
    const options = {
      dist: flags.dist ?? 'dist',
      data: flags.data ?? 'public/data',
      site: flags.site!,
      base,
    };
    process.send!(await renderShare(options, readShell(options.dist), { part, of }));
    return;
  }
  const site = flags.site ?? process.env.SITE_URL;
  if (!site && !flags.quiet) {
    process.stderr.write(
      'prerender: SITE_URL is not set; canonical and preview links point at http://127.0.0.1:4173. Set SITE_URL to the address the site is served from.\n',
    );
  }
  const result = await prerender({
    dist: flags.dist ?? 'dist',
    data: flags.data ?? 'public/data',
    site: site ?? 'http://127.0.0.1:4173',
    base,
  });
  if (!flags.quiet) {
    process.stdout.write(
      `prerendered ${result.pages} pages (${(result.bytes / 1024 / 1024).toFixed(1)} MB) in ${(result.ms / 1000).toFixed(1)} s\n`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`prerender: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
