// @vitest-environment node
/** The small pure parts of `npm run add`, tested directly; the command itself is in addCommand.test.ts. */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { charsetParameter, decodePage, looksLikeHtml } from '../../src/pipeline/add/decode';
import { addressKey, comparable, sharedShare } from '../../src/pipeline/add/duplicates';
import {
  blockTexts,
  pageMetadata,
  requireArticleText,
  type ExtractedPage,
} from '../../src/pipeline/add/extract';
import { mediaType, networkRefusal, webAddress } from '../../src/pipeline/add/fetchPage';
import { leadingWords, nameStem, uniqueName, withoutDanglingWord } from '../../src/pipeline/add/naming';
import {
  articleFromJsonLd,
  authorName,
  canonicalAddress,
  publicationDay,
  savedFromComment,
} from '../../src/pipeline/add/pageTags';
import { Refusal } from '../../src/pipeline/add/refusal';
import { isWebArchive } from '../../src/pipeline/add/savedPage';
import { articleText, withSourcesLine, writeRawFiles } from '../../src/pipeline/add/write';
import { tempDir } from './helpers';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('decoding a page in its declared charset', () => {
  // "Łódź" in ISO-8859-2 is A3 F3 64 BC; read as windows-1252 the same bytes are "£ód¼".
  const lodz = [0xa3, 0xf3, 0x64, 0xbc];

  it('from <meta charset>, from <meta http-equiv>, from the HTTP header (which wins over the page)', () => {
    expect(decodePage(bytes('<meta charset="iso-8859-2"><p>', lodz), null)).toEqual({
      html: '<meta charset="iso-8859-2"><p>Łódź',
      charset: 'ISO-8859-2',
    });
    const httpEquiv = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2"><p>';
    expect(decodePage(bytes(httpEquiv, lodz), null).html).toMatch(/Łódź$/);
    const page = bytes('<meta charset="windows-1252"><p>', lodz);
    expect(decodePage(page, 'text/html; charset=iso-8859-2').html).toMatch(/Łódź$/);
  });

  it('undeclared: UTF-8 when the bytes are UTF-8, else windows-1252 (which reads Latin-1)', () => {
    expect(decodePage(Buffer.from('<p>Łódź “quoted”'), null)).toEqual({
      html: '<p>Łódź “quoted”',
      charset: 'UTF-8',
    });
    expect(decodePage(bytes('<p>', lodz), null)).toEqual({ html: '<p>£ód¼', charset: 'windows-1252' });
  });

  it('a byte-order mark wins over everything', () => {
    const page = bytes([0xef, 0xbb, 0xbf], '<p>'),
      utf8 = Buffer.from('Łódź');
    expect(decodePage(Buffer.concat([page, utf8]), 'text/html; charset=iso-8859-1').charset).toBe('UTF-8');
  });

  it('refuses a charset no decoder reads', () => {
    expect(() => decodePage(bytes('<meta charset="iso-2022-kr"><p>x'), null)).toThrow(
      new Refusal('the page is encoded as replacement, which cannot be decoded'),
    );
  });

  it('reads the charset parameter and knows an HTML page when it sees one', () => {
    expect(charsetParameter('text/html; charset="ISO-8859-1"')).toBe('ISO-8859-1');
    expect(charsetParameter('text/html')).toBeNull();
    expect(charsetParameter('not a type')).toBeNull();
    expect(looksLikeHtml('<!DOCTYPE html><title>x</title>')).toBe(true);
    expect(looksLikeHtml('\n<HTML lang=en>')).toBe(true);
    expect(looksLikeHtml('%PDF-1.7 binary')).toBe(false);
    expect(looksLikeHtml('{"json": true}')).toBe(false);
  });
});

