// @vitest-environment node
import { buildCorpus } from '../../src/pipeline/corpus';
import {
  formatFigures,
  matchQuote,
  scoreArticle,
  speakerMatches,
  stillThere,
  stripFixtureHeader,
  sumScores,
  type Extraction,
  type Gold,
} from '../../scripts/evalScore';
import { emptyCuration, raw } from './helpers';

/** A tiny page, its gold answers written by hand, and the build the scorer reads. */
const PAGE = [
  'Skip to content',
  'Leaders meet in Paris on the force for Ukraine',
  'Published 6 March 2025',
  '',
  'Leaders met in Paris on Thursday to discuss a force for Ukraine.',
  '',
  '"We are ready," the minister said.',
  '',
  'Read more: Storm closes the harbour',
].join('\n');

const GOLD: Gold = {
  layout: 'tiny test page',
  published: '2025-03-06',
  title: 'Leaders meet in Paris on the force for Ukraine',
  boilerplate: ['Skip to content', 'Published 6 March 2025', 'Read more: Storm closes the harbour'],
  body: ['Leaders met in Paris on Thursday', 'We are ready'],
  events: [{ sentence: 'Leaders met in Paris on Thursday', date: '2025-03-06' }],
  quotes: [
    { text: 'We are ready', speaker: null, label: 'minister' },
    { text: 'Nobody said this', speaker: 'macron' },
  ],
  actors: ['macron'],
  notActors: ['Storm'],
};

function extraction(): Extraction {
  const result = buildCorpus([raw('tiny.txt', PAGE)], emptyCuration());
  const article = result.articles[0] ?? null;
  // The empty gazetteer knows no actor, so an event is made by hand on the dated sentence.
  const sentence = article?.paragraphs[0]?.sentences[0];
  return {
    article,
    events: sentence
      ? [
          {
            id: 'e-1',
            date: '2025-03-06',
            precision: 'day',
            title: 't',
            summary: '',
            kind: 'meeting',
            planned: false,
            actorIds: [],
            topicIds: [],
            evidence: [{ articleId: 'tiny', sentenceId: sentence.id, quote: sentence.text }],
            provenance: 'extracted',
          },
        ]
      : [],
    quotes: result.index?.quotes ?? [],
    actors: new Map(),
    proposedNames: ['Storm'],
    suggestions: [],
  };
}

