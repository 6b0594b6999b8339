/** The only module besides build.ts that touches the file system. */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CURATION_FILES, OPTIONAL_CURATION_FILES, type CurationInput } from './curation';
import type { RawFile } from './read';
import { byString } from './util';

/** Every regular file of the raw directory (articles and SOURCES.tsv), in name order. */
export function readRawDir(dir: string): RawFile[] {
  if (!existsSync(dir)) throw new Error(`raw directory ${dir} does not exist`);
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isFile())
    .sort(byString)
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
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

/** Writes changed files and deletes article files that no longer belong to an article. */
export function writeOutput(
  outDir: string,
  files: ReadonlyMap<string, string>,
): { written: number; deleted: string[] } {
  let written = 0;
  for (const [rel, content] of files) {
    const path = join(outDir, rel);
    mkdirSync(dirname(path), { recursive: true });
    if (existsSync(path) && readFileSync(path, 'utf8') === content) continue;
    writeFileSync(path, content);
    written += 1;
  }
  const deleted: string[] = [];
  for (const rel of existingDataFiles(outDir)) {
    if (!files.has(rel)) {
      rmSync(join(outDir, rel));
      deleted.push(rel);
    }
  }
  return { written, deleted };
}

export function writeText(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}