describe('the page’s JSON-LD', () => {
  const ld = (value: unknown) => articleFromJsonLd([JSON.stringify(value)]);

  it('finds the article in a list, an @graph or a @type list, whatever comes first', () => {
    const article = { '@type': 'NewsArticle', headline: 'H' };
    expect(ld([{ '@type': 'WebSite', name: 'Site' }, article])?.headline).toBe('H');
    expect(
      ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'Organization' }, article] })?.headline,
    ).toBe('H');
    expect(ld({ '@type': ['ReportageNewsArticle', 'Thing'], headline: 'H' })?.headline).toBe('H');
    expect(ld({ '@type': 'LiveBlogPosting', headline: 'Live' })?.headline).toBe('Live');
    expect(ld({ '@type': 'WebPage', headline: 'Not an article' })).toBeNull();
  });

  it('skips a broken block and reads the next; unwraps CDATA', () => {
    const good = '<![CDATA[{"@type":"Article","headline":"Second"}]]>';
    expect(articleFromJsonLd(['{"@type": "NewsArticle", broken', good])?.headline).toBe('Second');
  });

  it('reads headline (else name), datePublished, authors and publisher in every shape, and the url', () => {
    expect(
      ld({
        '@type': 'NewsArticle',
        name: 'Name',
        headline: '  The   headline ',
        datePublished: '2025-03-04T21:30:00-05:00',
        author: [{ '@type': 'Person', name: 'Mara Quill' }, 'Ivo Denk', { name: 'Mara Quill' }, { url: 'x' }],
        publisher: { '@type': 'Organization', name: 'Harbour Herald' },
        mainEntityOfPage: { '@id': 'https://h.example/a' },
      }),
    ).toEqual({
      headline: 'The headline',
      datePublished: '2025-03-04T21:30:00-05:00',
      author: 'Mara Quill, Ivo Denk',
      publisher: 'Harbour Herald',
      url: 'https://h.example/a',
    });
    expect(ld({ '@type': 'Article', name: 'Only a name', author: 'Staff', publisher: 'Herald' })).toEqual({
      headline: 'Only a name',
      datePublished: null,
      author: 'Staff',
      publisher: 'Herald',
      url: null,
    });
  });
});

describe('metadata values', () => {
  it.each([
    ['2025-03-04T21:30:00-05:00', '2025-03-04'], // the day as the publisher writes it
    ['2025-03-04T23:30:00Z', '2025-03-04'],
    ['2025-03-10', '2025-03-10'],
    ['March 6, 2025', '2025-03-06'],
    ['Wed, 26 Feb 2025 10:00:00 GMT', '2025-02-26'],
    ['2025-02-30T10:00:00Z', null],
    ['yesterday', null],
    ['', null],
  ])('publication day of %j is %j', (stated, date) => {
    expect(publicationDay(stated)?.date ?? null).toBe(date);
  });

  it('keeps the stated value beside the day', () => {
    expect(publicationDay(' 2025-03-04T21:30:00-05:00 ')).toEqual({
      date: '2025-03-04',
      stated: '2025-03-04T21:30:00-05:00',
    });
  });

  it('turns a byline into a name, and refuses what is not one', () => {
    expect(authorName('By  Jane\nDoe')).toBe('Jane Doe');
    expect(authorName('by Ivo Denk')).toBe('Ivo Denk');
    expect(authorName('https://h.example/authors/jane')).toBeNull();
    expect(authorName('x'.repeat(151))).toBeNull();
    expect(authorName('  ')).toBeNull();
    expect(authorName(null)).toBeNull();
  });

  it('makes the canonical address absolute, without its fragment, and not a front page', () => {
    expect(canonicalAddress('/world/a#top', 'https://h.example/amp/a?x=1')).toBe('https://h.example/world/a');
    expect(canonicalAddress('https://h.example/world/a', null)).toBe('https://h.example/world/a');
    expect(canonicalAddress('https://h.example/', 'https://h.example/world/a')).toBeNull();
    expect(canonicalAddress('/world/a', null)).toBeNull(); // relative, and nothing to resolve it against
    expect(canonicalAddress('ftp://h.example/a', null)).toBeNull();
    expect(canonicalAddress(null, 'https://h.example/a')).toBeNull();
  });

  it('reads the browser’s “saved from” comment', () => {
    expect(savedFromComment('<!-- saved from url=(0027)https://h.example/world/a -->\n<html>')).toBe(
      'https://h.example/world/a',
    );
    expect(savedFromComment('<html><!-- saved from nowhere -->')).toBeNull();
  });
});

describe('the page-metadata file’s content', () => {
  const page = (over: Partial<ExtractedPage> = {}): ExtractedPage => ({
    title: 'T',
    paragraphs: [],
    readability: { title: 'T', byline: null, siteName: null, publishedTime: null },
    tags: { jsonLd: null, canonical: null, savedFrom: null },
    ...over,
  });

  it('takes the JSON-LD first, then what Readability read from the meta tags', () => {
    const jsonLd = {
      headline: 'T',
      datePublished: '2025-03-04',
      author: 'A',
      publisher: 'P',
      url: 'https://h.example/a',
    };
    const readability = { title: 'T', byline: 'By B', siteName: 'Q', publishedTime: '2025-03-01T00:00:00Z' };
    expect(
      pageMetadata(
        page({ readability, tags: { jsonLd, canonical: null, savedFrom: null } }),
        'address',
        null,
      ),
    ).toMatchObject({
      canonical: 'https://h.example/a',
      published: { date: '2025-03-04' },
      author: 'A',
      publisher: 'P',
    });
    expect(pageMetadata(page({ readability }), 'address', null)).toMatchObject({
      canonical: null,
      published: { date: '2025-03-01', stated: '2025-03-01T00:00:00Z' },
      author: 'B',
      publisher: 'Q',
    });
  });

  it('an unusable JSON-LD date or author falls through to the meta tags', () => {
    const jsonLd = {
      headline: 'T',
      datePublished: 'soon',
      author: 'https://h.example/me',
      publisher: null,
      url: null,
    };
    const readability = { title: 'T', byline: 'Jo Park', siteName: ' ', publishedTime: '2025-03-01' };
    expect(
      pageMetadata(
        page({ readability, tags: { jsonLd, canonical: null, savedFrom: null } }),
        'saved page',
        null,
      ),
    ).toMatchObject({
      published: { date: '2025-03-01' },
      author: 'Jo Park',
      publisher: null,
    });
  });

  it('needs 500 characters in two paragraphs to be an article', () => {
    const ok = page({ paragraphs: ['x'.repeat(250), 'y'.repeat(250)] });
    expect(() => requireArticleText(ok, 'p')).not.toThrow();
    expect(() => requireArticleText(page({ paragraphs: ['x'.repeat(250), 'y'.repeat(249)] }), 'p')).toThrow(
      /no article text in p: 499 characters in 2 paragraph\(s\)/,
    );
    expect(() => requireArticleText(page({ paragraphs: ['x'.repeat(900)] }), 'p')).toThrow(
      /900 characters in 1 paragraph/,
    );
  });
});

