/**
 * `npm run bench` — performance benchmark (issue #7). A benchmark, not a test:
 * it prints figures next to their targets and exits 0 whatever the timings;
 * only a failure to run at all exits non-zero.
 *
 *   a. Pipeline throughput: synthetic raw articles (250 / 500 / 1,000) through
 *      `src/pipeline/build.ts` in a child process; articles/s and peak RSS. Then one
 *      run-on sentence of 250 KB, 500 KB and 1 MB (issue #18): the build time of each
 *      and the ratio per doubling (≈ 2 when the pipeline is linear).
 *   b. Browser: the app built once with Vite, served twice (shipped public/data
 *      and a synthetic 10,000-event corpus) next to a baseline page that hands
 *      plain vis-timeline every item; headless Chromium measures first item,
 *      bytes, heap, filter / zoom / pan to paint and heap growth over 100
 *      filter changes, each as a ratio to the baseline.
 *   c. A table on stdout and JSON in bench-results/bench-<name>.json.
 *
 * Flags: --runs N (default 5), --baseline-runs N (default min(runs, 3)), --quick (1 run, smaller corpora),
 *        --events N (synthetic size, default 10000), --seed N,
 *        --skip-pipeline, --skip-browser, --only pipeline|shipped|synthetic,
 *        --name NAME (JSON file name, default "full" or "quick"), --keep (keep temp dir).
 * Env:   CHROMIUM_PATH (default /usr/bin/chromium).
 */
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import sirv from 'sirv';
import { build } from 'vite';
import {
  generateCorpus,
  generateRawArticles,
  generateRunOnArticle,
  writeCorpus,
  writeRawArticles,
} from './synthetic-corpus';
import { PROBE_SCRIPT } from './bench/probe';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { fmtBytes, fmtMs, fmtRatio, fmtSummary, summarise, table, type Summary } from './bench/stats';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = CHROMIUM_PATH;
const VIEWPORT = { width: 1280, height: 800 };

// ---------------------------------------------------------------------------
// Arguments

function parseArgs(argv: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) continue;
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) {
      out[arg.slice(2)] = next;
      i++;
    } else out[arg.slice(2)] = 'true';
  }
  return out;
}

const args = parseArgs(process.argv.slice(2));
const QUICK = args.quick === 'true';
const RUNS = Math.max(1, Number(args.runs ?? (QUICK ? 1 : 5)));
/** The baseline takes tens of seconds per load with 10,000 events, so it gets at most 3 runs unless told. */
const BASELINE_RUNS = Math.max(1, Number(args['baseline-runs'] ?? Math.min(RUNS, 3)));
const EVENTS = Number(args.events ?? 10000);
const SEED = Number(args.seed ?? 1);
const PIPELINE_SIZES = QUICK ? [100, 200] : [250, 500, 1000];
/** One run-on sentence of each size, in KB: each doubles the last, so linear time doubles too. */
const RUN_ON_KB = [250, 500, 1000];
const FILTER_CHANGES = 100;
/** Quiet time that ends a measured interaction, and the shorter one inside the 100-change loop. */
const QUIET_MS = 400;
const QUIET_FAST_MS = 60;
/** The baseline's 100 filter changes stop early after this long (it can take seconds per change). */
const BASELINE_LOOP_BUDGET_MS = QUICK ? 20_000 : 60_000;
/** Time for all baseline runs on one data set; later runs are skipped past it (at least one runs). */
const BASELINE_BUDGET_MS = QUICK ? 60_000 : 150_000;
const LOAD_TIMEOUT_MS = 180_000;

const log = (line: string) => process.stdout.write(`${line}\n`);
const errText = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;

// ---------------------------------------------------------------------------
// a. Pipeline throughput

interface PipelineRun {
  articles: number;
  ok: boolean;
  wallMs: number;
  /** The build's own "N ms" from its last line, when printed (excludes Node start-up). */
  buildMs: number | null;
  articlesPerSecond: number;
  peakRssBytes: number | null;
  error?: string;
}

interface PipelineResult {
  available: boolean;
  reason?: string;
  runs: PipelineRun[];
  /** Per-article time of the largest run over the smallest: ≈1 means linear growth. */
  linearity: number | null;
}

function runChild(
  command: string,
  argv: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(command, argv, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr, ms: performance.now() - started });
    });
  });
}

