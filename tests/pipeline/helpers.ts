import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { afterAll } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCorpus, type BuildResult } from '../../src/pipeline/corpus';
import { readCurationDir, readRawDir } from '../../src/pipeline/files';
import { parseCuration } from '../../src/pipeline/curation';
import { compileTopics } from '../../src/pipeline/topics';
import type { RawFile } from '../../src/pipeline/read';
import type { Article } from '../../src/model/schema';

export const ROOT = join(__dirname, '..', '..');
export const SEED_DIR = join(ROOT, 'data', 'raw');
export const FIXTURE_CURATION = join(__dirname, 'fixtures', 'curation');
export const FIXTURE_RAW = join(ROOT, 'tests', 'fixtures', 'raw');

export const SEED_000 = '000_16401bdc4fe40c2d';
export const SEED_001 = '001_8f8b27688c1df0a2';
export const SEED_004 = '004_ed741cbd8a5d9a01';

export function seedText(id: string): string {
  return readFileSync(join(SEED_DIR, `${id}.txt`), 'utf8');
}

export function seedFiles(): RawFile[] {
  return readRawDir(SEED_DIR);
}

export function fixtureCuration() {
  return readCurationDir(FIXTURE_CURATION, 'fixture-curation');
}

/** The fixture gazetteer and topics, with no curated events, quotes or positions (they cite the seeds). */
export function fixtureGazetteer() {
  const c = fixtureCuration();
  return {
    dir: c.dir,
    files: { ...c.files, 'events.yaml': '[]', 'quotes.yaml': '[]', 'positions.yaml': '[]' },
  };
}

let storyTopics: ReturnType<typeof compileTopics> | null = null;
/**
 * The story's terms ("reassurance force", "backstop", "tripwire …"): words the curated topics' keywords
 * name, as a build passes them to quote extraction so that a quoted term is not taken for speech.
 */
export function isStoryTerm(words: string): boolean {
  storyTopics ??= compileTopics(
    parseCuration(readCurationDir(join(ROOT, 'data', 'curation'), 'data/curation')).topicKeywords,
  );
  return storyTopics.topicsOf(words).length > 0;
}

export function emptyCuration() {
  return {
    dir: 'cur',
    files: {
      'actors.yaml': '[]',
      'topics.yaml': '[]',
      'events.yaml': '[]',
      'quotes.yaml': '[]',
      'positions.yaml': '[]',
    },
  };
}

let cached: BuildResult | null = null;
/** The three seed articles built with the fixture gazetteer (built once per test file). */
export function seedBuild(): BuildResult {
  cached ??= buildCorpus(seedFiles(), fixtureCuration());
  return cached;
}

export function article(result: BuildResult, id: string): Article {
  const a = result.articles.find((x) => x.id === id);
  if (!a) throw new Error(`no article ${id}; built: ${result.articles.map((x) => x.id).join(', ')}`);
  return a;
}

export function sentences(a: Article) {
  return a.paragraphs.flatMap((p) => p.sentences);
}

export function sentenceWith(a: Article, fragment: string) {
  const s = sentences(a).find((x) => x.text.includes(fragment));
  if (!s) throw new Error(`no sentence containing "${fragment}" in ${a.id}`);
  return s;
}

export const enc = (s: string) => new TextEncoder().encode(s);
export const raw = (name: string, text: string): RawFile => ({ name, bytes: enc(text) });

const tempDirs: string[] = [];
// Each test file gets its own copy of this module, so this removes that file's folders once it is done.
afterAll(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder under the system's temporary folder, removed when the test file ends. */
export function tempDir(prefix = 'pipeline-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

export function listFiles(dir: string): string[] {
  return readdirSync(dir).sort();
}

/**
 * A temporary copy of the seed raw folder, with the flags that point a command at it, the fixture
 * curation and a temporary output: what a test of `npm run data` or `npm run add` runs against.
 */
export function tempBuild(prefix = 'pipeline-') {
  const dir = tempDir(prefix);
  const raw = join(dir, 'raw');
  cpSync(SEED_DIR, raw, { recursive: true });
  const out = join(dir, 'out');
  const flags = [
    '--raw',
    raw,
    '--curation',
    FIXTURE_CURATION,
    '--out',
    out,
    '--report',
    join(dir, 'report.json'),
  ];
  return { dir, raw, out, flags };
}