describe('the eval scorer', () => {
  it('scores a tiny page against hand-written gold answers', () => {
    const s = scoreArticle('tiny', GOLD, extraction());
    expect(s.published).toMatchObject({ right: true, got: '2025-03-06' });
    expect(s.title.right).toBe(true);
    expect(s.events).toMatchObject({ right: 1, of: 1, missed: [], wrongDate: [] });
    expect(s.quotes).toMatchObject({ found: 1, of: 2 });
    expect(s.quotes.missed).toEqual(['“Nobody said this” (macron)']);
    expect(s.speakers).toMatchObject({ right: 1, of: 1 });
    expect(s.quotePrecision).toMatchObject({ right: 1, of: 1 });
    expect(s.actors).toMatchObject({ found: 0, of: 1, missed: ['macron'] });
    expect(s.junkNames).toEqual(['Storm']);
    // Whatever the pipeline keeps of the furniture is counted, and nothing else.
    const left = s.boilerplateLeft.left;
    // The three furniture lines and the printed title, which is no paragraph either.
    expect(s.boilerplateLeft.of).toBe(4);
    expect(left.every((l) => GOLD.boilerplate.includes(l) || l === GOLD.title)).toBe(true);
    const figures = formatFigures(sumScores([s]), { right: 1, of: 1 });
    expect(figures[0]).toBe('publication dates 1/1 (without addresses 1/1)');
    expect(figures).toContain('quotes found 1/2');
    expect(figures).toContain('speakers right 1/1');
  });

  it('an event on another date of a gold sentence is a wrong date, one elsewhere is extra', () => {
    const x = extraction();
    const [e] = x.events;
    if (!e) throw new Error('no event');
    const s = scoreArticle('tiny', GOLD, { ...x, events: [{ ...e, date: '2025-03-05' }] });
    expect(s.events.right).toBe(0);
    expect(s.events.wrongDate).toHaveLength(1);
    const other = scoreArticle('tiny', { ...GOLD, events: [] }, x);
    expect(other.events.extra).toHaveLength(1);
  });

  it('a week-dated event is right on any day of the gold week, and on no day of another', () => {
    const x = extraction();
    const [e] = x.events;
    if (!e) throw new Error('no event');
    const [g] = GOLD.events;
    if (!g) throw new Error('no gold event');
    const gold = { ...GOLD, events: [{ ...g, date: '2025-03-03', precision: 'week' as const }] };
    const weekend = { ...e, date: '2025-03-08', precision: 'week' as const };
    expect(scoreArticle('tiny', gold, { ...x, events: [weekend] }).events.right).toBe(1);
    const nextWeek = { ...weekend, date: '2025-03-10' };
    expect(scoreArticle('tiny', gold, { ...x, events: [nextWeek] }).events.right).toBe(0);
  });

  it('a fact whose sentence is a furniture line (another story’s headline) counts; a body sentence does not', () => {
    const x = extraction();
    const furniture = {
      ...GOLD,
      boilerplate: [...GOLD.boilerplate, 'Leaders met in Paris on Thursday to discuss a force for Ukraine.'],
    };
    expect(scoreArticle('tiny', furniture, x).factsFromBoilerplate).toHaveLength(1);
    expect(scoreArticle('tiny', GOLD, x).factsFromBoilerplate).toEqual([]);
  });

  it('a boilerplate line counts as left whole, at a paragraph start, or (six words and more) anywhere', () => {
    expect(stillThere('Share', 'Share')).toBe(true);
    expect(stillThere('Ukraine', 'Ukraine said on Tuesday it was ready.')).toBe(false);
    // A font-size button "A" is not left in a paragraph that opens on the article; a heading glued on is.
    expect(stillThere('A', 'A Downing Street spokesman said options were on the table.')).toBe(false);
    expect(stillThere('A', 'A')).toBe(true);
    expect(stillThere('Key points', 'Key points Downing Street said options were on the table.')).toBe(true);
    expect(
      stillThere('Ministers divided on troops', 'Ministers divided on troops Defence ministers met.'),
    ).toBe(true);
    expect(stillThere('Ministers divided on troops', 'Ministers divided on troopships.')).toBe(false);
    expect(
      stillThere(
        'Macron to visit Warsaw on Friday, Elysee says',
        'x Macron to visit Warsaw on Friday, Elysee says',
      ),
    ).toBe(true);
  });

  it('an unnamed gold speaker matches no actor or a group, with its label', () => {
    const q = { speakerId: null, speakerLabel: 'a senior French official' } as never;
    expect(speakerMatches({ text: 'x', speaker: null, label: 'French official' }, q, new Map())).toBe(true);
    expect(speakerMatches({ text: 'x', speaker: null, label: 'EU diplomat' }, q, new Map())).toBe(false);
    expect(speakerMatches({ text: 'x', speaker: 'macron' }, q, new Map())).toBe(false);
    // "One European diplomat" is the gold's "a European diplomat speaking on condition of anonymity".
    const cond = { speakerId: null, speakerLabel: 'One European diplomat' } as never;
    expect(
      speakerMatches(
        { text: 'x', speaker: null, label: 'a European diplomat speaking on condition of anonymity' },
        cond,
        new Map(),
      ),
    ).toBe(true);
    expect(
      speakerMatches(
        { text: 'x', speaker: null, label: 'a French official travelling with Macron' },
        cond,
        new Map(),
      ),
    ).toBe(false);
    // "one senior European diplomat" is the gold's "a senior European diplomat".
    const one = { speakerId: null, speakerLabel: 'one senior European diplomat' } as never;
    expect(
      speakerMatches({ text: 'x', speaker: null, label: 'a senior European diplomat' }, one, new Map()),
    ).toBe(true);
  });

  it('a gold institution no actor stands for matches the label naming it, a state’s possessive for its demonym', () => {
    const label = (speakerLabel: string) => ({ speakerId: null, speakerLabel }) as never;
    const gold = { text: 'x', speaker: 'Russian foreign ministry' };
    expect(speakerMatches(gold, label('Russia’s foreign ministry'), new Map())).toBe(true);
    expect(speakerMatches(gold, label('the Russian foreign ministry'), new Map())).toBe(true);
    expect(speakerMatches(gold, label('Ukraine’s foreign ministry'), new Map())).toBe(false);
    expect(speakerMatches(gold, label('Russia’s defence ministry'), new Map())).toBe(false);
    // "A Downing Street spokesman" speaks for Downing Street; a spokesman of another does not.
    const office = { text: 'x', speaker: 'Downing Street' };
    expect(speakerMatches(office, label('A Downing Street spokesman'), new Map())).toBe(true);
    expect(speakerMatches({ text: 'x', speaker: 'Kremlin' }, label('a Kremlin spokeswoman'), new Map())).toBe(
      true,
    );
    expect(speakerMatches(office, label('A Kremlin spokesman'), new Map())).toBe(false);
    expect(speakerMatches(office, label('Downing Street officials'), new Map())).toBe(false);
    // A note in brackets after the gold's name is no part of it.
    const noted = { text: 'x', speaker: 'Downing Street (statement)' };
    expect(speakerMatches(noted, label('Downing Street'), new Map())).toBe(true);
    expect(speakerMatches(noted, label('the Elysee'), new Map())).toBe(false);
    const unnamed = { text: 'x', speaker: null, label: 'Downing Street (statement)' };
    expect(speakerMatches(unnamed, label('Downing Street'), new Map())).toBe(true);
    expect(speakerMatches(unnamed, label('the Elysee'), new Map())).toBe(false);
  });

  it("a named gold speaker matches the actor's id, name or any alias the page may print", () => {
    const zelensky = {
      id: 'zelensky',
      name: 'Volodymyr Zelensky',
      aliases: ['Zelenskyy', 'Volodymyr Zelenskyy'],
    } as never;
    const actors = new Map([['zelensky', zelensky]]);
    const q = { speakerId: 'zelensky', speakerLabel: 'Ukrainian President Volodymyr Zelenskyy' } as never;
    expect(speakerMatches({ text: 'x', speaker: 'Volodymyr Zelenskyy' }, q, actors)).toBe(true);
    expect(speakerMatches({ text: 'x', speaker: 'Volodymyr Zelensky' }, q, actors)).toBe(true);
    expect(speakerMatches({ text: 'x', speaker: 'Emmanuel Macron' }, q, actors)).toBe(false);
    // A gold file may drop the accents the gazetteer keeps ("Sebastien Lecornu").
    const lecornu = { id: 'sebastien-lecornu', name: 'Sébastien Lecornu', aliases: [] } as never;
    const l = { speakerId: 'sebastien-lecornu', speakerLabel: 'Lecornu' } as never;
    const withLecornu = new Map([['sebastien-lecornu', lecornu]]);
    expect(speakerMatches({ text: 'x', speaker: 'Sebastien Lecornu' }, l, withLecornu)).toBe(true);
    expect(speakerMatches({ text: 'x', speaker: 'Sebastian Lecornu' }, l, withLecornu)).toBe(false);
  });

  it('a named gold speaker spelled as the page spells the person the quote went to (r210); must not: another label', () => {
    const zelensky = { id: 'zelensky', name: 'Volodymyr Zelensky', aliases: [], kind: 'person' } as never;
    const actors = new Map([['zelensky', zelensky]]);
    const russian = { speakerId: 'zelensky', speakerLabel: 'Vladimir Zelensky' } as never;
    expect(speakerMatches({ text: 'x', speaker: 'Vladimir Zelensky' }, russian, actors)).toBe(true);
    // A person the page names by one name only, with no actor made for her.
    const oksana = { speakerId: null, speakerLabel: 'Oksana' } as never;
    expect(speakerMatches({ text: 'x', speaker: 'Oksana' }, oksana, actors)).toBe(true);
    expect(speakerMatches({ text: 'x', speaker: 'Olena' }, oksana, actors)).toBe(false);
    const titled = { speakerId: 'zelensky', speakerLabel: 'the Ukrainian leader' } as never;
    expect(speakerMatches({ text: 'x', speaker: 'Vladimir Zelensky' }, titled, actors)).toBe(false);
  });

  it('an unnamed gold label that names an institution matches its actor; must not: another actor', () => {
    const sinnFein = { id: 'sinn-fein', name: 'Sinn Féin', aliases: [], kind: 'party' } as never;
    const whiteHouse = {
      id: 'trump-administration',
      name: 'Trump administration',
      aliases: ['White House'],
      kind: 'government',
    } as never;
    const actors = new Map([
      ['sinn-fein', sinnFein],
      ['trump-administration', whiteHouse],
    ]);
    const q = (speakerId: string, speakerLabel: string) => ({ speakerId, speakerLabel }) as never;
    const unnamed = (label: string) => ({ text: 'x', speaker: null, label });
    expect(speakerMatches(unnamed('Sinn Féin (statement)'), q('sinn-fein', 'Sinn Féin'), actors)).toBe(true);
    expect(
      speakerMatches(unnamed('the White House'), q('trump-administration', 'The White House'), actors),
    ).toBe(true);
    expect(speakerMatches(unnamed('the White House'), q('sinn-fein', 'Sinn Féin'), actors)).toBe(false);
    expect(
      speakerMatches({ text: 'x', speaker: 'Sinn Féin (statement)' }, q('sinn-fein', 'SF'), actors),
    ).toBe(true);
  });

  it('a label naming the same person shorter matches; must not: a label that stops short or names another', () => {
    const q = (speakerLabel: string) => ({ speakerId: null, speakerLabel }) as never;
    const gold = { text: 'x', speaker: null, label: 'a spokesperson for Anthony Albanese' };
    expect(speakerMatches(gold, q('A spokesperson for Mr Albanese'), new Map())).toBe(true);
    expect(speakerMatches(gold, q('A spokesperson'), new Map())).toBe(false);
    expect(speakerMatches(gold, q('A spokesperson for Mr Starmer'), new Map())).toBe(false);
    const korean = { text: 'x', speaker: null, label: 'a South Korean foreign ministry official' };
    expect(speakerMatches(korean, q('a foreign ministry official'), new Map())).toBe(false);
    // Round 79: a source its owner's name stands before.
    const office = { text: 'x', speaker: null, label: "Keir Starmer's office (statement)" };
    expect(speakerMatches(office, q("Starmer's office"), new Map())).toBe(true);
    expect(speakerMatches(office, q("Macron's office"), new Map())).toBe(false);
  });

  it('strips the fixture comment line a dev-set page opens with, and only that line', () => {
    expect(stripFixtureHeader('# FIXTURE: invented\nTitle\n\nBody.')).toBe('Title\n\nBody.');
    // A Markdown clipping's own headline after it is the page's.
    expect(stripFixtureHeader('# FIXTURE: invented\n# Title\n\nBody.')).toBe('# Title\n\nBody.');
    expect(stripFixtureHeader('Title\n# not a header')).toBe('Title\n# not a header');
    expect(stripFixtureHeader('# FIXTURE: invented')).toBe('');
  });
});