/** Only the gazetteer-like curation: curated events / quotes / positions cite the real articles. */
function gazetteerCuration(tmp: string): string {
  const curation = join(tmp, 'curation');
  mkdirSync(curation, { recursive: true });
  for (const file of ['actors.yaml', 'topics.yaml', 'outlets.yaml']) {
    const from = join(ROOT, 'data/curation', file);
    if (existsSync(from)) copyFileSync(from, join(curation, file));
  }
  return curation;
}

/** Runs `build.ts` on one raw directory in a child process: wall time, the build's own time, peak RSS. */
async function timeBuild(
  tmp: string,
  label: string,
  rawDir: string,
  curation: string,
): Promise<{
  ok: boolean;
  wallMs: number;
  buildMs: number | null;
  peakRssBytes: number | null;
  error?: string;
}> {
  const hook = join(tmp, 'rss-hook.mjs');
  if (!existsSync(hook))
    writeFileSync(
      hook,
      `import { writeFileSync } from 'node:fs';\n` +
        `process.on('exit', () => { try { writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS * 1024)); } catch {} });\n`,
    );
  const rssFile = join(tmp, `rss-${label}.txt`);
  const child = await runChild(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      hook,
      join(ROOT, 'src/pipeline/build.ts'),
      '--raw',
      rawDir,
      '--curation',
      curation,
      '--out',
      join(tmp, `out-${label}`),
      '--report',
      join(tmp, `report-${label}.json`),
      '--quiet',
    ],
    { ...process.env, BENCH_RSS_FILE: rssFile },
    600_000,
  );
  const buildMs = /;\s*(\d+)\s*ms\.?\s*$/m.exec(child.stdout)?.[1];
  const ok = child.code === 0;
  const tail = (child.stderr || child.stdout).trim().split('\n').slice(-6).join(' / ');
  return {
    ok,
    wallMs: child.ms,
    buildMs: buildMs ? Number(buildMs) : null,
    peakRssBytes: existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : null,
    ...(ok ? {} : { error: `exit ${child.code}: ${tail.slice(0, 600)}` }),
  };
}

async function benchPipeline(tmp: string): Promise<PipelineResult> {
  const buildScript = join(ROOT, 'src/pipeline/build.ts');
  if (!existsSync(buildScript)) {
    return {
      available: false,
      reason: 'src/pipeline/build.ts does not exist yet',
      runs: [],
      linearity: null,
    };
  }
  const curation = gazetteerCuration(tmp);
  const runs: PipelineRun[] = [];
  for (const n of PIPELINE_SIZES) {
    const dir = join(tmp, `raw-${n}`);
    writeRawArticles(dir, generateRawArticles(n, SEED));
    const timed = await timeBuild(tmp, String(n), dir, curation);
    const run: PipelineRun = { articles: n, ...timed, articlesPerSecond: n / (timed.wallMs / 1000) };
    runs.push(run);
    log(
      `  pipeline ${n} articles: ${run.ok ? `${fmtMs(run.wallMs)} wall, ${run.articlesPerSecond.toFixed(0)} articles/s, peak RSS ${fmtBytes(run.peakRssBytes)}` : `FAILED (${run.error})`}`,
    );
    rmSync(dir, { recursive: true, force: true });
    if (!run.ok) break;
  }
  const good = runs.filter((r) => r.ok);
  const first = good[0];
  const last = good[good.length - 1];
  const perArticle = (r: PipelineRun) => (r.buildMs ?? r.wallMs) / r.articles;
  const linearity = first && last && first !== last ? perArticle(last) / perArticle(first) : null;
  if (!good.length) {
    return { available: false, reason: runs[0]?.error ?? 'pipeline did not run', runs, linearity: null };
  }
  return { available: true, runs, linearity };
}

interface RunOnRun {
  kb: number;
  ok: boolean;
  wallMs: number;
  buildMs: number | null;
  peakRssBytes: number | null;
  /** This run's build time over the previous (half as large) one's: ≈ 2 when linear, ≈ 4 when quadratic. */
  ratio: number | null;
  error?: string;
}