describe('paragraphs from the article’s blocks', () => {
  const texts = (html: string) =>
    blockTexts(new JSDOM(`<div id="root">${html}</div>`).window.document.getElementById('root')!);

  it('one paragraph per block; inline elements run on; whitespace collapsed', () => {
    expect(texts('<h2>Sub  head</h2><p>One <b>bold</b>\n  <a href="#">link</a>.</p><p>Two</p>')).toEqual([
      'Sub head',
      'One bold link.',
      'Two',
    ]);
  });

  it('list items, quotes and <br> each end a paragraph; text loose in a <div> is one too', () => {
    expect(
      texts(
        '<div>Loose text<p>Para</p>tail</div><ul><li>A</li><li>B</li></ul><blockquote>Q</blockquote>a<br>b',
      ),
    ).toEqual(['Loose text', 'Para', 'tail', 'A', 'B', 'Q', 'a', 'b']);
  });

  it('leaves out figures and their captions, embeds, forms and buttons', () => {
    expect(
      texts(
        '<p>Kept</p><figure><img alt="x"><figcaption>Photo: Someone/Agency</figcaption></figure><button>Share</button><form>Email</form><iframe></iframe><p>Also kept</p>',
      ),
    ).toEqual(['Kept', 'Also kept']);
  });
});

describe('duplicates', () => {
  it.each([
    ['https://www.h.example/world/a/', 'h.example/world/a'],
    ['http://h.example/world/a#comments', 'h.example/world/a'],
    ['https://H.example/world/a?utm_source=x&b=2&a=1&fbclid=y', 'h.example/world/a?a=1&b=2'],
    ['https://h.example/', 'h.example'],
  ])('the address %s is %s', (address, key) => {
    expect(addressKey(address)).toBe(key);
  });

  it('compares on letters and digits, so quotes, dashes and line breaks do not matter', () => {
    expect(comparable('“Premature,” she said —\nTrump’s  plan.')).toBe('premature she said trump s plan');
    const existing =
      'Menu\nHome\n\nFirst paragraph of the story, long enough to count as one.\nIt was wrapped.\n\nSecond paragraph, which also runs to more than forty letters.';
    expect(
      sharedShare(
        [
          'First paragraph of the story, long enough to count as one. It was wrapped.',
          'Second paragraph, which also runs to more than forty letters.',
        ],
        existing,
      ),
    ).toBe(1);
    expect(
      sharedShare(
        [
          'First paragraph of the story, long enough to count as one.',
          'A new paragraph that the old file does not have at all.',
        ],
        existing,
      ),
    ).toBe(0.5);
    // Whole words only: "count as one" is not "count as one hundred".
    expect(sharedShare(['paragraph of the story, long enough to count as on'], existing)).toBe(0);
  });
});

