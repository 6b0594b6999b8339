import {
  encodeTextDirectivePart,
  originalAtSentence,
  textDirective,
} from '../../../src/app/format/textFragment';
import { shippedEvidence } from './shippedEvidence';

const PAGE = 'https://news.example/story';

// Expected addresses written out by hand from the rules in textFragment.ts: plain runs of words,
// the whole run when it is 8 words or fewer, otherwise the first 4 and the last 4 words.
const awkward: [name: string, sentence: string, expected: string][] = [
  [
    'a short plain sentence, matched whole',
    'Trump remained ambiguous.',
    `${PAGE}#:~:text=Trump%20remained%20ambiguous.`,
  ],
  [
    'a long sentence: first and last words; its comma encoded',
    'The plan would reportedly include a small land force of 30,000 European troops.',
    `${PAGE}#:~:text=The%20plan%20would%20reportedly,of%2030%2C000%20European%20troops.`,
  ],
  [
    'a hyphen is encoded',
    'US-UK intelligence systems are intertwined',
    `${PAGE}#:~:text=US%2DUK%20intelligence%20systems%20are%20intertwined`,
  ],
  [
    'an ampersand inside a word is encoded; a lone one splits the run',
    'AT&T and Procter & Gamble signed',
    `${PAGE}#:~:text=AT%26T%20and%20Procter,Gamble%20signed`,
  ],
  [
    'a word with an apostrophe (straight here, curly on many pages) is left out',
    "Macron visited Washington to discuss Ukraine's postwar security options",
    `${PAGE}#:~:text=Macron%20visited%20Washington%20to,postwar%20security%20options`,
  ],
  [
    'curly quotes, apostrophes and dashes are left out; single words do not anchor',
    'Italy’s Giorgia Meloni — among Trump’s closest European allies — said such a force was “premature,”',
    `${PAGE}#:~:text=Giorgia%20Meloni,such%20a%20force%20was`,
  ],
  [
    'straight double quotes around the words said',
    '"We will have a backing of some kind," he said.',
    `${PAGE}#:~:text=We%20will%20have%20a,he%20said.`,
  ],
  [
    'non-breaking and narrow spaces become plain spaces',
    'Starmer\u00A0met Trump on\u202FThursday.',
    `${PAGE}#:~:text=Starmer%20met%20Trump%20on%20Thursday.`,
  ],
  [
    'an ellipsis splits the run, a hyphen inside the end is encoded',
    'We’re going to have Europe do that, because ... Europe is their next-door neighbor',
    `${PAGE}#:~:text=going%20to%20have%20Europe,is%20their%20next%2Ddoor%20neighbor`,
  ],
  [
    'brackets of an editor are kept, and encoded',
    '[Macron] said that Trump did not give any clear promises regarding the backstop.',
    `${PAGE}#:~:text=%5BMacron%5D%20said%20that%20Trump,promises%20regarding%20the%20backstop.`,
  ],
];

describe('originalAtSentence', () => {
  it.each(awkward)('%s', (_name, sentence, expected) => {
    expect(originalAtSentence(PAGE, sentence)).toBe(expected);
  });

  it('replaces a fragment the address already has', () => {
    expect(originalAtSentence(`${PAGE}#comments`, 'Trump remained ambiguous.')).toBe(
      `${PAGE}#:~:text=Trump%20remained%20ambiguous.`,
    );
  });

  it('keeps the query of the address', () => {
    expect(originalAtSentence('https://news.example/a?id=7&x=1', 'Trump remained ambiguous.')).toBe(
      'https://news.example/a?id=7&x=1#:~:text=Trump%20remained%20ambiguous.',
    );
  });

  it('leaves the address alone when the sentence has no words to anchor on', () => {
    expect(originalAtSentence(`${PAGE}#top`, '“—” …')).toBe(`${PAGE}#top`);
    expect(textDirective('“ ” — ...')).toBeNull();
  });

  it('encodes the characters the directive syntax uses', () => {
    expect(encodeTextDirectivePart('a-b,c&d')).toBe('a%2Db%2Cc%26d');
  });
});

/**
 * A small text-fragment matcher written from the spec, independent of the builder: the
 * directive's parts are percent-decoded, textStart must match at word boundaries ignoring case,
 * and textEnd after it. Returns the matched range in `page`, or null.
 */
function matchDirective(page: string, address: string): [number, number] | null {
  const value = address.split('#:~:text=')[1];
  if (!value) return null;
  const parts = value.split(',').map(decodeURIComponent);
  const [start, end] = parts as [string, string | undefined];
  const lower = page.toLowerCase();
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  const find = (needle: string, from: number) => {
    for (
      let at = lower.indexOf(needle.toLowerCase(), from);
      at !== -1;
      at = lower.indexOf(needle.toLowerCase(), at + 1)
    ) {
      const before = page[at - 1];
      const after = page[at + needle.length];
      const boundedBefore = !(isWordChar(before) && isWordChar(needle[0]));
      const boundedAfter = !(isWordChar(after) && isWordChar(needle[needle.length - 1]));
      if (boundedBefore && boundedAfter) return at;
    }
    return -1;
  };
  const at = find(start, 0);
  if (at === -1) return null;
  if (end === undefined) return [at, at + start.length];
  const endAt = find(end, at + start.length);
  return endAt === -1 ? null : [at, endAt + end.length];
}

/** The sentence as a publisher's page may set it: curly quotes and apostrophes, a real ellipsis, no-break spaces. */
function typeset(sentence: string): string {
  return sentence
    .replace(/"(?=\w)/g, '“')
    .replace(/"/g, '”')
    .replace(/'/g, '’')
    .replace(/ \.\.\. /g, ' … ')
    .replace(/ — /g, '\u00A0— ');
}

describe('the fragment finds the sentence on a page that sets it differently', () => {
  const before = 'An earlier paragraph says Trump said things, and so on. ';
  const after = ' A later paragraph follows.';
  it.each([...awkward.map(([, sentence]) => sentence), ...shippedEvidence()])('%s', (sentence) => {
    const address = originalAtSentence(PAGE, sentence);
    if (address === PAGE) return; // nothing to anchor on: the page opens at its top
    const page = `${before}${typeset(sentence.replace(/[\u00A0\u202F]/g, ' '))}${after}`;
    const range = matchDirective(page, address);
    expect(range).not.toBeNull();
    // The match lies within the sentence, not in the text around it.
    expect(range![0]).toBeGreaterThanOrEqual(before.length);
    expect(range![1]).toBeLessThanOrEqual(page.length - after.length);
  });
});