/** One article that is a single run-on sentence, at each size of RUN_ON_KB. */
async function benchRunOn(tmp: string): Promise<RunOnRun[]> {
  const curation = gazetteerCuration(tmp);
  const runs: RunOnRun[] = [];
  for (const kb of RUN_ON_KB) {
    const dir = join(tmp, `run-on-${kb}`);
    writeRawArticles(dir, [generateRunOnArticle(kb * 1024)]);
    const timed = await timeBuild(tmp, `run-on-${kb}`, dir, curation);
    const previous = runs[runs.length - 1];
    const ms = timed.buildMs ?? timed.wallMs;
    const before = previous?.ok ? (previous.buildMs ?? previous.wallMs) : null;
    const run: RunOnRun = { kb, ...timed, ratio: timed.ok && before ? ms / before : null };
    runs.push(run);
    log(
      `  run-on sentence ${kb} KB: ${run.ok ? `${fmtMs(ms)} build, ${fmtMs(run.wallMs)} wall, peak RSS ${fmtBytes(run.peakRssBytes)}${run.ratio ? `, ${fmtRatio(run.ratio)} the previous` : ''}` : `FAILED (${run.error})`}`,
    );
    rmSync(dir, { recursive: true, force: true });
    if (!run.ok) break;
  }
  return runs;
}

function runOnTable(runs: readonly RunOnRun[]): string {
  const rows = runs.map((r) => [
    `${r.kb} KB`,
    r.ok ? fmtMs(r.buildMs ?? r.wallMs) : 'failed',
    r.ok ? fmtMs(r.wallMs) : '–',
    fmtRatio(r.ratio),
    fmtBytes(r.peakRssBytes),
  ]);
  return (
    `One run-on sentence (target: doubling the size at most about doubles the time):\n` +
    table(['size', 'build (own)', 'wall', '× previous', 'peak RSS'], rows)
  );
}

// ---------------------------------------------------------------------------
// b. Sites: the app and the baseline, each with one data set

interface Site {
  name: 'shipped' | 'synthetic';
  dir: string;
  events: number;
  /** Most frequent actors (by events), for filter changes. */
  topActors: string[];
}

async function buildApp(outDir: string) {
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

async function buildBaseline(outDir: string) {
  await build({
    root: join(ROOT, 'bench/baseline'),
    base: './',
    configFile: false,
    logLevel: 'error',
    publicDir: false,
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  });
}

function topActors(indexFile: string): { events: number; actors: string[] } {
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as { events: { actorIds: string[] }[] };
  const counts = new Map<string, number>();
  for (const e of index.events) for (const a of e.actorIds) counts.set(a, (counts.get(a) ?? 0) + 1);
  const actors = [...counts]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, 10)
    .map(([id]) => id);
  return { events: index.events.length, actors };
}

function makeSite(
  name: Site['name'],
  appBuild: string,
  baselineBuild: string,
  dataDir: string,
  tmp: string,
): Site {
  const dir = join(tmp, `site-${name}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(appBuild, dir, { recursive: true, filter: (src) => !src.startsWith(join(appBuild, 'data')) });
  cpSync(dataDir, join(dir, 'data'), { recursive: true });
  cpSync(baselineBuild, join(dir, 'baseline'), { recursive: true });
  mkdirSync(join(dir, 'baseline/data'), { recursive: true });
  copyFileSync(join(dataDir, 'index.json'), join(dir, 'baseline/data/index.json'));
  const { events, actors } = topActors(join(dataDir, 'index.json'));
  return { name, dir, events, topActors: actors };
}

function serve(dir: string): Promise<{ server: Server; origin: string }> {
  // No compression: transfer sizes are computed from the files (raw and gzip) instead.
  const handler = sirv(dir, { dev: false, etag: false, maxAge: 0 });
  const server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    }),
  );
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ server, origin: `http://127.0.0.1:${port}` });
    }),
  );
}

// ---------------------------------------------------------------------------
// Browser measurements

interface ByteCounts {
  js: { raw: number; gzip: number };
  css: { raw: number; gzip: number };
  data: { raw: number; gzip: number };
  html: { raw: number; gzip: number };
  files: { path: string; raw: number; gzip: number }[];
}

interface Interaction {
  firstPaint: number;
  settled: number;
  mutations: number;
  timedOut: boolean;
  error?: string;
}

interface RunResult {
  firstItem: number | null;
  dataFetched: number | null;
  heapAfterLoad: number | null;
  itemsInDom: number;
  densityShown: boolean;
  zoom: Interaction | null;
  pan: Interaction | null;
  filter: Interaction | null;
  /** Did the filter change what the timeline shows? */
  filterChangedTimeline: boolean | null;
  error?: string;
}

interface Growth {
  changes: number;
  heapBefore: number;
  heapAfter: number;
  growth: number;
  msPerChange: number;
  note?: string;
}

interface PageResult {
  page: 'app' | 'baseline';
  url: string;
  runs: RunResult[];
  bytes: ByteCounts | null;
  growth: Growth | null;
  summary: Record<string, Summary | null>;
}