describe('scoring suggested positions', () => {
  const suggestion = (actorId: string, quote: string) => ({
    actorId,
    topicId: 'reassurance-force',
    stance: 'supports',
    evidence: [{ articleId: 'tiny', quote }],
  });
  it('a gold position may name its actor by id or by name, and quote from before or after the cue', () => {
    const gold: Gold = {
      ...GOLD,
      positions: [
        {
          actor: 'Emmanuel Macron',
          topic: 'reassurance-force',
          stance: 'supports',
          sentence: 'Macron said France backs a European force',
        },
      ],
    };
    const x = extraction();
    const actors = new Map([['macron', { id: 'macron', name: 'Emmanuel Macron' } as never]]);
    const right = scoreArticle('tiny', gold, {
      ...x,
      actors,
      suggestions: [suggestion('macron', 'France backs a European force, he added')],
    });
    expect(right.positions).toMatchObject({ right: 1, of: 1, suggested: 1 });
    const other = scoreArticle('tiny', gold, {
      ...x,
      actors,
      suggestions: [suggestion('starmer', 'France backs a European force, he added')],
    });
    expect(other.positions).toMatchObject({ right: 0, of: 1, suggested: 0 });
  });

  it('a gold file may name an actor by one of its aliases ("Moscow" for Russia); another name is another actor', () => {
    const gold: Gold = {
      ...GOLD,
      actors: ['Moscow'],
      positions: [
        { actor: 'Moscow', topic: 'reassurance-force', stance: 'supports', sentence: 'Russia backs a force' },
      ],
    };
    const russia = { id: 'russia', name: 'Russia', aliases: ['Moscow', 'the Kremlin'] } as never;
    const scored = (id: string) =>
      scoreArticle('tiny', gold, {
        ...extraction(),
        actors: new Map([[id, { ...(russia as object), id } as never]]),
        suggestions: [suggestion(id, 'Russia backs a force')],
      });
    expect(scored('russia').positions).toMatchObject({ right: 1, of: 1 });
    const other = scoreArticle('tiny', gold, {
      ...extraction(),
      actors: new Map([['ukraine', { id: 'ukraine', name: 'Ukraine', aliases: ['Kyiv'] } as never]]),
      suggestions: [suggestion('ukraine', 'Russia backs a force')],
    });
    expect(other.positions).toMatchObject({ right: 0, of: 1 });
  });

  it('a stance added on review counts as right, and apart against the first gold alone', () => {
    const gold: Gold = {
      ...GOLD,
      positions: [
        {
          actor: 'macron',
          topic: 'reassurance-force',
          stance: 'supports',
          sentence: 'France backs a European force',
          addedOnReview: true,
        },
      ],
    };
    const scored = scoreArticle('tiny', gold, {
      ...extraction(),
      suggestions: [suggestion('macron', 'France backs a European force, he added')],
    });
    expect(scored.positions).toMatchObject({ right: 1, rightFirst: 0, of: 1 });
  });
});

