// @vitest-environment node
import { parseDateLine, parseFullDate } from '../../src/pipeline/dateline';
import { dateFromUrl, deriveTitle, extractMetadata } from '../../src/pipeline/metadata';
import { cleanArticle } from '../../src/pipeline/clean';
import { publisherFromUrl } from '../../src/pipeline/publishers';
import { buildCorpus } from '../../src/pipeline/corpus';
import { readRawDir } from '../../src/pipeline/files';
import { article, emptyCuration, FIXTURE_RAW, SEED_000, SEED_001, SEED_004, seedBuild } from './helpers';

describe('metadata of the seeds', () => {
  it('000: date inferred from "reported on Feb. 25" + caption year, publisher from the URL, author from the bio', () => {
    const a = article(seedBuild(), SEED_000);
    expect(a.title).toBe('Macron wins no security guarantees from Trump on peacekeepers plan, FT reports');
    expect(a.titleDerived).toBe(false);
    expect(a.published).toMatchObject({
      date: '2025-02-25',
      confidence: 'inferred',
      method: 'reported-on+caption-year',
    });
    expect(a.publisher).toBe('Kyiv Independent');
    expect(a.author).toBe('Abbey Fenbert');
    expect(a.sourceUrl).toMatch(/^https:\/\/kyivindependent\.com\//);
    expect(a.citedOutlets).toEqual(['Financial Times']);
  });

  it('001: stated ISO date line, derived title, News.Az publisher', () => {
    const a = article(seedBuild(), SEED_001);
    expect(a.published).toMatchObject({ date: '2025-02-26', confidence: 'stated', method: 'dateline-iso' });
    expect(a.titleDerived).toBe(true);
    expect(a.title).toMatch(/^French President Emmanuel Macron was unable to get concrete reassurances/);
    expect(a.title.length).toBeLessThanOrEqual(100);
    expect(a.publisher).toBe('News.Az');
    expect(a.author).toBeNull();
  });

  it('004: Updated line, Semafor', () => {
    const a = article(seedBuild(), SEED_004);
    expect(a.published).toMatchObject({
      date: '2025-03-27',
      confidence: 'stated',
      method: 'updated-line',
      source: 'Updated Mar 27, 2025, 1:00pm EDT',
    });
    expect(a.publisher).toBe('Semafor');
    expect(a.titleDerived).toBe(false);
  });
});

describe('metadata rules', () => {
  it('reads common date-line forms', () => {
    expect(parseDateLine(' date 2025-02-26 + ↺ − 16 px')?.date).toBe('2025-02-26');
    expect(parseDateLine('Updated Mar 27, 2025, 1:00pm EDT')).toMatchObject({
      date: '2025-03-27',
      method: 'updated-line',
    });
    expect(parseDateLine('Published 3 March 2025')).toMatchObject({
      date: '2025-03-03',
      method: 'published-line',
    });
    expect(parseDateLine('February 26, 2025 10:14 AM GMT')).toMatchObject({
      date: '2025-02-26',
      method: 'dateline',
    });
    expect(parseDateLine('Wednesday, 26 February 2025')).toMatchObject({ date: '2025-02-26' });
    expect(parseDateLine('2025-02-30')).toBeNull();
    expect(
      parseDateLine(
        'On February 26, 2025, the leaders of Europe gathered in Paris to talk about it at length.',
      ),
    ).toBeNull();
    expect(parseFullDate('Sept. 3, 2024')).toBe('2024-09-03');
  });

  it('dates and publishers from URLs', () => {
    expect(dateFromUrl('https://semafor.com/article/03/27/2025/x')).toBe('2025-03-27');
    expect(dateFromUrl('https://example.com/2025/02/26/story')).toBe('2025-02-26');
    // A month's name between year and day, and eight digits between separators.
    expect(dateFromUrl('https://www.theguardian.com/world/2025/feb/26/x')).toBe('2025-02-26');
    expect(dateFromUrl('https://example.com/en/merz-signals-support/a-20250305')).toBe('2025-03-05');
    expect(dateFromUrl('https://example.com/news/20250306/story.html')).toBe('2025-03-06');
    // Not dates: an article number, an impossible day, a year alone.
    expect(dateFromUrl('https://example.com/story-71234567')).toBeNull();
    expect(dateFromUrl('https://example.com/a-20251399')).toBeNull();
    expect(dateFromUrl('https://example.com/2025/ukraine-force')).toBeNull();
    expect(publisherFromUrl('https://www.reuters.com/world/x')).toBe('Reuters');
    expect(publisherFromUrl('https://unknown.example/x')).toBeNull();
    expect(publisherFromUrl(null)).toBeNull();
  });

  it('derives a readable title from the first sentence', () => {
    expect(deriveTitle(['Leaders met. Then they left.'], 'x')).toBe('Leaders met');
    expect(deriveTitle([], 'fallback-id')).toBe('fallback-id');
  });

  it('fixture articles from other publishers: byline + dateline, and no date at all', () => {
    const result = buildCorpus(readRawDir(FIXTURE_RAW), emptyCuration());
    const wire = result.articles.find((a) => a.id === 'wire-style');
    expect(wire).toMatchObject({
      title: 'Europe weighs reassurance force as Trump keeps options open',
      author: 'Jane Doe and John Roe',
      titleDerived: false,
    });
    expect(wire?.published).toMatchObject({ date: '2025-02-26', method: 'dateline', confidence: 'stated' });
    expect(wire?.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)).join(' ')).not.toMatch(
      /Advertisement|Reporting by|Skip to content/,
    );
    const plain = result.articles.find((a) => a.id === 'plain-no-date');
    expect(plain?.published).toBeNull();
    expect(plain?.title).toBe('Leaders talk about security guarantees for Ukraine');
    expect(result.report.warnings.join('\n')).toMatch(/plain-no-date\.txt: no recognisable publication date/);
  });
});

