/** The only module besides build.ts that touches the file system. */
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CURATION_FILES, OPTIONAL_CURATION_FILES, type CurationInput } from './curation';
import type { RawFile } from './read';
import { byString } from './util';

/**
 * Every regular file of the raw directory (articles and SOURCES.tsv), in name order. A name that cannot be
 * read (a symbolic link to nothing, no permission) comes back with the reason in `unreadable`, so the build
 * reports it by name and goes on; sub-directories and dot-files are not articles and are left out.
 */
export function readRawDir(dir: string): RawFile[] {
  if (!existsSync(dir)) throw new Error(`raw directory ${dir} does not exist`);
  const out: RawFile[] = [];
  for (const name of readdirSync(dir).sort(byString)) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    try {
      if (!statSync(path).isFile()) continue;
      out.push({ name, bytes: new Uint8Array(readFileSync(path)) });
    } catch (e) {
      out.push({ name, bytes: new Uint8Array(), unreadable: whyUnreadable(path, e) });
    }
  }
  return out;
}

function whyUnreadable(path: string, e: unknown): string {
  if (lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() && !existsSync(path))
    return `is a symbolic link to a file that does not exist (${readlinkSync(path)})`;
  return `could not be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
}

export function readCurationDir(dir: string, label = dir): CurationInput {
  const files: Record<string, string> = {};
  for (const name of [...CURATION_FILES, ...OPTIONAL_CURATION_FILES]) {
    const path = join(dir, name);
    if (existsSync(path)) files[name] = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  }
  return { dir: label, files };
}

export interface Comparison {
  stale: string[];
  missing: string[];
  extra: string[];
}

/** Existing `*.json` data files under `outDir` (index.json and articles/*.json), relative paths. */
function existingDataFiles(outDir: string): string[] {
  const out: string[] = [];
  if (existsSync(join(outDir, 'index.json'))) out.push('index.json');
  const articles = join(outDir, 'articles');
  if (existsSync(articles)) {
    for (const name of readdirSync(articles).sort(byString))
      if (name.endsWith('.json')) out.push(`articles/${name}`);
  }
  return out;
}

export function compareOutput(outDir: string, files: ReadonlyMap<string, string>): Comparison {
  const result: Comparison = { stale: [], missing: [], extra: [] };
  for (const [rel, content] of [...files].sort((a, b) => byString(a[0], b[0]))) {
    const path = join(outDir, rel);
    if (!existsSync(path)) result.missing.push(rel);
    else if (readFileSync(path, 'utf8') !== content) result.stale.push(rel);
  }
  for (const rel of existingDataFiles(outDir)) if (!files.has(rel)) result.extra.push(rel);
  return result;
}

/**
 * Replaces the data in `outDir` with `files`, all or nothing. Everything is written to a folder beside it
 * first and swapped in with renames only once every file is written: a build that fails half-way (full
 * disk, permissions, a name too long) leaves the previous data whole, never an index that lists an article
 * whose file is missing. Anything in `outDir` that is not a data file is carried over. Returns how many
 * files changed and which stale article files are gone.
 */
export function writeOutput(
  outDir: string,
  files: ReadonlyMap<string, string>,
): { written: number; deleted: string[] } {
  const before = compareOutput(outDir, files);
  const stamp = `${process.pid}-${Date.now()}`;
  const next = join(dirname(outDir), `.${basename(outDir)}.new-${stamp}`);
  const old = join(dirname(outDir), `.${basename(outDir)}.old-${stamp}`);
  try {
    for (const [rel, content] of files) {
      mkdirSync(dirname(join(next, rel)), { recursive: true });
      writeFileSync(join(next, rel), content);
    }
    carryOverOtherFiles(outDir, next, files);
  } catch (e) {
    rmSync(next, { recursive: true, force: true });
    throw e;
  }
  const hadOutput = existsSync(outDir);
  if (hadOutput) renameSync(outDir, old);
  try {
    renameSync(next, outDir);
  } catch (e) {
    if (hadOutput) renameSync(old, outDir);
    rmSync(next, { recursive: true, force: true });
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
  return { written: before.stale.length + before.missing.length, deleted: before.extra };
}

/** Files in the old output that are not data files (a README, a .gitkeep) go into the new one as they were. */
function carryOverOtherFiles(outDir: string, next: string, files: ReadonlyMap<string, string>): void {
  if (!existsSync(outDir)) return;
  const data = new Set(existingDataFiles(outDir));
  const walk = (rel: string) => {
    for (const name of readdirSync(join(outDir, rel))) {
      const path = rel ? `${rel}/${name}` : name;
      if (statSync(join(outDir, path)).isDirectory()) walk(path);
      else if (!data.has(path) && !files.has(path)) cpSync(join(outDir, path), join(next, path));
    }
  };
  walk('');
}

/** Writes one file whole: to a temporary name beside it, then renamed over it. */
export function writeText(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp-${process.pid}`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}
