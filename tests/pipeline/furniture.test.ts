// @vitest-environment node
import { cleanArticle } from '../../src/pipeline/clean';
import { parseDateLine, splitGluedDate } from '../../src/pipeline/dateline';
import {
  CREDITS_LINE,
  isBioLine,
  isCaptionWithCredit,
  isConsentLine,
  isCopyrightLine,
  isInlineRelatedLink,
  isMetadataLabel,
  isTimestampLine,
} from '../../src/pipeline/furniture';
import { splitGluedHeading } from '../../src/pipeline/headings';

const clean = (...lines: string[]) => cleanArticle(lines.join('\n'), { publisher: null });
const removedBy = (r: ReturnType<typeof clean>, rule: string) =>
  r.removed.filter((b) => b.rule === rule).flatMap((b) => b.text.split('\n'));
const BODY = 'European leaders met in Brussels on Thursday to discuss a force for Ukraine after a ceasefire.';
const BODY2 = 'Several governments said they would decide on their contribution in the coming weeks.';

describe('publication date lines in other forms', () => {
  it.each([
    ['6 March 2025, 08:15 | Updated: 6 March 2025, 11:40', '2025-03-06', 'dateline'],
    ['PUBLISHED: 18:32, 2 March 2025 | UPDATED: 20:05, 2 March 2025', '2025-03-02', 'published-line'],
    ['Mar 6, 2025 4:32 PM', '2025-03-06', 'dateline'],
    ['04.03.2025 11:20', '2025-03-04', 'dateline'],
    ['THURSDAY, MARCH 20, 2025', '2025-03-20', 'dateline'],
    ['Published March 16, 2025 at 10:05 a.m. ET', '2025-03-16', 'published-line'],
    ['2 March 2025 | 5 min read', '2025-03-02', 'dateline'],
  ])('%s', (line, date, method) => {
    expect(parseDateLine(line)).toMatchObject({ date, method });
  });

  it('a slash date says nothing about its order, and prose after a date is no date line', () => {
    expect(parseDateLine('11/03/2025 - 18:42')).toBeNull();
    expect(parseDateLine('March 6, 2025 Macron said he would go to Kyiv.')).toBeNull();
    expect(parseDateLine('On February 26, 2025, the leaders of Europe gathered in Paris.')).toBeNull();
  });

  it('a date widget glued to a text line is split off; a sentence that starts with a date is not', () => {
    expect(
      splitGluedDate('Sun 2 Mar 2025 19.05 GMTStarmer says Europe must do more for its own defence.'),
    ).toEqual({
      widget: 'Sun 2 Mar 2025 19.05 GMT',
      rest: 'Starmer says Europe must do more for its own defence.',
    });
    expect(
      splitGluedDate('Mar 6, 2025 French President Emmanuel Macron said on Thursday that Europe must act.'),
    ).toEqual({
      widget: 'Mar 6, 2025',
      rest: 'French President Emmanuel Macron said on Thursday that Europe must act.',
    });
    expect(splitGluedDate('March 6, 2025 will be remembered as the day Europe woke up to it.')).toBeNull();
    expect(splitGluedDate('March 6, 2025')).toBeNull();
  });

  it('the glued widget is the page date, and the text after it stays in the body', () => {
    const r = clean(
      'Live',
      'Leaders agree a plan for Ukraine at the summit',
      'Sun 2 Mar 2025 19.05 GMT' + BODY,
      '',
      BODY2,
    );
    expect(r.dateLine?.date).toBe('2025-03-02');
    expect(r.title).toBe('Leaders agree a plan for Ukraine at the summit');
    expect(r.paragraphs).toEqual([BODY, BODY2]);
  });

  it('a timestamp under a byline block after a standfirst is still the page date', () => {
    const r = clean(
      'Leaders agree a plan for Ukraine at the summit',
      '',
      'The proposal would see thousands of troops deployed after a ceasefire, officials say.',
      '',
      'By Anna Kowalski and Tom Reid',
      '',
      'Mar 6, 2025 4:32 PM',
      '',
      BODY,
    );
    expect(r.dateLine?.date).toBe('2025-03-06');
    expect(r.author).toBe('Anna Kowalski and Tom Reid');
  });

  it('a date on the byline line counts; a date line deep in the text does not', () => {
    expect(
      clean('Leaders agree a plan for Ukraine', 'By Jane Doe | March 6, 2025', '', BODY).dateLine,
    ).toMatchObject({
      date: '2025-03-06',
      method: 'byline-date',
    });
    const late = clean(
      'Leaders agree a plan for Ukraine',
      '',
      BODY,
      '',
      BODY2,
      '',
      BODY,
      '',
      'March 1, 2025',
      '',
      BODY2,
    );
    expect(late.dateLine).toBeNull();
  });
});

