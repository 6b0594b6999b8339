/**
 * A page already in the raw directory is refused, naming the file that holds it: the same address (a
 * SOURCES.tsv line, or the address or canonical address of a page-metadata file), or the same text.
 *
 * "The same text" is most of the new article's paragraphs found in one raw article, compared on letters
 * and digits only. An article scraped by hand keeps furniture the new extraction leaves out (menus,
 * captions, teasers) and may wrap its lines, so comparing whole bodies, or the pipeline's cleaned-body
 * key, would miss it; its paragraphs are still there, word for word.
 */
import { readRaw } from '../article';
import { SOURCES_FILE } from '../corpus';
import { readPageMetadata } from '../pageMetadata';
import { parseSources, type RawFile } from '../read';
import { Refusal } from './refusal';

/** This share of the new article's paragraphs found in one raw article makes it the same article. */
export const SAME_TEXT_SHARE = 0.8;

/** Query parameters that only say how a reader arrived, never which page it is. */
const TRACKING = /^(?:utm_.*|fbclid|gclid|mc_cid|mc_eid|cmpid|ref|ocid|smid)$/i;

/**
 * One key for the addresses of one page: no scheme, no `www.`, no fragment, no trailing slash, no
 * tracking parameters, the rest of the query sorted.
 */
export function addressKey(address: string): string {
  const url = new URL(address);
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  url.searchParams.sort();
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  return `${host}${url.pathname.replace(/\/+$/, '')}${url.search}`;
}

/** Letters and digits, lowercased, single spaces: what survives any scrape of the same words. */
export function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The share of `paragraphs` (those of a sentence or more, when there are some) found in `existing`. */
export function sharedShare(paragraphs: readonly string[], existing: string): number {
  const all = paragraphs.map(comparable).filter(Boolean);
  const long = all.filter((p) => p.length >= 40);
  const compared = long.length >= 2 ? long : all;
  if (!compared.length) return 0;
  const haystack = ` ${comparable(existing)} `;
  return compared.filter((p) => haystack.includes(` ${p} `)).length / compared.length;
}

export interface Candidate {
  /** Every address the page is known by (where it was read, its canonical address); nulls are skipped. */
  addresses: readonly (string | null)[];
  paragraphs: readonly string[];
}

export function refuseDuplicate(files: readonly RawFile[], page: Candidate, rawDir: string): void {
  const known = knownAddresses(files, rawDir);
  for (const address of page.addresses) {
    const holder = address ? known.get(addressKey(address)) : undefined;
    if (holder) throw new Refusal(`${address} is already in ${holder}`);
  }
  for (const file of files) {
    if (!file.name.toLowerCase().endsWith('.txt')) continue;
    const read = readRaw(file);
    if ('skip' in read) continue;
    const share = sharedShare(page.paragraphs, read.text);
    if (share >= SAME_TEXT_SHARE)
      throw new Refusal(
        `the same text is already in ${rawDir}/${file.name} (${Math.round(share * 100)}% of its paragraphs are there)`,
      );
  }
}

/** Address key → which raw file has it and where it says so. */
function knownAddresses(files: readonly RawFile[], rawDir: string): Map<string, string> {
  const known = new Map<string, string>();
  const add = (address: string | null, where: string) => {
    if (address && !known.has(addressKey(address))) known.set(addressKey(address), where);
  };
  const sources = files.find((f) => f.name === SOURCES_FILE);
  if (sources) {
    const names = new Set(files.map((f) => f.name));
    const { addresses } = parseSources(new TextDecoder().decode(sources.bytes), names);
    for (const [file, address] of addresses) add(address, `${rawDir}/${file} (its ${SOURCES_FILE} line)`);
  }
  for (const [file, page] of readPageMetadata(files, rawDir).byArticle) {
    add(page.address, `${rawDir}/${file} (its page's address)`);
    add(page.canonical, `${rawDir}/${file} (its page's canonical address)`);
  }
  return known;
}
