/**
 * The browser part: the app and the baseline page, each loaded several times in headless Chromium on one
 * site. Per run: first item visible, index.json fetched, bytes transferred (raw and gzip, from the files),
 * heap after load, then zoom, pan and a filter change to paint (interactions.ts); on the last run the
 * heap growth over 100 filter changes (memory.ts). Medians per figure.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { errText, log } from './common';
import {
  appFilter,
  baselineFilter,
  measurePan,
  measureZoom,
  QUIET_MS,
  settle,
  visibleItemCount,
  type Interaction,
} from './interactions';
import { heap, measureGrowth, type Growth } from './memory';
import type { BenchOptions } from './options';
import { PROBE_SCRIPT } from './probe';
import type { Site } from './sites';
import { fmtBytes, fmtMs, summarise, type Summary } from './stats';

export const VIEWPORT = { width: 1280, height: 800 };
const LOAD_TIMEOUT_MS = 180_000;

export interface ByteCounts {
  js: { raw: number; gzip: number };
  css: { raw: number; gzip: number };
  data: { raw: number; gzip: number };
  html: { raw: number; gzip: number };
  files: { path: string; raw: number; gzip: number }[];
}

export interface RunResult {
  /** The first event title on screen: a prerendered list row, or a drawn timeline item. */
  firstTitle: number | null;
  firstItem: number | null;
  /** JavaScript (gzip) that had arrived when the first timeline item was drawn. */
  jsBeforeFirstItem: number | null;
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

export interface PageResult {
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

/** The JavaScript (gzip, from the files) whose download had finished by `time`. */
async function jsBefore(page: Page, site: Site, time: number | null): Promise<number | null> {
  if (time === null) return null;
  const entries = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => ({ name: e.name, end: (e as PerformanceResourceTiming).responseEnd })),
  );
  let total = 0;
  for (const { name, end } of entries) {
    const { pathname } = new URL(name);
    if (end > time || !pathname.endsWith('.js')) continue;
    total += fileSizes(site, pathname)?.gzip ?? 0;
  }
  return total;
}

/** One page load and its interactions; with `growthOptions`, the heap growth too (the last run). */
async function measureRun(
  browser: Browser,
  site: Site,
  kind: 'app' | 'baseline',
  origin: string,
  growthOptions: BenchOptions | null,
): Promise<{ run: RunResult; bytes: ByteCounts | null; growth: Growth | null }> {
  const context: BrowserContext = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(PROBE_SCRIPT);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const urls: string[] = [];
  page.on('requestfinished', (request) => urls.push(request.url()));
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const run: RunResult = {
    firstTitle: null,
    firstItem: null,
    jsBeforeFirstItem: null,
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
    await measureLoad(page, cdp, kind === 'app' ? `${origin}/` : `${origin}/baseline/`, run);
    run.jsBeforeFirstItem = await jsBefore(page, site, run.firstItem);
    bytes = countBytes(site, urls);
    await measureInteractions(page, site, kind, run);
    if (growthOptions && run.filter)
      growth = await measureGrowth(page, cdp, site, kind, run.filter, growthOptions);
  } catch (e) {
    run.error = errText(e);
  }
  if (pageErrors.length) run.error = `${run.error ? `${run.error}; ` : ''}page error: ${pageErrors[0]}`;
  await context.close();
  return { run, bytes, growth };
}

/** Load: first item visible, index.json fetched, heap once settled, items in the DOM. */
async function measureLoad(page: Page, cdp: CDPSession, url: string, run: RunResult): Promise<void> {
  await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
  await page.waitForFunction(() => window.__bench!.state.firstItem !== null, null, {
    timeout: LOAD_TIMEOUT_MS,
    polling: 100,
  });
  run.firstItem = await page.evaluate(() => window.__bench!.state.firstItem);
  run.firstTitle = await page.evaluate(() => window.__bench!.state.firstTitle);
  await settle(page, 800, LOAD_TIMEOUT_MS);
  run.dataFetched = await page.evaluate(() => {
    const entry = performance
      .getEntriesByType('resource')
      .find((e) => e.name.endsWith('/data/index.json')) as PerformanceResourceTiming | undefined;
    return entry ? entry.responseEnd : null;
  });
  run.heapAfterLoad = await heap(cdp);
  run.itemsInDom = await visibleItemCount(page);
  run.densityShown = await page.evaluate(() => document.querySelector('.vis-item.density') !== null);
}

/** Zoom, pan and one filter change, each to paint; and whether the filter changed what is shown. */
async function measureInteractions(
  page: Page,
  site: Site,
  kind: 'app' | 'baseline',
  run: RunResult,
): Promise<void> {
  run.zoom = await measureZoom(page);
  run.pan = await measurePan(page);
  const shown = () =>
    page.evaluate(() => [...document.querySelectorAll('.vis-item')].map((e) => e.textContent).join('|'));
  const before = await shown();
  run.filter =
    kind === 'app'
      ? await appFilter(page, site.topActors[0] ?? 'none', QUIET_MS)
      : await baselineFilter(page, true, QUIET_MS);
  run.filterChangedTimeline = before !== (await shown());
}

export async function measurePage(
  browser: Browser,
  site: Site,
  kind: 'app' | 'baseline',
  origin: string,
  options: BenchOptions,
): Promise<PageResult> {
  const runs: RunResult[] = [];
  let bytes: ByteCounts | null = null;
  let growth: Growth | null = null;
  const n = kind === 'app' ? options.runs : options.baselineRuns;
  const began = performance.now();
  let previous = 0;
  for (let i = 0; i < n; i++) {
    // The baseline can take minutes per run on 10,000 events: stop early once over budget.
    const elapsed = performance.now() - began;
    const overBudget = kind === 'baseline' && elapsed + 2 * previous > options.baselineBudgetMs;
    const last = i === n - 1 || overBudget;
    const runStarted = performance.now();
    const result = await measureRun(browser, site, kind, origin, last ? options : null);
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
    firstTitle: pick((r) => r.firstTitle),
    firstItem: pick((r) => r.firstItem),
    jsBeforeFirstItem: pick((r) => r.jsBeforeFirstItem),
    dataFetched: pick((r) => r.dataFetched),
    heapAfterLoad: pick((r) => r.heapAfterLoad),
    zoomFirstPaint: pick((r) => r.zoom?.firstPaint),
    zoomSettled: pick((r) => r.zoom?.settled),
    panFirstPaint: pick((r) => r.pan?.firstPaint),
    panSettled: pick((r) => r.pan?.settled),
    filterFirstPaint: pick((r) => r.filter?.firstPaint),
    filterSettled: pick((r) => r.filter?.settled),
  };
  return { page: kind, url: kind === 'app' ? '/' : '/baseline/', runs, bytes, growth, summary };
}
