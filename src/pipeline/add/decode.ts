/**
 * HTML bytes → text, in the charset the page declares. The order is the HTML standard's (implemented by
 * `html-encoding-sniffer`, the package jsdom uses): a byte-order mark, then the HTTP header's `charset`,
 * then `<meta charset>` or `<meta http-equiv="Content-Type">` in the first 1024 bytes. A page that declares
 * nothing is read as UTF-8 when its bytes are valid UTF-8 (as most pages are today) and as windows-1252
 * otherwise (the standard's default for Western pages, which also reads Latin-1). Node's TextDecoder, with
 * its full ICU, decodes every charset the standard names.
 */
import { isUtf8 } from 'node:buffer';
import { MIMEType } from 'node:util';
import htmlEncodingSniffer from 'html-encoding-sniffer';
import { Refusal } from './refusal';

export interface DecodedPage {
  html: string;
  /** The encoding's standard name, e.g. `UTF-8`, `windows-1252`, `ISO-8859-2`. */
  charset: string;
}

export function decodePage(bytes: Uint8Array, contentType: string | null): DecodedPage {
  const charset = htmlEncodingSniffer(bytes, {
    transportLayerEncodingLabel: charsetParameter(contentType) ?? undefined,
    defaultEncoding: isUtf8(bytes) ? 'UTF-8' : 'windows-1252',
  });
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    throw new Refusal(`the page is encoded as ${charset}, which cannot be decoded`);
  }
  return { html: decoder.decode(bytes), charset };
}

/** `iso-8859-1` from `text/html; charset=iso-8859-1`; null when there is none. */
export function charsetParameter(contentType: string | null): string | null {
  if (!contentType) return null;
  try {
    return new MIMEType(contentType).params.get('charset');
  } catch {
    return null;
  }
}

/** Enough of an HTML page to be one: a doctype or one of the elements every page has. */
export function looksLikeHtml(html: string): boolean {
  return /<(?:!doctype\s+html|html|head|body|title|p|div|article)[\s>/]/i.test(html.slice(0, 65_536));
}
