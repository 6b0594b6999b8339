// @vitest-environment node
import { quoteOpen, sentenceIds, splitSentences } from '../../src/pipeline/sentences';
import { article, SEED_000, SEED_001, SEED_004, seedBuild, sentences } from './helpers';

describe('sentence splitting', () => {
  it('keeps "U.S. President", dotted names and abbreviations inside sentences', () => {
    expect(splitSentences('U.S. President Donald Trump met Macron. They talked.')).toEqual([
      'U.S. President Donald Trump met Macron.',
      'They talked.',
    ]);
    expect(
      splitSentences('The French president briefed EU leaders, News.Az reports citing foreign media. Next.'),
    ).toEqual(['The French president briefed EU leaders, News.Az reports citing foreign media.', 'Next.']);
    expect(
      splitSentences('Macron and U.K. Prime Minister Keir Starmer met in Washington, D.C. on Monday.'),
    ).toHaveLength(1);
  });

  it('ends a sentence after a long lower-case word, unless the model reads the word and its stop as an abbreviation', () => {
    // A paragraph of sure ends, with a quote held together across two of them.
    expect(
      splitSentences(
        'Leaders met in Paris on Thursday. “The plan needs troops. Lots,” said one minister. Talks ended late.',
      ),
    ).toEqual([
      'Leaders met in Paris on Thursday.',
      '“The plan needs troops. Lots,” said one minister.',
      'Talks ended late.',
    ]);
    // "approx." is an abbreviation to the model; "troops." is not.
    expect(splitSentences('The force numbered approx. Twenty thousand troops. Britain leads.')).toEqual([
      'The force numbered approx. Twenty thousand troops.',
      'Britain leads.',
    ]);
  });

  it('ends a sentence after a name, a number or a closing quote, unless the model reads the word and its stop as an abbreviation', () => {
    expect(
      splitSentences(
        'The talks began in Brussels. Officials met on Jul. 5. Mission staff left in 2014. “Why?”',
      ),
    ).toEqual([
      'The talks began in Brussels.',
      'Officials met on Jul. 5.',
      'Mission staff left in 2014.',
      '“Why?”',
    ]);
    expect(
      splitSentences('He said the plan “will work.” Then he left. It cost $25. Officials paid.'),
    ).toEqual(['He said the plan “will work.”', 'Then he left.', 'It cost $25.', 'Officials paid.']);
    // "Calif." and "Mr." are abbreviations to the model, in the middle of a sentence.
    expect(splitSentences('The governor of Calif. Gavin Newsom spoke. Mr. Macron met Sen. Graham.')).toEqual([
      'The governor of Calif. Gavin Newsom spoke.',
      'Mr. Macron met Sen. Graham.',
    ]);
  });

  it('keeps a quote that spans sentences together', () => {
    expect(
      splitSentences('“This was a waste of time. Really,” said a senior EU official. Then he left.'),
    ).toEqual(['“This was a waste of time. Really,” said a senior EU official.', 'Then he left.']);
    expect(splitSentences('"We will. Obviously yes," he said.')).toEqual([
      '"We will. Obviously yes," he said.',
    ]);
    expect(quoteOpen('“Open and')).toBe(true);
    expect(quoteOpen('“Closed.”')).toBe(false);
  });

  it('ids come from the text, with suffixes for duplicates, and survive unrelated edits', () => {
    const ids = sentenceIds(['Same.', 'Other.', 'Same.']);
    expect(ids[0]).toMatch(/^s[0-9a-f]{8}$/);
    expect(ids[2]).toBe(`${ids[0]}-2`);
    expect(sentenceIds(['Inserted first.', 'Other.'])[1]).toBe(ids[1]);
  });

  it('seed sentence counts and the multi-sentence quote of 001', () => {
    const r = seedBuild();
    expect(sentences(article(r, SEED_000))).toHaveLength(17);
    expect(sentences(article(r, SEED_001))).toHaveLength(16);
    expect(sentences(article(r, SEED_004))).toHaveLength(14); // 17 before the three subheads were removed
    expect(sentences(article(r, SEED_001)).map((s) => s.text)).toContain(
      '“[Macron] said that Trump did not give any clear promises regarding the backstop. So, indeed, strategic ambiguity on this question remains,” an EU diplomat said.',
    );
    expect(sentences(article(r, SEED_001)).some((s) => s.text === 'Az reports citing foreign media.')).toBe(
      false,
    );
  });
});

describe('round 39: a title’s full stop', () => {
  it('"Sens. Lindsey Graham", "Gen. Dan Caine" stay in their sentence (must not: a sentence ending on a word)', () => {
    expect(
      splitSentences(
        'U.S. envoy Keith Kellogg and Sens. Lindsey Graham and Richard Blumenthal took part. Starmer spoke.',
      ),
    ).toEqual([
      'U.S. envoy Keith Kellogg and Sens. Lindsey Graham and Richard Blumenthal took part.',
      'Starmer spoke.',
    ]);
    expect(splitSentences('The plan was briefed by Gen. Dan Caine on Monday. Allies listened.')).toEqual([
      'The plan was briefed by Gen. Dan Caine on Monday.',
      'Allies listened.',
    ]);
    expect(splitSentences('The senators left the room. Lindsey Graham spoke first.')).toEqual([
      'The senators left the room.',
      'Lindsey Graham spoke first.',
    ]);
  });
});

