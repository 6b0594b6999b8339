/**
 * `npm run data` — builds the explorer's data from the raw articles and the curated layer.
 *
 * Inputs:  data/raw/*.txt (scraped articles), data/raw/SOURCES.tsv (optional URLs),
 *          data/curation/*.yaml (actors, topics, events, quotes, positions; outlets optional).
 * Outputs: public/data/index.json, public/data/articles/<articleId>.json (stale ones deleted),
 *          data/build-report.json and a console summary.
 * Stages (src/pipeline, pure, run in memory by buildCorpus in corpus.ts):
 *          curation → per article (article.ts) read → clean → metadata → sentences → dates →
 *          actors → curation merge → quotes → events → validate (zod contract + checkIntegrity)
 *          → write (here, through files.ts: all files or none, the previous data left whole).
 *
 * Flags: --check (compare with the committed files, write nothing), --strict (warnings fail),
 *        --raw <dir> --curation <dir> --out <dir> --report <file>, --quiet.
 * Exit:  0 ok; 1 errors (curation problems, invalid output, --check differences, --strict warnings,
 *        a failed write); 2 a command line it cannot run with (unknown flag, missing value).
 */
import { relative, resolve } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { parseFlags, readCommandLine } from './cli';
import { cleanAheadFrom } from './cleanAhead';
import { buildCorpus, toJson, type BuildResult } from './corpus';
import { compareOutput, readCurationDir, readRawDir, writeOutput, writeText } from './files';
import { formatReport } from './report';

const FLAGS = {
  check: { type: 'boolean', default: false },
  strict: { type: 'boolean', default: false },
  quiet: { type: 'boolean', default: false },
  raw: { type: 'string', default: 'data/raw' },
  curation: { type: 'string', default: 'data/curation' },
  out: { type: 'string', default: 'public/data' },
  report: { type: 'string', default: 'data/build-report.json' },
} as const;

type Args = ReturnType<typeof parseFlags<typeof FLAGS>>;

const shown = (p: string) => relative(process.cwd(), resolve(p)) || '.';

export function main(argv: readonly string[]): number {
  const args = readCommandLine(() => parseFlags(argv, FLAGS));
  if (!args) return 2;
  const started = performance.now();
  const result = buildCorpus(readRawDir(args.raw), readCurationDir(args.curation, shown(args.curation)), {
    rawDir: shown(args.raw),
    cleanAhead: cleanAheadFrom(import.meta.url),
  });
  const { report } = result;
  if (!args.quiet) console.log(formatReport(report));

  if (report.errors.length) {
    console.error(`\nBuild failed with ${report.errors.length} error(s); nothing was written:`);
    for (const e of report.errors) console.error(`  ${e}`);
    return 1;
  }
  if (args.strict && report.warnings.length) {
    console.error(`\n--strict: ${report.warnings.length} warning(s) fail the build:`);
    for (const w of report.warnings) console.error(`  ${w}`);
    return 1;
  }
  return args.check ? checkOutput(args, result) : writeAll(args, result, started);
}

/** --check: compare with the files in `--out`; name each stale, missing or extra one. */
function checkOutput(args: Args, result: BuildResult): number {
  const out = shown(args.out);
  const diff = compareOutput(args.out, result.files);
  const problems = [
    ...diff.stale.map((f) => `${out}/${f} is stale (differs from a fresh build)`),
    ...diff.missing.map((f) => `${out}/${f} is missing`),
    ...diff.extra.map((f) => `${out}/${f} is extra (no article produces it)`),
  ];
  if (problems.length) {
    console.error(`\nThe data in ${out} is out of date:`);
    for (const p of problems) console.error(`  ${p}`);
    console.error(`run \`npm run data\` and commit public/data`);
    return 1;
  }
  console.log(`\n${out} is up to date (${result.files.size} files).`);
  return 0;
}

/** Writes the data files (all or none) and the report. */
function writeAll(args: Args, result: BuildResult, started: number): number {
  const out = shown(args.out);
  let written: number;
  let deleted: string[];
  try {
    ({ written, deleted } = writeOutput(args.out, result.files));
    writeText(args.report, toJson(result.report));
  } catch (e) {
    console.error(`\nCould not write ${out}: ${(e as Error).message}`);
    console.error(`The previous data in ${out} is left as it was.`);
    return 1;
  }
  const ms = Math.round(performance.now() - started);
  console.log(
    `\nWrote ${out}: ${result.files.size} files (${written} changed, ${deleted.length} stale deleted${deleted.length ? `: ${deleted.join(', ')}` : ''}); report ${shown(args.report)}; ${ms} ms.`,
  );
  return 0;
}

// The cleaning worker loads this module (or its bundle) for `cleanInWorker`, and must not run a build itself.
export { cleanInWorker } from './cleanAhead';

const invoked = process.argv[1] ? resolve(process.argv[1]) : '';
if (isMainThread && (invoked.endsWith('build.ts') || invoked.endsWith('build.js'))) {
  process.exitCode = main(process.argv.slice(2));
}
