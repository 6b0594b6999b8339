import {
  citationMarkdown,
  citationText,
  escapeMarkdown,
  markdownAddress,
  type Citation,
} from '../../../src/app/format/citation';

const citation: Citation = {
  who: 'Emmanuel Macron, Donald Trump',
  what: 'Macron and Trump meet at the White House',
  when: '24 February 2025',
  sources: [
    {
      sentence: 'Macron visited U.S. President Donald Trump in Washington on Feb. 24.',
      outlet: 'Kyiv Independent',
      reportedBy: 'Financial Times',
      articleTitle: 'Macron wins no guarantees',
      articleDate: '25 February 2025',
      originalAddress: 'https://kyivindependent.com/macron-wins/',
    },
    {
      sentence: 'Both signalled openness.',
      outlet: null,
      articleTitle: 'Untitled (from its text)',
      articleDate: null,
      originalAddress: null,
    },
  ],
  explorerAddress: 'https://explorer.example/events/macron-trump-meeting/',
};

describe('citationText', () => {
  it('names who, when and what, then each sentence with outlet, title, date and address', () => {
    expect(citationText(citation)).toBe(
      [
        'Emmanuel Macron, Donald Trump (24 February 2025): Macron and Trump meet at the White House.',
        '“Macron visited U.S. President Donald Trump in Washington on Feb. 24.”',
        '— Kyiv Independent, citing Financial Times, “Macron wins no guarantees”, 25 February 2025. https://kyivindependent.com/macron-wins/',
        '“Both signalled openness.”',
        '— “Untitled (from its text)”. Original address not known.',
        'Peace Plan Explorer: https://explorer.example/events/macron-trump-meeting/',
      ].join('\n'),
    );
  });

  it('adds no second full stop, and leaves out who and when when they are not known', () => {
    const text = citationText({ ...citation, who: null, when: null, what: 'Trump said so.', sources: [] });
    expect(text).toBe(
      'Trump said so.\nPeace Plan Explorer: https://explorer.example/events/macron-trump-meeting/',
    );
  });

  it('keeps a line break inside article text from breaking the citation', () => {
    const text = citationText({
      ...citation,
      sources: [{ ...citation.sources[0]!, sentence: 'One\nline.' }],
    });
    expect(text.split('\n')[1]).toBe('“One line.”');
  });
});

describe('citationMarkdown', () => {
  it('bolds who, quotes the sentence as a block, links the title to the original', () => {
    expect(citationMarkdown(citation)).toBe(
      [
        '**Emmanuel Macron, Donald Trump** (24 February 2025): Macron and Trump meet at the White House.',
        '> Macron visited U.S. President Donald Trump in Washington on Feb. 24.',
        '— Kyiv Independent, citing Financial Times, [Macron wins no guarantees](https://kyivindependent.com/macron-wins/), 25 February 2025.',
        '> Both signalled openness.',
        '— “Untitled (from its text)”. Original address not known.',
        '[Peace Plan Explorer](https://explorer.example/events/macron-trump-meeting/)',
      ].join('\n\n'),
    );
  });

  it('keeps article text as text: no emphasis, links, HTML, entities, headings or lists', () => {
    expect(escapeMarkdown('*bold* _it_ [link](x) <b> `code` &amp; a|b')).toBe(
      '\\*bold\\* \\_it\\_ \\[link\\](x) \\<b\\> \\`code\\` \\&amp; a\\|b',
    );
    expect(escapeMarkdown('# Not a heading')).toBe('\\# Not a heading');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('AT&T and 3 + 4')).toBe('AT&T and 3 + 4');
  });

  it('encodes what would end a link address early', () => {
    expect(markdownAddress('https://x.example/a_(b) c#:~:text=a%20b')).toBe(
      'https://x.example/a_%28b%29%20c#:~:text=a%20b',
    );
  });
});
