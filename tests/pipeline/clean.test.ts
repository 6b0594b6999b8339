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

describe('rounds 304–311: government pages, fact-checkers', () => {
  const BODY = [
    'Prime Minister Keir Starmer hosted leaders from across Europe at Lancaster House on Sunday to agree a plan for a ceasefire in Ukraine.',
    'The meeting followed talks with President Volodymyr Zelensky in Downing Street the day before, officials said after the summit ended.',
    'Leaders agreed that military support for Ukraine should keep flowing while the fighting continues, a statement from the meeting said.',
  ];
  const run = (...lines: string[]) => cleanArticle(lines.join('\n'), { publisher: null });
  const HEADLINE = 'Prime Minister convenes European leaders in London on security guarantees for Ukraine';

  it('"From:" and the offices under it credit a government page (two layouts); must not: "From:" in the story', () => {
    const gov = run(
      'News story',
      HEADLINE,
      'Leaders agreed to work on a coalition that could help secure a ceasefire.',
      'From:',
      "Prime Minister's Office, 10 Downing Street and The Rt Hon Sir Keir Starmer KCB KC MP",
      'Published',
      '2 March 2025',
      ...BODY,
    );
    expect(gov.title).toBe(HEADLINE);
    expect(gov.paragraphs.join('\n')).not.toMatch(/10 Downing Street and/);
    const mod = run(
      'Press release',
      'UK steps up planning for Ukraine reassurance force after Paris coalition talks',
      'From:',
      'Ministry of Defence and The Rt Hon John Healey MP',
      'Published 28 March 2025',
      ...BODY,
    );
    expect(mod.title).toBe('UK steps up planning for Ukraine reassurance force after Paris coalition talks');
    expect(mod.paragraphs).toEqual(BODY);
    const story = run(
      HEADLINE,
      'March 2, 2025',
      ...BODY,
      'From:',
      'Starmer, to his cabinet, on Monday morning.',
    );
    expect(story.paragraphs.at(-1)).toBe('Starmer, to his cabinet, on Monday morning.');
  });

  it('a line printed twice only under the story (previous/next, "More statements") is no headline; must not: a headline printed in the header and again below', () => {
    const other = 'Statement from the Press Secretary on the Anchorage Summit';
    const page = run(
      'Briefings & Statements',
      "Statement on President Trump's Meeting with President Zelensky and European Leaders",
      'The White House',
      'August 19, 2025',
      ...BODY,
      'Previous',
      other,
      'Next',
      'More Briefings & Statements',
      other,
    );
    expect(page.title).toBe(
      "Statement on President Trump's Meeting with President Zelensky and European Leaders",
    );
    expect(run('News', HEADLINE, ...BODY, 'Read next', HEADLINE).title).toBe(HEADLINE);
  });

  it("a fact-checker's list of sources and its claim box are no part of the story (two layouts each); must not: one label alone", () => {
    const sources = run(
      HEADLINE,
      'August 20, 2025',
      ...BODY,
      'Our Sources',
      'White House, remarks by President Trump and European leaders, Aug. 18, 2025',
      'Email interview, White House official, Aug. 19, 2025',
    );
    expect(sources.paragraphs).toEqual(BODY);
    const cited = run(
      HEADLINE,
      'September 5, 2025',
      ...BODY,
      'Sources',
      'Elysee Palace. "Declaration of the coalition of the willing." 4 Sep 2025.',
      'Hale, Marcus. Email to FactCheck.org. 5 Sep 2025.',
    );
    expect(cited.paragraphs).toEqual(BODY);
    const claim = run(
      HEADLINE,
      '4 March 2025',
      'What was claimed',
      'The Prime Minister has ordered British troops to deploy to Ukraine this week.',
      'Our verdict',
      'Incorrect. European leaders discussed a possible force, but no deployment has been ordered.',
      ...BODY,
    );
    expect(claim.paragraphs).toEqual(BODY);
    const snopes = run(
      HEADLINE,
      '4 March 2025',
      'Claim:',
      'At a Paris summit in March 2025, European leaders agreed to send soldiers to the front line.',
      'Rating:',
      'False',
      ...BODY,
    );
    expect(snopes.paragraphs).toEqual(BODY);
    const context = run(
      HEADLINE,
      '4 March 2025',
      BODY[0] as string,
      'Context',
      BODY[1] as string,
      BODY[2] as string,
    );
    expect(context.paragraphs).toEqual(BODY);
  });
});

describe('rounds 320–327: a weekly\'s issue line, a blog\'s "Written by" date', () => {
  const BODY = [
    'PASSAIC, N.J. – Parishioners who gathered in a church hall here on Friday evening had one question for the panel about the force.',
    'The meeting followed a summit in Paris on Thursday, where the French president said a reassurance force could be deployed.',
    'The branch plans a follow-up meeting on April 12, with a speaker from the embassy in Washington invited to take questions.',
  ];
  const run = (...lines: string[]) => cleanArticle(lines.join('\n'), { publisher: null });
  const HEADLINE = 'New Jersey community asks whether Europe’s promised force will arrive';

  it('"The Ukrainian Weekly, March 30, 2025, No. 13" under the related stories dates the page (two layouts); must not: a related story\'s own date', () => {
    const under = run(
      HEADLINE,
      'by Halyna Tkach',
      ...BODY,
      'MORE FROM COMMUNITY',
      'Whippany dancers prepare for spring festival',
      'The Ukrainian Weekly, March 30, 2025, No. 13',
      'Contact | Advertise',
    );
    expect(under.dateLine?.date).toBe('2025-03-30');
    const alone = run(HEADLINE, 'by Halyna Tkach', ...BODY, 'The Ukrainian Weekly, March 30, 2025, No. 13');
    expect(alone.dateLine?.date).toBe('2025-03-30');
    const related = run(
      HEADLINE,
      'by Halyna Tkach',
      ...BODY,
      'MORE FROM COMMUNITY',
      'Whippany dancers prepare for spring festival',
      'March 28, 2025',
    );
    expect(related.dateLine).toBeNull();
  });

  it('"Written by Ingrid Solheim | 31 March 2025" is the byline with the date (two layouts); must not: "Written by" with no date is a credit', () => {
    expect(run(HEADLINE, 'Written by Ingrid Solheim | 31 March 2025', ...BODY).dateLine?.date).toBe(
      '2025-03-31',
    );
    expect(run(HEADLINE, 'Written by Ingrid Solheim · March 31, 2025', ...BODY).dateLine?.date).toBe(
      '2025-03-31',
    );
    const credit = run(
      HEADLINE,
      'March 31, 2025',
      ...BODY,
      'Written by Ingrid Solheim and edited by Tom Hale',
    );
    expect(credit.paragraphs.join('\n')).not.toMatch(/Written by/);
  });
});
