/** A page saved from a browser: its bytes, refused when it is no file, too large, or a web archive. */
import { readFileSync, statSync } from 'node:fs';
import { Refusal } from './refusal';

export function readSavedPage(path: string, maxBytes: number): Uint8Array {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat)
    throw new Refusal(
      `there is no file ${path}${/^[\w-]+(?:\.[\w-]+)+(?:\/|$)/.test(path) ? ' (for an address, write it with https://)' : ''}`,
    );
  if (!stat.isFile()) throw new Refusal(`${path} is not a file`);
  // The same limit as for a fetched page, checked before anything is read.
  if (stat.size > maxBytes)
    throw new Refusal(
      `${path} is ${(stat.size / 1024 / 1024).toFixed(1)} MB, over the ${maxBytes / 1024 / 1024} MB limit for one page`,
    );
  const bytes = new Uint8Array(readFileSync(path));
  if (isWebArchive(bytes))
    throw new Refusal(
      `${path} is a web archive (MHTML, "Webpage, Single File"): save the page as "Webpage, HTML only" instead`,
    );
  return bytes;
}

/** Chrome's and Edge's single-file archives are MIME messages, not HTML. */
export function isWebArchive(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return /^MIME-Version:\s*1\.0/im.test(head) && /multipart\/related/i.test(head);
}
