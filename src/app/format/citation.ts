/**
 * Citations to paste into notes, articles and reports: who did or said what and when, each
 * verbatim sentence behind it with its outlet, date and original address, and the explorer's
 * address of the item. Plain text, and Markdown with every piece of article text escaped so
 * that it stays text.
 */

/** One verbatim sentence (or a whole article) and where it was published. */
export interface CitedSource {
  /** The verbatim words, or null when the whole article is cited. */
  sentence: string | null;
  /** The publisher, when known. */
  outlet: string | null;
  /** The outlet the article credits for the claim ("citing the FT"). */
  reportedBy?: string;
  articleTitle: string;
  /** The article's date in words, when known. */
  articleDate: string | null;
  /** The original's address, or null when it is not known. */
  originalAddress: string | null;
}

export interface Citation {
  /** Who acted or spoke, or wrote the article; null when nobody is named. */
  who: string | null;
  /** What happened, was said or is held. */
  what: string;
  /** When, in words; null when no date applies. */
  when: string | null;
  sources: readonly CitedSource[];
  /** The explorer's address of the item. */
  explorerAddress: string;
}

export const ADDRESS_NOT_KNOWN = 'Original address not known';
export const EXPLORER_NAME = 'Peace Plan Explorer';

/** Sentences are one line; a stray line break in article text must not break the layout. */
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** "Who (when): what." — the parts that are known, ending in a full stop unless it has one. */
function headline({ who, what, when }: Citation, mark: (text: string) => string, escape = oneLine) {
  const said = escape(what);
  const stop = /[.!?…]["”’)]?$/.test(said) ? '' : '.';
  const dated = when ? escape(when) : null;
  const lead = who ? `${mark(escape(who))}${dated ? ` (${dated})` : ''}` : dated;
  return `${lead ? `${lead}: ` : ''}${said}${stop}`;
}

function sourceParts(source: CitedSource, escape: (text: string) => string): string[] {
  const parts: string[] = [];
  if (source.outlet) parts.push(escape(source.outlet));
  if (source.reportedBy) parts.push(`citing ${escape(source.reportedBy)}`);
  return parts;
}

/** The citation as plain text, one line per piece. */
export function citationText(citation: Citation): string {
  const lines = [headline(citation, (who) => who)];
  for (const source of citation.sources) {
    if (source.sentence) lines.push(`“${oneLine(source.sentence)}”`);
    const parts = [...sourceParts(source, oneLine), `“${oneLine(source.articleTitle)}”`];
    if (source.articleDate) parts.push(source.articleDate);
    lines.push(`— ${parts.join(', ')}. ${source.originalAddress ?? `${ADDRESS_NOT_KNOWN}.`}`);
  }
  lines.push(`${EXPLORER_NAME}: ${citation.explorerAddress}`);
  return lines.join('\n');
}

/**
 * Text from articles as Markdown that shows exactly that text: characters that would start
 * emphasis, code, links, HTML or an entity are escaped, and so is anything at the start of a
 * line that would make a heading, a list or a quote.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
    .replace(/^([#+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** An address as a Markdown link destination: characters that would end or split it encoded. */
export function markdownAddress(address: string): string {
  return address.replace(
    /[()<>\s]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** The citation as Markdown: the sentence as a block quote, the article title linked to the original. */
export function citationMarkdown(citation: Citation): string {
  const blocks = [headline(citation, (who) => `**${who}**`, escapeMarkdown)];
  for (const source of citation.sources) {
    if (source.sentence) blocks.push(`> ${escapeMarkdown(source.sentence)}`);
    const title = escapeMarkdown(source.articleTitle);
    const parts = [
      ...sourceParts(source, escapeMarkdown),
      source.originalAddress ? `[${title}](${markdownAddress(source.originalAddress)})` : `“${title}”`,
    ];
    if (source.articleDate) parts.push(escapeMarkdown(source.articleDate));
    blocks.push(`— ${parts.join(', ')}.${source.originalAddress ? '' : ` ${ADDRESS_NOT_KNOWN}.`}`);
  }
  blocks.push(`[${EXPLORER_NAME}](${markdownAddress(citation.explorerAddress)})`);
  return blocks.join('\n\n');
}
