/**
 * What each library costs: every JavaScript chunk of the app's build, split by the package (or app
 * folder) its bytes come from, read from the build's source maps. Sizes are gzip, shared out over a
 * chunk's sources in proportion to their raw bytes. The first view is the chunks the overview page
 * loads before its first timeline item: the entry, what it imports statically, and the timeline.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';

export interface ChunkCost {
  file: string;
  gzip: number;
  /** Package (`react-dom`, `@tanstack/router-core`) or app folder (`app/timeline`) → gzip bytes. */
  parts: Record<string, number>;
  firstView: boolean;
}

/** `…/node_modules/@scope/pkg/…` → `@scope/pkg`; `…/src/app/timeline/x.ts` → `app/timeline`. */
function owner(source: string): string {
  const modules = source.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const [first = '', second = ''] = source.slice(modules + 'node_modules/'.length).split('/');
    return first.startsWith('@') ? `${first}/${second}` : first;
  }
  const src = source.lastIndexOf('/src/');
  if (src >= 0)
    return source
      .slice(src + 5)
      .split('/')
      .slice(0, 2)
      .join('/')
      .replace(/\.tsx?$/, '');
  return '(bundler)';
}

function chunkCost(dir: string, file: string, firstView: boolean): ChunkCost {
  const code = readFileSync(join(dir, file), 'utf8');
  const map = new SourceMapConsumer(
    JSON.parse(readFileSync(join(dir, `${file}.map`), 'utf8')) as RawSourceMap,
  );
  const lines = code.split('\n');
  const raw = new Map<string, number>();
  const mappings: { line: number; column: number; source: string }[] = [];
  map.eachMapping((m) =>
    mappings.push({ line: m.generatedLine, column: m.generatedColumn, source: m.source ?? '' }),
  );
  mappings.forEach((m, i) => {
    const next = mappings[i + 1];
    const end = next && next.line === m.line ? next.column : (lines[m.line - 1]?.length ?? m.column);
    const key = owner(m.source);
    raw.set(key, (raw.get(key) ?? 0) + Math.max(0, end - m.column));
  });
  const gzip = gzipSync(code).length;
  const total = [...raw.values()].reduce((a, b) => a + b, 0) || 1;
  const parts: Record<string, number> = {};
  for (const [key, bytes] of [...raw].sort((a, b) => b[1] - a[1]))
    parts[key] = Math.round((bytes / total) * gzip);
  return { file, gzip, parts, firstView };
}

/** The chunks of a build in `dir` (with its `index.html` shell), first view first. */
export function bundleMap(dist: string): ChunkCost[] {
  const assets = join(dist, 'assets');
  const kept = join(dist, 'app-shell.html');
  const shell = readFileSync(existsSync(kept) ? kept : join(dist, 'index.html'), 'utf8');
  const statics = new Set([...shell.matchAll(/assets\/([^"]+\.js)/g)].map((m) => m[1]!));
  const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const first = (f: string) => statics.has(f) || f.startsWith('EventTimeline-');
  return files
    .map((f) => chunkCost(assets, f, first(f)))
    .sort((a, b) => Number(b.firstView) - Number(a.firstView) || b.gzip - a.gzip);
}

/** The first view's cost by library, largest first, then every chunk: for the report and the docs. */
export function bundleTable(costs: readonly ChunkCost[]): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const byLibrary = new Map<string, number>();
  for (const chunk of costs.filter((c) => c.firstView))
    for (const [part, bytes] of Object.entries(chunk.parts)) {
      // App code is summed by folder under app/…; libraries by package.
      const key =
        part.startsWith('app/') || part.startsWith('model/') ? `our ${part.split('/')[0]} code` : part;
      byLibrary.set(key, (byLibrary.get(key) ?? 0) + bytes);
    }
  const firstView = costs.filter((c) => c.firstView).reduce((sum, c) => sum + c.gzip, 0);
  const libraries = [...byLibrary]
    .sort((a, b) => b[1] - a[1])
    .map(([name, bytes]) => `| ${name} | ${kb(bytes)} |`);
  const chunks = costs.map(
    (c) =>
      `| ${c.file.replace(/-[\w-]{8}\.js$/, '.js')} | ${c.firstView ? 'first view' : 'on demand'} | ${kb(c.gzip)} | ${Object.entries(
        c.parts,
      )
        .slice(0, 3)
        .map(([part, bytes]) => `${part} ${kb(bytes)}`)
        .join(', ')} |`,
  );
  return [
    `First view, before the first timeline item: ${kb(firstView)} gzip`,
    '',
    '| library or code | gzip |',
    '| --- | --- |',
    ...libraries,
    '',
    '| chunk | loaded | gzip | largest parts |',
    '| --- | --- | --- | --- |',
    ...chunks,
  ].join('\n');
}
