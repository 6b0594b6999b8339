import type { PublicationDate } from '../../model/core';

/**
 * How the publication date was found, in a reader's words: the pipeline's rule names (`url-date`,
 * `reported-on+caption-year`) say nothing to a reader, and the line a date was read from can be a whole
 * paragraph, so neither is shown.
 */
const INFERRED: Record<string, string> = {
  'url-date': 'read from the article’s address',
  'reported-on+caption-year':
    'worked out from a “reported on” date in the text and the year of a photo caption',
  'caption-date': 'the date of a photo caption',
  'yearless-line+copyright-year': 'the page’s date without its year, with the year of its copyright line',
};

export function publicationDateSource(published: Pick<PublicationDate, 'method' | 'confidence'>): string {
  if (published.confidence === 'stated')
    return published.method === 'page-metadata' ? 'stated by the page' : 'stated by the article';
  if (published.confidence === 'guessed') return 'a guess, not stated: the latest date the text reports';
  return `not stated: ${INFERRED[published.method] ?? 'worked out from the text'}`;
}
