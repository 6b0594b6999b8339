import {
  articleCitation,
  eventCitation,
  positionCitation,
  quoteCitation,
} from '../../../src/app/data/citations';
import { citationText } from '../../../src/app/format/citation';
import { exportIndex, exportLookup, PAGE } from './exportStory';

describe('citations of the story’s items', () => {
  it('an event: its actors, date, title and each evidence sentence', () => {
    expect(citationText(eventCitation(exportLookup.eventsById.get('e3')!, exportLookup, PAGE))).toBe(
      [
        'Emmanuel Macron, Donald Trump (5 March 2025 – 7 March 2025): Three-day summit.',
        '“Macron visited U.S. President Donald Trump”',
        '— Example News, “Macron meets Trump”, 25 February 2025. https://example.org/a1',
        'Peace Plan Explorer: https://explorer.example/app/events/e3/',
      ].join('\n'),
    );
  });

  it('a planned event says so; an article without address says it is not known', () => {
    const text = citationText(eventCitation(exportLookup.eventsById.get('e2')!, exportLookup, PAGE));
    expect(text).toBe(
      [
        'Donald Trump (February 2025): =Talks, "somewhere" (planned).',
        '“Talks were held.”',
        '— “No address”. Original address not known.',
        'Peace Plan Explorer: https://explorer.example/app/events/e2/',
      ].join('\n'),
    );
  });

  it('a quote: the speaker, the words, the date of its event', () => {
    expect(citationText(quoteCitation(exportLookup.quotesById.get('q1')!, exportLookup, PAGE))).toBe(
      [
        'Emmanuel Macron (5 March 2025 – 7 March 2025): “Macron visited”.',
        '“Macron visited”',
        '— Example News, “Macron meets Trump”, 25 February 2025. https://example.org/a1',
        'Peace Plan Explorer: https://explorer.example/app/quotes/q1/',
      ].join('\n'),
    );
  });

  it('a position: actor on topic, date, stance and summary', () => {
    expect(
      citationText(positionCitation(exportLookup.positionsById.get('p4')!, exportLookup, PAGE)).split(
        '\n',
      )[0],
    ).toBe('Donald Trump on US backstop (March 2025): ambiguous — Wants US support behind a European force.');
    expect(positionCitation(exportLookup.positionsById.get('p4')!, exportLookup, PAGE).explorerAddress).toBe(
      'https://explorer.example/app/positions/p4/',
    );
  });

  it('an article, at the chosen sentence', () => {
    const article = exportIndex.articles[0]!;
    expect(citationText(articleCitation(article, { id: 's1', text: 'A sentence.' }, PAGE))).toBe(
      [
        'A. Writer (25 February 2025): Macron meets Trump.',
        '“A sentence.”',
        '— Example News, “Macron meets Trump”, 25 February 2025. https://example.org/a1',
        'Peace Plan Explorer: https://explorer.example/app/articles/a1/?s=s1',
      ].join('\n'),
    );
    expect(citationText(articleCitation(article, null, PAGE)).split('\n')).toHaveLength(3);
  });
});