describe('naming', () => {
  it('publisher, date and the title’s first words, in a link-safe slug', () => {
    expect(
      nameStem({
        publisher: 'Kyiv Independent',
        date: '2025-02-25',
        title: 'Macron wins no security guarantees from Trump on peacekeepers plan, FT reports',
        address: null,
      }),
    ).toBe('kyiv-independent-2025-02-25-macron-wins-no-security-guarantees');
    expect(
      nameStem({
        publisher: null,
        date: null,
        title: 'Зеленський зустрівся з Макроном у Парижі',
        address: 'https://www.pravda.example/a',
      }),
    ).toBe('pravda-example-zelenskiy-zustrivsya-z-makronom-u-parizhi');
    expect(
      nameStem({ publisher: 'Die Zeit', date: null, title: 'Außenminister in Kyjiw', address: null }),
    ).toBe('die-zeit-aussenminister-in-kyjiw');
    expect(nameStem({ publisher: null, date: null, title: null, address: null })).toBe('article');
  });

  it('never ends on a dangling small word, never passes 64 characters', () => {
    expect(withoutDanglingWord('talks-resume-in-ostmark-as')).toBe('talks-resume-in-ostmark');
    expect(withoutDanglingWord('the')).toBe('the');
    expect(leadingWords('a-very-long-title', 10)).toBe('a-very');
    expect(leadingWords('internationalisation-x', 8)).toBe('internat');
    const long = nameStem({
      publisher: 'The Very Long Name of a Regional Newspaper Group',
      date: '2025-03-01',
      title: 'A title with many words that go on and on and on',
      address: null,
    });
    expect(long.length).toBeLessThanOrEqual(64);
    expect(long).toMatch(/^the-very-long-name-of-a-2025-03-01-a-title-with-many-words-that/);
  });

  it('adds -2, -3 … when the article id is taken, in any case', () => {
    expect(uniqueName('h-2025-a', new Set(['SOURCES.tsv']))).toBe('h-2025-a.txt');
    expect(uniqueName('h-2025-a', new Set(['H-2025-A.txt', 'h-2025-a-2.meta.json']))).toBe('h-2025-a-3.txt');
  });
});

describe('writing', () => {
  it('appends the SOURCES.tsv line, with the header when there was no file', () => {
    expect(withSourcesLine(null, 'a.txt', 'https://h.example/a')).toBe(
      'file\taddress\na.txt\thttps://h.example/a\n',
    );
    expect(withSourcesLine('file\taddress\nx.txt\thttps://x', 'a.txt', 'https://h.example/a')).toBe(
      'file\taddress\nx.txt\thttps://x\na.txt\thttps://h.example/a\n',
    );
  });

  it('the text: title line, then one paragraph per block, blank lines between', () => {
    expect(articleText('Title', ['One.', 'Two.'])).toBe('Title\n\nOne.\n\nTwo.\n');
    expect(articleText(null, ['One.'])).toBe('One.\n');
  });

  it('writes every file or none', () => {
    const dir = tempDir('add-write-');
    writeRawFiles(dir, [
      { name: 'a.txt', content: 'A\n' },
      { name: 'SOURCES.tsv', content: 'S\n' },
    ]);
    expect(readdirSync(dir).sort()).toEqual(['SOURCES.tsv', 'a.txt']);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('A\n');
    const second = join(dir, 'second');
    mkdirSync(second);
    // The second file's folder does not exist: its write fails, and the first is not left behind.
    expect(() =>
      writeRawFiles(second, [
        { name: 'b.txt', content: 'B\n' },
        { name: 'missing/c.txt', content: 'C\n' },
      ]),
    ).toThrow(/ENOENT/);
    expect(readdirSync(second)).toEqual([]);
    expect(existsSync(join(second, 'b.txt'))).toBe(false);
  });
});

describe('network failures and saved files, in words', () => {
  const url = new URL('https://news.example/a');
  const failed = (code: string) =>
    Object.assign(new TypeError('fetch failed'), { cause: { code, message: code } });

  it.each([
    [failed('ENOTFOUND'), 'could not find news.example: no network, or a mistyped address (ENOTFOUND)'],
    [failed('EAI_AGAIN'), 'could not find news.example: no network, or a mistyped address (EAI_AGAIN)'],
    [failed('ECONNREFUSED'), 'news.example refused the connection (ECONNREFUSED)'],
    [failed('ECONNRESET'), 'news.example closed the connection before sending the page (ECONNRESET)'],
    [failed('CERT_HAS_EXPIRED'), 'could not reach news.example: CERT_HAS_EXPIRED'],
    [
      new DOMException('signal timed out', 'TimeoutError'),
      'no answer from news.example within 30 s (timed out)',
    ],
  ])('%s', (error, message) => {
    expect(networkRefusal(error, url, 30_000).message).toBe(message);
  });

  it('knows web addresses and media types', () => {
    expect(webAddress('https://news.example/a').href).toBe('https://news.example/a');
    expect(() => webAddress('news.example/a')).toThrow('"news.example/a" is not a web address');
    expect(() => webAddress('javascript:alert(1)')).toThrow('is not an http(s) address (javascript)');
    expect(mediaType('Text/HTML; charset=UTF-8')).toBe('text/html');
    expect(mediaType(null)).toBeNull();
  });

  it('tells a web archive from a page', () => {
    expect(
      isWebArchive(
        Buffer.from('From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n'),
      ),
    ).toBe(true);
    expect(isWebArchive(Buffer.from('<!doctype html><p>MIME-Version: 1.0 is a header'))).toBe(false);
  });
});
