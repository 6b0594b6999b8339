// @vitest-environment node
import { compileGazetteer } from '../../src/pipeline/actors';
import { parseCuration } from '../../src/pipeline/curation';
import { compileOutlets } from '../../src/pipeline/outlets';
import { extractQuotes } from '../../src/pipeline/quotes';
import { fixtureCuration, isStoryTerm, SEED_000, SEED_001, SEED_004, seedBuild } from './helpers';

const gazetteer = compileGazetteer(parseCuration(fixtureCuration()).actors);
function quotes(...texts: string[]) {
  const sentences = texts.map((text, i) => ({
    id: `s${i}`,
    text,
    paragraph: i,
    actors: gazetteer.match(text, '2025-02-26'),
  }));
  return extractQuotes({ articleId: 'a', sentences, gazetteer, date: '2025-02-26', isTerm: isStoryTerm }).map(
    (q) => [q.text, q.speakerLabel, q.speakerId],
  );
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
    ).toEqual([['This was a waste of time', 'a senior EU official who took part in the meeting', null]]);
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
      ['Trump', 'trump', 'extracted'],
      // "While Macron spoke optimistically about his meeting with Trump, calling it “a turning point”".
      ['Macron', 'macron', 'extracted'],
      ['a French official', null, 'extracted'],
      ['Macron', 'macron', 'extracted'],
      ['Donald Trump', 'trump', 'extracted'],
      ['Trump', 'trump', 'extracted'],
      // "the official said", after "The French official who spoke to the FT said …": the earlier speaker.
      ['a French official', null, 'extracted'],
    ]);
  });
  it('001', () => {
    expect(of(SEED_001)).toEqual([
      ['an EU diplomat', 'eu-diplomats', 'extracted'],
      ['Trump', 'trump', 'extracted'],
      ['a senior EU official who took part in the meeting', null, 'extracted'],
      ['a second diplomat', 'eu-diplomats', 'extracted'],
    ]);
  });
  it('004: partial quotes with a speaker; scare quotes dropped', () => {
    const texts = r.index?.quotes.filter((q) => q.evidence.articleId === SEED_004).map((q) => q.text) ?? [];
    expect(texts).toContain(
      'both Trump and Putin would seize the opportunity to blame the EU for Trump’s failed peace efforts',
    );
    // Attributed short words are speech (docs/curation.md: Meloni said such a force was “premature”).
    expect(texts).toEqual(expect.arrayContaining(['premature', 'not unanimous', 'mix of hurt and anger']));
    for (const scare of [
      'reassurance force',
      'tripwire force',
      'pathetic',
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

describe('coreference, reported speech and reportedBy', () => {
  const outlets = compileOutlets(parseCuration(fixtureCuration()).actors, [
    'Politico',
    'BBC',
    'The Atlantic',
  ]);
  function full(...texts: string[]) {
    const sentences = texts.map((text, i) => ({
      id: `s${i}`,
      text,
      paragraph: i,
      actors: gazetteer.match(text, '2025-02-26'),
    }));
    return extractQuotes({
      articleId: 'a',
      sentences,
      gazetteer,
      date: '2025-02-26',
      outlets,
      publisher: 'Semafor',
      isTerm: isStoryTerm,
    }).map((q) => [q.text, q.speakerLabel, q.speakerId, q.evidence.reportedBy ?? null]);
  }
  it('"the official said" → the anonymous official named before; the FT tie carries over', () => {
    expect(
      full(
        'There is “no definitive agreement” on guarantees, a French official said.',
        'Trump spoke at length about the deal.',
        'The French official who spoke to the FT said that Trump appeared open to the idea.',
        '“There is no objection from President Trump,” the official said.',
      ),
    ).toEqual([
      ['no definitive agreement', 'a French official', null, 'Financial Times'],
      ['There is no objection from President Trump', 'a French official', null, 'Financial Times'],
    ]);
  });
  it('"the official" with two different officials before and nothing nearby stays as written', () => {
    expect(
      full(
        '“We are ready to help,” a French official said.',
        '“We are not,” a German official said.',
        'Talks went on.',
        'Nothing moved for days.',
        'Leaders left Paris.',
        '“It is over,” the official said.',
      ).map((q) => q[1]),
    ).toEqual(['a French official', 'a German official', 'the official']);
  });
  it('"the minister" → a minister named just before; "a second diplomat" → the group of the first', () => {
    expect(
      full(
        'The Italian foreign minister met reporters in Rome.',
        '“The UN must lead,” the minister said.',
      )[0],
    ).toEqual(['The UN must lead', 'Antonio Tajani', 'tajani', null]);
    expect(
      full(
        '“Strategic ambiguity remains,” an EU diplomat said.',
        '“We are alone now,” a second diplomat said.',
      ).map((q) => q[2]),
    ).toEqual(['eu-diplomats', 'eu-diplomats']);
  });
  it('reported speech: short words in the complement of "X said (that)" or under a final attribution', () => {
    expect(full('Trump claimed that such a deal could come "within weeks."')).toEqual([
      ['within weeks', 'Trump', 'trump', null],
    ]);
    expect(
      full(
        'Italy’s Giorgia Meloni — among Trump’s closest allies — said such a force was “premature,” while others disagreed.',
      )[0]?.[2],
    ).toBe('meloni');
    expect(
      full(
        'Many want to work with the US even as Washington was “giving away” leverage, EU diplomats told Politico.',
      ),
    ).toEqual([['giving away', 'EU diplomats', 'eu-diplomats', 'Politico']]);
    // Who was told, named by what they are, still ends the sentence: the short words are the speaker's.
    expect(full('It is “much too early” to talk about numbers, Macron told reporters in Berlin.')).toEqual([
      ['much too early', 'Macron', 'macron', null],
    ]);
    expect(
      full(
        'Any deployment would be “a long way off”, Starmer told the public broadcaster BBC on Sunday.',
      )[0]?.[2],
    ).toBe('starmer');
    // A term of the story stays a term under such an ending; a sentence going on after the one told is no ending.
    expect(full('The “coalition of the willing” will meet again, Starmer told reporters.')).toEqual([]);
    expect(
      full('It is “much too early” to say, Macron told reporters gathered at the base as the troops left.'),
    ).toEqual([]);
    expect(
      full('Leaders came to Paris feeling a “mix of hurt and anger” toward Washington, Politico wrote.'),
    ).toEqual([['mix of hurt and anger', 'Politico', null, 'Politico']]);
    // Terms stay terms: after "a/the" (+ up to two words) and without a speaker.
    expect(full('Sources told the BBC that a smaller “tripwire force” might be deployed.')).toEqual([]);
    expect(full('Starmer has said that this plan requires a U.S. "backstop" to deter Russia.')).toEqual([]);
  });
  it('the speaker behind a role and the name in apposition, an aside, an auxiliary or an opening phrase', () => {
    // Sentence → its one quote: English copy and a machine translation's guillemets.
    const theirs: [string, [string, string, string | null]][] = [
      // A role with its article, the name in apposition, then an aside, before the verb.
      [
        'The French President, Emmanuel Macron, who hosted the talks, spoke for his part of a « decisive stage ».',
        ['decisive stage', 'Emmanuel Macron', 'macron'],
      ],
      [
        'The US president, Donald Trump, who joined by phone, called for a “robust and credible” guarantee.',
        ['robust and credible', 'Donald Trump', 'trump'],
      ],
      // An auxiliary between a name in apposition and its verb ("…, Maria Zakharova, had already warned …").
      [
        'The spokesman of the Elysee, Emmanuel Macron, had already warned that any pause would be a « trap ».',
        ['trap', 'The spokesman of the Elysee Emmanuel Macron', 'macron'],
      ],
      [
        'The US president, Donald Trump, has repeatedly called the force “a posture”.',
        ['a posture', 'The US president Donald Trump', 'trump'],
      ],
      // After an opening phrase, a description in lower case before the name in apposition is no part of the
      // speaker.
      [
        'The day before, the spokesman of the Elysee, Emmanuel Macron, had already warned that any pause would be a « trap ».',
        ['trap', 'Emmanuel Macron', 'macron'],
      ],
      [
        'On Monday, the president of France, Emmanuel Macron, said that the force would be “ready”.',
        ['ready', 'Emmanuel Macron', 'macron'],
      ],
      // With no name after it, the description is the speaker.
      [
        'On Monday, the leaders of the coalition said that the force would be “ready”.',
        ['ready', 'the leaders of the coalition', null],
      ],
      // "once again" is no "once" of time that would open a clause of its own.
      ['Macron, on Friday, had once again defined the plan «a madness».', ['a madness', 'Macron', 'macron']],
    ];
    for (const [sentence, quote] of theirs) expect(quotes(sentence)).toEqual([quote]);
  });

  it('words asked for, offered or spoken of, and what a translation says "defined", "judged" or "summarised", are the speaker\'s', () => {
    // Sentence → its one quote: English copy and a machine translation's guillemets.
    const theirs: [string, [string, string, string | null]][] = [
      [
        'Macron called on Tuesday for “no hasty promises” from the allies.',
        ['no hasty promises', 'Macron', 'macron'],
      ],
      ['Trump held out the prospect of "a lot of help".', ['a lot of help', 'Trump', 'trump']],
      // After "a", and with "for his part" between the verb and its preposition.
      [
        'Macron spoke for his part of a « decisive stage » for the coalition.',
        ['decisive stage', 'Macron', 'macron'],
      ],
      ['Macron called for a “robust and credible” guarantee.', ['robust and credible', 'Macron', 'macron']],
      [
        'From Paris, Macron spoke of a coalition that is «growing stronger every week».',
        ['growing stronger every week', 'Macron', 'macron'],
      ],
      [
        'Macron defined the hypothesis of a ceasefire without guarantees «a madness».',
        ['a madness', 'Macron', 'macron'],
      ],
      ['Trump judged that the deployment would be « premature ».', ['premature', 'Trump', 'trump']],
      // "summarised" and "summed up" report speech, after the quote (inverted) or before it.
      [
        '« The Americans tell us yes in private », summarised a European official on Thursday evening.',
        ['The Americans tell us yes in private', 'a European official', null],
      ],
      ['Macron summed up the mood: “We are ready to act.”', ['We are ready to act.', 'Macron', 'macron']],
      // What others are called on to do, in English copy and in a translation's "invited … to".
      [
        'Macron called on the allies to “keep the pressure high” on Moscow.',
        ['keep the pressure high', 'Macron', 'macron'],
      ],
      [
        'Trump, also connected, invited the Europeans to «do much more» for Kyiv.',
        ['do much more', 'Trump', 'trump'],
      ],
    ];
    for (const [sentence, quote] of theirs) expect(quotes(sentence)).toEqual([quote]);
    // Where others are invited is no one's words; nor is a name asked for or spoken of, nor a term of the story.
    for (const sentence of [
      'Macron invited leaders to “a working dinner” at the Elysee.',
      'Macron called for “the coalition of the willing” to meet again.',
      'Macron spoke of “Operation Unity” in his briefing.',
      'Macron spoke of a “reassurance force” for Ukraine.',
      'He spoke of a "coalition of the willing" that could send troops.',
      'The talks, which lasted hours, ended with a « firm commitment » from Paris.',
      // A name in capitals right after a word, with no colon or comma to open speech, is what the verb is about.
      'Macron summarised “Operation Unity” in his briefing.',
      'The report noted the findings of "Operation Eastern Sentry" in two pages.',
    ])
      expect(quotes(sentence)).toEqual([]);
  });

  it('reportedBy: the outlet the sentence credits, never the publisher itself', () => {
    expect(
      full(
        'Systems are “so intertwined as to be practically one and the same,” The Atlantic wrote earlier this month.',
      ),
    ).toEqual([
      ['so intertwined as to be practically one and the same', 'The Atlantic', null, 'The Atlantic'],
    ]);
    expect(outlets.credited('Sources told the BBC that a smaller force might be deployed.', null)).toBe(
      'BBC',
    );
    expect(outlets.credited('the Financial Times (FT) reported on Feb. 25.', null)).toBe('Financial Times');
    expect(outlets.credited('officials told the FT that Washington offered nothing', null)).toBe(
      'Financial Times',
    );
    expect(outlets.credited('analysts told Semafor that the plan is stuck', 'Semafor')).toBeNull();
    expect(outlets.credited('Macron said the plan is stuck.', null)).toBeNull();
  });
});
