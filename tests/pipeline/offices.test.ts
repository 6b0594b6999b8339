// @vitest-environment node
import { compileGazetteer } from '../../src/pipeline/actors';
import { parseCuration } from '../../src/pipeline/curation';
import { officeHolder } from '../../src/pipeline/offices';
import { fixtureCuration } from './helpers';

const gazetteer = compileGazetteer(parseCuration(fixtureCuration()).actors);
const DATE = '2025-03-03';
const page = (...texts: string[]) => texts.map((text) => ({ text, actors: gazetteer.match(text, DATE) }));

describe('a sentence whose subject is an office', () => {
  it('"The PM gathered 18 leaders …" and "On Monday, the prime minister told MPs …" are the prime minister named before', () => {
    const sentences = page(
      'Sir Keir Starmer vowed yesterday that British troops would help police any peace deal.',
      'The PM gathered 18 leaders at Lancaster House in London on Sunday afternoon.',
      'On Monday, the prime minister told MPs the plan needed American backing.',
    );
    expect(officeHolder(sentences, 1, gazetteer)).toBe('starmer');
    expect(officeHolder(sentences, 2, gazetteer)).toBe('starmer');
  });

  it('the latest holder of that office: "The president" after Macron is Macron, after Trump is Trump', () => {
    const sentences = page(
      'President Donald Trump spoke to Putin on Monday.',
      'French President Emmanuel Macron hosted the summit.',
      'The president said 26 countries had committed troops.',
    );
    expect(officeHolder(sentences, 2, gazetteer)).toBe('macron');
  });

  it('must not: no holder named before, a person named as subject, or the office as a possessive', () => {
    const none = page('Leaders met in Paris on Thursday.', 'The prime minister said the plan was advancing.');
    expect(officeHolder(none, 1, gazetteer)).toBeNull();
    const named = page(
      'Sir Keir Starmer hosted the summit.',
      'The prime minister of Italy, Giorgia Meloni, said Italy would not send troops.',
    );
    expect(officeHolder(named, 1, gazetteer)).toBeNull();
    const possessive = page(
      'Sir Keir Starmer hosted the summit.',
      'The prime minister’s office said talks went well.',
    );
    expect(officeHolder(possessive, 1, gazetteer)).toBeNull();
  });
});

describe('round 51: the leader of a state, called by nationality', () => {
  it('"The Russian leader added …" and "The French head of state told …" are the holder of that state named before (two layouts); must not: another state’s', () => {
    const sentences = page(
      'French President Emmanuel Macron hosted the summit, and Italian Prime Minister Giorgia Meloni took part by video.',
      'The French leader added that the force would deploy only after a ceasefire.',
      'The Italian leader said Italy would not send troops.',
      'The French head of state told reporters the plan was ready.',
      'The German leader said nothing.',
    );
    expect(officeHolder(sentences, 1, gazetteer)).toBe('macron');
    expect(officeHolder(sentences, 2, gazetteer)).toBe('meloni');
    expect(officeHolder(sentences, 3, gazetteer)).toBe('macron');
    expect(officeHolder(sentences, 4, gazetteer)).toBeNull();
  });
});
