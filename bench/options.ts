/** The benchmark's command line, parsed in `main` (never at import), and what it sets. */
import { parseFlags, UsageError, wholeNumber } from '../src/pipeline/cli';

const FLAGS = {
  runs: { type: 'string' },
  'baseline-runs': { type: 'string' },
  quick: { type: 'boolean', default: false },
  events: { type: 'string' },
  seed: { type: 'string' },
  'skip-pipeline': { type: 'boolean', default: false },
  'skip-browser': { type: 'boolean', default: false },
  only: { type: 'string' },
  name: { type: 'string' },
  keep: { type: 'boolean', default: false },
} as const;

export interface BenchOptions {
  quick: boolean;
  runs: number;
  /** The baseline takes tens of seconds per load with 10,000 events, so it gets at most 3 runs unless told. */
  baselineRuns: number;
  events: number;
  seed: number;
  pipeline: boolean;
  browser: boolean;
  /** Only this data set in the browser (`shipped` or `synthetic`), or null for both. */
  site: 'shipped' | 'synthetic' | null;
  /** Synthetic raw articles per pipeline run. */
  pipelineSizes: number[];
  /** One run-on sentence of each size, in KB: each doubles the last, so linear time doubles too. */
  runOnKb: number[];
  /** The baseline's 100 filter changes stop early after this long (it can take seconds per change). */
  baselineLoopBudgetMs: number;
  /** Time for all baseline runs on one data set; later runs are skipped past it (at least one runs). */
  baselineBudgetMs: number;
  /** JSON file name under bench-results/. */
  name: string;
  keep: boolean;
}

export function benchOptions(argv: readonly string[]): BenchOptions {
  const args = parseFlags(argv, FLAGS);
  const only = args.only;
  if (only !== undefined && !['pipeline', 'shipped', 'synthetic'].includes(only))
    throw new UsageError(`--only takes pipeline, shipped or synthetic, not "${only}"`);
  const quick = args.quick;
  const runs = Math.max(1, wholeNumber(args.runs, 'runs', quick ? 1 : 5));
  return {
    quick,
    runs,
    baselineRuns: Math.max(1, wholeNumber(args['baseline-runs'], 'baseline-runs', Math.min(runs, 3))),
    events: wholeNumber(args.events, 'events', 10000),
    seed: wholeNumber(args.seed, 'seed', 1),
    pipeline: !args['skip-pipeline'] && (!only || only === 'pipeline'),
    browser: !args['skip-browser'] && only !== 'pipeline',
    site: only === 'shipped' || only === 'synthetic' ? only : null,
    pipelineSizes: quick ? [100, 200] : [250, 500, 1000],
    runOnKb: [250, 500, 1000],
    baselineLoopBudgetMs: quick ? 20_000 : 60_000,
    baselineBudgetMs: quick ? 60_000 : 150_000,
    name: (args.name ?? (quick ? 'quick' : 'full')).replace(/[^a-z0-9_-]/gi, '-'),
    keep: args.keep,
  };
}