describe('round 105: a date line without its year, a slashed date with a two-digit year', () => {
  const meta = (...lines: string[]) =>
    extractMetadata(cleanArticle(lines.join('\n'), { publisher: null }), null, 'x');
  const STORY = [
    'Sir Keir Starmer has said an American backstop is the only way to stop Russia from attacking Ukraine again.',
    'Speaking after the meeting at the Elysee Palace on Monday evening, the Prime Minister said Britain was ready.',
  ];
  it('a labelled date with no year takes the year of the copyright line, inferred (two layouts); must not: without a copyright line, or under a full date line', () => {
    const echo = meta(
      'Starmer says US backstop is vital as Paris summit exposes rift',
      'By Harriet Colley, PA Political Correspondent',
      'Published: 18th February',
      'Last updated: 18th February',
      ...STORY,
      '© Copyright 2001-2025. This site is part of Newsquest’s audited local newspaper network.',
    );
    expect(echo.published).toMatchObject({ date: '2025-02-18', confidence: 'inferred' });
    expect(echo.title).toBe('Starmer says US backstop is vital as Paris summit exposes rift');
    const posted = meta(
      'Leaders weigh a force for Ukraine',
      'Posted on March 3 at 9.15am',
      ...STORY,
      '© 2025 Riverside Media Ltd. All rights reserved.',
    );
    expect(posted.published).toMatchObject({ date: '2025-03-03', confidence: 'inferred' });
    expect(meta('Leaders weigh a force', 'Published: 18th February', ...STORY).published).toBeNull();
    const full = meta(
      'Leaders weigh a force',
      'Published: 17 February 2025',
      'Last updated: 18th February',
      ...STORY,
      '© 2026 Riverside Media Ltd',
    );
    expect(full.published).toMatchObject({ date: '2025-02-17', confidence: 'stated' });
  });
  it('"03/03/25 · 18:12" is a date line whichever way the page orders day and month (two layouts); must not: an ambiguous one with nothing to settle it', () => {
    for (const stamp of ['03/03/25 · 18:12', '03-03-25 18:12'])
      expect(meta('Leaders weigh a force', 'Tom Westcott', stamp, ...STORY).published?.date).toBe(
        '2025-03-03',
      );
    expect(meta('Leaders weigh a force', '14/03/25 · 18:12', ...STORY).published?.date).toBe('2025-03-14');
    expect(parseDateLine('04/03/25 · 18:12', null)).toBeNull();
  });
});

