/**
 * `npm run bench` — performance benchmark (issues #7, #18). A benchmark, not a test: it prints figures
 * next to their targets and exits 0 whatever the timings; only a failure to run at all exits non-zero.
 *
 *   a. Pipeline (pipeline.ts): synthetic raw articles (250 / 500 / 1,000) through `src/pipeline/build.ts`
 *      in a child process, articles/s and peak RSS; then one run-on sentence of 250 KB, 500 KB and 1 MB,
 *      the build time of each and the ratio per doubling (≈ 2 when the pipeline is linear).
 *   b. Browser (sites.ts, browser.ts, interactions.ts, memory.ts): the app built once with Vite, served
 *      twice (shipped public/data and a synthetic 10,000-event corpus) next to the baseline page
 *      (`bench/baseline/`, plain vis-timeline handed every item); headless Chromium measures first item,
 *      bytes, heap, filter / zoom / pan to paint and heap growth over 100 filter changes, each as a ratio
 *      to the baseline.
 *   c. Report (report.ts): tables on stdout and JSON in bench-results/bench-<name>.json.
 *
 * Flags: --runs N (default 5), --baseline-runs N (default min(runs, 3)), --quick (1 run, smaller corpora),
 *        --events N (synthetic size, default 10000), --seed N,
 *        --skip-pipeline, --skip-browser, --only pipeline|shipped|synthetic,
 *        --name NAME (JSON file name, default "full" or "quick"), --keep (keep temp dir).
 * Env:   CHROMIUM_PATH (default /usr/bin/chromium).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { readCommandLine } from '../src/pipeline/cli';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { generateCorpus, writeCorpus } from '../scripts/syntheticCorpus';
import { measurePage, VIEWPORT, type PageResult } from './browser';
import { errText, log, ROOT } from './common';
import { benchOptions, type BenchOptions } from './options';
import { bundleMap, bundleTable } from './bundleMap';
import { benchPipeline, benchRunOn, type PipelineResult } from './pipeline';
import { evaluateTargets, pipelineTable, runOnTable, siteTable, targetsTable } from './report';
import { buildApp, buildBaseline, makeSite, serve, type Site } from './sites';
import { fmtMs } from './stats';

/** What a run collects: the JSON written at the end, and the texts printed at the end. */
interface Results {
  output: Record<string, unknown> & { meta: Record<string, unknown> };
  texts: string[];
}

async function main(argv: readonly string[]): Promise<number> {
  const options = readCommandLine(() => benchOptions(argv));
  if (!options) return 2;
  const tmp = mkdtempSync(join(tmpdir(), 'ppe-bench-'));
  const started = performance.now();
  const results: Results = { output: { meta: machine(options) }, texts: [] };
  try {
    if (options.pipeline) await runPipeline(tmp, options, results);
    if (options.browser) await runBrowser(tmp, options, results);
  } finally {
    if (options.keep) log(`\n(kept ${tmp})`);
    else rmSync(tmp, { recursive: true, force: true });
  }
  writeResults(options, results, started);
  return 0;
}

function machine(options: BenchOptions): Record<string, unknown> {
  return {
    when: new Date().toISOString(),
    mode: options.quick ? 'quick' : 'full',
    runs: options.runs,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryBytes: totalmem(),
    loadAverageAtStart: loadavg(),
    node: process.version,
    viewport: VIEWPORT,
  };
}

/** a. Throughput on generated articles, then the run-on sentence at each size. */
async function runPipeline(tmp: string, options: BenchOptions, { output, texts }: Results): Promise<void> {
  log(`\n== Pipeline throughput (${options.pipelineSizes.join(', ')} synthetic raw articles)`);
  let pipeline: PipelineResult;
  try {
    pipeline = await benchPipeline(tmp, options);
  } catch (e) {
    pipeline = { available: false, reason: errText(e), runs: [], linearity: null };
  }
  output.pipeline = pipeline;
  if (!pipeline.available) log(`  ${pipelineTable(pipeline)}`);
  texts.push(pipelineTable(pipeline));
  log(`\n== One run-on sentence (${options.runOnKb.map((kb) => `${kb} KB`).join(', ')})`);
  const runOn = await benchRunOn(tmp, options);
  output.runOn = runOn;
  texts.push(runOnTable(runOn));
}

