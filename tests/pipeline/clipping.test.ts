import { readClipping } from '../../src/pipeline/clipping';
import { cleanArticle } from '../../src/pipeline/clean';
import { buildCorpus } from '../../src/pipeline/corpus';
import { fixtureCuration, raw } from './helpers';

/**
 * Pages a web clipper saved as Markdown, and pages a clipping tool or a researcher saved with a record of
 * their own above them. What the build relies on: the article's words without the marks, the page's own
 * title and date from its front matter, and never the date it was clipped on.
 */

const OBSIDIAN = [
  '---',
  'title: "London summit: Europe drafts its own plan to end the war in Ukraine"',
  'source: "https://www.dw.com/en/london-summit-europe-drafts-its-own-plan/a-71842356"',
  'author:',
  '  - "[[Lena Hartmann]]"',
  'published: 2025-03-03',
  'created: 2025-03-09',
  'tags:',
  '  - "clippings"',
  '---',
  'Keir Starmer says a group of European countries will work with Kyiv on a ceasefire plan.',
  '',
  '![Keir Starmer at a lectern at Lancaster House](https://static.dw.com/image/71842301_906.jpg)',
  '',
  'British Prime Minister Keir Starmer said on Sunday that the UK, France and a **small group** of other countries would draw up a plan.',
  '',
  '"We are not here to issue another communique," Starmer told [reporters](https://www.dw.com/en/top-stories).',
].join('\n');

const MARKDOWNLOAD = [
  '---',
  'created: 2025-03-29T07:41:19 (UTC +00:00)',
  'source: https://www.theguardian.com/world/2025/mar/27/macron-reassurance-force',
  '---',
  '',
  '# Europe’s ‘reassurance force’ for Ukraine will not need Putin’s blessing, says Macron',
  '',
  '> ## Excerpt',
  '> French president says UK and France will send military planners to Kyiv',
  '',
  '---',
  'Emmanuel Macron has said a European “reassurance force” could be sent to Ukraine after a ceasefire.',
].join('\n');

describe('pages a web clipper saved as Markdown', () => {
  it('reads the front matter as the page’s own metadata, and the clipper’s date as none of it (Obsidian)', () => {
    const { page, text } = readClipping(OBSIDIAN);
    expect(page).toMatchObject({
      title: 'London summit: Europe drafts its own plan to end the war in Ukraine',
      address: 'https://www.dw.com/en/london-summit-europe-drafts-its-own-plan/a-71842356',
      author: 'Lena Hartmann',
      published: { date: '2025-03-03', stated: '2025-03-03' },
    });
    expect(text).not.toContain('created:');
    expect(text).not.toContain('![');
    expect(text).toContain('a small group of other countries');
    expect(text).toContain('Starmer told reporters.');
  });

  it('takes the first heading as the headline and reads a quote’s and a heading’s marks away (MarkDownload)', () => {
    const { page, text } = readClipping(MARKDOWNLOAD);
    expect(page?.title).toBe(
      'Europe’s ‘reassurance force’ for Ukraine will not need Putin’s blessing, says Macron',
    );
    // "created" is when it was clipped: no publication date.
    expect(page?.published).toBeNull();
    expect(text.split('\n')).toContain(
      'French president says UK and France will send military planners to Kyiv',
    );
    expect(text.split('\n')).toContain('Excerpt');
  });

  it('builds a clipping with its headline, its stated date and its address to open', () => {
    const result = buildCorpus([raw('clip.txt', OBSIDIAN)], fixtureCuration());
    const article = result.articles[0];
    expect(article?.title).toBe('London summit: Europe drafts its own plan to end the war in Ukraine');
    expect(article?.published?.date).toBe('2025-03-03');
    expect(article?.sourceUrl).toBe(
      'https://www.dw.com/en/london-summit-europe-drafts-its-own-plan/a-71842356',
    );
  });

  it('must not: change a page that is no Markdown (an email’s quoted reply, a hashtag, a rule of dashes)', () => {
    const page = [
      'Leaders agree to draw up a plan',
      '#Ukraine',
      '> Thanks, will read it tonight.',
      'Starmer said on Sunday that the plan would be ready within weeks.',
      '---',
      'Read more: Macron says the force will not need Putin’s blessing',
    ].join('\n');
    expect(readClipping(page)).toEqual({ text: page, page: null });
  });
});

describe('a clipping tool’s or a researcher’s record above the saved page', () => {
  const STORY = [
    'Macron: Reassurance force for Ukraine does not need unanimity',
    'By Aurélie Marsh | Euractiv',
    '27 Mar 2025',
    'French President Emmanuel Macron said on Thursday that the force would not need every country on board.',
    'He said France and Britain would send military planners to Kyiv in the coming weeks.',
  ];

  it('removes an Evernote clip’s record, and the page is dated by its own date line, not the clip’s', () => {
    const r = cleanArticle(
      [
        'Macron: Reassurance force for Ukraine does not need unanimity | Euractiv',
        'Notebook: Ukraine security guarantees',
        'Created: 28 Mar 2025 08:31',
        'Source URL: https://www.euractiv.com/section/defence/news/macron-reassurance-force/',
        'Clipped with Evernote Web Clipper',
        ...STORY,
      ].join('\n'),
      { publisher: null },
    );
    expect(r.dateLine?.date).toBe('2025-03-27');
    expect(r.paragraphs).toEqual(STORY.slice(3));
  });

  it('removes a researcher’s notes and the fields after the address (a notes file)', () => {
    const r = cleanArticle(
      [
        'NOTES: European reassurance force (thesis ch. 4)',
        'H. Lindqvist, working file, last edited 4 April 2025',
        '- Q: Did Italy sign up to anything at all?',
        'Source: https://www.euractiv.com/section/defence/news/macron-reassurance-force/',
        'Accessed: 4 April 2025, 10:42',
        '--- pasted article below ---',
        ...STORY,
      ].join('\n'),
      { publisher: null },
    );
    expect(r.title).toBe(STORY[0]);
    expect(r.dateLine?.date).toBe('2025-03-27');
    expect(r.paragraphs).toEqual(STORY.slice(3));
  });

  it('must not: take a page’s headline for a record when a source line names no clipping', () => {
    const r = cleanArticle(
      [STORY[0], 'Source: https://www.elysee.fr/en/statement', ...STORY.slice(1)].join('\n'),
      { publisher: null },
    );
    expect(r.title).toBe(STORY[0]);
  });
});