describe('round 115: a page template’s unfilled placeholder on the date line', () => {
  it('"28 March 2025 09:52 am - 0 - {{hitsCtrl.values.hits}}" is the date line (two layouts); must not: a placeholder alone', () => {
    expect(parseDateLine('28 March 2025 09:52 am - 0 - {{hitsCtrl.values.hits}}', null)?.date).toBe(
      '2025-03-28',
    );
    expect(parseDateLine('{{ article.section }} | 5 September 2025', null)?.date).toBe('2025-09-05');
    expect(parseDateLine('{{hitsCtrl.values.hits}}', null)).toBeNull();
  });
});

describe('round 183: a blog’s labelled date with the categories it is filed in', () => {
  const meta = (...lines: string[]) =>
    extractMetadata(cleanArticle(lines.join('\n'), { publisher: null }), null, 'x');
  const STORY = [
    'European and American officials scrambled on Tuesday to turn the promise of help into something concrete.',
    'Trump told reporters that the United States would not put troops on the ground in Ukraine while he was president.',
  ];
  it('"Posted August 20, 2025 in News, World" at the foot dates a page headed "Updated 2 hours ago", and "Published March 3, 2025 in Politics & Society" under the headline (two layouts); must not: prose after the date', () => {
    const foot = meta(
      'Europe presses Washington on help by air',
      'By Lilit Sargsyan',
      'Updated 2 hours ago',
      'European leaders at the White House, Aug. 18, 2025 (Photo: Maya Carrington)',
      ...STORY,
      'Posted August 20, 2025 in News, World',
    );
    expect(foot.published).toMatchObject({ date: '2025-08-20', confidence: 'stated' });
    const head = meta(
      'Leaders weigh a force for Ukraine',
      'Published March 3, 2025 in Politics & Society',
      ...STORY,
    );
    expect(head.published).toMatchObject({ date: '2025-03-03', confidence: 'stated' });
    expect(parseDateLine('Posted March 3, 2025 in response to the talks in Paris', null)).toBeNull();
    expect(parseDateLine('Published March 3, 2025 in Paris, where leaders met', null)).toBeNull();
  });
});

describe('round 183: a writer’s name run into the date', () => {
  const meta = (...lines: string[]) =>
    extractMetadata(cleanArticle(lines.join('\n'), { publisher: null }), null, 'x');
  const STORY = [
    'PARIS — European leaders agreed Thursday to press ahead with plans for a multinational reassurance force for Ukraine.',
    'French President Emmanuel Macron told reporters that the force would not be a peacekeeping mission.',
  ];
  it('"Daniel Ashworth Mar 28, 2025" and "Anna Lindqvist 14 April 2025, 10:32" under the deck date the page and leave the body (two layouts); must not: prose with a date', () => {
    for (const [byline, date] of [
      ['Daniel Ashworth Mar 28, 2025', '2025-03-28'],
      ['Anna Lindqvist 14 April 2025, 10:32', '2025-04-14'],
    ] as const) {
      const lines = [
        'Europe’s reassurance force for Ukraine takes shape, minus a US safety net',
        'Leaders in Paris agree to send military chiefs to Kyiv, but Moscow calls the plan a non-starter.',
        byline,
        ...STORY,
      ];
      expect(meta(...lines).published).toMatchObject({ date, confidence: 'stated' });
      expect(cleanArticle(lines.join('\n'), { publisher: null }).paragraphs.join(' ')).not.toContain(byline);
    }
    expect(parseDateLine('Trump said March 28, 2025 would be remembered', null)).toBeNull();
    expect(parseDateLine('Leaders met in Paris on March 28, 2025.', null)).toBeNull();
  });
});
