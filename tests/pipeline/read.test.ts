// @vitest-environment node
import { buildCorpus } from '../../src/pipeline/corpus';
import {
  articleIdFromFile,
  MAX_ARTICLE_BYTES,
  normaliseText,
  parseSources,
  readArticle,
} from '../../src/pipeline/read';
import { emptyCuration, enc, raw } from './helpers';

const ARTICLE = `Leaders debate a European force for Ukraine

Published February 26, 2025

French President Emmanuel Macron said on Wednesday that European troops could deploy to Ukraine after a ceasefire.
`;

describe('read stage', () => {
  it('derives article ids from file names', () => {
    expect(articleIdFromFile('000_16401bdc4fe40c2d.txt')).toBe('000_16401bdc4fe40c2d');
    expect(articleIdFromFile('Reuters Story #2.TXT')).toBe('reuters-story--2');
  });

  it('strips a BOM, turns CRLF into LF and keeps smart quotes', () => {
    const r = readArticle(enc('\uFEFF“Hello,” he said.\r\nNext line\rLast'));
    expect(r).toEqual({ ok: true, text: '“Hello,” he said.\nNext line\nLast' });
    expect(normaliseText('a\r\nb')).toBe('a\nb');
  });

  it('refuses empty, binary, non-UTF-8 and oversized input with a reason', () => {
    expect(readArticle(new Uint8Array())).toEqual({ ok: false, reason: 'is empty (0 bytes)' });
    expect(readArticle(enc('  \n\n '))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('empty'),
    });
    expect(readArticle(new Uint8Array([72, 0, 105]))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('binary'),
    });
    expect(readArticle(new Uint8Array([0x48, 0xff, 0xfe, 0x69]))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('UTF-8'),
    });
    expect(readArticle(new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(65))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('limit'),
    });
  });

  it('reads SOURCES.tsv with its header; a line it cannot use is a problem naming the line', () => {
    const sources = parseSources(
      'file\taddress\r\na.txt\thttps://news.az/x\nb.txt\tnot a url\nc.txt\n',
      new Set(['a.txt', 'b.txt', 'c.txt']),
    );
    expect([...sources.addresses]).toEqual([['a.txt', 'https://news.az/x']]);
    expect(sources.problems.map((p) => p.line)).toEqual([3, 4]);
  });
});

describe('SOURCES.tsv lines that cannot be used are warnings naming the line; the build goes on', () => {
  const build = (tsv: string) =>
    buildCorpus(
      [raw('a.txt', ARTICLE), raw('b.txt', ARTICLE.replace('Wednesday', 'Friday')), raw('SOURCES.tsv', tsv)],
      emptyCuration(),
    );
  const warnings = (r: ReturnType<typeof build>) => r.report.warnings.join('\n');

  it('an address that is not http(s) is dropped, not fatal', () => {
    const r = build('file\taddress\na.txt\tjavascript:alert(1)\nb.txt\tftp://example.org/b\n');
    expect(r.report.errors).toEqual([]);
    expect(r.articles.map((a) => a.sourceUrl)).toEqual([null, null]);
    expect(warnings(r)).toMatch(
      /data\/raw\/SOURCES\.tsv:2: "javascript:alert\(1\)" is not an http\(s\) address/,
    );
    expect(warnings(r)).toMatch(
      /data\/raw\/SOURCES\.tsv:3: "ftp:\/\/example\.org\/b" is not an http\(s\) address/,
    );
  });

  it('a second line for the same file is warned about and the first one wins', () => {
    const r = build(
      'file\taddress\na.txt\thttps://news.example.org/2025/02/26/a\na.txt\thttps://news.example.org/2019/01/01/a\n',
    );
    expect(r.articles[0]?.sourceUrl).toBe('https://news.example.org/2025/02/26/a');
    expect(warnings(r)).toMatch(
      /SOURCES\.tsv:3: a second address for a\.txt \(the first, on line 2, is kept\); line ignored/,
    );
  });

  it('a line without a tab and a line for a file that is not there are warned about', () => {
    const r = build(
      'file\taddress\na.txt https://news.example.org/a\nmissing.txt\thttps://news.example.org/m\n',
    );
    expect(warnings(r)).toMatch(/SOURCES\.tsv:2: no tab between the file name and the address/);
    expect(warnings(r)).toMatch(/SOURCES\.tsv:3: no file "missing\.txt" in the raw directory/);
    expect(r.articles.map((a) => a.id)).toEqual(['a', 'b']);
  });
});