const gzipCache = new Map<string, number>();
function fileSizes(site: Site, pathname: string): { raw: number; gzip: number } | null {
  let path = decodeURIComponent(pathname);
  if (path.endsWith('/')) path += 'index.html';
  const file = join(site.dir, path);
  if (!file.startsWith(site.dir) || !existsSync(file) || !statSync(file).isFile()) return null;
  const raw = statSync(file).size;
  let gzip = gzipCache.get(file);
  if (gzip === undefined) {
    gzip = gzipSync(readFileSync(file), { level: 6 }).length;
    gzipCache.set(file, gzip);
  }
  return { raw, gzip };
}

function countBytes(site: Site, urls: readonly string[]): ByteCounts {
  const out: ByteCounts = {
    js: { raw: 0, gzip: 0 },
    css: { raw: 0, gzip: 0 },
    data: { raw: 0, gzip: 0 },
    html: { raw: 0, gzip: 0 },
    files: [],
  };
  for (const url of new Set(urls)) {
    const { pathname } = new URL(url);
    const sizes = fileSizes(site, pathname);
    if (!sizes) continue;
    const ext = extname(pathname.endsWith('/') ? 'index.html' : pathname);
    const bucket = ext === '.js' ? out.js : ext === '.css' ? out.css : ext === '.json' ? out.data : out.html;
    bucket.raw += sizes.raw;
    bucket.gzip += sizes.gzip;
    out.files.push({ path: pathname, ...sizes });
  }
  return out;
}

async function heap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

async function settle(page: Page, quietMs = QUIET_MS, timeoutMs = 60_000): Promise<Interaction> {
  await page.evaluate(() => window.__bench!.arm('now'));
  return page.evaluate(([q, t]) => window.__bench!.result(q!, t!), [quietMs, timeoutMs]);
}

async function timelineBox(page: Page) {
  const box = await page.locator('.vis-panel.vis-center').first().boundingBox();
  if (!box) throw new Error('no .vis-center panel');
  return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 200) };
}

async function measureZoom(page: Page): Promise<Interaction> {
  const { x, y } = await timelineBox(page);
  await page.mouse.move(x, y);
  await page.evaluate(() => window.__bench!.arm('wheel'));
  await page.mouse.wheel(0, -300);
  return page.evaluate(([q]) => window.__bench!.result(q!, 60_000), [QUIET_MS]);
}

async function measurePan(page: Page): Promise<Interaction> {
  const { x, y } = await timelineBox(page);
  await page.mouse.move(x, y);
  await page.mouse.down();
  // Past the drag threshold first, so the measured move is a pan in progress.
  await page.mouse.move(x - 20, y, { steps: 2 });
  await page.evaluate(() => window.__bench!.arm('pointermove'));
  await page.mouse.move(x - 220, y);
  await page.mouse.up();
  return page.evaluate(([q]) => window.__bench!.result(q!, 60_000), [QUIET_MS]);
}

/** App: add `actors=<id>` to the current hash route, keeping the window. */
async function appFilter(page: Page, actorId: string, quietMs: number): Promise<Interaction> {
  await page.evaluate((actor) => {
    window.__bench!.arm('now');
    const [path = '/', query = ''] = location.hash.slice(1).split('?');
    const params = new URLSearchParams(query);
    params.set('actors', actor);
    location.hash = `${path}?${params.toString()}`;
  }, actorId);
  return page.evaluate(([q]) => window.__bench!.result(q!, 60_000), [quietMs]);
}

async function baselineFilter(page: Page, subset: boolean, quietMs: number): Promise<Interaction> {
  await page.evaluate((sub) => {
    window.__bench!.arm('now');
    if (sub) window.__baseline!.filterSubset();
    else window.__baseline!.filterAll();
  }, subset);
  return page.evaluate(([q]) => window.__bench!.result(q!, 120_000), [quietMs]);
}

async function visibleItemCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('.vis-item').length);
}