describe('consent banners', () => {
  it('a cookie banner at the top goes, with its buttons (two layouts)', () => {
    const a = clean(
      'We value your privacy',
      'We and our partners use cookies to store and access information on your device and to measure traffic.',
      'Accept all',
      'Reject all',
      '',
      'Leaders agree a plan for Ukraine',
      '',
      BODY,
    );
    expect(removedBy(a, 'consent-banner')).toHaveLength(4);
    expect(a.title).toBe('Leaders agree a plan for Ukraine');
    const b = clean(
      'Cookies on this site',
      'We use some essential cookies to make this website work.',
      'Accept additional cookies',
      'View cookies',
      '',
      'Leaders agree a plan for Ukraine',
      '',
      BODY,
    );
    expect(removedBy(b, 'consent-banner')).toHaveLength(4);
    expect(b.paragraphs).toEqual([BODY]);
  });

  it('an article sentence about cookies stays', () => {
    const line = 'Macron served the visiting leaders tea and cookies before the talks began in earnest.';
    expect(isConsentLine(line)).toBe(false);
    expect(clean('Leaders agree a plan for Ukraine', '', BODY, '', line).paragraphs).toContain(line);
  });
});

describe('links to other stories', () => {
  it('a heading and the headlines under it go, up to the next paragraph (two layouts)', () => {
    const a = clean(
      'Leaders agree a plan for Ukraine',
      '',
      BODY,
      '',
      'Read more from the Daily Ledger:',
      'County fair returns with a new livestock barn',
      'Macron to visit Warsaw on Friday, Elysee says',
      '',
      BODY2,
    );
    expect(removedBy(a, 'related-links')).toEqual([
      'Read more from the Daily Ledger:',
      'County fair returns with a new livestock barn',
      'Macron to visit Warsaw on Friday, Elysee says',
    ]);
    expect(a.paragraphs).toEqual([BODY, BODY2]);
    const b = clean(
      'Leaders agree a plan for Ukraine',
      '',
      BODY,
      '',
      'Most read',
      '1. Port strike ends',
      '2. Putin to address nation on Friday, Kremlin says',
    );
    expect(removedBy(b, 'related-links')).toHaveLength(3);
  });

  it('one link on one line goes; a sentence after "Read more:" or a lone label is not a link', () => {
    expect(isInlineRelatedLink('READ MORE: Trump says Zelensky is not ready for peace')).toBe(true);
    expect(isInlineRelatedLink('Also Read | Oil prices rise on supply concerns')).toBe(true);
    expect(isInlineRelatedLink('Read more: The full statement is published on the ministry website.')).toBe(
      false,
    );
    const r = clean('Leaders agree a plan for Ukraine', '', BODY, '', 'Read more', '', BODY2);
    expect(r.paragraphs).toEqual([BODY, BODY2]);
    expect(removedBy(r, 'ui-label')).toEqual(['Read more']);
  });
});

