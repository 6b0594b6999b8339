// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/pipeline/build';
import { buildCorpus } from '../../src/pipeline/corpus';
import { compareOutput, readCurationDir, readRawDir } from '../../src/pipeline/files';
import { FIXTURE_CURATION, ROOT, SEED_DIR, fixtureCuration, listFiles, seedFiles, tempDir } from './helpers';

function quiet<T>(fn: () => T): { value: T; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  try {
    return { value: fn(), out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

function setup() {
  const dir = tempDir();
  const raw = join(dir, 'raw');
  cpSync(SEED_DIR, raw, { recursive: true });
  const args = [
    '--raw',
    raw,
    '--curation',
    FIXTURE_CURATION,
    '--out',
    join(dir, 'out'),
    '--report',
    join(dir, 'report.json'),
  ];
  return { dir, raw, out: join(dir, 'out'), args };
}

describe('CLI', () => {
  it('writes index, one file per article and the report; --check passes afterwards', () => {
    const t = setup();
    const run = quiet(() => main(t.args));
    expect(run.value).toBe(0);
    expect(listFiles(t.out)).toEqual(['articles', 'index.json']);
    expect(listFiles(join(t.out, 'articles'))).toEqual([
      '000_16401bdc4fe40c2d.json',
      '001_8f8b27688c1df0a2.json',
      '004_ed741cbd8a5d9a01.json',
    ]);
    const report = JSON.parse(readFileSync(join(t.dir, 'report.json'), 'utf8'));
    expect(report.articles).toHaveLength(3);
    expect(run.out).toMatch(/removed \[before-title\] This week, the world watched/);
    expect(quiet(() => main([...t.args, '--check'])).value).toBe(0);
  });

  it('--check names stale, missing and extra files and says to run npm run data', () => {
    const t = setup();
    quiet(() => main(t.args));
    writeFileSync(join(t.out, 'index.json'), '{}\n');
    writeFileSync(join(t.out, 'articles', 'old-article.json'), '{}\n');
    cpSync(join(t.raw, '000_16401bdc4fe40c2d.txt'), join(t.raw, 'zzz_new.txt'));
    writeFileSync(
      join(t.raw, 'zzz_new.txt'),
      readFileSync(join(t.raw, '000_16401bdc4fe40c2d.txt'), 'utf8').replace('Feb. 25', 'Feb. 26'),
    );
    const run = quiet(() => main([...t.args, '--check']));
    expect(run.value).toBe(1);
    expect(run.err).toMatch(/out\/index\.json is stale/);
    expect(run.err).toMatch(/out\/articles\/zzz_new\.json is missing/);
    expect(run.err).toMatch(/out\/articles\/old-article\.json is extra/);
    expect(run.err).toMatch(/run `npm run data` and commit public\/data/);
  });

  it('deletes stale article files on a normal build', () => {
    const t = setup();
    quiet(() => main(t.args));
    writeFileSync(join(t.out, 'articles', 'gone.json'), '{}\n');
    expect(quiet(() => main(t.args)).value).toBe(0);
    expect(existsSync(join(t.out, 'articles', 'gone.json'))).toBe(false);
  });

  it('a write that fails half-way leaves the previous data whole (issue #18)', () => {
    const t = setup();
    quiet(() => main(t.args));
    const before = new Map(
      ['index.json', ...listFiles(join(t.out, 'articles')).map((f) => `articles/${f}`)].map((f) => [
        f,
        readFileSync(join(t.out, f), 'utf8'),
      ]),
    );
    // A raw name of 251 characters is allowed, but its article file (`<id>.json`, 256) is too long to
    // write: a real failure half-way through, after index.json would once have been rewritten already.
    const long = `${'a'.repeat(251)}.txt`;
    writeFileSync(
      join(t.raw, long),
      readFileSync(join(t.raw, '000_16401bdc4fe40c2d.txt'), 'utf8').replace('Feb. 25', 'Feb. 26'),
    );
    const run = quiet(() => main(t.args));
    expect(run.value).toBe(1);
    expect(run.err).toMatch(/Could not write .*out: .*ENAMETOOLONG/);
    expect(run.err).toMatch(/previous data .* is left as it was/);
    const after = ['index.json', ...listFiles(join(t.out, 'articles')).map((f) => `articles/${f}`)];
    expect(after).toEqual([...before.keys()]);
    for (const f of after) expect(readFileSync(join(t.out, f), 'utf8')).toBe(before.get(f));
    expect(listFiles(t.dir)).toEqual(['out', 'raw', 'report.json']);
  });

  it('a broken symbolic link in the raw folder is reported by name and skipped (issue #18)', () => {
    const t = setup();
    symlinkSync(join(t.dir, 'gone.txt'), join(t.raw, 'link.txt'));
    const run = quiet(() => main(t.args));
    expect(run.value).toBe(0);
    expect(run.out).toMatch(
      /skipped link\.txt: is a symbolic link to a file that does not exist \(.*gone\.txt\)/,
    );
    expect(listFiles(join(t.out, 'articles'))).toHaveLength(3);
  });

  it('keeps files in the output folder that are not data files', () => {
    const t = setup();
    quiet(() => main(t.args));
    writeFileSync(join(t.out, 'README.txt'), 'generated by npm run data\n');
    expect(quiet(() => main(t.args)).value).toBe(0);
    expect(readFileSync(join(t.out, 'README.txt'), 'utf8')).toBe('generated by npm run data\n');
  });

  it('--strict fails on warnings; plain build does not', () => {
    const t = setup();
    writeFileSync(join(t.raw, 'empty.txt'), '');
    expect(quiet(() => main(t.args)).value).toBe(0);
    const strict = quiet(() => main([...t.args, '--strict']));
    expect(strict.value).toBe(1);
    expect(strict.err).toMatch(/empty\.txt: skipped: is empty/);
  });

  it('curation errors exit 1 through the real process and write nothing', () => {
    const t = setup();
    const cur = join(t.dir, 'cur');
    cpSync(FIXTURE_CURATION, cur, { recursive: true });
    writeFileSync(
      join(cur, 'positions.yaml'),
      readFileSync(join(cur, 'positions.yaml'), 'utf8').replace('conditional', 'maybe'),
    );
    const args = [
      '--raw',
      t.raw,
      '--curation',
      cur,
      '--out',
      t.out,
      '--report',
      join(t.dir, 'r.json'),
      '--quiet',
    ];
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src/pipeline/build.ts'), ...args],
      { encoding: 'utf8', cwd: ROOT },
    );
    expect(child.status).toBe(1);
    expect(child.stderr).toMatch(/positions\.yaml: positions\[0\] \(id "starmer-backstop"\) stance:/);
    expect(existsSync(t.out)).toBe(false);
  });
});

describe('determinism', () => {
  it('two builds give identical bytes', () => {
    const a = buildCorpus(seedFiles(), fixtureCuration());
    const b = buildCorpus([...seedFiles()].reverse(), fixtureCuration());
    expect([...b.files.keys()]).toEqual([...a.files.keys()]);
    for (const [k, v] of a.files) expect(b.files.get(k)).toBe(v);
    expect(JSON.stringify(b.report)).toBe(JSON.stringify(a.report));
    expect(a.files.get('index.json')).toMatch(/\n$/);
    expect(a.files.get('index.json')).toContain('\n  "schemaVersion": 1,');
  });
});

describe('committed data', () => {
  it('public/data equals a fresh build of data/raw + data/curation', () => {
    const result = buildCorpus(
      readRawDir(join(ROOT, 'data/raw')),
      readCurationDir(join(ROOT, 'data/curation'), 'data/curation'),
    );
    expect(result.report.errors, 'the curation or pipeline has errors').toEqual([]);
    const diff = compareOutput(join(ROOT, 'public/data'), result.files);
    const problems = [
      ...diff.stale.map((f) => `${f} stale`),
      ...diff.missing.map((f) => `${f} missing`),
      ...diff.extra.map((f) => `${f} extra`),
    ];
    expect(problems, 'public/data is out of date: run `npm run data` and commit public/data').toEqual([]);
  });
});