async function measureRun(
  browser: Browser,
  site: Site,
  kind: 'app' | 'baseline',
  origin: string,
  withGrowth: boolean,
): Promise<{ run: RunResult; bytes: ByteCounts | null; growth: Growth | null }> {
  const context: BrowserContext = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(PROBE_SCRIPT);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const urls: string[] = [];
  page.on('requestfinished', (request) => urls.push(request.url()));
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const url = kind === 'app' ? `${origin}/#/` : `${origin}/baseline/`;
  const run: RunResult = {
    firstItem: null,
    dataFetched: null,
    heapAfterLoad: null,
    itemsInDom: 0,
    densityShown: false,
    zoom: null,
    pan: null,
    filter: null,
    filterChangedTimeline: null,
  };
  let bytes: ByteCounts | null = null;
  let growth: Growth | null = null;
  try {
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    await page.waitForFunction(() => window.__bench!.state.firstItem !== null, null, {
      timeout: LOAD_TIMEOUT_MS,
      polling: 100,
    });
    run.firstItem = await page.evaluate(() => window.__bench!.state.firstItem);
    await settle(page, 800, LOAD_TIMEOUT_MS);
    run.dataFetched = await page.evaluate(() => {
      const entry = performance
        .getEntriesByType('resource')
        .find((e) => e.name.endsWith('/data/index.json')) as PerformanceResourceTiming | undefined;
      return entry ? entry.responseEnd : null;
    });
    bytes = countBytes(site, urls);
    run.heapAfterLoad = await heap(cdp);
    run.itemsInDom = await visibleItemCount(page);
    run.densityShown = await page.evaluate(() => document.querySelector('.vis-item.density') !== null);

    run.zoom = await measureZoom(page);
    run.pan = await measurePan(page);
    const before = await page.evaluate(() =>
      [...document.querySelectorAll('.vis-item')].map((e) => e.textContent).join('|'),
    );
    run.filter =
      kind === 'app'
        ? await appFilter(page, site.topActors[0] ?? 'none', QUIET_MS)
        : await baselineFilter(page, true, QUIET_MS);
    const after = await page.evaluate(() =>
      [...document.querySelectorAll('.vis-item')].map((e) => e.textContent).join('|'),
    );
    run.filterChangedTimeline = before !== after;

    const slowFilter = run.filter && run.filter.settled > 5000;
    if (withGrowth && slowFilter) {
      growth = {
        changes: 0,
        heapBefore: NaN,
        heapAfter: NaN,
        growth: NaN,
        msPerChange: run.filter!.settled,
        note: `not measured: one filter change takes ${fmtMs(run.filter!.settled)}`,
      };
    } else if (withGrowth) {
      if (kind === 'baseline') await baselineFilter(page, false, QUIET_MS);
      await settle(page, QUIET_MS);
      const heapBefore = await heap(cdp);
      const started = performance.now();
      let changes = 0;
      for (let i = 0; i < FILTER_CHANGES; i++) {
        if (kind === 'app') {
          const actor = site.topActors[i % Math.max(1, site.topActors.length)] ?? 'none';
          await appFilter(page, actor, QUIET_FAST_MS);
        } else {
          await baselineFilter(page, i % 2 === 0, QUIET_FAST_MS);
          if (performance.now() - started > BASELINE_LOOP_BUDGET_MS && i % 2 === 1) {
            changes = i + 1;
            break;
          }
        }
        changes = i + 1;
      }
      const elapsed = performance.now() - started;
      await settle(page, QUIET_MS);
      const heapAfter = await heap(cdp);
      growth = {
        changes,
        heapBefore,
        heapAfter,
        growth: heapAfter / heapBefore - 1,
        msPerChange: elapsed / changes,
        ...(changes < FILTER_CHANGES
          ? { note: `stopped after ${changes} changes (time budget ${BASELINE_LOOP_BUDGET_MS / 1000} s)` }
          : {}),
      };
    }
  } catch (e) {
    run.error = errText(e);
  }
  if (pageErrors.length) run.error = `${run.error ? `${run.error}; ` : ''}page error: ${pageErrors[0]}`;
  await context.close();
  return { run, bytes, growth };
}

