// @vitest-environment node
/**
 * `npm run add` end to end, against a local server (addServer.ts) and a temporary copy of data/raw: the
 * real data folders are never touched and no request leaves this machine. Expected values are written out
 * by hand from the fixture pages in tests/fixtures/pages.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { main } from '../../src/pipeline/addCli';
import { ROOT, SEED_000, SEED_DIR, tempBuild, tempDir } from './helpers';
import { page, PAGES, startFixtureServer, type FixtureServer } from './addServer';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

const at = (path: string) => `${server.origin}${path}`;

/** A temporary build (helpers.ts) and a reader of its raw files. */
function setup() {
  const build = tempBuild('add-');
  return { ...build, read: (name: string) => readFileSync(join(build.raw, name), 'utf8') };
}

/** Every file under `dir` with its content: what a refusal must leave exactly as it was. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(relative(dir, full), readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

async function add(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  try {
    return { code: await main(argv), out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

/** Runs the command and expects a refusal: exit 1, one line, nothing in the folder changed. */
async function refused(target: string, extra: string[] = []): Promise<string> {
  const t = setup();
  const before = snapshot(t.dir);
  const run = await add([target, ...t.flags, ...extra]);
  expect(run.code).toBe(1);
  expect(run.err.split('\n')).toHaveLength(1);
  expect(run.err).toMatch(/^Not added: .*\. Nothing was written\.$/);
  expect(snapshot(t.dir)).toEqual(before);
  return run.err;
}

const newFiles = (raw: string) => readdirSync(raw).filter((f) => !/^00\d_/.test(f) && f !== 'SOURCES.tsv');
const seedSources = readFileSync(join(SEED_DIR, 'SOURCES.tsv'), 'utf8');