describe('scoring a gold stance off the scale', () => {
  it('"undecided" in a gold file is scored as ambiguous (docs/curation.md); it is no other stance', () => {
    const gold: Gold = {
      ...GOLD,
      positions: [
        { actor: 'trump', topic: 'us-backstop', stance: 'undecided', sentence: 'Trump has not committed' },
      ],
    };
    const scored = (stance: string) =>
      scoreArticle('tiny', gold, {
        ...extraction(),
        suggestions: [
          {
            actorId: 'trump',
            topicId: 'us-backstop',
            stance,
            evidence: [{ articleId: 'tiny', quote: 'Trump has not committed to a backstop' }],
          },
        ],
      }).positions;
    expect(scored('ambiguous')).toMatchObject({ right: 1, of: 1 });
    expect(scored('opposes')).toMatchObject({ right: 0, of: 1 });
  });
});

describe('scoring quote precision', () => {
  it('the second part of a quote split by its attribution goes on with the first; another speaker’s does not', () => {
    const x = extraction();
    const [first] = x.quotes;
    if (!first) throw new Error('the tiny extraction has a quote');
    const sentences = [
      { id: first.evidence.sentenceId, text: 't', actorIds: [], dates: [] },
      { id: 'next', text: 't', actorIds: [], dates: [] },
    ];
    const article = { ...(x.article as NonNullable<typeof x.article>), paragraphs: [{ sentences }] };
    const second = {
      ...first,
      id: 'q2',
      text: 'And that is final.',
      evidence: { ...first.evidence, sentenceId: 'next' },
    };
    const same = scoreArticle('tiny', GOLD, { ...x, article, quotes: [first, second] });
    expect(same.quotePrecision).toMatchObject({ right: 2, of: 2 });
    const other = scoreArticle('tiny', GOLD, {
      ...x,
      article,
      quotes: [first, { ...second, speakerLabel: 'Someone else' }],
    });
    expect(other.quotePrecision).toMatchObject({ right: 1, of: 2 });
  });

  it('a later quote of the same speaker in the same paragraph or the next goes on with the first (a transcript’s turn, a quote over two paragraphs); must not: two paragraphs on, or another speaker', () => {
    const x = extraction();
    const [first] = x.quotes;
    if (!first) throw new Error('the tiny extraction has a quote');
    const later = (gap: number, speakerLabel = first.speakerLabel) => {
      const sentence = (id: string) => ({ id, text: 't', actorIds: [], dates: [] });
      const paragraphs = [
        { sentences: [sentence(first.evidence.sentenceId), sentence('second'), sentence('third')] },
        ...Array.from({ length: gap }, (_, i) => ({ sentences: [sentence(`p${i}a`), sentence(`p${i}b`)] })),
      ];
      const article = { ...(x.article as NonNullable<typeof x.article>), paragraphs };
      const at = gap === 0 ? 'third' : `p${gap - 1}b`;
      const quote = {
        ...first,
        id: 'q3',
        text: 'A tripwire only works if it is believed.',
        speakerLabel,
        evidence: { ...first.evidence, sentenceId: at },
      };
      return scoreArticle('tiny', GOLD, { ...x, article, quotes: [first, quote] }).quotePrecision;
    };
    expect(later(0)).toMatchObject({ right: 2, of: 2 });
    expect(later(1)).toMatchObject({ right: 2, of: 2 });
    expect(later(2)).toMatchObject({ right: 1, of: 2 });
    expect(later(1, 'Someone else')).toMatchObject({ right: 1, of: 2 });
  });

  it('a gold quote is matched to the quote of exactly its words before a longer one that holds them', () => {
    const x = extraction();
    const [first] = x.quotes;
    if (!first) throw new Error('the tiny extraction has a quote');
    const longer = {
      ...first,
      id: 'q1',
      text: 'Ukraine will never have to fight again',
      speakerId: 'starmer',
    };
    const exact = { ...first, id: 'q2', text: 'never', speakerLabel: 'Sergei Ryabkov', speakerId: 'ryabkov' };
    const gold = { ...GOLD, quotes: [{ text: 'never', speaker: 'ryabkov' }] };
    expect(scoreArticle('tiny', gold, { ...x, quotes: [longer, exact] }).speakers).toMatchObject({
      right: 1,
    });
    expect(scoreArticle('tiny', gold, { ...x, quotes: [longer] }).speakers).toMatchObject({ right: 0 });
  });

  it('a name with a middle initial is the name without it; unnamed labels written freely match on their head', () => {
    const actors = new Map([
      ['sergey-v-lavrov', { id: 'sergey-v-lavrov', name: 'Sergey V. Lavrov', aliases: [] } as never],
    ]);
    const q = (speakerLabel: string, speakerId: string | null) => ({ speakerLabel, speakerId }) as never;
    expect(
      speakerMatches({ text: 'x', speaker: 'Sergey Lavrov' }, q('Lavrov', 'sergey-v-lavrov'), actors),
    ).toBe(true);
    const joint = { text: 'x', speaker: null, label: 'a joint statement by European leaders' };
    expect(
      speakerMatches(
        joint,
        q('a joint statement by the leaders of Germany, France and Britain', null),
        actors,
      ),
    ).toBe(true);
    // Must not: another kind of source, or the same noun of another state.
    expect(speakerMatches(joint, q('a senior European official', null), actors)).toBe(false);
    const french = { text: 'x', speaker: null, label: 'a French official' };
    expect(speakerMatches(french, q('a senior EU official', null), actors)).toBe(false);
    // A comma after the gold's head is no part of its noun.
    const comma = {
      text: 'x',
      speaker: null,
      label: 'one European diplomat, who spoke on condition of anonymity',
    };
    expect(speakerMatches(comma, q('One European diplomat', null), actors)).toBe(true);
  });
});