async function measurePage(
  browser: Browser,
  site: Site,
  kind: 'app' | 'baseline',
  origin: string,
): Promise<PageResult> {
  const runs: RunResult[] = [];
  let bytes: ByteCounts | null = null;
  let growth: Growth | null = null;
  const n = kind === 'app' ? RUNS : BASELINE_RUNS;
  const began = performance.now();
  let previous = 0;
  for (let i = 0; i < n; i++) {
    // The baseline can take minutes per run on 10,000 events: stop early once over budget.
    const elapsed = performance.now() - began;
    const overBudget = kind === 'baseline' && elapsed + 2 * previous > BASELINE_BUDGET_MS;
    const last = i === n - 1 || overBudget;
    const runStarted = performance.now();
    const result = await measureRun(browser, site, kind, origin, last);
    runs.push(result.run);
    bytes ??= result.bytes;
    if (result.growth) growth = result.growth;
    const r = result.run;
    log(
      `    ${kind} run ${i + 1}/${n}: first item ${fmtMs(r.firstItem)}, heap ${fmtBytes(r.heapAfterLoad)}, ` +
        `zoom ${fmtMs(r.zoom?.firstPaint)}/${fmtMs(r.zoom?.settled)}, pan ${fmtMs(r.pan?.firstPaint)}/${fmtMs(r.pan?.settled)}, ` +
        `filter ${fmtMs(r.filter?.settled)}${r.error ? `  [${r.error}]` : ''}`,
    );
    previous = performance.now() - runStarted;
    if (result.growth?.changes) {
      log(
        `    ${kind} ${result.growth.changes} filter changes: heap ${fmtBytes(result.growth.heapBefore)} → ${fmtBytes(result.growth.heapAfter)} (${(result.growth.growth * 100).toFixed(1)}%), ${fmtMs(result.growth.msPerChange)} per change`,
      );
    }
    if (last) break;
  }
  const pick = (f: (r: RunResult) => number | null | undefined) =>
    summarise(runs.map((r) => f(r) ?? NaN).filter((v) => Number.isFinite(v)));
  const summary = {
    firstItem: pick((r) => r.firstItem),
    dataFetched: pick((r) => r.dataFetched),
    heapAfterLoad: pick((r) => r.heapAfterLoad),
    zoomFirstPaint: pick((r) => r.zoom?.firstPaint),
    zoomSettled: pick((r) => r.zoom?.settled),
    panFirstPaint: pick((r) => r.pan?.firstPaint),
    panSettled: pick((r) => r.pan?.settled),
    filterFirstPaint: pick((r) => r.filter?.firstPaint),
    filterSettled: pick((r) => r.filter?.settled),
  };
  return { page: kind, url: kind === 'app' ? '/#/' : '/baseline/', runs, bytes, growth, summary };
}

// ---------------------------------------------------------------------------
// Targets and report

interface Target {
  site: Site['name'];
  what: string;
  value: string;
  target: string;
  met: boolean | null;
}

function evaluateTargets(
  results: Record<string, { app: PageResult; baseline: PageResult } | undefined>,
): Target[] {
  const targets: Target[] = [];
  const add = (
    site: Site['name'],
    what: string,
    value: number | null | undefined,
    limit: number,
    show: (v: number) => string,
    target: string,
  ) =>
    targets.push({
      site,
      what,
      value: value == null || !Number.isFinite(value) ? '–' : show(value),
      target,
      met: value == null || !Number.isFinite(value) ? null : value <= limit,
    });
  const ratio = (a?: number | null, b?: number | null) => (a != null && b ? a / b : null);
  const synth = results.synthetic;
  if (synth) {
    const a = synth.app.summary;
    const b = synth.baseline.summary;
    add('synthetic', 'first item visible', a.firstItem?.median, 1500, fmtMs, '≤ 1.5 s');
    add(
      'synthetic',
      'first item vs baseline',
      ratio(a.firstItem?.median, b.firstItem?.median),
      0.3,
      fmtRatio,
      '≤ 0.3×',
    );
    add('synthetic', 'filter → paint (settled)', a.filterSettled?.median, 100, fmtMs, '≤ 100 ms');
    add('synthetic', 'zoom → paint', a.zoomFirstPaint?.median, 100, fmtMs, '≤ 100 ms');
    add('synthetic', 'pan → paint', a.panFirstPaint?.median, 100, fmtMs, '≤ 100 ms');
    add('synthetic', 'JS heap after load', a.heapAfterLoad?.median, 80 * 1024 * 1024, fmtBytes, '≤ 80 MB');
    const g = synth.app.growth;
    add(
      'synthetic',
      `heap growth over ${g?.changes ?? FILTER_CHANGES} filter changes`,
      g ? g.growth : null,
      0.1,
      (v) => `${(v * 100).toFixed(1)}%`,
      '≤ 10%',
    );
  }
  const shipped = results.shipped;
  if (shipped) {
    add(
      'shipped',
      'first item vs baseline',
      ratio(shipped.app.summary.firstItem?.median, shipped.baseline.summary.firstItem?.median),
      1.2,
      fmtRatio,
      '≤ 1.2×',
    );
  }
  const anyApp = shipped?.app ?? synth?.app;
  if (anyApp?.bytes)
    add(
      shipped ? 'shipped' : 'synthetic',
      'initial JS (gzip)',
      anyApp.bytes.js.gzip,
      200 * 1024,
      fmtBytes,
      '≤ 200 KB',
    );
  return targets;
}