describe('bad input files are reported by name and skipped; the others still build', () => {
  const cases: [string, Uint8Array, RegExp][] = [
    ['empty.txt', new Uint8Array(), /empty\.txt: skipped: is empty/],
    [
      'binary.txt',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]),
      /binary\.txt: skipped: looks binary/,
    ],
    [
      'latin1.txt',
      new Uint8Array([...enc('Caf'), 0xe9, ...enc(' au lait and more text here.')]),
      /latin1\.txt: skipped: is not valid UTF-8/,
    ],
  ];
  for (const [name, bytes, message] of cases) {
    it(`${name}`, () => {
      const good = [raw('a-good.txt', ARTICLE), raw('z-good.txt', ARTICLE.replace('Wednesday', 'Friday'))];
      const result = buildCorpus([...good, { name, bytes }], emptyCuration());
      expect(result.report.warnings.join('\n')).toMatch(message);
      expect(result.report.skipped.map((s) => s.file)).toEqual([name]);
      expect(result.articles.map((a) => a.id)).toEqual(['a-good', 'z-good']);
      expect(result.report.errors).toEqual([]);
    });
  }

  it('UTF-16 text, with or without a byte-order mark, is named as such with the fix (issue #18)', () => {
    const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
    const utf16be = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le').swap16());
    const files = [
      { name: 'le-bom.txt', bytes: utf16le(`\uFEFF${ARTICLE}`) },
      { name: 'be-bom.txt', bytes: utf16be(`\uFEFF${ARTICLE}`) },
      { name: 'le-plain.txt', bytes: utf16le(ARTICLE) },
    ];
    const result = buildCorpus([raw('ok.txt', ARTICLE), ...files], emptyCuration());
    expect(result.report.skipped).toEqual([
      { file: 'be-bom.txt', reason: 'is UTF-16BE text: convert it to UTF-8' },
      { file: 'le-bom.txt', reason: 'is UTF-16LE text: convert it to UTF-8' },
      { file: 'le-plain.txt', reason: 'is UTF-16LE text: convert it to UTF-8' },
    ]);
    expect(result.articles.map((a) => a.id)).toEqual(['ok']);
    // A binary file with NUL bytes here and there is still binary.
    expect(readArticle(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]))).toMatchObject({
      reason: expect.stringContaining('binary'),
    });
  });

  it('a 10 MB file generated at test time is refused by size', () => {
    const big = new Uint8Array(10 * 1024 * 1024).fill(0x61);
    const result = buildCorpus([raw('ok.txt', ARTICLE), { name: 'huge.txt', bytes: big }], emptyCuration());
    expect(result.report.warnings.join('\n')).toMatch(/huge\.txt: skipped: is 10\.0 MB, over the 2 MB limit/);
    expect(result.articles.map((a) => a.id)).toEqual(['ok']);
  });

  it('the same article under two names keeps the first by name order', () => {
    const result = buildCorpus(
      [raw('b-copy.txt', `Some Site\n\n${ARTICLE}`), raw('a-orig.txt', ARTICLE)],
      emptyCuration(),
    );
    expect(result.articles.map((a) => a.id)).toEqual(['a-orig']);
    expect(result.report.warnings.join('\n')).toMatch(/b-copy\.txt: skipped: same article as a-orig\.txt/);
  });

  it('CRLF + BOM + smart quotes build like the LF version', () => {
    const crlf = `\uFEFF${ARTICLE.replace(/\n/g, '\r\n')}“We are ready to help Ukraine with troops,” Macron said.\r\n`;
    const result = buildCorpus([raw('crlf.txt', crlf)], emptyCuration());
    const a = result.articles[0];
    expect(a?.title).toBe('Leaders debate a European force for Ukraine');
    expect(a?.published?.date).toBe('2025-02-26');
    const texts = a?.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)) ?? [];
    expect(texts).toContain('“We are ready to help Ukraine with troops,” Macron said.');
    expect(texts.join('\n')).not.toMatch(/[\r\uFEFF]/);
  });

  it('an article without a recognisable date is built with published null and a clear warning', () => {
    const result = buildCorpus(
      [
        raw(
          'nodate.txt',
          'A headline about the talks\n\nMacron said on Thursday that talks went well in Paris last week.\n',
        ),
      ],
      emptyCuration(),
    );
    expect(result.articles[0]?.published).toBeNull();
    expect(result.report.warnings.join('\n')).toMatch(/nodate\.txt: no recognisable publication date/);
    // Relative dates cannot be resolved without a publication date.
    expect(result.articles[0]?.paragraphs[0]?.sentences[0]?.dates).toEqual([]);
    expect(result.report.errors).toEqual([]);
  });
});
