/**
 * What the browser part measures against: the app built once with Vite and the baseline page (a plain
 * vis-timeline handed every item, `bench/baseline/`), copied together with one data set into a site
 * and served on a free local port.
 */
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { build } from 'vite';
import { prerender, type PrerenderResult } from '../scripts/prerender';
import { ROOT } from './common';

export interface Site {
  name: 'shipped' | 'synthetic';
  dir: string;
  events: number;
  /** Most frequent actors (by events), for filter changes. */
  topActors: string[];
  /** Prerendering every page of this data set: pages, bytes, time. */
  prerendered: PrerenderResult;
}

export async function buildApp(outDir: string) {
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

export async function buildBaseline(outDir: string) {
  await build({
    root: join(ROOT, 'bench/baseline'),
    base: './',
    configFile: false,
    logLevel: 'error',
    publicDir: false,
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  });
}

function topActors(indexFile: string): { events: number; actors: string[] } {
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as { events: { actorIds: string[] }[] };
  const counts = new Map<string, number>();
  for (const e of index.events) for (const a of e.actorIds) counts.set(a, (counts.get(a) ?? 0) + 1);
  const actors = [...counts]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, 10)
    .map(([id]) => id);
  return { events: index.events.length, actors };
}

export async function makeSite(
  name: Site['name'],
  appBuild: string,
  baselineBuild: string,
  dataDir: string,
  tmp: string,
): Promise<Site> {
  const dir = join(tmp, `site-${name}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(appBuild, dir, { recursive: true, filter: (src) => !src.startsWith(join(appBuild, 'data')) });
  cpSync(dataDir, join(dir, 'data'), { recursive: true });
  cpSync(baselineBuild, join(dir, 'baseline'), { recursive: true });
  mkdirSync(join(dir, 'baseline/data'), { recursive: true });
  copyFileSync(join(dataDir, 'index.json'), join(dir, 'baseline/data/index.json'));
  const { events, actors } = topActors(join(dataDir, 'index.json'));
  // Every page of this data set, as `npm run build` makes them.
  const prerendered = await prerender({
    dist: dir,
    data: join(dir, 'data'),
    site: 'http://127.0.0.1',
    base: '/',
  });
  return { name, dir, events, topActors: actors, prerendered };
}

export function serve(dir: string): Promise<{ server: Server; origin: string }> {
  // No compression: transfer sizes are computed from the files (raw and gzip) instead.
  const handler = sirv(dir, { dev: false, etag: false, maxAge: 0 });
  const server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    }),
  );
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ server, origin: `http://127.0.0.1:${port}` });
    }),
  );
}