function siteTable(site: Site, app: PageResult, baseline: PageResult): string {
  const row = (label: string, key: string, fmt: (v: number) => string = fmtMs) => {
    const a = app.summary[key];
    const b = baseline.summary[key];
    return [label, fmtSummary(a, fmt), fmtSummary(b, fmt), fmtRatio(a && b ? a.median / b.median : null)];
  };
  const bytesRow = (label: string, key: 'js' | 'css' | 'data') => {
    const a = app.bytes?.[key];
    const b = baseline.bytes?.[key];
    return [
      label,
      a ? `${fmtBytes(a.raw)} (${fmtBytes(a.gzip)} gz)` : '–',
      b ? `${fmtBytes(b.raw)} (${fmtBytes(b.gzip)} gz)` : '–',
      fmtRatio(a && b ? a.gzip / b.gzip : null),
    ];
  };
  const growthCell = (g: Growth | null) =>
    g && !g.changes
      ? (g.note ?? '–')
      : g
        ? `${(g.growth * 100).toFixed(1)}% over ${g.changes} (${fmtMs(g.msPerChange)}/change)`
        : '–';
  const rows = [
    row('first item visible', 'firstItem'),
    row('index.json fetched', 'dataFetched'),
    bytesRow('JS transferred', 'js'),
    bytesRow('CSS transferred', 'css'),
    bytesRow('data transferred', 'data'),
    row('JS heap after load', 'heapAfterLoad', fmtBytes),
    row('filter → first paint', 'filterFirstPaint'),
    row('filter → settled', 'filterSettled'),
    row('zoom → first paint', 'zoomFirstPaint'),
    row('zoom → settled', 'zoomSettled'),
    row('pan → first paint', 'panFirstPaint'),
    row('pan → settled', 'panSettled'),
    [
      'heap growth, filter changes',
      growthCell(app.growth),
      growthCell(baseline.growth),
      fmtRatio(
        app.growth && baseline.growth && baseline.growth.growth
          ? app.growth.growth / baseline.growth.growth
          : null,
      ),
    ],
  ];
  return `${site.name} data (${site.events} events), median (min–max) of ${app.runs.length} app / ${baseline.runs.length} baseline run(s):\n${table(['figure', 'app', 'baseline', 'app ÷ baseline'], rows)}`;
}

// ---------------------------------------------------------------------------
// Main