describe('npm run add <address>: pages of several layouts', () => {
  it('JSON-LD and meta tags: the JSON-LD wins; text without furniture; SOURCES line; metadata file; build', async () => {
    const t = setup();
    const run = await add([at('/pages/jsonld-and-meta'), ...t.flags]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const name = 'harbour-herald-2025-03-04-arland-agrees-to-ceasefire-monitors';
    expect(newFiles(t.raw)).toEqual([`${name}.meta.json`, `${name}.txt`]);
    expect(t.read(`${name}.txt`)).toBe(
      [
        'Arland agrees to ceasefire monitors after talks in Velmora',
        'The government of Arland agreed on Tuesday to let an international team of unarmed monitors watch the ceasefire line along the Tessel river, ending three weeks of talks in the capital, Velmora.',
        'Foreign Minister Petra Olsen said the monitors would report to a joint commission every week and that the first of them could arrive “within days” if the neighbouring states kept their promise to pull back heavy weapons.',
        'What the monitors will do',
        'The team of about two hundred observers will patrol a strip twenty kilometres wide on both banks of the river. They will carry no weapons and will be guarded by police from the two sides, an arrangement that negotiators described as fragile but workable.',
        'Opposition leaders in Velmora criticised the deal, saying it left the question of who pays for the mission unanswered. A vote in parliament is expected next week.',
      ].join('\n\n') + '\n',
    );
    const canonical = at('/world/2025/03/04/arland-ceasefire-monitors');
    expect(t.read('SOURCES.tsv')).toBe(`${seedSources}${name}.txt\t${canonical}\n`);
    expect(JSON.parse(t.read(`${name}.meta.json`))).toEqual({
      version: 1,
      from: 'address',
      address: at('/pages/jsonld-and-meta'),
      canonical,
      title: 'Arland agrees to ceasefire monitors after talks in Velmora',
      // The publisher's own day (21:30 in New York), not the UTC day after it, nor og's other date.
      published: { date: '2025-03-04', stated: '2025-03-04T21:30:00-05:00' },
      author: 'Mara Quill, Ivo Denk',
      publisher: 'Harbour Herald',
    });
    // Built as `npm run data` would: the data, the report, and this article's report printed.
    const article = JSON.parse(readFileSync(join(t.out, 'articles', `${name}.json`), 'utf8')).article;
    expect(article).toMatchObject({
      sourceUrl: canonical,
      title: 'Arland agrees to ceasefire monitors after talks in Velmora',
      publisher: 'Harbour Herald',
      author: 'Mara Quill, Ivo Denk',
      published: { date: '2025-03-04', method: 'page-metadata', confidence: 'stated' },
    });
    const report = JSON.parse(readFileSync(join(t.dir, 'report.json'), 'utf8'));
    expect(report.articles.map((a: { id: string }) => a.id)).toHaveLength(4);
    expect(run.out).toContain(`● ${name}  Arland agrees to ceasefire monitors after talks in Velmora`);
    expect(run.out).toContain(`metadata from the page (${name}.meta.json): title, date, author, publisher`);
    expect(run.out).not.toContain('000_16401bdc4fe40c2d'); // only the added article's report
  });

  it('meta tags only: og:title, article:published_time, og:site_name, author, og:url', async () => {
    const t = setup();
    expect((await add([at('/pages/meta-only'), ...t.flags])).code).toBe(0);
    const name = 'coastal-courier-2025-03-06-bridge-talks-resume-in-ostmark';
    expect(JSON.parse(t.read(`${name}.meta.json`))).toEqual({
      version: 1,
      from: 'address',
      address: at('/pages/meta-only'),
      canonical: at('/news/bridge-talks-resume-in-ostmark'),
      title: 'Bridge talks resume in Ostmark as envoys return',
      published: { date: '2025-03-06', stated: '2025-03-06T10:15:00+01:00' },
      author: 'Lena Brandt',
      publisher: 'Coastal Courier',
    });
    const text = t.read(`${name}.txt`);
    expect(text).toMatch(
      /^Bridge talks resume in Ostmark as envoys return\n\nEnvoys from the two river states/,
    );
    expect(text).not.toMatch(/Log in|Advertise/);
  });

  it('neither: the title from <title>; the date from the text, and the report says so', async () => {
    const t = setup();
    const run = await add([at('/pages/no-metadata'), ...t.flags]);
    expect(run.code).toBe(0);
    const name = '127-0-0-1-grain-convoy-reaches-dunmere-port'; // no publisher: the host names it
    expect(JSON.parse(t.read(`${name}.meta.json`))).toMatchObject({
      canonical: null,
      title: 'Grain convoy reaches Dunmere port',
      published: null,
      author: null,
      publisher: null,
    });
    // No canonical address: the line has the address the page was read from.
    expect(t.read('SOURCES.tsv')).toBe(`${seedSources}${name}.txt\t${at('/pages/no-metadata')}\n`);
    expect(run.out).toContain(
      `metadata from the page (${name}.meta.json): title; from the text: date, author, publisher`,
    );
    expect(run.out).toContain('published 2025-03-07 (dateline, stated)');
    expect(t.read(`${name}.txt`)).not.toMatch(/Front page|Archive/);
  });

  it('a cookie banner, a newsletter box, related stories and comments are left out', async () => {
    const t = setup();
    expect((await add([at('/pages/cookie-banner-related'), ...t.flags])).code).toBe(0);
    const text = t.read('tidewater-post-2025-03-10-fishing-fleets-return-to-the-northern.txt');
    expect(text.split('\n\n')).toHaveLength(5); // the title and the four paragraphs
    expect(text).toContain(
      "The fishermen's union said it would accept observers if the authority paid for them.",
    );
    for (const furniture of [
      'cookies',
      'Accept all',
      'newsletter',
      'Related stories',
      'Harbour master',
      'Comments',
      'Log in',
    ])
      expect(text).not.toContain(furniture);
  });

  it('a live blog: every entry, newest first as the page has them, with its time', async () => {
    const t = setup();
    expect((await add([at('/pages/live-blog'), ...t.flags])).code).toBe(0);
    const name = 'harbour-herald-2025-03-12-live-velmora-summit-day-two';
    const text = t.read(`${name}.txt`);
    const order = [
      'The summit has ended.',
      'Delegations broke for lunch',
      'Leaders are arriving',
      'Good morning and welcome',
    ].map((s) => text.indexOf(s));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(JSON.parse(t.read(`${name}.meta.json`))).toMatchObject({
      canonical: at('/live/velmora-summit-day-two'), // JSON-LD `url`: the page has no canonical link
      author: 'Harbour Herald staff', // JSON-LD author and publisher written as plain strings
      publisher: 'Harbour Herald',
    });
  });

  it('a redirect is followed; the line has the canonical address, the metadata file the address read', async () => {
    const t = setup();
    expect((await add([at('/moved'), ...t.flags])).code).toBe(0);
    const name = 'coastal-courier-2025-03-06-bridge-talks-resume-in-ostmark';
    expect(JSON.parse(t.read(`${name}.meta.json`)).address).toBe(at('/pages/meta-only'));
    expect(t.read('SOURCES.tsv')).toContain(`${name}.txt\t${at('/news/bridge-talks-resume-in-ostmark')}\n`);
  });

  it.each([
    ['/latin1/header', 'the HTTP header'],
    ['/latin1/meta', '<meta http-equiv>'],
  ])('a Latin-1 page (%s: charset in %s) is decoded, written as UTF-8', async (path) => {
    const t = setup();
    const run = await add([at(path), ...t.flags]);
    expect(run.code).toBe(0);
    expect(run.out).toContain('windows-1252'); // the standard's name for ISO-8859-1
    const text = t.read('nordkust-zeitung-2025-03-14-cafe-owners-in-sankt-joeran-fear.txt');
    expect(text).toMatch(/^Café owners in Sankt Jöran fear the new border fees\n/);
    expect(text).toContain('said Jürgen Möller, whose family has run the Café Möller');
    expect(text).toContain('on the Große Straße');
  });
});

describe('npm run add <address>: refusals, with nothing written', () => {
  it('a 404', async () => {
    expect(await refused(at('/missing'))).toBe(
      `Not added: ${at('/missing')} answered 404 Not Found, not 200 OK. Nothing was written.`,
    );
  });

  it('a redirect loop, named', async () => {
    expect(await refused(at('/loop/a'))).toBe(
      `Not added: redirect loop: ${at('/loop/a')} → ${at('/loop/b')} → ${at('/loop/a')}. Nothing was written.`,
    );
  });

  it('more than five redirects', async () => {
    expect(await refused(at('/chain/1'))).toMatch(
      /^Not added: more than 5 redirects \(.*\/chain\/1 → .*\/chain\/2 → .*\/chain\/3 → …\)/,
    );
  });

  it('not HTML', async () => {
    expect(await refused(at('/report.pdf'))).toBe(
      `Not added: ${at('/report.pdf')} is application/pdf, not an HTML page. Nothing was written.`,
    );
  });

  it('an answer that never ends: reading stops past 5 MB', async () => {
    expect(await refused(at('/huge'))).toMatch(/is over the 5 MB limit for one page .*: stopped reading\./);
    // The server sees the client leave long before the 64 MB it would send to one that read on.
    expect(await server.hugeClosed()).toBeLessThan(32 * 1024 * 1024);
  });

  it('no answer within --timeout', async () => {
    expect(await refused(at('/never'), ['--timeout', '300'])).toBe(
      `Not added: no answer from ${new URL(server.origin).host} within 300 ms (timed out). Nothing was written.`,
    );
  });

  it('nothing listening at the address', async () => {
    const closed = await closedPort();
    expect(await refused(`http://127.0.0.1:${closed}/article`)).toBe(
      `Not added: 127.0.0.1:${closed} refused the connection (ECONNREFUSED). Nothing was written.`,
    );
  });

  it.each([['/pages/paywall'], ['/pages/index-page']])('no article text (%s)', async (path) => {
    expect(await refused(at(path))).toMatch(
      /^Not added: no article text in .*: \d+ characters in \d paragraph\(s\), fewer than the 500 characters .*save the page/,
    );
  });

  it('an address that is not a web address', async () => {
    expect(await refused('ftp://files.example/article.html')).toBe(
      'Not added: ftp://files.example/article.html is not an http(s) address (ftp). Nothing was written.',
    );
  });
});

describe('npm run add: duplicates are refused, naming the file that has them', () => {
  it('the same address again (its canonical address via a redirect, too)', async () => {
    const t = setup();
    expect((await add([at('/pages/meta-only'), ...t.flags])).code).toBe(0);
    const before = snapshot(t.dir);
    for (const again of [at('/pages/meta-only'), at('/moved')]) {
      const run = await add([again, ...t.flags]);
      expect(run.code).toBe(1);
      expect(run.err).toMatch(
        /^Not added: http:\/\/127\.0\.0\.1:\d+\/pages\/meta-only is already in .*raw\/coastal-courier-2025-03-06-bridge-talks-resume-in-ostmark\.txt \(its page's address\)\. Nothing was written\.$/,
      );
    }
    expect(snapshot(t.dir)).toEqual(before);
  });

  it('the same text under another address', async () => {
    const t = setup();
    expect((await add([at('/pages/no-metadata'), ...t.flags])).code).toBe(0);
    const copy = join(t.dir, 'copy.html');
    writeFileSync(copy, page('no-metadata'));
    const before = snapshot(t.raw);
    const run = await add([copy, '--url', 'https://mirror.example/grain', ...t.flags]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(
      /^Not added: the same text is already in .*raw\/127-0-0-1-grain-convoy-reaches-dunmere-port\.txt \(100% of its paragraphs are there\)/,
    );
    expect(snapshot(t.raw)).toEqual(before);
  });

  it('the text of an article scraped by hand, furniture and all', async () => {
    const t = setup();
    // The seed article's own paragraphs, as a page would carry them (built here, from the temporary copy).
    const paragraphs = t
      .read(`${SEED_000}.txt`)
      .split(/\n\s*\n/)
      .filter((p) => p.length > 200);
    const html = `<!doctype html><title>Copy</title><article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;
    writeFileSync(join(t.dir, 'copy.html'), html);
    const run = await add([join(t.dir, 'copy.html'), ...t.flags]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(new RegExp(`the same text is already in .*raw/${SEED_000}\\.txt`));
  });
});

describe('npm run add <saved page.html> [--url <address>]', () => {
  it('reads the address from the browser’s “saved from” comment and the canonical link', async () => {
    const t = setup();
    const run = await add([join(PAGES, 'saved-page.html'), ...t.flags]);
    expect(run.code).toBe(0);
    const name = 'harbour-herald-2025-03-18-velmora-border-crossings-reopen';
    const address = 'https://www.harbour-herald.example/world/2025/03/18/velmora-border-reopens';
    expect(JSON.parse(t.read(`${name}.meta.json`))).toEqual({
      version: 1,
      from: 'saved page',
      address,
      canonical: address,
      title: 'Velmora border crossings reopen to lorries',
      published: { date: '2025-03-18', stated: '2025-03-18T12:00:00Z' },
      author: 'Ivo Denk', // "By Ivo Denk" in the JSON-LD
      publisher: 'Harbour Herald',
    });
    expect(t.read('SOURCES.tsv')).toBe(`${seedSources}${name}.txt\t${address}\n`);
    expect(t.read(`${name}.txt`)).not.toContain('Subscribe');
  });

  it('--url says where it came from; the canonical address still goes into SOURCES.tsv', async () => {
    const t = setup();
    const run = await add([
      join(PAGES, 'saved-page.html'),
      '--url',
      'https://harbour-herald.example/amp/velmora',
      ...t.flags,
    ]);
    expect(run.code).toBe(0);
    const meta = JSON.parse(t.read('harbour-herald-2025-03-18-velmora-border-crossings-reopen.meta.json'));
    expect(meta.address).toBe('https://harbour-herald.example/amp/velmora');
    expect(t.read('SOURCES.tsv')).toContain(
      '\thttps://www.harbour-herald.example/world/2025/03/18/velmora-border-reopens\n',
    );
  });

  it('with no address anywhere: added, without a SOURCES.tsv line, and it says so', async () => {
    const t = setup();
    const file = join(t.dir, 'grain.html');
    writeFileSync(file, page('no-metadata'));
    const run = await add([file, ...t.flags]);
    expect(run.code).toBe(0);
    expect(run.out).toContain('no address known, so no SOURCES.tsv line (give --url)');
    expect(t.read('SOURCES.tsv')).toBe(seedSources);
    expect(newFiles(t.raw)).toEqual([
      'grain-convoy-reaches-dunmere-port.meta.json',
      'grain-convoy-reaches-dunmere-port.txt',
    ]);
    expect(JSON.parse(t.read('grain-convoy-reaches-dunmere-port.meta.json'))).toMatchObject({
      from: 'saved page',
      address: null,
    });
  });

  it('refuses a missing file, a web archive, a file over 5 MB and a --url that is no address', async () => {
    const t = setup();
    const archive = join(t.dir, 'page.mhtml');
    writeFileSync(
      archive,
      'From: <Saved by Blink>\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n',
    );
    const big = join(t.dir, 'big.html');
    writeFileSync(big, Buffer.alloc(5 * 1024 * 1024 + 1, 0x20));
    expect(await refused(join(t.dir, 'none.html'))).toMatch(/there is no file .*none\.html\./);
    expect(await refused('www.example.com/article')).toMatch(/for an address, write it with https:\/\//);
    expect(await refused(archive)).toMatch(/is a web archive \(MHTML/);
    expect(await refused(big)).toMatch(/big\.html is 5\.0 MB, over the 5 MB limit for one page/);
    expect(await refused(join(PAGES, 'saved-page.html'), ['--url', 'harbour-herald'])).toMatch(
      /"harbour-herald" is not a web address/,
    );
  });
});

describe('npm run add: the command line', () => {
  it('exit 2 with a usage line for no page, two pages, --url with an address, an unknown flag', async () => {
    for (const argv of [
      [],
      ['a.html', 'b.html'],
      [at('/pages/meta-only'), '--url', 'https://x.example/'],
      ['a.html', '--tiemout', '5'],
    ]) {
      const run = await add(argv);
      expect(run.code).toBe(2);
      expect(run.err).toMatch(/^error: .*\nusage: npm run add -- <address>/);
    }
    expect((await add(['a.html', '--tiemout', '5'])).err).toMatch(/did you mean --timeout\?/);
  });

  it('a raw folder that is not there is a refusal', async () => {
    const run = await add([join(PAGES, 'saved-page.html'), '--raw', join(tempDir('add-'), 'nowhere')]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^Not added: raw directory .*nowhere does not exist\. Nothing was written\.$/);
  });

  it('through npm, in a real process: added, exit 0', async () => {
    const t = setup();
    const child = await run('npm', [
      'run',
      '--silent',
      'add',
      '--',
      at('/pages/jsonld-and-meta'),
      ...t.flags,
    ]);
    expect(child.stderr).toBe('');
    expect(child.code).toBe(0);
    expect(child.stdout).toMatch(
      /^Added .*harbour-herald-2025-03-04-arland-agrees-to-ceasefire-monitors\.txt/,
    );
    expect(
      existsSync(join(t.raw, 'harbour-herald-2025-03-04-arland-agrees-to-ceasefire-monitors.meta.json')),
    ).toBe(true);
  });

  it('in a real process: a refusal is one line on stderr and exit 1', async () => {
    const t = setup();
    const child = await run(process.execPath, [
      '--import',
      'tsx',
      'src/pipeline/addCli.ts',
      at('/never'),
      '--timeout',
      '200',
      ...t.flags,
    ]);
    expect(child.code).toBe(1);
    expect(child.stdout).toBe('');
    expect(child.stderr).toMatch(
      /^Not added: no answer from .* within 200 ms \(timed out\)\. Nothing was written\.\n$/,
    );
  });
});

/** A process run without blocking this one, which serves its requests. */
function run(
  command: string,
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** A port on this machine that nothing listens on: one the system just handed out and took back. */
async function closedPort(): Promise<number> {
  const probe = createTcpServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise((done) => probe.close(done));
  return port;
}