describe('round 51: a wire dateline that ends on a full stop', () => {
  it('"VLADIVOSTOK, September 5. /TASS/. …" opens the lead, not sentences of its own (two layouts); must not: a date that ends a sentence', () => {
    expect(
      splitSentences(
        'VLADIVOSTOK, September 5. /TASS/. Foreign troops would be targets, Putin said. He went on.',
      ),
    ).toEqual([
      'VLADIVOSTOK, September 5. /TASS/. Foreign troops would be targets, Putin said.',
      'He went on.',
    ]);
    expect(
      splitSentences('KYIV, March 3. Ukrainian officials said the talks would resume. Nothing more.'),
    ).toEqual(['KYIV, March 3. Ukrainian officials said the talks would resume.', 'Nothing more.']);
    expect(splitSentences('The leaders met in Paris on March 3. Ukrainian officials welcomed it.')).toEqual([
      'The leaders met in Paris on March 3.',
      'Ukrainian officials welcomed it.',
    ]);
  });
});

describe('rounds 136–139: a quote opened low runs on across sentences', () => {
  it('„… . …”, he said stays one sentence (two layouts); must not: „…“ closed within its sentence', () => {
    const after = 'He spoke to reporters in Bucharest on Wednesday.';
    for (const said of [
      '„We will not send soldiers to Ukraine. But we can contribute with what we have”, Dan said.',
      '„We will not send soldiers to Ukraine. But we will help with logistics“, Merz said.',
    ])
      expect(splitSentences(`${said} ${after}`)).toEqual([said, after]);
    expect(quoteOpen('Merz called it „a first step“.')).toBe(false);
  });
});

describe('rounds 140–143: words the model takes for abbreviations', () => {
  it('a lower-case "miss.", "no." or "ill." ends its sentence (three layouts); must not: "Miss." or "Gov." before a name', () => {
    expect(
      splitSentences('The gathering was hard to miss. Sandra Pike, who walks her dog there, said so.'),
    ).toHaveLength(2);
    expect(splitSentences('Asked about troops, Trump said no. European leaders were stunned.')).toHaveLength(
      2,
    );
    expect(splitSentences('The envoy had fallen ill. Officials postponed the talks.')).toHaveLength(2);
    expect(splitSentences('He met Miss. Universe and Gov. Newsom in Sacramento. Then he left.')).toHaveLength(
      2,
    );
  });
});

describe('rounds 176–179: straight single quotes over two sentences', () => {
  it('"\'Denmark will do its part. But …,\' she told DR" is one sentence (two layouts); must not: apostrophes', () => {
    expect(
      splitSentences(
        "'Denmark will do its part. But first there has to be a peace to guarantee,' she told the broadcaster DR.",
      ),
    ).toHaveLength(1);
    expect(splitSentences("Frederiksen spoke. 'We are ready. We will act,' she said.")).toHaveLength(2);
    expect(
      splitSentences("Leaders met in Paris. It's a start, officials said. The leaders' summit ended."),
    ).toHaveLength(3);
  });
});

describe('review: straight single quotes with no closing after a stop are scare quotes', () => {
  it("\"Starmer's 'Coalition of the Willing' met …\" and \"the so-called 'Axis of Upheaval' is watching\" end their sentences (two layouts); must not: a quote closed after its stop", () => {
    expect(
      splitSentences(
        "Starmer's 'Coalition of the Willing' met in Paris on Monday. Defence chiefs will gather again in London on Thursday. Macron said the force was nearly ready.",
      ),
    ).toHaveLength(3);
    expect(
      splitSentences("The so-called 'Axis of Upheaval' is watching. Analysts say Beijing will take note."),
    ).toHaveLength(2);
    expect(
      splitSentences(
        "'Denmark will do its part. But we need the Americans,' she told reporters in Copenhagen. Others agreed.",
      ),
    ).toEqual([
      "'Denmark will do its part. But we need the Americans,' she told reporters in Copenhagen.",
      'Others agreed.',
    ]);
  });
});

describe('rounds 228–231: guillemets hold a quote of two sentences together', () => {
  it('«…» and »…« (two layouts); must not: sentences after the quote closes stay apart', () => {
    expect(
      splitSentences(
        '«Without American backing, no European guarantee will work. Putin must know that,» Starmer told journalists. Then he left.',
      ),
    ).toEqual([
      '«Without American backing, no European guarantee will work. Putin must know that,» Starmer told journalists.',
      'Then he left.',
    ]);
    expect(
      splitSentences('Merz said: »We are ready. Europe must act now,« and left the room. Others stayed.'),
    ).toEqual(['Merz said: »We are ready. Europe must act now,« and left the room.', 'Others stayed.']);
    expect(
      splitSentences('Europe must «carry the load». Hegseth said so in Brussels. Others agreed.'),
    ).toHaveLength(3);
  });
});