describe('matching a gold quote to an extracted one', () => {
  it('prefers a quote that holds the gold words as whole words: “assurance” is no part of “a reassurance force”', () => {
    const gold = {
      text: 'a reassurance force would be flying blind',
      speaker: 'helen-marsden',
      label: null,
    };
    const part = { text: 'assurance', speakerId: 'trump', speakerLabel: 'the US president' };
    const whole = {
      text: 'Without American intelligence and air cover, a reassurance force would be flying blind.',
      speakerId: 'helen-marsden',
      speakerLabel: 'Dr Helen Marsden',
    };
    expect(matchQuote(gold, [part, whole])).toBe(whole);
    expect(matchQuote({ ...gold, text: 'assurance' }, [whole, part])).toBe(part);
  });

  it('takes the same words whatever their punctuation, then the nearest in length; must not: a phrase the gold holds', () => {
    const phrase = { text: 'from the air', speakerId: 'trump', speakerLabel: 'Trump' };
    const analyst = {
      text: 'Help from the air, with no details, is a start but it is not a guarantee',
      speakerId: 'lena-cole',
      speakerLabel: 'Lena Cole',
    };
    const gold = {
      text: 'Help from the air, with no details, is a start but it is not a guarantee,',
      speaker: 'Lena Cole',
      label: null,
    };
    expect(matchQuote(gold, [phrase, analyst])).toBe(analyst);
    const longer = {
      text: 'Help from the air, with no details, is a start',
      speakerId: 'x',
      speakerLabel: 'X',
    };
    expect(matchQuote({ ...gold, text: 'Help from the air, with no details' }, [phrase, longer])).toBe(
      longer,
    );
    expect(matchQuote({ ...gold, text: 'from the air' }, [analyst, phrase])).toBe(phrase);
  });

  it('takes a quote that holds the gold words before a nested word the gold holds (r206)', () => {
    const nested = { text: 'help', speakerId: 'trump', speakerLabel: 'Trump' };
    const diplomat = {
      text: 'A promise to ‘help’ is not a security guarantee. A plan with aircraft, radars and a commander’s name on it is.',
      speakerId: null,
      speakerLabel: 'a senior European diplomat',
    };
    const gold = {
      text: 'A promise to ‘help’ is not a security guarantee.',
      speaker: null,
      label: 'a diplomat',
    };
    expect(matchQuote(gold, [nested, diplomat])).toBe(diplomat);
    // Must not: when no quote holds the gold words, the nested one is still found.
    expect(matchQuote(gold, [nested])).toBe(nested);
  });
});

