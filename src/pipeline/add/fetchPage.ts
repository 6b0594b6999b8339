/**
 * A page from its address, with Node's own `fetch`. Redirects are followed by hand so they can be counted
 * and a loop named; one time limit covers the whole exchange (every redirect and the body); the body is
 * read as a stream and dropped as soon as it passes the size limit, so a huge or endless answer costs at
 * most that much memory. Every failure is a Refusal saying what happened, in words.
 */
import { MIMEType } from 'node:util';
import { Refusal, SAVE_INSTEAD } from './refusal';

export interface PageBytes {
  /** The address the page was read from: after redirects for a fetched page. */
  address: string | null;
  bytes: Uint8Array;
  /** The `Content-Type` the server sent (its `charset` decides the decoding); null for a saved page. */
  contentType: string | null;
}

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_LIMITS: FetchLimits = {
  // A slow news site answers within a few seconds; 30 s leaves room without hanging the command.
  timeoutMs: 30_000,
  // A news article page, scripts and inline styles included, is 100 KB – 2 MB; past 5 MB it is not one.
  maxBytes: 5 * 1024 * 1024,
  // Real articles redirect once or twice (http → https, a short link → the article); five is plenty.
  maxRedirects: 5,
};

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const HEADERS = {
  accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
  'user-agent': 'Mozilla/5.0 (compatible; PeacePlanExplorer/0.1; npm run add)',
};

/** `address` as a URL when it is a web address; anything else is refused. */
export function webAddress(address: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new Refusal(`"${address}" is not a web address`);
  }
  if (!/^https?:$/.test(url.protocol))
    throw new Refusal(`${address} is not an http(s) address (${url.protocol.replace(/:$/, '')})`);
  return url;
}

export async function fetchPage(address: string, limits: FetchLimits = DEFAULT_LIMITS): Promise<PageBytes> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let url = webAddress(address);
  const visited = [url.href];
  for (;;) {
    const response = await request(url, signal, limits.timeoutMs);
    if (!REDIRECTS.has(response.status)) return readPage(response, url, limits);
    await response.body?.cancel().catch(() => undefined);
    url = nextAddress(response, url);
    if (visited.includes(url.href)) throw new Refusal(`redirect loop: ${[...visited, url.href].join(' → ')}`);
    visited.push(url.href);
    if (visited.length - 1 > limits.maxRedirects)
      throw new Refusal(
        `more than ${limits.maxRedirects} redirects (${visited.slice(0, 3).join(' → ')} → …): stopped following them`,
      );
  }
}

/** The page itself, once the answer is a 200 of HTML within the size limit; an unread body is let go. */
async function readPage(response: Response, url: URL, limits: FetchLimits): Promise<PageBytes> {
  try {
    refuseUnusable(response, url, limits.maxBytes);
  } catch (e) {
    await response.body?.cancel().catch(() => undefined);
    throw e;
  }
  const bytes = await readCapped(response, url, limits);
  return { address: url.href, bytes, contentType: response.headers.get('content-type') };
}

/** One GET, no redirects followed; a network failure or the time limit becomes a Refusal in words. */
async function request(url: URL, signal: AbortSignal, timeoutMs: number): Promise<Response> {
  try {
    return await fetch(url, { redirect: 'manual', signal, headers: HEADERS });
  } catch (e) {
    throw networkRefusal(e, url, timeoutMs);
  }
}

/** Where a redirect points, resolved against the address that sent it. */
function nextAddress(response: Response, from: URL): URL {
  const location = response.headers.get('location');
  if (!location) throw new Refusal(`${from.href} answered ${response.status} without saying where to go`);
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw new Refusal(`${from.href} redirects to "${location}", which is not an address`);
  }
  if (!/^https?:$/.test(next.protocol))
    throw new Refusal(`${from.href} redirects to ${next.href}, which is not an http(s) address`);
  return next;
}

/** A page that is not a 200, not HTML, or says it is over the size limit is refused before its body is read. */
function refuseUnusable(response: Response, url: URL, maxBytes: number): void {
  if (response.status !== 200) {
    const hint = [401, 402, 403, 429, 451].includes(response.status)
      ? `; the site may refuse scripts: ${SAVE_INSTEAD}`
      : '';
    throw new Refusal(
      `${url.href} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}, not 200 OK${hint}`,
    );
  }
  const type = mediaType(response.headers.get('content-type'));
  if (type !== null && !HTML_TYPES.has(type)) throw new Refusal(`${url.href} is ${type}, not an HTML page`);
  const length = Number(response.headers.get('content-length'));
  if (length > maxBytes) throw tooLarge(url, maxBytes);
}

/** `text/html` from `text/html; charset=utf-8`; null when there is no usable Content-Type. */
export function mediaType(contentType: string | null): string | null {
  if (!contentType) return null;
  try {
    return new MIMEType(contentType).essence;
  } catch {
    return null;
  }
}

/** The body, read chunk by chunk and abandoned as soon as it passes the limit. */
async function readCapped(response: Response, url: URL, limits: FetchLimits): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (let part = await reader.read(); !part.done; part = await reader.read()) {
      total += part.value.byteLength;
      if (total > limits.maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(url, limits.maxBytes);
      }
      chunks.push(part.value);
    }
  } catch (e) {
    throw e instanceof Refusal ? e : networkRefusal(e, url, limits.timeoutMs);
  }
  return Buffer.concat(chunks, total);
}

function tooLarge(url: URL, maxBytes: number): Refusal {
  return new Refusal(
    `${url.href} is over the ${maxBytes / 1024 / 1024} MB limit for one page (an article page is well under it): stopped reading`,
  );
}

/** What went wrong on the network, in words: a time-out, no such host, a refused or broken connection. */
export function networkRefusal(e: unknown, url: URL, timeoutMs: number): Refusal {
  const error = e as Error & { cause?: { code?: string; message?: string } };
  if (error.name === 'TimeoutError' || error.name === 'AbortError')
    return new Refusal(`no answer from ${url.host} within ${formatMs(timeoutMs)} (timed out)`);
  const code = error.cause?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return new Refusal(`could not find ${url.hostname}: no network, or a mistyped address (${code})`);
  if (code === 'ECONNREFUSED') return new Refusal(`${url.host} refused the connection (${code})`);
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET')
    return new Refusal(`${url.host} closed the connection before sending the page (${code})`);
  return new Refusal(`could not reach ${url.host}: ${error.cause?.message ?? error.message}`);
}

const formatMs = (ms: number) => (ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`);
