// @vitest-environment node
import { compileGazetteer } from '../../src/pipeline/actors';
import { parseCuration } from '../../src/pipeline/curation';
import { extractQuotes } from '../../src/pipeline/quotes';
import { fixtureCuration, SEED_000, SEED_001, SEED_004, seedBuild } from './helpers';

const gazetteer = compileGazetteer(parseCuration(fixtureCuration()).actors);
function quotes(...texts: string[]) {
  const sentences = texts.map((text, i) => ({
    id: `s${i}`,
    text,
    paragraph: i,
    actors: gazetteer.match(text, '2025-02-26'),
  }));
  return extractQuotes({ articleId: 'a', sentences, gazetteer, date: '2025-02-26' }).map((q) => [
    q.text,
    q.speakerLabel,
    q.speakerId,
  ]);
}

describe('quote attribution', () => {
  it('"…," Macron said / Trump said: "…" / said a senior EU official who …', () => {
    expect(quotes('"We are ready to engage our troops," Macron said.')).toEqual([
      ['We are ready to engage our troops', 'Macron', 'macron'],
    ]);
    expect(quotes('Trump said: "We will have a backing of some kind."')).toEqual([
      ['We will have a backing of some kind.', 'Trump', 'trump'],
    ]);
    expect(
      quotes('“This was a waste of time,” said a senior EU official who took part in the meeting.'),
    ).toEqual([['This was a waste of time', 'a senior EU official', null]]);
  });
  it('anonymous speakers keep their description; a group actor when the gazetteer has it', () => {
    expect(quotes('“Strategic ambiguity on this question remains,” an EU diplomat said.')).toEqual([
      ['Strategic ambiguity on this question remains', 'an EU diplomat', 'eu-diplomats'],
    ]);
    expect(quotes('“We as Europe are in this rather alone now,” a second diplomat said.')[0]?.[2]).toBeNull();
  });
  it('"he said" → the nearest person before', () => {
    expect(
      quotes('When asked, Trump said that it would.', '"We will have a backing of some kind," he said.'),
    ).toEqual([['We will have a backing of some kind', 'Donald Trump', 'trump']]);
  });
  it('a bare quote continues only right after an attributed quote', () => {
    expect(
      quotes(
        '"There are Europeans ready to engage," Macron said.',
        '"Now there is a clear American message."',
      ),
    ).toEqual([
      ['There are Europeans ready to engage', 'Macron', 'macron'],
      ['Now there is a clear American message.', 'Macron', 'macron'],
    ]);
    expect(
      quotes('The talks went on for hours in Paris.', '"Now there is a clear American message."'),
    ).toEqual([['Now there is a clear American message.', 'unknown', null]]);
  });
  it('scare quotes and quoted names are not quotes', () => {
    expect(quotes('Starmer has said that this plan requires a U.S. "backstop" to deter Russia.')).toEqual([]);
    expect(quotes('Macron announced plans for a “reassurance force” in Ukraine.')).toEqual([]);
    expect(quotes('Trump claimed that such a deal could come "within weeks."')).toEqual([]);
    expect(quotes('Speaking at the “coalition of the willing” summit, Macron acknowledged it.')).toEqual([]);
    expect(quotes('No quotation marks here, Macron said.')).toEqual([]);
  });
});

describe('quotes on the seeds', () => {
  const r = seedBuild();
  const of = (id: string) =>
    r.index?.quotes
      .filter((q) => q.evidence.articleId === id)
      .map((q) => [q.speakerLabel, q.speakerId, q.provenance]);
  it('000: the curated quote wins over the extracted one on the same sentence', () => {
    expect(of(SEED_000)).toEqual([
      ['Macron', 'macron', 'curated'],
      ['Macron', 'macron', 'extracted'],
      ['Donald Trump', 'trump', 'extracted'],
      ['the official', null, 'extracted'],
    ]);
  });
  it('001', () => {
    expect(of(SEED_001)).toEqual([
      ['an EU diplomat', 'eu-diplomats', 'extracted'],
      ['Trump', 'trump', 'extracted'],
      ['a senior EU official', null, 'extracted'],
      ['a second diplomat', null, 'extracted'],
    ]);
  });
  it('004: partial quotes with a speaker; scare quotes dropped', () => {
    const texts = r.index?.quotes.filter((q) => q.evidence.articleId === SEED_004).map((q) => q.text) ?? [];
    expect(texts).toContain(
      'both Trump and Putin would seize the opportunity to blame the EU for Trump’s failed peace efforts',
    );
    for (const scare of [
      'reassurance force',
      'premature',
      'pathetic',
      'not unanimous',
      'coalition of the willing',
      'Five Eyes',
    ]) {
      expect(texts).not.toContain(scare);
    }
  });
  it('ids are deterministic and unique', () => {
    const ids = r.index?.quotes.map((q) => q.id) ?? [];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids.filter((i) => i.startsWith('q-')))
      expect(id).toMatch(/^q-[0-9a-f]{6}-s[0-9a-f]{8}(-\d+)?-\d+$/);
  });
});