describe('a pull quote the story says again in its body (r218)', () => {
  const page = [
    'Europe weighs a force without a guarantee',
    'Published 19 February 2025',
    '',
    '“A European force without an American guarantee would be a tripwire.”',
    '',
    'Leaders met in Paris on Monday to discuss a force for Ukraine after any ceasefire.',
    '',
    '“Armenians learned that lesson,” said Hayk Torosyan, an analyst. “A European force without an American guarantee would be a tripwire.”',
  ].join('\n');
  const gold: Gold = {
    layout: 'pull quote',
    published: '2025-02-19',
    title: 'Europe weighs a force without a guarantee',
    boilerplate: [
      'Published 19 February 2025',
      '“A European force without an American guarantee would be a tripwire.”',
    ],
    body: ['Leaders met in Paris on Monday', '“Armenians learned that lesson,”'],
    events: [],
    quotes: [],
    actors: [],
    notActors: [],
  };
  it('is not furniture left, nor its quote a fact from furniture; must not: a pull quote kept as a paragraph of its own', () => {
    const built = buildCorpus([raw('pull.txt', page)], emptyCuration());
    const x: Extraction = {
      article: built.articles[0] ?? null,
      events: [],
      quotes: built.index?.quotes ?? [],
      actors: new Map(),
      proposedNames: [],
      suggestions: [],
    };
    const s = scoreArticle('pull', gold, x);
    expect(s.boilerplateLeft.left).toEqual([]);
    expect(s.factsFromBoilerplate).toEqual([]);
    // The same line left standing alone over the body is furniture left.
    const unremoved = {
      ...x,
      article: x.article && {
        ...x.article,
        paragraphs: [
          { ...x.article.paragraphs[0]!, sentences: [{ id: 'p', text: gold.boilerplate[1]! }] },
          ...x.article.paragraphs,
        ],
      },
    } as Extraction;
    expect(scoreArticle('pull', gold, unremoved).boilerplateLeft.left).toEqual([gold.boilerplate[1]]);
  });
});