describe('captions, credits and footers', () => {
  it('a caption with its credit on the line, in three styles; prose with a colon is not one', () => {
    expect(
      isCaptionWithCredit('Merz at a press conference in Berlin. Image: Kay Winter/dpa/picture alliance'),
    ).toBe(true);
    expect(isCaptionWithCredit('Starmer greets Zelensky in Downing Street on Saturday. Picture: PA')).toBe(
      true,
    );
    expect(isCaptionWithCredit('Meloni arrives at Lancaster House on Sunday. (Photo: Alessandro Riva)')).toBe(
      true,
    );
    expect(isCaptionWithCredit('Leaders pose for a photo in London, March 2, 2025. REUTERS/Jonas Berg')).toBe(
      true,
    );
    expect(isCaptionWithCredit('The image: a divided Europe waiting for Washington to decide.')).toBe(false);
    expect(
      isCaptionWithCredit('The alliance was founded in 1949 (North Atlantic Treaty Organization).'),
    ).toBe(false);
  });

  it('a broadcaster’s photo labels and the caption under "Image caption,"', () => {
    const r = clean(
      'Leaders agree a plan for Ukraine',
      '',
      'Image source, Getty Images',
      'Image caption,',
      'Starmer welcomed European leaders to Lancaster House on Sunday',
      '',
      BODY,
    );
    expect(r.paragraphs).toEqual([BODY]);
    expect(r.captions).toContain('Starmer welcomed European leaders to Lancaster House on Sunday');
  });

  it('timestamps, wire credits, copyright and metadata labels', () => {
    expect(isTimestampLine('19.05 GMT')).toBe(true);
    expect(isTimestampLine('4:32 PM')).toBe(true);
    expect(isTimestampLine('2 hours ago')).toBe(true);
    expect(isTimestampLine('19.05 GMT Leaders agree a plan')).toBe(false);
    expect(CREDITS_LINE.test('(Reporting by Claire Martin and Tom Evans; Editing by Alison Ward)')).toBe(
      true,
    );
    expect(
      CREDITS_LINE.test('Reporting by the FT showed that the plan had changed. Leaders denied it.'),
    ).toBe(false);
    expect(isCopyrightLine('Copyright 2025 The Associated Press. All rights reserved.')).toBe(true);
    expect(isCopyrightLine('© 2025 AFP')).toBe(true);
    expect(isCopyrightLine('The copyright dispute went to court in Paris last year, lawyers said.')).toBe(
      false,
    );
    expect(isMetadataLabel("From: Prime Minister's Office, 10 Downing Street")).toBe(true);
    expect(isMetadataLabel('From: the start, the plan was meant to reassure Kyiv.')).toBe(false);
  });

  it('an author bio at the end goes; a sentence about an actor does not', () => {
    expect(isBioLine('Helena Brandt is a senior fellow at the Centre for European Defence Studies.')).toBe(
      true,
    );
    expect(isBioLine("Sophie Lenoir is the magazine's Europe editor.")).toBe(true);
    expect(isBioLine("Kaja Kallas is the EU's top diplomat.")).toBe(false);
    const bio = 'Helena Brandt is a senior fellow at the Centre for European Defence Studies.';
    const r = clean('Leaders agree a plan for Ukraine', '', BODY, '', BODY2, '', BODY, '', bio);
    expect(removedBy(r, 'author-bio')).toEqual([bio]);
    // Not the last paragraph: it is article text.
    const mid = clean('Leaders agree a plan for Ukraine', '', BODY, '', BODY2, '', bio, '', BODY);
    expect(mid.paragraphs).toContain(bio);
  });
});

describe('headings glued to their paragraph', () => {
  const words = new Set([
    'ministers',
    'troops',
    'divided',
    'defence',
    'met',
    'the',
    'in',
    'on',
    'prime',
    'minister',
  ]);
  it.each([
    [
      'Ministers Divided on Troops Defence ministers met in Brussels on Tuesday to discuss it.',
      'Ministers Divided on Troops',
    ],
    [
      'Ministers divided on troops Defence ministers met in Brussels on Tuesday to discuss it.',
      'Ministers divided on troops',
    ],
    [
      'What the summit must decide European Council President António Costa will chair the summit on Thursday.',
      'What the summit must decide',
    ],
    ['Next stepsThe leaders agreed to meet again in London within weeks, officials said.', 'Next steps'],
  ])('%s', (text, heading) => {
    expect(splitGluedHeading(text, (w) => words.has(w))?.heading).toBe(heading);
  });

  it.each([
    'Trump thanked Zelensky for his visit to the White House on Friday afternoon.',
    'Prime Minister Keir Starmer said the coalition would meet again in London next week.',
    'European Council President António Costa will chair the summit of leaders on Thursday.',
    'Leaders met in Paris on Thursday to discuss a force for Ukraine after a ceasefire.',
    'What Europe needs now is a plan that Washington can support, diplomats said.',
    'Ron DeSantis said on Monday that Europe should pay for its own defence from now on.',
  ])('not a heading: %s', (text) => {
    expect(splitGluedHeading(text, (w) => words.has(w))).toBeNull();
  });

  it('the heading leaves the paragraph, which stays whole', () => {
    const glued =
      'Ministers divided on troops Defence ministers met in Brussels on Tuesday to discuss the plan.';
    const r = clean(
      'Leaders agree a plan for Ukraine',
      '',
      'Talks between defence ministers went on late into the night.',
      '',
      glued,
    );
    expect(r.paragraphs).toContain('Defence ministers met in Brussels on Tuesday to discuss the plan.');
    expect(removedBy(r, 'subhead')).toEqual(['Ministers divided on troops']);
  });
});