/** b. The app against the baseline page in Chromium, on each data set. */
async function runBrowser(tmp: string, options: BenchOptions, results: Results): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH)`);
  const sites = await makeSites(tmp, options, results.texts);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  results.output.meta.chromium = browser.version();
  const measured: Record<string, { app: PageResult; baseline: PageResult; site: Site } | undefined> = {};
  try {
    for (const site of sites)
      measured[site.name] = { ...(await measureSite(browser, site, options, results.texts)), site };
  } finally {
    await browser.close();
  }
  results.output.browser = measured;
  const targets = evaluateTargets(measured);
  results.output.targets = targets;
  results.texts.push(targetsTable(targets));
}

/** The app and baseline builds, with the shipped data and a synthetic corpus (as `options.site` allows). */
async function makeSites(tmp: string, options: BenchOptions, texts: string[]): Promise<Site[]> {
  log('\n== Building the app and the baseline page');
  const appBuild = join(tmp, 'app-build');
  const baselineBuild = join(tmp, 'baseline-build');
  await buildApp(appBuild);
  await buildBaseline(baselineBuild);
  texts.push(`Bundle map (gzip, from the build's source maps):\n${bundleTable(bundleMap(appBuild))}`);
  const sites: Site[] = [];
  const shippedData = join(ROOT, 'public/data');
  if (options.site !== 'synthetic') {
    if (existsSync(join(shippedData, 'index.json'))) {
      sites.push(await makeSite('shipped', appBuild, baselineBuild, shippedData, tmp));
    } else {
      const text = 'Shipped data: public/data/index.json does not exist yet, skipped.';
      log(`  ${text}`);
      texts.push(text);
    }
  }
  if (options.site !== 'shipped') {
    log(`  generating the synthetic corpus (${options.events} events, seed ${options.seed})`);
    const synthData = join(tmp, 'synthetic-data');
    writeCorpus(synthData, generateCorpus({ seed: options.seed, events: options.events }));
    sites.push(await makeSite('synthetic', appBuild, baselineBuild, synthData, tmp));
  }
  return sites;
}

async function measureSite(
  browser: Parameters<typeof measurePage>[0],
  site: Site,
  options: BenchOptions,
  texts: string[],
): Promise<{ app: PageResult; baseline: PageResult }> {
  log(`\n== ${site.name} data: ${site.events} events (top actor "${site.topActors[0] ?? '–'}")`);
  const { server, origin } = await serve(site.dir);
  try {
    const app = await measurePage(browser, site, 'app', origin, options);
    const baseline = await measurePage(browser, site, 'baseline', origin, options);
    texts.push(siteTable(site, app, baseline));
    const notes: string[] = [];
    if (app.runs.some((r) => r.densityShown))
      notes.push('the app shows per-row density counts at load (more than 400 items near the window)');
    if (app.runs.every((r) => r.filterChangedTimeline === false))
      notes.push('the actors filter did not change the timeline (filter not wired to the timeline yet?)');
    if (notes.length) texts.push(notes.map((n) => `  note: ${n}`).join('\n'));
    return { app, baseline };
  } finally {
    server.close();
  }
}

/** The JSON file and the closing tables, with a warning when the machine was busy. */
function writeResults(options: BenchOptions, { output, texts }: Results, started: number): void {
  const meta = output.meta;
  meta.durationMs = Math.round(performance.now() - started);
  meta.loadAverageAtEnd = loadavg();
  const busy = Math.max(...(meta.loadAverageAtStart as number[]), ...loadavg()) > cpus().length;
  if (busy) {
    texts.push(
      `Warning: the machine was busy (load average up to ${Math.max(...loadavg()).toFixed(1)} on ${cpus().length} cores); timings are inflated and noisy.`,
    );
  }
  const outFile = join(ROOT, 'bench-results', `bench-${options.name}.json`);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(output, null, 2)}\n`);
  log(
    `\n${'='.repeat(72)}\n${texts.join('\n\n')}\n\nJSON: ${outFile} (${fmtMs(performance.now() - started)} in all)`,
  );
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`bench could not run: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
