#!/usr/bin/env node
/**
 * Runs a TypeScript entry point of the Node pipeline (`npm run data`, `data:check`, `add`, the benchmark) from
 * one ES module that esbuild bundles from it and keeps under node_modules/.cache/.
 *
 * Why: tsx compiles each file as it is loaded and answers every import — the pipeline's own files and every
 * file of its dependencies — through a loader thread. Measured on the 2-core CI machine, that was 1.3 s of a
 * 2 s start of `npm run data`, before a single article was read. The bundle starts in about 0.7 s; building
 * it takes about 0.2 s and happens only when a bundled source file changed since.
 *
 * Dependencies stay outside the bundle (`packages: 'external'`) and load from node_modules as usual; source
 * maps are inline and switched on, so a stack trace still names src/pipeline/*.ts lines.
 *
 * The npm scripts start Node with `--no-regexp-tier-up`. V8 otherwise runs each regex once in its bytecode
 * interpreter and compiles it to machine code when it runs again; the pipeline's patterns are few, large and
 * run on every line, so the interpreted first runs cost more than they save. Measured here: three articles
 * 0.9 s instead of 1.9 s, 250 synthetic ones 4.1 s instead of 4.7 s, 1,000 8.5 s instead of 8.9 s. It cannot
 * be set from in here: V8 flags changed once Node runs (`v8.setFlagsFromString`) crashed one build in five.
 *
 * Usage: node [--no-regexp-tier-up] scripts/runCompiled.mjs <entry.ts> [arguments for the entry …]
 * PPE_COMPILED_CACHE names another cache directory (tests use one of their own).
 */
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const [entryArg, ...args] = process.argv.slice(2);
if (!entryArg) {
  console.error('usage: node scripts/runCompiled.mjs <entry.ts> [arguments …]');
  process.exit(2);
}
const entry = resolve(entryArg);
const cacheDir = resolve(process.env.PPE_COMPILED_CACHE ?? join(ROOT, 'node_modules/.cache/compiled'));
// One bundle per entry: the entry's path, flattened, names it (two entries may share a file name), and a hash of
// its absolute path keeps two checkouts apart that share one node_modules (a worktree linked to the main one's).
const stem = `${relative(ROOT, entry)
  .replace(/\.[cm]?tsx?$/, '')
  .replace(/[^\w.-]+/g, '_')}-${createHash('sha1').update(entry).digest('hex').slice(0, 8)}`;
const bundle = join(cacheDir, `${stem}.mjs`);
const inputsFile = `${bundle}.inputs.json`;

/** Milliseconds since the epoch a file was last changed, or Infinity when it is gone (so it counts as newer). */
function changedAt(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Infinity;
  }
}

/** The bundle is fresh when it is newer than every file it was built from and than this launcher. */
function isFresh() {
  if (!existsSync(bundle) || !existsSync(inputsFile)) return false;
  const builtAt = changedAt(bundle);
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
  } catch {
    return false;
  }
  if (!Array.isArray(inputs) || inputs.length === 0) return false;
  const sources = [...inputs, fileURLToPath(import.meta.url), join(ROOT, 'tsconfig.json')];
  return sources.every((path) => changedAt(path) < builtAt);
}

async function compile() {
  // esbuild is loaded only when a bundle is built: most runs reuse the one on disk.
  const { build } = await import('esbuild');
  mkdirSync(cacheDir, { recursive: true });
  // The bundle imports its dependencies by name, and Node looks for them in node_modules above the bundle: a
  // cache outside the project gets a link to the project's.
  const modules = join(cacheDir, 'node_modules');
  if (!`${cacheDir}${sep}`.startsWith(`${ROOT}${sep}`) && !existsSync(modules))
    symlinkSync(join(ROOT, 'node_modules'), modules, 'dir');
  // Written beside the bundle and renamed over it, so a run that starts meanwhile never reads half a file.
  const partial = `${bundle}.${process.pid}.partial`;
  // Stamped with the time the build began: a source saved while it ran is newer, and the next run rebuilds.
  const startedAt = new Date();
  const result = await build({
    entryPoints: [entry],
    outfile: partial,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    metafile: true,
    logLevel: 'error',
    absWorkingDir: ROOT,
  });
  const inputs = Object.keys(result.metafile.inputs).map((path) => resolve(ROOT, path));
  writeFileSync(`${inputsFile}.${process.pid}.partial`, JSON.stringify(inputs));
  renameSync(`${inputsFile}.${process.pid}.partial`, inputsFile);
  utimesSync(partial, startedAt, startedAt);
  renameSync(partial, bundle);
}

if (!isFresh()) await compile();
process.setSourceMapsEnabled(true);
// The entry sees the command line it would see when run directly: its own path, then its arguments.
process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(bundle).href);
