// @vitest-environment node
/** The build reads `<name>.meta.json` beside `<name>.txt`, prefers it over the text, and says which it used. */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/pipeline/build';
import { buildCorpus } from '../../src/pipeline/corpus';
import { formatReport } from '../../src/pipeline/report';
import { parsePageMetadata, type PageMetadata } from '../../src/pipeline/pageMetadata';
import {
  FIXTURE_CURATION,
  SEED_000,
  SEED_DIR,
  article,
  enc,
  fixtureCuration,
  raw,
  seedFiles,
  tempDir,
} from './helpers';

const PAGE: PageMetadata = {
  version: 1,
  from: 'address',
  address:
    'https://kyivindependent.com/macron-wins-no-security-guarantees-from-trump-on-peacekeepers-plan-ft-reports/',
  canonical: null,
  title: 'Macron wins no security guarantees from Trump (page headline)',
  published: { date: '2025-02-26', stated: '2025-02-26T01:05:00+02:00' },
  author: 'Jane Page',
  publisher: 'The Kyiv Independent',
};

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The seed files with a page-metadata file (or any text under that name) beside article 000. */
function withMeta(content: string, name = `${SEED_000}.meta.json`) {
  return buildCorpus([...seedFiles(), raw(name, content)], fixtureCuration());
}

describe('page metadata in the build', () => {
  it('each field the page states wins over the text, and the report says which came from where', () => {
    const result = withMeta(json({ ...PAGE, author: null }));
    const a = article(result, SEED_000);
    expect(a).toMatchObject({
      title: 'Macron wins no security guarantees from Trump (page headline)',
      titleDerived: false,
      // The page says "The Kyiv Independent"; the publisher table's spelling for its domain is kept.
      publisher: 'Kyiv Independent',
      author: 'Abbey Fenbert', // not on the page: the text's byline
      published: {
        date: '2025-02-26',
        precision: 'day',
        method: 'page-metadata',
        confidence: 'stated',
        source: '2025-02-26T01:05:00+02:00',
      },
    });
    const report = result.report.articles.find((r) => r.id === SEED_000);
    expect(report?.metadata).toEqual({
      file: `${SEED_000}.meta.json`,
      page: ['title', 'published', 'publisher'],
      text: ['author'],
    });
    // The text's own reading of the date ("reported on Feb. 25") stays, as a second opinion.
    expect(report?.notes.some((n) => n.startsWith('the text alone: '))).toBe(true);
    expect(report?.notes).toContain(
      "the page's metadata dates it 2025-02-26, the text 2025-02-25 (reported-on+caption-year): the page's date is used",
    );
    expect(formatReport(result.report)).toContain(
      `    metadata from the page (${SEED_000}.meta.json): title, date, publisher; from the text: author\n`,
    );
    expect(result.report.warnings).toEqual(buildCorpus(seedFiles(), fixtureCuration()).report.warnings);
  });

  it('is not an article: no warning "not a .txt article file", nothing skipped, no article of its own', () => {
    const result = withMeta(json(PAGE));
    expect(result.report.skipped).toEqual([]);
    expect(result.report.warnings.filter((w) => w.includes('meta.json'))).toEqual([]);
    expect(result.articles.map((a) => a.id)).toEqual(
      buildCorpus(seedFiles(), fixtureCuration()).articles.map((a) => a.id),
    );
  });

  it('an article without one builds exactly as before, with no metadata entry in its report', () => {
    const plain = buildCorpus(seedFiles(), fixtureCuration());
    const other = withMeta(json(PAGE));
    for (const id of ['001_8f8b27688c1df0a2', '004_ed741cbd8a5d9a01']) {
      expect(other.files.get(`articles/${id}.json`)).toBe(plain.files.get(`articles/${id}.json`));
      expect(other.report.articles.find((r) => r.id === id)).not.toHaveProperty('metadata');
    }
  });

  it.each([
    ['not JSON', '{ "version": 1,', /not valid JSON/],
    ['a wrong shape', json({ ...PAGE, published: '2025-02-26' }), /not a page-metadata file: published: /],
    ['an unknown key', json({ ...PAGE, tittle: 'x' }), /not a page-metadata file: .*tittle/],
    [
      'an impossible date',
      json({ ...PAGE, published: { date: '2025-02-30', stated: 'x' } }),
      /published\.date: is not a real calendar date/,
    ],
  ])('%s: a warning naming the file; the article builds from its text', (_, content, why) => {
    const result = withMeta(content);
    const warning = result.report.warnings.find((w) => w.includes(`${SEED_000}.meta.json`));
    expect(warning).toMatch(why);
    expect(warning).toMatch(
      new RegExp(`^data/raw/${SEED_000}\\.meta\\.json: .*; ${SEED_000}\\.txt builds from its text alone$`),
    );
    expect(article(result, SEED_000).published?.method).toBe('reported-on+caption-year');
    expect(result.report.articles.find((r) => r.id === SEED_000)).not.toHaveProperty('metadata');
  });

  it('one with no article beside it is a warning and ignored', () => {
    const result = withMeta(json(PAGE), 'gone.meta.json');
    expect(result.report.warnings).toContain('data/raw/gone.meta.json: no gone.txt beside it; ignored');
    expect(result.report.skipped).toEqual([]);
  });

  it('npm run data --strict passes with a page-metadata file, and --check afterwards', () => {
    const dir = tempDir();
    const rawDir = join(dir, 'raw');
    cpSync(SEED_DIR, rawDir, { recursive: true });
    writeFileSync(join(rawDir, `${SEED_000}.meta.json`), json(PAGE));
    const args = [
      '--raw',
      rawDir,
      '--curation',
      FIXTURE_CURATION,
      '--out',
      join(dir, 'out'),
      '--report',
      join(dir, 'r.json'),
    ];
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(main([...args, '--strict'])).toBe(0);
      expect(main([...args, '--check'])).toBe(0);
    } finally {
      log.mockRestore();
    }
  });

  it('parses what npm run add writes, and nothing looser', () => {
    expect(parsePageMetadata(enc(json(PAGE)))).toEqual({ ok: true, value: PAGE });
    expect(parsePageMetadata(enc(json({ ...PAGE, address: 'javascript:alert(1)' })))).toMatchObject({
      ok: false,
    });
    expect(parsePageMetadata(enc(json({ ...PAGE, title: '  ' })))).toMatchObject({ ok: false });
    expect(parsePageMetadata(enc(json({ ...PAGE, version: 2 })))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^not a page-metadata file: version: /),
    });
  });
});
