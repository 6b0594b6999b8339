/**
 * A local web server for the `npm run add` tests, on 127.0.0.1 and a port the system picks: it serves the
 * invented pages in tests/fixtures/pages and every awkward answer a real site can give. No test reaches
 * past it. `{{ORIGIN}}` in a page becomes the server's own address, so canonical links point back here.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PAGES = fileURLToPath(new URL('../fixtures/pages', import.meta.url));

export interface FixtureServer {
  origin: string;
  /** Resolves, once /huge's client has gone, with how many bytes it had been sent (64 MB if it read on). */
  hugeClosed: () => Promise<number>;
  close: () => Promise<void>;
}

export function page(name: string, origin = ''): string {
  return readFileSync(join(PAGES, `${name}.html`), 'utf8').replaceAll('{{ORIGIN}}', origin);
}

const HTML = 'text/html; charset=utf-8';
const HUGE_CAP = 64 * 1024 * 1024;

export async function startFixtureServer(): Promise<FixtureServer> {
  let origin = '';
  let hugeClosed: Promise<number> = new Promise(() => undefined);
  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer = '') => {
    res.writeHead(status, { 'content-type': type });
    res.end(body);
  };
  const redirect = (res: ServerResponse, status: number, to: string) => {
    res.writeHead(status, { location: to });
    res.end();
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const pageName = /^\/pages\/([\w-]+)$/.exec(path)?.[1];
    const chain = /^\/chain\/(\d+)$/.exec(path)?.[1];
    if (pageName) return send(res, 200, HTML, page(pageName, origin));
    if (path === '/moved') return redirect(res, 301, '/pages/meta-only');
    if (path === '/loop/a') return redirect(res, 302, `${origin}/loop/b`);
    if (path === '/loop/b') return redirect(res, 307, '/loop/a');
    if (chain) return redirect(res, 302, `/chain/${Number(chain) + 1}`);
    if (path === '/latin1/header')
      return send(
        res,
        200,
        'text/html; charset=ISO-8859-1',
        latin1(page('latin1').replace(/<meta http-equiv[^>]*>/, '')),
      );
    if (path === '/latin1/meta') return send(res, 200, 'text/html', latin1(page('latin1')));
    if (path === '/report.pdf') return send(res, 200, 'application/pdf', '%PDF-1.7\n%âãÏÓ\n');
    if (path === '/huge') return void (hugeClosed = streamForever(res));
    if (path === '/never') return; // accepts the request and never answers
    send(res, 404, HTML, '<!doctype html><title>Not found</title><p>No such page.</p>');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    hugeClosed: () => hugeClosed,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

const latin1 = (text: string) => Buffer.from(text, 'latin1');

/** An HTML answer with no length that goes on until the client stops reading (or 64 MB, to stay bounded). */
function streamForever(res: ServerResponse): Promise<number> {
  res.writeHead(200, { 'content-type': HTML });
  const chunk = Buffer.from(`<p>${'filler text '.repeat(5000)}</p>\n`);
  let sent = 0;
  const pump = () => {
    while (sent < HUGE_CAP && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end();
  };
  const closed = new Promise<number>((done) => res.on('close', () => done(sent)));
  pump();
  return closed;
}
