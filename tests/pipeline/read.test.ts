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

  it('reads SOURCES.tsv with its header and ignores malformed lines', () => {
    const map = parseSources('file\taddress\r\na.txt\thttps://news.az/x\nb.txt\tnot a url\nc.txt\n');
    expect([...map]).toEqual([['a.txt', 'https://news.az/x']]);
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
