/**
 * A plain static server for the built site (`dist/`), as any static host would serve it: each
 * view is a folder with an index.html, and an address that matches no file gets `404.html` with
 * status 404. No rewrite rules, no single-page fallback.
 *
 * Usage: tsx scripts/serve.ts [--dir dist] [--port 4173] [--host 127.0.0.1] [--quiet]
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { parseFlags, wholeNumber } from '../src/pipeline/cli';

const flags = parseFlags(process.argv.slice(2), {
  dir: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  quiet: { type: 'boolean' },
});
const dir = flags.dir ?? 'dist';
const port = wholeNumber(flags.port, 'port', 4173);
const host = flags.host ?? '127.0.0.1';
const notFoundPage = join(dir, '404.html');

const files = sirv(dir, {
  dev: false,
  etag: true,
  onNoMatch: (_request, response) => {
    response.statusCode = 404;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found');
  },
});

createServer(files).listen(port, host, () => {
  if (!flags.quiet) process.stdout.write(`Serving ${dir} at http://${host}:${port}/\n`);
});
