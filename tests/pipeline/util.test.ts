// @vitest-environment node
import { EVIDENCE_MAX_CHARS, excerpt } from '../../src/pipeline/excerpt';
import {
  anyAtStart,
  editDistance,
  fold,
  foldWithMap,
  literalHead,
  nearestWord,
  textBefore,
} from '../../src/pipeline/util';

describe('nearestWord: the known key a misspelling means', () => {
  const KEYS = ['id', 'date', 'endDate', 'topicIds', 'actorIds', 'evidence', 'reportedBy'];
  it.each([
    ['topicIDs', 'topicIds'],
    ['endDat', 'endDate'],
    ['reportedby', 'reportedBy'],
    ['evidnece', 'evidence'],
  ])('%s → %s', (typo, meant) => expect(nearestWord(typo, KEYS)).toBe(meant));

  it('suggests nothing when no key is close', () => {
    expect(nearestWord('colour', KEYS)).toBeNull();
    expect(nearestWord('x', [])).toBeNull();
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('nmae', 'name')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('textBefore', () => {
  it('is the window just before an index, never past the start', () => {
    expect(textBefore('said President Trump', 15, 10)).toBe('President ');
    expect(textBefore('Trump', 2, 10)).toBe('Tr');
  });
});

describe('excerpt: evidence from a sentence', () => {
  it('is the whole sentence when the sentence is of news length', () => {
    const s = 'Macron said Europe was “ready to act” on Monday.';
    expect(excerpt(s, 23, 37)).toBe(s);
  });

  it('is whole words around the quoted part when the sentence runs on', () => {
    const words = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
    const s = `${words} “the quoted part” ${words}`;
    const start = s.indexOf('“');
    const end = s.indexOf('”') + 1;
    const e = excerpt(s, start, end);
    expect(s).toContain(e);
    expect(e).toContain('“the quoted part”');
    expect(e.length).toBeLessThanOrEqual(EVIDENCE_MAX_CHARS);
    expect(e.length).toBeGreaterThan(EVIDENCE_MAX_CHARS - 20);
    expect(e).toMatch(/^word\d+ .* word\d+$/);
  });
});

describe('folding text for comparison', () => {
  it.each([
    '  “Curly”  ‘quotes’\u00a0and\ttabs\n\nand «guillemets»  ',
    'Plain text with no change.',
    '\u2003\u2009Thin\u202fspaces\u3000and\ufeffmarks\u2033 ',
    '',
  ])('fold gives the folded text of foldWithMap, trimmed: %j', (text) => {
    expect(fold(text)).toBe(foldWithMap(text).folded.trim());
  });
});

describe('anyAtStart: many alternatives read as one pattern, in chunks', () => {
  const words = Array.from({ length: 130 }, (_, i) => `word${i}\\b`);
  const any = anyAtStart(words, 'i', 60);
  it('matches an alternative of any chunk at the start, in any case (three chunks)', () => {
    expect(any.test('word0 opens')).toBe(true);
    expect(any.test('WORD61 is in the second chunk')).toBe(true);
    expect(any.test('word129 is in the last')).toBe(true);
  });
  it('must not: an alternative later in the text, or one that is only a prefix of a word', () => {
    expect(any.test('a line with word3 inside')).toBe(false);
    expect(any.test('word1300 is no word')).toBe(false);
  });
});

describe('anyAtStart: alternatives grouped by the letters they open with', () => {
  const alternatives = [
    String.raw`comments (?:will|must) be moderated\b`,
    String.raw`subscri(?:be|ption) today\b`,
    String.raw`signs? up\b`,
    String.raw`(?:the )?\p{Lu}\p{L}+ newsletter\b`,
    String.raw`ok\b`,
    String.raw`kia ora\b|haere mai\b`,
  ];
  const any = anyAtStart(alternatives, 'iu');
  const one = new RegExp(`^(?:${alternatives.join('|')})`, 'iu');
  it.each([
    ['Comments will be moderated.', true],
    ['SUBSCRIPTION TODAY for £1', true],
    ['Sign up for our briefing', true],
    ['Signs up for more', true],
    ['The Kyiv newsletter arrives', true],
    ['Ok', true],
    ['Haere mai, welcome', true],
    // Under `iu` the kelvin sign is a "k" and the long s an "s": their openings are read as those letters.
    ['\u212Aia ora', true],
    ['\u017Fubscription today', true],
    ['\u017FIGNS UP now', true],
    // Any other opening outside ASCII opens no literal alternative's match.
    ['“Comments will be moderated,” she said', false],
    ['É comments will be moderated', false],
    ['Commentators said the plan was moderate', false],
    ['sig up', false],
    ['1 comments will be moderated', false],
    ['co', false],
  ])('"%s" → %s, as one regex of them all reads it', (text, expected) => {
    expect(any.test(text)).toBe(expected);
    expect(one.test(text)).toBe(expected);
  });
  it.each([
    [String.raw`comments (?:will|must)`, 'comments'],
    [String.raw`subscri(?:be|ption)`, 'subscri'],
    [String.raw`signs? up`, 'sign'],
    [String.raw`sign{0,1} up`, 'sig'],
    [String.raw`(?:the )?newsletter`, ''],
    [String.raw`kia ora|haere mai`, ''],
    [String.raw`a(?:b|c)|d`, ''],
    [String.raw`a[|]b`, 'a'],
    [String.raw`ab\|c`, 'ab'],
  ])('literalHead(%s) is "%s": the letters every match opens with', (alternative, head) =>
    expect(literalHead(alternative)).toBe(head),
  );
});
