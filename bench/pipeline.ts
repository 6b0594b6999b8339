/**
 * Pipeline throughput: synthetic raw articles (250 / 500 / 1,000) through `src/pipeline/build.ts` in a
 * child process, articles/s and peak RSS; then one run-on sentence of 250 KB, 500 KB and 1 MB (issue
 * #18), the build time of each and the ratio per doubling (≈ 2 when the pipeline is linear).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateRawArticles, generateRunOnArticle, writeRawArticles } from '../scripts/syntheticCorpus';
import { log, ROOT } from './common';
import type { BenchOptions } from './options';
import { fmtBytes, fmtMs, fmtRatio } from './stats';

export interface PipelineRun {
  articles: number;
  ok: boolean;
  wallMs: number;
  /** The build's own "N ms" from its last line, when printed (excludes Node start-up). */
  buildMs: number | null;
  articlesPerSecond: number;
  peakRssBytes: number | null;
  error?: string;
}

export interface PipelineResult {
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

/** The options `npm run data` starts Node with (package.json), so the benchmark times the build users run. */
export function nodeOptionsOfDataScript(packageJson: string): string[] {
  const script = (JSON.parse(packageJson) as { scripts?: Record<string, string> }).scripts?.data ?? '';
  const words = script.trim().split(/\s+/);
  if (words[0] !== 'node') return [];
  const options: string[] = [];
  for (const word of words.slice(1)) {
    if (!word.startsWith('-')) break;
    options.push(word);
  }
  return options;
}

/** Read once: every timed build starts Node as `npm run data` does. */
const dataNodeOptions = nodeOptionsOfDataScript(readFileSync(join(ROOT, 'package.json'), 'utf8'));

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
      ...dataNodeOptions,
      '--import',
      hook,
      // As `npm run data` runs it: the pipeline bundled once and cached (scripts/runCompiled.mjs).
      join(ROOT, 'scripts/runCompiled.mjs'),
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

export async function benchPipeline(tmp: string, options: BenchOptions): Promise<PipelineResult> {
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
  // The pipeline is bundled on its first run after a change (scripts/runCompiled.mjs): done here, on no
  // articles, so every timed run starts as `npm run data` does on a machine that has run it before.
  const empty = join(tmp, 'raw-empty');
  mkdirSync(empty, { recursive: true });
  await timeBuild(tmp, 'warm-up', empty, curation);
  const runs: PipelineRun[] = [];
  for (const n of options.pipelineSizes) {
    const dir = join(tmp, `raw-${n}`);
    writeRawArticles(dir, generateRawArticles(n, options.seed));
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

export interface RunOnRun {
  kb: number;
  ok: boolean;
  wallMs: number;
  buildMs: number | null;
  peakRssBytes: number | null;
  /** This run's build time over the previous (half as large) one's: ≈ 2 when linear, ≈ 4 when quadratic. */
  ratio: number | null;
  error?: string;
}

/** One article that is a single run-on sentence, at each size of `options.runOnKb`. */
export async function benchRunOn(tmp: string, options: BenchOptions): Promise<RunOnRun[]> {
  const curation = gazetteerCuration(tmp);
  const runs: RunOnRun[] = [];
  for (const kb of options.runOnKb) {
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
