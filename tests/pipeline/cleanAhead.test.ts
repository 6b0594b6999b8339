// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cleanBody } from '../../src/pipeline/article';
import { cleanAheadFrom, CLEAN_AHEAD_MIN_FILES, type CleanJob } from '../../src/pipeline/cleanAhead';
import { buildCorpus } from '../../src/pipeline/corpus';
import { readCurationDir, readRawDir } from '../../src/pipeline/files';
import { generateRawArticles, writeRawArticles } from '../../scripts/syntheticCorpus';
import { FIXTURE_CURATION, ROOT, listFiles, seedText, SEED_000, tempDir } from './helpers';

/**
 * `npm run data` cleans the files on a second thread while it builds the articles (cleanAhead.ts). What it
 * relies on: the data and the report are those of a build on one thread, whatever the worker did.
 */

/** A page's own metadata file (`npm run add` writes one) that dates it to a day of its own. */
const PAGE_METADATA = {
  version: 1,
  from: 'address',
  address: 'https://example.org/story',
  canonical: null,
  title: 'Leaders meet on the force',
  published: { date: '2025-02-03', stated: '2025-02-03T10:00:00Z' },
  author: null,
  publisher: null,
};

/** `npm run data` as the command line runs it: compiled by scripts/runCompiled.mjs, into `cache`. */
function runBuild(cache: string, raw: string, out: string, report: string) {
  return spawnSync(
    process.execPath,
    [
      join(ROOT, 'scripts/runCompiled.mjs'),
      join(ROOT, 'src/pipeline/build.ts'),
      ...['--raw', raw, '--curation', FIXTURE_CURATION, '--out', out, '--report', report, '--quiet'],
    ],
    { encoding: 'utf8', cwd: ROOT, env: { ...process.env, PPE_COMPILED_CACHE: cache } },
  );
}

/** Story pages, a seed, and three pages that must be skipped: an empty file, one with no text left, a copy of another. */
function corpus(dir: string) {
  const pages = generateRawArticles(CLEAN_AHEAD_MIN_FILES + 20, 7);
  writeRawArticles(dir, pages);
  writeFileSync(join(dir, 'zz_empty.txt'), '');
  writeFileSync(join(dir, 'zz_menu.txt'), 'Skip to content\nSubscribe\nSign in\n');
  writeFileSync(join(dir, 'zz_copy.txt'), (pages[3] as { text: string }).text);
  // A page with its own metadata file: the day it gives, not the text's, dates the page.
  const dated = (pages[5] as { name: string }).name.replace(/\.txt$/, '.meta.json');
  writeFileSync(join(dir, dated), JSON.stringify(PAGE_METADATA));
  // A seed under its own name: the fixture curation's events, quotes and positions cite it.
  writeFileSync(join(dir, `${SEED_000}.txt`), seedText(SEED_000));
  return pages;
}

/**
 * These compile the pipeline and build 120 pages in a child process: far longer than a unit test on a busy
 * 2-core machine (the browser specs running beside them), so each gets a limit of its own.
 */
const SPAWNS_A_BUILD = 180_000;

describe('cleaning on a second thread (npm run data)', () => {
  it(
    'writes the same data and report as a build on one thread, skipped files included',
    () => {
      const dir = tempDir('ppe-ahead-');
      const raw = join(dir, 'raw');
      corpus(raw);
      const child = runBuild(join(dir, 'cache'), raw, join(dir, 'out'), join(dir, 'report.json'));
      expect(child.stderr).toBe('');
      expect(child.status).toBe(0);

      // As the command line names its folders: relative to where it runs.
      const alone = buildCorpus(
        readRawDir(raw),
        readCurationDir(FIXTURE_CURATION, relative(ROOT, FIXTURE_CURATION)),
        { rawDir: relative(ROOT, raw) },
      );
      const written = ['index.json', ...listFiles(join(dir, 'out', 'articles')).map((f) => `articles/${f}`)];
      expect(written.sort()).toEqual([...alone.files.keys()].sort());
      for (const [file, text] of alone.files) expect(readFileSync(join(dir, 'out', file), 'utf8')).toBe(text);
      const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
      expect(report).toEqual(JSON.parse(JSON.stringify(alone.report)));
      expect(alone.articles.find((a) => a.id === '000005_f748d50e')?.published?.date).toBe('2025-02-03');
      expect(report.skipped.map((s: { file: string }) => s.file).sort()).toEqual([
        'zz_copy.txt',
        'zz_empty.txt',
        'zz_menu.txt',
      ]);
    },
    SPAWNS_A_BUILD,
  );

  it(
    'the worker gives each file the body the main thread would, in build order',
    async () => {
      const dir = tempDir('ppe-ahead-');
      const cache = join(dir, 'cache');
      // The compiled bundle is the module the worker loads in `npm run data`: built here on the one seed.
      mkdirSync(join(dir, 'raw'));
      writeFileSync(join(dir, 'raw', `${SEED_000}.txt`), seedText(SEED_000));
      expect(runBuild(cache, join(dir, 'raw'), join(dir, 'out'), join(dir, 'r.json')).status).toBe(0);
      const bundle = readdirSync(cache).find((f) => /^src_pipeline_build-.*\.mjs$/.test(f)) as string;
      const jobs: CleanJob[] = generateRawArticles(6, 3).map((p) => ({
        name: p.name,
        text: p.text,
        sourceUrl: p.url,
      }));
      jobs.push({ name: 'menu.txt', text: 'Skip to content\nSubscribe\n', sourceUrl: null });
      const outlets = ['Reuters', 'AFP'];

      const ahead = cleanAheadFrom(pathToFileURL(join(cache, bundle)).href, 1)(jobs, outlets);
      await ahead.finished;
      for (const job of jobs)
        expect(ahead.take(job.name)).toEqual(cleanBody(job.text, job.sourceUrl, outlets));
      expect(ahead.take('menu.txt')).toBeNull(); // each answer is taken once
    },
    SPAWNS_A_BUILD,
  );

  it('a worker that cannot start leaves every file to the main thread', async () => {
    const jobs = [{ name: 'a.txt', text: 'On Monday the leaders met.', sourceUrl: null }];
    const ahead = cleanAheadFrom(pathToFileURL(join(tempDir('ppe-ahead-'), 'missing.mjs')).href, 1)(jobs, []);
    await ahead.finished;
    expect(ahead.take('a.txt')).toBeNull();
  });
});
