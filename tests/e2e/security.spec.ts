import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { ITEM, openPage, openView, timelineReady, watchConsole } from './story';

/**
 * Builds data with the real pipeline from a raw article full of markup, then
 * serves it to the real app in place of the shipped data.
 */
function buildHostileData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ppe-hostile-'));
  const raw = join(dir, 'raw');
  const curation = join(dir, 'curation');
  mkdirSync(raw);
  mkdirSync(curation);
  copyFileSync('tests/fixtures/hostile/hostile-article.txt', join(raw, 'hostile-article.txt'));
  copyFileSync('data/curation/actors.yaml', join(curation, 'actors.yaml'));
  copyFileSync('data/curation/topics.yaml', join(curation, 'topics.yaml'));
  execFileSync(
    'npx',
    [
      'tsx',
      'src/pipeline/build.ts',
      '--quiet',
      '--raw',
      raw,
      '--curation',
      curation,
      '--out',
      join(dir, 'data'),
      '--report',
      join(dir, 'report.json'),
    ],
    { stdio: 'pipe' },
  );
  // And its pages, prerendered from that data into a copy of the built site.
  const site = join(dir, 'site');
  cpSync('dist', site, { recursive: true });
  rmSync(join(site, 'data'), { recursive: true, force: true });
  cpSync(join(dir, 'data'), join(site, 'data'), { recursive: true });
  execFileSync(
    'npx',
    [
      'tsx',
      '--tsconfig',
      'tsconfig.node.json',
      'scripts/prerender.tsx',
      '--quiet',
      '--dist',
      site,
      '--data',
      join(dir, 'data'),
    ],
    { stdio: 'pipe' },
  );
  return dir;
}

let hostileDir = '';
test.beforeAll(() => {
  hostileDir = buildHostileData();
});
test.afterAll(() => {
  if (hostileDir) rmSync(hostileDir, { recursive: true, force: true });
});
const dataDir = () => join(hostileDir, 'data');

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/** The hostile story's site in place of the shipped one: its pages, its data, the same app. */
async function serveHostileData(page: Page) {
  const site = join(hostileDir, 'site');
  await page.route('**/*', (route) => {
    const { pathname } = new URL(route.request().url());
    let file = join(site, decodeURIComponent(pathname));
    if (pathname.endsWith('/')) file = join(file, 'index.html');
    if (!existsSync(file))
      return route.fulfill({ status: 404, path: join(site, '404.html'), contentType: 'text/html' });
    return route.fulfill({ path: file, contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
  });
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned);

test('markup in article text is shown literally and never runs, in timeline, panels and search', async ({
  page,
}) => {
  const errors = watchConsole(page);
  await serveHostileData(page);
  const index = JSON.parse(readFileSync(join(dataDir(), 'index.json'), 'utf8')) as {
    articles: { id: string; title: string }[];
    events: { id: string; title: string }[];
  };
  const article = index.articles[0]!;
  expect(article.title).toContain('<img src=x onerror=');

  await openView(page, '/');
  await timelineReady(page);
  await expect(page.locator(ITEM).first()).toBeVisible();
  const event = index.events.find((e) => e.title.includes('<img'));
  if (event) await expect(page.locator(ITEM, { hasText: '<img src=x' }).first()).toBeVisible();

  await openView(page, `/articles/${article.id}`);
  await expect(page.getByRole('heading', { level: 2, name: article.title })).toBeVisible();
  await expect(page.locator('.article-text')).toContainText(
    `<img src=x onerror="window.__pwned='sentence'">`,
  );
  await expect(page.locator('.article-text')).toContainText('<script>');
  await expect(page.locator('.article-text')).toContainText('javascript:');

  await openView(page, '/search?q=backing');
  await expect(page.getByRole('heading', { level: 2, name: 'Search: backing' })).toBeVisible();

  expect(await page.locator('.app img, .app script').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  expect(await pwned(page)).toBeUndefined();
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  expect(errors).toEqual([]);
});

test('markup in article text is plain text in the prerendered pages, with and without JavaScript', async ({
  browser,
}) => {
  const index = JSON.parse(readFileSync(join(dataDir(), 'index.json'), 'utf8')) as {
    articles: { id: string; title: string }[];
  };
  const article = index.articles[0]!;
  const html = readFileSync(join(hostileDir, 'site', 'articles', article.id, 'index.html'), 'utf8');
  // The markup is in the page only as escaped text, in the body and in the head's tags.
  expect(html).not.toMatch(/<img[^>]*onerror/i);
  expect(html).toContain('&lt;img src=x onerror=');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await serveHostileData(page);
  await openPage(page, `/articles/${article.id}`);
  await expect(page.getByRole('heading', { level: 2, name: article.title })).toBeVisible();
  await expect(page.locator('.article-text')).toContainText('<script>');
  expect(await page.locator('#root img, #root script').count()).toBe(0);
  await context.close();
});

test('markup in URL parameters never reaches the page as HTML', async ({ page }) => {
  await serveHostileData(page);
  await openView(page, `/search?q=${encodeURIComponent('<img src=x onerror="window.__pwned=1">')}`);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Search: <img src=x onerror="window.__pwned=1">' }),
  ).toBeVisible();
  await openView(page, `/?actors=${encodeURIComponent('<script>window.__pwned=2</script>')}`);
  await expect(page.getByRole('alert').filter({ hasText: 'could not be used' })).toContainText('<script>');
  expect(await page.locator('.app img, .app script').count()).toBe(0);
  expect(await pwned(page)).toBeUndefined();
});

test('the page carries a Content-Security-Policy that blocks inline scripts, and the app works under it', async ({
  page,
}) => {
  const errors = watchConsole(page);
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __csp: string[] }).__csp.push(e.violatedDirective),
    );
  });
  await openView(page, '/events/macron-trump-meeting');
  await timelineReady(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("default-src 'self'");
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  expect(errors).toEqual([]);

  // An inline script runs (or is refused) as it is inserted; the refusal is reported by an event.
  const { inlineRan, refused } = await page.evaluate(async () => {
    const violation = new Promise<string>((resolve) =>
      document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), {
        once: true,
      }),
    );
    const script = document.createElement('script');
    script.textContent = 'window.__inline = true';
    document.body.append(script);
    const inlineRan = (window as unknown as { __inline?: boolean }).__inline === true;
    return { inlineRan, refused: await violation };
  });
  expect(inlineRan).toBe(false);
  expect(refused).toBe('script-src-elem');
});
