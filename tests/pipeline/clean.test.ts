// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle, isBodyShaped, isHeadlineShaped, isSubheadShaped } from '../../src/pipeline/clean';
import { normaliseText } from '../../src/pipeline/read';
import { FIXTURE_RAW, SEED_000, SEED_001, SEED_004, seedText } from './helpers';

const clean = (id: string, publisher: string | null = null) =>
  cleanArticle(normaliseText(seedText(id)), { publisher });
const rules = (r: ReturnType<typeof clean>) => r.removed.map((b) => b.rule);
const removedBy = (r: ReturnType<typeof clean>, rule: string) =>
  r.removed.filter((b) => b.rule === rule).map((b) => b.text);

describe('clean stage on the seeds', () => {
  it('000 (Kyiv Independent): feed blurb before the title, title repeat, caption, teaser, author bio', () => {
    const r = clean(SEED_000);
    expect(r.title).toBe('Macron wins no security guarantees from Trump on peacekeepers plan, FT reports');
    expect(removedBy(r, 'before-title').join(' ')).toMatch(/^This week, the world watched .* White House\.$/);
    expect(rules(r)).toEqual(
      expect.arrayContaining([
        'title',
        'title-repeat',
        'read-time',
        'photo-caption',
        'teaser',
        'author-bio',
        'ui-label',
      ]),
    );
    expect(removedBy(r, 'photo-caption')[0]).toMatch(/\(Tasos Katopodis\/Getty Images\)$/);
    expect(removedBy(r, 'teaser')[0]).toMatch(/^Russia targets Ukraine’s supply lines/);
    expect(removedBy(r, 'author-bio')[0]).toMatch(
      /^Avatar\nAbbey Fenbert\nSenior News Editor\nAbbey Fenbert is/,
    );
    expect(r.author).toBe('Abbey Fenbert');
    expect(r.paragraphs).toHaveLength(14);
    expect(r.paragraphs[0]).toMatch(/^French President Emmanuel Macron did not receive/);
    expect(r.paragraphs[13]).toMatch(/^"There is no objection from President Trump/);
    const body = r.paragraphs.join('\n');
    for (const gone of [
      'Victory Day',
      'News Feed',
      'Show More',
      '2 min read',
      'Getty',
      'Kursk',
      'Avatar',
      'Read more',
      '2008-2011',
    ]) {
      expect(body).not.toContain(gone);
    }
  });

  it('001 (News.Az): date line and trailing site name removed, no title line', () => {
    const r = clean(SEED_001);
    expect(r.title).toBeNull();
    expect(r.dateLine).toMatchObject({ date: '2025-02-26', method: 'dateline-iso' });
    expect(removedBy(r, 'site-name')).toEqual(['News.Az']);
    expect(r.publisherFromText).toBe('News.Az');
    expect(r.paragraphs).toHaveLength(15);
    expect(r.paragraphs[0]).toMatch(/^French President Emmanuel Macron was unable/);
    expect(r.paragraphs[14]).toMatch(/according to a third diplomat\.$/);
  });

  it('004 (Semafor): menus, labels, caption + credit, share buttons, AD, sources lines', () => {
    const r = clean(SEED_004);
    expect(r.title).toBe(
      'Macron announces plan for Ukraine ‘reassurance force,’ but Europe remains split over security',
    );
    expect(r.dateLine).toMatchObject({ date: '2025-03-27', method: 'updated-line' });
    expect(removedBy(r, 'nav-menu')[0]).toMatch(/^• D\.C\.\n• BXL/);
    expect(removedBy(r, 'photo-credit')).toEqual(['Ludovic Marin/Pool via Reuters']);
    expect(removedBy(r, 'photo-caption')[0]).toMatch(/^Ukraine’s President Volodymyr Zelenskiy/);
    expect(removedBy(r, 'share-buttons')).toEqual(['PostEmailWhatsapp']);
    expect(removedBy(r, 'ad-marker')).toEqual(['AD', 'AD']);
    expect(removedBy(r, 'section-label')).toEqual(['Europe', 'The News', 'SIGNALS']);
    expect(removedBy(r, 'sources-line')).toEqual([
      'Sources:\nFinancial Times, Reuters, BBC',
      'Sources:\nPolitico, Sky News',
      'Sources:\nThe Atlantic, CBS, The Times',
    ]);
    expect(r.citedOutlets).toEqual([
      'Financial Times',
      'Reuters',
      'BBC',
      'Politico',
      'Sky News',
      'The Atlantic',
      'CBS',
      'The Times',
    ]);
    expect(r.publisherFromText).toBe('Semafor');
    const body = r.paragraphs.join('\n');
    for (const gone of [
      'Semafor Logo',
      'PostEmailWhatsapp',
      'Source icon',
      'Sources:',
      'Global insights',
      'Ludovic Marin',
    ]) {
      expect(body).not.toContain(gone);
    }
    expect(r.paragraphs[0]).toMatch(/^French President Emmanuel Macron on Thursday announced/);
  });
});

describe('clean rules on small fixtures', () => {
  const run = (text: string) => cleanArticle(text, { publisher: null });

  it('keeps a plain article untouched apart from its title', () => {
    const r = run(
      'A plain headline about the talks\n\nThe leaders met in Paris to discuss the plan for Ukraine today.\n\nThey will meet again.',
    );
    expect(r.title).toBe('A plain headline about the talks');
    expect(r.paragraphs).toEqual([
      'The leaders met in Paris to discuss the plan for Ukraine today.',
      'They will meet again.',
    ]);
    expect(r.removed.map((b) => b.rule)).toEqual(['title']);
  });

  it('removes bylines, read-more and credits but keeps quotes ending with a quote mark', () => {
    const r = run(
      'Title of a story about a plan\nBy Jane Doe\n\nPhoto: John Smith/AFP\n\n“We will not accept this plan under any circumstances,” the minister said.\n\nRead More',
    );
    expect(r.author).toBe('Jane Doe');
    expect(r.paragraphs).toEqual([
      '“We will not accept this plan under any circumstances,” the minister said.',
    ]);
    expect(r.removed.map((b) => b.rule)).toEqual(
      expect.arrayContaining(['byline', 'photo-credit', 'ui-label']),
    );
  });

  it('joins hard-wrapped lines', () => {
    const r = run(
      'A headline for a wrapped story\n\nThe leaders met in Paris to discuss\nthe plan for Ukraine on Monday.',
    );
    expect(r.paragraphs).toEqual(['The leaders met in Paris to discuss the plan for Ukraine on Monday.']);
  });

  it('line shapes', () => {
    expect(isHeadlineShaped('Macron wins no security guarantees from Trump')).toBe(true);
    expect(isHeadlineShaped('This is a sentence.')).toBe(false);
    expect(isBodyShaped('The leaders met in Paris to discuss the plan today.')).toBe(true);
    expect(isBodyShaped('Russian forces have ramped up attacks on the front…')).toBe(false);
  });
});

describe('subheads', () => {
  it('Semafor: the three subheads leave the body and stay in the report', () => {
    const r = clean(SEED_004);
    expect(removedBy(r, 'subhead')).toEqual([
      'Leaders divided on ‘reassurance’ troops in Ukraine',
      'Strained ties with Washington put Europe in tight spot over sanctions negotiations',
      'Europe summit overshadowed by US security leak',
    ]);
    expect(r.paragraphs.join('\n')).not.toMatch(/Leaders divided|Strained ties|overshadowed by US/);
  });
  it('another layout: before a Sources block or alone between paragraphs; sentences and wraps stay', () => {
    const text = normaliseText(readFileSync(join(FIXTURE_RAW, 'subheads-and-sources.txt'), 'utf8'));
    const r = cleanArticle(text, { publisher: null });
    expect(removedBy(r, 'subhead')).toEqual([
      'Divided over troops for Ukraine',
      'Washington weighs its options',
    ]);
    expect(r.paragraphs).toContain('The talks ended without agreement.'); // a real one-sentence paragraph
    expect(r.paragraphs).toContain('Is Europe ready?'); // ends like a sentence
    expect(r.paragraphs).toContain('The defence ministers of the'); // cut mid-phrase: a wrapped line
  });
  it('shape', () => {
    expect(isSubheadShaped('Europe summit overshadowed by US security leak')).toBe(true);
    expect(isSubheadShaped('The talks ended without agreement.')).toBe(false);
    expect(isSubheadShaped('“We will not send troops”')).toBe(false);
    expect(isSubheadShaped('Talks between Macron and')).toBe(false);
    expect(isSubheadShaped('europe summit overshadowed')).toBe(false);
  });
});

describe('publisher appeal lines', () => {
  const between = (line: string) =>
    cleanArticle(
      [
        'Allies weigh a force for Ukraine',
        'March 21, 2025',
        'Defence ministers from about 30 countries met in Brussels on Thursday to discuss a European force for Ukraine.',
        line,
        'Britain and France said the force would need American intelligence and air cover.',
      ].join('\n\n'),
      { publisher: null },
    );
  it('removes the short appeals "Become a member today" and "Support independent journalism."', () => {
    for (const line of [
      'Become a member today',
      'Become a Member of The Local',
      'Support independent journalism.',
    ]) {
      expect(between(line).paragraphs).not.toContain(line);
    }
  });
  it('keeps a story sentence that starts with the same words', () => {
    const line =
      'Become a member of NATO, Zelensky urged again on Friday, or give Kyiv guarantees worth as much.';
    expect(between(line).paragraphs).toContain(line);
  });
});

describe('rounds 296–303: the headline over a site acronym, a dashed byline, a syndication credit', () => {
  const BODY = [
    'The leaders of France, Germany, Britain and Poland rode an overnight train into Ukraine and stood beside Zelensky in Kyiv to demand a truce.',
    'The truce would begin Monday, the leaders said, and Moscow would face new sanctions on its banks and energy exports if it refused to accept it.',
    'Russia brushed off the demand, and in a late-night address Vladimir Putin proposed direct talks in Istanbul instead of a ceasefire.',
  ];
  const title = (...head: string[]) => cleanArticle([...head, ...BODY].join('\n'), { publisher: null }).title;
  const HEADLINE =
    'European leaders in Kyiv demand a 30-day truce, with a foreign force waiting in the wings';

  it("a site's initials and its name over the headline are no headline (two layouts); must not: initials that are not the name's", () => {
    expect(
      title(
        'NPR : National Public Radio',
        HEADLINE,
        'By Owen Castellano',
        'Sunday, May 11, 2025 • 7:02 AM EDT',
      ),
    ).toBe(HEADLINE);
    expect(
      title(
        'BBC – British Broadcasting Corporation',
        'Home',
        HEADLINE,
        'By Owen Castellano',
        'Sunday, May 11, 2025 • 7:02 AM EDT',
      ),
    ).toBe(HEADLINE);
    expect(
      title('EU : Leaders Weigh Sanctions Plan', 'Ministers meet in Brussels to discuss it', 'May 11, 2025'),
    ).toBe('EU : Leaders Weigh Sanctions Plan');
  });

  it('"By — Name" and "Provided by Dow Jones" are bylines, not the headline (two layouts)', () => {
    expect(
      title('World', HEADLINE, 'By — Diane Corwell', 'By — Tessa Lindqvist', 'Sep 4, 2025 6:42 PM EDT'),
    ).toBe(HEADLINE);
    expect(title('News', HEADLINE, 'Provided by Dow Jones', 'By Annika Lund')).toBe(HEADLINE);
  });
});