async function main(): Promise<number> {
  const tmp = mkdtempSync(join(tmpdir(), 'ppe-bench-'));
  const started = performance.now();
  const output: Record<string, unknown> = {
    meta: {
      when: new Date().toISOString(),
      mode: QUICK ? 'quick' : 'full',
      runs: RUNS,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryBytes: totalmem(),
      loadAverageAtStart: loadavg(),
      node: process.version,
      viewport: VIEWPORT,
    },
  };
  const texts: string[] = [];
  try {
    // a. Pipeline
    const only = args.only;
    if (args['skip-pipeline'] !== 'true' && (!only || only === 'pipeline')) {
      log(`\n== Pipeline throughput (${PIPELINE_SIZES.join(', ')} synthetic raw articles)`);
      let pipeline: PipelineResult;
      try {
        pipeline = await benchPipeline(tmp);
      } catch (e) {
        pipeline = { available: false, reason: errText(e), runs: [], linearity: null };
      }
      output.pipeline = pipeline;
      if (!pipeline.available) {
        const text = `Pipeline: not available (${pipeline.reason}).`;
        log(`  ${text}`);
        texts.push(text);
      } else {
        const rows = pipeline.runs.map((r) => [
          String(r.articles),
          r.ok ? fmtMs(r.wallMs) : 'failed',
          r.buildMs != null ? fmtMs(r.buildMs) : '–',
          r.ok ? r.articlesPerSecond.toFixed(0) : '–',
          fmtBytes(r.peakRssBytes),
        ]);
        const big = pipeline.runs.find((r) => r.articles === 1000 && r.ok);
        const text =
          `Pipeline throughput (wall time includes Node + tsx start-up):\n` +
          table(['articles', 'wall', 'build (own)', 'articles/s', 'peak RSS'], rows) +
          `\n  1,000 articles: ${big ? `${fmtMs(big.wallMs)} (target < 20 s: ${big.wallMs < 20_000 ? 'met' : 'MISSED'})` : 'not run'}` +
          `; per-article time largest ÷ smallest: ${pipeline.linearity?.toFixed(2) ?? '–'} (≈1 = linear)`;
        texts.push(text);
      }
      log(`\n== One run-on sentence (${RUN_ON_KB.map((kb) => `${kb} KB`).join(', ')})`);
      const runOn = await benchRunOn(tmp);
      output.runOn = runOn;
      texts.push(runOnTable(runOn));
    }

    // b. Browser
    if (args['skip-browser'] !== 'true' && only !== 'pipeline') {
      if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`);
      log('\n== Building the app and the baseline page');
      const appBuild = join(tmp, 'app-build');
      const baselineBuild = join(tmp, 'baseline-build');
      await buildApp(appBuild);
      await buildBaseline(baselineBuild);

      const sites: Site[] = [];
      const shippedData = join(ROOT, 'public/data');
      if (only !== 'synthetic') {
        if (existsSync(join(shippedData, 'index.json'))) {
          sites.push(makeSite('shipped', appBuild, baselineBuild, shippedData, tmp));
        } else {
          const text = 'Shipped data: public/data/index.json does not exist yet, skipped.';
          log(`  ${text}`);
          texts.push(text);
        }
      }
      if (only !== 'shipped') {
        log(`  generating the synthetic corpus (${EVENTS} events, seed ${SEED})`);
        const synthData = join(tmp, 'synthetic-data');
        const corpus = generateCorpus({ seed: SEED, events: EVENTS });
        writeCorpus(synthData, corpus);
        sites.push(makeSite('synthetic', appBuild, baselineBuild, synthData, tmp));
      }

      const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      (output.meta as Record<string, unknown>).chromium = browser.version();
      const results: Record<string, { app: PageResult; baseline: PageResult } | undefined> = {};
      try {
        for (const site of sites) {
          log(`\n== ${site.name} data: ${site.events} events (top actor "${site.topActors[0] ?? '–'}")`);
          const { server, origin } = await serve(site.dir);
          try {
            const app = await measurePage(browser, site, 'app', origin);
            const baseline = await measurePage(browser, site, 'baseline', origin);
            results[site.name] = { app, baseline };
            const text = siteTable(site, app, baseline);
            texts.push(text);
            const notes: string[] = [];
            if (app.runs.some((r) => r.densityShown))
              notes.push(
                'the app shows per-row density counts at load (more than 400 items near the window)',
              );
            if (app.runs.every((r) => r.filterChangedTimeline === false))
              notes.push(
                'the actors filter did not change the timeline (filter not wired to the timeline yet?)',
              );
            if (notes.length) texts.push(notes.map((n) => `  note: ${n}`).join('\n'));
          } finally {
            server.close();
          }
        }
      } finally {
        await browser.close();
      }
      output.browser = results;
      const targets = evaluateTargets(results);
      output.targets = targets;
      texts.push(
        `Targets:\n${table(
          ['data', 'figure', 'measured', 'target', ''],
          targets.map((t) => [
            t.site,
            t.what,
            t.value,
            t.target,
            t.met == null ? '?' : t.met ? 'met' : 'MISSED',
          ]),
        )}`,
      );
    }
  } finally {
    if (args.keep === 'true') log(`\n(kept ${tmp})`);
    else rmSync(tmp, { recursive: true, force: true });
  }

  const meta = output.meta as Record<string, unknown>;
  meta.durationMs = Math.round(performance.now() - started);
  meta.loadAverageAtEnd = loadavg();
  const busy = Math.max(...(meta.loadAverageAtStart as number[]), ...loadavg()) > cpus().length;
  if (busy) {
    texts.push(
      `Warning: the machine was busy (load average up to ${Math.max(...loadavg()).toFixed(1)} on ${cpus().length} cores); timings are inflated and noisy.`,
    );
  }
  const name = (args.name ?? (QUICK ? 'quick' : 'full')).replace(/[^a-z0-9_-]/gi, '-');
  const outFile = join(ROOT, 'bench-results', `bench-${name}.json`);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(output, null, 2)}\n`);
  log(
    `\n${'='.repeat(72)}\n${texts.join('\n\n')}\n\nJSON: ${outFile} (${fmtMs(performance.now() - started)} in all)`,
  );
  return 0;
}

declare global {
  interface Window {
    __bench?: {
      state: { firstItem: number | null; firstItemSeen: number | null; lastMutation: number };
      arm(trigger: 'now' | 'wheel' | 'pointermove'): void;
      result(quietMs: number, timeoutMs: number): Promise<Interaction>;
    };
    // __baseline is declared by the baseline page itself (bench/baseline/main.ts).
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`bench could not run: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
