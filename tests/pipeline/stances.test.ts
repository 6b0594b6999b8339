// @vitest-environment node
import { compileGazetteer } from '../../src/pipeline/actors';
import { buildCorpus } from '../../src/pipeline/corpus';
import { parseCuration } from '../../src/pipeline/curation';
import { extractDates } from '../../src/pipeline/dates';
import { Antecedents, PeopleIndex } from '../../src/pipeline/pronouns';
import { positionsYaml } from '../../src/pipeline/report';
import { suggestPositions } from '../../src/pipeline/stances';
import { compileTopics } from '../../src/pipeline/topics';
import { fixtureGazetteer, raw } from './helpers';

const curation = parseCuration(fixtureGazetteer());
const gazetteer = compileGazetteer(curation.actors);
/** Topics as in data/curation: the fixture's two, with keywords written here. */
const topics = compileTopics(
  new Map([
    ['reassurance-force', ['reassurance force', 'peacekeep*', 'European force', 'European troops']],
    ['backstop', ['backstop*']],
    ['un-mandate', ['UN mandate', 'United Nations']],
    ['peace-talks', ['ceasefire*']],
  ]),
);
const PUB = '2025-03-06';

/** Suggestions for one sentence after the others, as "actor topic stance". */
function suggest(...texts: string[]): string[] {
  const sentences = texts.map((text, i) => ({
    id: `s${i}`,
    text,
    paragraph: i,
    actors: gazetteer.match(text, PUB),
    dates: extractDates(text, PUB),
  }));
  return suggestPositions({
    articleId: 'a',
    published: PUB,
    sentences,
    topics,
    antecedents: new Antecedents(sentences, new PeopleIndex(sentences, gazetteer), gazetteer),
    isCurated: (id) => gazetteer.byId.has(id),
    affiliationOf: (id) => gazetteer.byId.get(id)?.affiliation ?? null,
    kindOf: (id) => gazetteer.byId.get(id)?.kind ?? null,
    isRecorded: () => false,
  }).map((p) => `${p.actorId} ${p.topicId} ${p.stance}`);
}

describe('suggested positions', () => {
  it('rejects / doubts / backs what follows the cue', () => {
    expect(suggest('Russia has rejected any deployment of European troops in Ukraine.')).toEqual([
      'russia reassurance-force opposes',
    ]);
    expect(
      suggest('Italian Prime Minister Giorgia Meloni has doubted that a European force would work.'),
    ).toEqual(['meloni reassurance-force skeptical']);
    expect(suggest('Macron has backed the idea of European peacekeepers for Ukraine.')).toEqual([
      'macron reassurance-force supports',
    ]);
  });

  it('a condition: conditional on what it qualifies, for what it asks (two layouts)', () => {
    expect(
      suggest(
        'Macron has said he is ready to send troops as part of a reassurance force, but only if the US provides a backstop.',
      ),
    ).toEqual(['macron reassurance-force conditional', 'macron backstop supports']);
    expect(suggest('Starmer insists that a European force can only work with an American backstop.')).toEqual(
      ['starmer reassurance-force conditional', 'starmer backstop supports'],
    );
  });

  it('what is needed, what the cue stands after, and "not … without"', () => {
    expect(
      suggest('Meloni has rejected sending Italian troops, arguing that a UN mandate would be needed.'),
    ).toEqual(['meloni un-mandate supports']);
    expect(
      suggest("Italy's Giorgia Meloni has ruled out sending Italian soldiers without a UN mandate."),
    ).toEqual(['meloni un-mandate supports']);
    expect(suggest('Meloni said the reassurance force was premature.')).toEqual([
      'meloni reassurance-force skeptical',
    ]);
    // The second clause has no holder of its own: nothing is guessed.
    expect(suggest('Meloni spoke first, and the reassurance force was called premature.')).toEqual([]);
  });

  it('the holder: the subject before the cue, not a possessive, or the person a pronoun refers to', () => {
    expect(suggest("Italy's Giorgia Meloni has backed the idea of European peacekeepers.")).toEqual([
      'meloni reassurance-force supports',
    ]);
    expect(
      suggest(
        'Starmer spoke after the summit.',
        'He still insists that a European force can only work with a backstop.',
      ),
    ).toEqual(['starmer reassurance-force conditional', 'starmer backstop supports']);
  });

  it('the object of a preposition holds no stance (two layouts); a subject after one still does', () => {
    expect(
      suggest('"We have always said that a backstop from the United States is essential," Macron said.'),
    ).toEqual([]);
    expect(suggest('Aid to Ukraine has backed the idea of European peacekeepers.')).toEqual([]);
    expect(suggest('In Paris, Macron backed the idea of European peacekeepers.')).toEqual([
      'macron reassurance-force supports',
    ]);
  });

  it("a state's stance its leader states is the leader's (two layouts); another state's stays its own", () => {
    expect(suggest('Starmer told reporters that Britain backs a European force.')).toEqual([
      'starmer reassurance-force supports',
    ]);
    expect(suggest("France's Emmanuel Macron repeated that France rejects a UN mandate.")).toEqual([
      'macron un-mandate opposes',
    ]);
    expect(suggest('Starmer told reporters that Italy rejects a European force.')).toEqual([
      'italy reassurance-force opposes',
    ]);
  });

  it("a state's stance in a clause a person reports after it is that person's (two layouts)", () => {
    expect(
      suggest(
        'France and Britain will send troops to a European force, French President Emmanuel Macron said.',
      ),
    ).toEqual(['macron reassurance-force supports']);
    expect(
      suggest(
        'PARIS (Reuters) - Britain has rejected a UN mandate, Prime Minister Keir Starmer told reporters.',
      ),
    ).toEqual(['starmer un-mandate opposes']);
    expect(
      suggest(
        'Italy and Britain will send troops to a European force, President Emmanuel Macron has announced.',
      ),
    ).toEqual(['macron reassurance-force supports']);
    // A person's own stance stays theirs; a body reporting it is no person.
    expect(suggest('Meloni rejects a European force, Macron said.')).toEqual([
      'meloni reassurance-force opposes',
    ]);
    expect(suggest('Britain has rejected a UN mandate, the Kremlin said.')).toEqual([
      'united-kingdom un-mandate opposes',
    ]);
  });

  it('a cue further on in an open relative clause is its antecedent’s (two layouts)', () => {
    expect(
      suggest(
        'The leaders held a call with Donald Trump, who met Zelensky at the White House and has since rejected a UN mandate.',
      ),
    ).toEqual(['trump un-mandate opposes']);
    expect(suggest('Macron spoke with Zelensky, who agreed to talks but rejected a UN mandate.')).toEqual([
      'zelensky un-mandate opposes',
    ]);
    // Closed by a comma, the relative clause leaves the sentence to its subject; one that reports is the teller's.
    expect(suggest('Starmer, who met Macron, said Britain rejects a UN mandate.')).toEqual([
      'starmer un-mandate opposes',
    ]);
    expect(suggest('Macron spoke with Zelensky, who said Italy rejects a UN mandate.')).toEqual([
      'italy un-mandate opposes',
    ]);
  });

  it('no name in a list a preposition governs holds the stance (two layouts); one after a phrase does', () => {
    expect(suggest('The leaders of France, Italy, Britain and Ukraine backed a UN mandate.')).toEqual([]);
    expect(
      suggest('Standing alongside Zelensky, the leaders of France and Italy backed a UN mandate.'),
    ).toEqual([]);
    expect(suggest('After a week of talks with Washington, Italy backed a UN mandate.')).toEqual([
      'italy un-mandate supports',
    ]);
  });

  it('a name inside a quoted passage told for its speaker holds nothing (two layouts)', () => {
    expect(suggest('“Italy will never accept a UN mandate for this,” Scholz said.')).toEqual([]);
    expect(suggest('Scholz told reporters: “Russia rejects a UN mandate because it wants the war.”')).toEqual(
      [],
    );
    // The speaker who stands for the state holds it; a passage told for no one keeps its own subject.
    expect(suggest('Starmer spoke in London.', '“Britain backs a European force,” he said.')).toEqual([
      'starmer reassurance-force supports',
    ]);
    expect(suggest('“Russia rejects a UN mandate.”')).toEqual(['russia un-mandate opposes']);
  });

  it('support "in principle" is conditional (two layouts); support outright is support', () => {
    expect(
      suggest('Zelensky said he backed the idea of a ceasefire in principle but raised questions.'),
    ).toEqual(['zelensky peace-talks conditional']);
    expect(suggest('Meloni supports a European force in principle, her office said.')).toEqual([
      'meloni reassurance-force conditional',
    ]);
    expect(suggest('Zelensky said he backed the idea of a ceasefire.')).toEqual([
      'zelensky peace-talks supports',
    ]);
  });

  it('a refusal "unless" something is given is conditional (two layouts); one the next clause qualifies is not', () => {
    expect(
      suggest('Russia rejected a full ceasefire unless Western military aid to Kyiv was cut off.'),
    ).toEqual(['russia peace-talks conditional']);
    expect(
      suggest('Meloni said Italy would not join a reassurance force unless the US provided a backstop.'),
    ).toEqual(['meloni reassurance-force conditional']);
    expect(
      suggest('Russia rejected a full ceasefire, saying the fighting would go on unless Kyiv withdrew.'),
    ).toEqual(['russia peace-talks opposes']);
  });

  it('a deal backed “with troops” offers the troops: the deal is their circumstance (two layouts)', () => {
    expect(
      suggest('Starmer said Britain was ready to back a ceasefire deal “with British troops on the ground”.'),
    ).toEqual([]);
    expect(suggest('Starmer said Britain would back any ceasefire with soldiers and aircraft.')).toEqual([]);
    // Not the forces' own topic: "a European force with boots on the ground" is still the force.
    expect(suggest('Starmer said Britain backs any ceasefire, whatever Moscow says.')).toEqual([
      'starmer peace-talks supports',
    ]);
    expect(suggest('Starmer said Britain backs a European force with troops on the ground.')).toEqual([
      'starmer reassurance-force supports',
    ]);
  });

  it('the one pressed, urged or told is no holder (two layouts); the one who presses is', () => {
    expect(
      suggest(
        'Starmer spoke on Monday, while pressing US President Donald Trump for a backstop to a European force.',
      ),
    ).not.toContain('trump backstop supports');
    expect(suggest('Several governments told President Macron that they backed a European force.')).toEqual(
      [],
    );
    expect(suggest('Macron told reporters that France backed a European force.')).toEqual([
      'macron reassurance-force supports',
    ]);
  });

  it('a coalition led by states holds its own stance, not theirs (two layouts)', () => {
    expect(
      suggest('The group, led by Britain and France, says it is ready to send a European force.'),
    ).toEqual([]);
    expect(suggest('The talks, led by Italy, Britain and France, backed a UN mandate.')).toEqual([]);
    expect(suggest('Britain and France say they are ready to send a European force.')).toEqual([
      'united-kingdom reassurance-force supports',
    ]);
  });

  it('a second predicate after "and" ends the object of a cue (two layouts)', () => {
    expect(suggest('Zelensky dismissed it as a stunt and repeated his call for a full ceasefire.')).toEqual(
      [],
    );
    expect(suggest('Zelensky rejected the offer and called instead for a ceasefire.')).toEqual([]);
    expect(suggest('Zelensky rejected a ceasefire and the talks.')).toEqual(['zelensky peace-talks opposes']);
  });

  it('a refusal "for as long as" something lasts is a refusal (two layouts); a noun "need" holds nothing', () => {
    expect(suggest('Trump ruled out a UN mandate for as long as he is president.')).toEqual([
      'trump un-mandate opposes',
    ]);
    expect(suggest('Trump rejected a UN mandate as long as the war goes on.')).toEqual([
      'trump un-mandate opposes',
    ]);
    expect(suggest('Starmer pressed Meloni on the need for a UN mandate.')).toEqual([]);
  });

  it('a topic named as the circumstance is not what is backed (two layouts); one backed outright is', () => {
    expect(suggest('Starmer said the UK was ready to send troops to back a ceasefire.')).toEqual([]);
    expect(suggest('Starmer backs a European force to police a ceasefire.')).toEqual([
      'starmer reassurance-force supports',
    ]);
    expect(suggest('Meloni backs a ceasefire.')).toEqual(['meloni peace-talks supports']);
  });

  it('a ceasefire named as the time, terms or price of something else is not what is backed or rejected', () => {
    expect(
      suggest(
        'Starmer rejected Russia’s demand that some sanctions be lifted as a condition for a Black Sea ceasefire.',
      ),
    ).toEqual([]);
    expect(
      suggest('Macron rejected a Kremlin demand tied to a proposed ceasefire in the Black Sea.'),
    ).toEqual([]);
    expect(suggest('Macron says the coalition is ready to deploy the day a ceasefire is signed.')).toEqual(
      [],
    );
    expect(suggest('Starmer said Britain was ready to deploy as soon as a ceasefire is agreed.')).toEqual([]);
    expect(
      suggest('Starmer said the UK is prepared to send troops to Ukraine as part of a post-ceasefire force.'),
    ).toEqual([]);
    expect(suggest('Starmer backs a European force to stop Russia from breaking a ceasefire.')).toEqual([
      'starmer reassurance-force supports',
    ]);
    // Where the ceasefire is what is backed or rejected, it is still the topic.
    expect(suggest('Macron backed a ceasefire as soon as possible.')).toEqual([
      'macron peace-talks supports',
    ]);
    expect(suggest('Zelensky rejected a ceasefire tied to territorial concessions.')).toEqual([
      'zelensky peace-talks opposes',
    ]);
  });

  it("a state's stance told by a person the gazetteer lacks is theirs to add first: nothing is suggested", () => {
    expect(
      suggest('The Kremlin spokesman, Dmitry Peskov, said that Russia rejects a European force.'),
    ).toEqual([]);
    expect(suggest('Dmitry Peskov said Russia rejects a European force.')).toEqual([]);
    expect(suggest('Russia rejects a European force.')).toEqual(['russia reassurance-force opposes']);
    // The leader named only in a possessive ("Emmanuel Macron’s spokesman") does not speak: nothing either.
    expect(
      suggest('Pierre Dumas, Emmanuel Macron’s spokesman, said on Tuesday that France rejects a UN mandate.'),
    ).toEqual([]);
  });

  it('a condition belongs to the clause subject, not to an object right before it', () => {
    expect(suggest('Starmer says a European force will deter Russia only if it has a backstop.')).toEqual([
      'starmer reassurance-force conditional',
      'starmer backstop supports',
    ]);
    expect(suggest('A European force will deter Russia only if it has a backstop.')).toEqual([]);
    // A heading glued before the name leaves no clause subject; the name with its speech verb holds it.
    expect(
      suggest(
        "Rome's line Meloni has repeatedly said that a European force would work only if there is a backstop.",
      ),
    ).toContain('meloni reassurance-force conditional');
  });

  it('no suggestion: no cue, a negated support, two topics in the object, a need to do something, no holder', () => {
    expect(suggest('Macron spoke about the reassurance force in Paris.')).toEqual([]);
    expect(suggest('Trump does not support a European force for Ukraine.')).toEqual([]);
    expect(suggest('Russia will not accept a ceasefire that includes European troops.')).toEqual([]);
    expect(suggest('Under a UN mandate, Russia would need to consent to the mission.')).toEqual([]);
    expect(suggest('Several capitals have rejected a European force.')).toEqual([]);
  });
});

describe('suggestions in the build report', () => {
  const PAGE = [
    'Allies split on the force for Ukraine',
    '',
    'Published 6 March 2025',
    '',
    'Russia has rejected any deployment of European troops in Ukraine, officials said.',
    '',
    'Meloni has doubted that a European force would work without Washington.',
  ].join('\n');

  const TOPICS = [
    '- id: reassurance-force',
    '  name: Reassurance force',
    '  description: The European force planned for Ukraine after a ceasefire.',
    '  keywords: [European force, European troops]',
  ].join('\n');
  const withTopics = () => ({
    ...fixtureGazetteer(),
    files: { ...fixtureGazetteer().files, 'topics.yaml': TOPICS },
  });

  it('are written ready to paste: the curation loader accepts them as positions.yaml', () => {
    const result = buildCorpus([raw('allies.txt', PAGE)], withTopics());
    const suggestions = result.report.suggestedPositions;
    expect(suggestions.map((s) => `${s.actorId} ${s.stance}`)).toEqual([
      'russia opposes',
      'meloni skeptical',
    ]);
    const pasted = {
      ...fixtureGazetteer(),
      files: { ...fixtureGazetteer().files, 'positions.yaml': positionsYaml(suggestions) },
    };
    const again = buildCorpus([raw('allies.txt', PAGE)], pasted);
    expect(again.report.errors).toEqual([]);
    expect(again.index?.positions.map((p) => p.id).sort()).toEqual(suggestions.map((s) => s.id).sort());
    // Once curated, they are no longer suggested; and a build without them shows none in the app.
    expect(again.report.suggestedPositions).toEqual([]);
    expect(result.index?.positions).toEqual([]);
  });
});

describe('round 25–26: some of a group, and "provided" as a verb', () => {
  it('"Several EU diplomats back …" gives the group no stance; "EU diplomats back …" does', () => {
    expect(suggest('Several EU diplomats backed a European force for Ukraine.')).toEqual([]);
    expect(suggest('Officials from ten EU diplomats backed a European force.')).toEqual([]);
    expect(suggest('EU diplomats backed a European force for Ukraine.')).toEqual([
      'eu-diplomats reassurance-force supports',
    ]);
  });

  it('"Washington provided a backstop" is no condition; "provided that Washington …" is', () => {
    expect(suggest('Macron backs a European force, provided that the US offers a backstop.')).toContain(
      'macron reassurance-force conditional',
    );
    expect(suggest('Macron said Washington provided a backstop last year.')).not.toContain(
      'macron backstop supports',
    );
  });
});

describe('round 38: whose stance in a reported clause, and what it is on', () => {
  it('"Starmer said …, but that a U.S. “backstop” was essential" is Starmer’s (two layouts); must not: "Starmer said Italy rejects …"', () => {
    expect(
      suggest(
        'Starmer said on Monday he was ready to act, but that a US “backstop” was essential to deter Russia.',
      ),
    ).toEqual(['starmer backstop supports']);
    expect(
      suggest('Starmer said the coalition of the willing was prepared to deploy a European force.'),
    ).toEqual(['starmer reassurance-force supports']);
    expect(suggest('Starmer told reporters that Italy rejects a European force.')).toEqual([
      'italy reassurance-force opposes',
    ]);
  });

  it('a ceasefire named as when the force deploys, or in a clause after "as he", is not what the stance is on', () => {
    expect(
      suggest('Macron said the force would only deploy after a ceasefire and would need a US backstop.'),
    ).not.toContain('macron peace-talks conditional');
    expect(
      suggest(
        'Starmer said a European force was ready to deploy as he accused Putin of trying to stall a ceasefire.',
      ),
    ).not.toContain('starmer peace-talks supports');
    // Must not: a ceasefire backed outright still is.
    expect(suggest('Meloni backs a ceasefire.')).toEqual(['meloni peace-talks supports']);
  });
});

describe('round 49: conditions of time, needs in a relative clause, and a speaker inside a relative clause', () => {
  it('"only once a ceasefire is in place" says when, not what is backed (two layouts); must not: "only if … a ceasefire"', () => {
    expect(
      suggest('Macron told participants the force would deploy “only once a ceasefire is in place”.'),
    ).not.toContain('macron peace-talks supports');
    expect(
      suggest('Meloni said Italy would decide on a European force only once a ceasefire was agreed.'),
    ).toEqual(['meloni reassurance-force conditional']);
    expect(suggest('Meloni said Italy would join a European force only if a ceasefire held.')).toEqual([
      'meloni reassurance-force conditional',
      'meloni peace-talks supports',
    ]);
  });

  it('"the backstop that Ukraine will need" makes no condition of it (two layouts); must not: "a force would need a backstop"', () => {
    expect(
      suggest('Starmer said planners would work with Washington on the backstop that Ukraine will need.'),
    ).toEqual([]);
    expect(suggest('Macron spoke of the UN mandate which Kyiv would need in the end.')).toEqual([]);
    // Round 181: with no "that", a name right after the topic is the relative clause's subject.
    expect(suggest('Starmer said allies were closer than ever to agreeing the backstop Kyiv needs.')).toEqual(
      [],
    );
    expect(suggest('Macron spoke of the UN mandate Ukraine would need in the end.')).toEqual([]);
    expect(suggest('Starmer said a European force would need a backstop.')).toEqual([
      'starmer reassurance-force conditional',
      'starmer backstop supports',
    ]);
  });

  it('"Trump, who Macron said backed the ceasefire" is not Macron’s stance (two layouts); must not: "Macron said he backed …"', () => {
    expect(
      suggest('The leaders held a call with Trump, who Macron said backed the ceasefire proposal.'),
    ).toEqual([]);
    expect(suggest('They spoke to Meloni, who Starmer believes supports a European force.')).toEqual([]);
    expect(suggest('Macron said he backed the ceasefire proposal.')).toEqual(['macron peace-talks supports']);
  });
});

describe('round 56: a wire outlet in the dateline', () => {
  it('"LONDON (FT) - Starmer said …" is Starmer’s stance, never the outlet’s (two layouts); must not: a state', () => {
    expect(
      suggest(
        'LONDON/PARIS (FT) - Keir Starmer said on Tuesday that a European force would need a U.S. "backstop" to deter Russia.',
      ),
    ).toEqual(['starmer reassurance-force conditional', 'starmer backstop supports']);
    expect(
      suggest('BRUSSELS (FT) - Meloni said on Monday that a European force would need a backstop.'),
    ).toEqual(['meloni reassurance-force conditional', 'meloni backstop supports']);
    expect(suggest('Italy (FT) rejects a European force.')).toEqual(['italy reassurance-force opposes']);
  });
});

describe('round 59: a clause of time after a comma has its own subject', () => {
  it('"Putin said …, a day after 26 countries pledged to join a European force" is not Putin’s (two layouts); must not: ", after the summit, that Italy rejects …"', () => {
    expect(
      suggest(
        'Russian President Vladimir Putin said on Friday that troops would be targets, a day after 26 countries pledged to take part in a European force.',
      ),
    ).toEqual([]);
    expect(
      suggest('Meloni spoke on Monday, two days after several allies backed a European force for Ukraine.'),
    ).toEqual([]);
    expect(suggest('Macron said on Monday, after the summit, that Italy rejects a European force.')).toEqual([
      'italy reassurance-force opposes',
    ]);
  });
});

describe('round 58: a topic named as what troops would help secure', () => {
  it('"ruled out sending troops to help secure any ceasefire" is no stance on the ceasefire (two layouts); must not: backing it outright', () => {
    expect(
      suggest('Trump on Tuesday ruled out sending troops to help secure any ceasefire in Ukraine.'),
    ).not.toContain('trump peace-talks opposes');
    expect(suggest('Meloni backed sending troops to help to police a ceasefire.')).not.toContain(
      'meloni peace-talks supports',
    );
    expect(suggest('Trump rejected the ceasefire.')).toEqual(['trump peace-talks opposes']);
  });
});

describe('round 79: what the subject came after has its own subject', () => {
  it('"His remarks came a day after 26 countries pledged to contribute to a reassurance force" is not the speaker’s (two layouts); must not: the subject’s own stance before "came"', () => {
    expect(
      suggest(
        'Trump spoke on Friday. His remarks came a day after 26 countries pledged to contribute to a European force.',
      ),
    ).toEqual([]);
    expect(
      suggest(
        'Meloni spoke on Monday. Her visit came two days after several allies backed a European force for Ukraine.',
      ),
    ).toEqual([]);
    expect(suggest('Macron backed a European force, and the meeting came after the summit.')).toEqual([
      'macron reassurance-force supports',
    ]);
  });
});

describe('rounds 82–84: "as part of any peace deal", and a stance inside a "where" clause', () => {
  it('"ruled out sending troops as part of any ceasefire" is no stance on the ceasefire (two layouts); must not: rejecting it outright', () => {
    expect(
      suggest(
        'Trump on Tuesday ruled out sending European troops as part of any ceasefire, but offered air support.',
      ),
    ).toEqual(['trump reassurance-force opposes']);
    expect(suggest('Meloni rejected a European force as part of a ceasefire deal.')).toEqual([
      'meloni reassurance-force opposes',
    ]);
    expect(suggest('Trump rejected the ceasefire as part of his talks with Moscow.')).toEqual([
      'trump peace-talks opposes',
    ]);
  });

  it('"… met Trump at the White House, where the American leader ruled out …" is not the visitors’ stance (two layouts); must not: the subject’s own stance before the comma', () => {
    expect(
      suggest(
        'Zelensky and Starmer met Donald Trump at the White House, where the American leader said he would help but ruled out a European force.',
      ),
    ).not.toContain('zelensky reassurance-force opposes');
    expect(
      suggest(
        'Macron visited Giorgia Meloni in Rome, where the Italian leader said little but rejected any backstop for now.',
      ),
    ).not.toContain('macron backstop opposes');
    expect(suggest('Macron backed a European force, where others hesitated.')).toEqual([
      'macron reassurance-force supports',
    ]);
  });
});

describe('rounds 100–119, suggestions read by hand: whose clause, passives, purposes and pronoun speakers', () => {
  it('", with Starmer insisting that …" is a clause of its own, held by its subject (two layouts); must not: "with" and no one named, or no verb in -ing', () => {
    expect(
      suggest(
        'European leaders meeting in Paris on Monday were divided, with British Prime Minister Keir Starmer insisting that any European force would need a US "backstop" to deter Russia.',
      ),
    ).toEqual(['starmer reassurance-force conditional', 'starmer backstop supports']);
    expect(
      suggest(
        'France ended the summit divided over troops, with Italy’s Giorgia Meloni saying she doubted a European force would work.',
      ),
    ).toEqual(['meloni reassurance-force skeptical']);
    expect(
      suggest(
        'Macron suggested on Sunday that a truce could come first, with European troops arriving only if a backstop is in place.',
      ),
    ).toContain('macron backstop supports');
    expect(suggest('Macron, with Starmer at his side, said he backed a European force for Ukraine.')).toEqual(
      ['macron reassurance-force supports'],
    );
  });

  it('"backed by" is a passive: its agent holds it, not the subject (two layouts); must not: "backed" in the active', () => {
    expect(
      suggest('Macron wrote on X that Europe wanted a lasting peace in Ukraine, backed by a US backstop.'),
    ).toEqual([]);
    expect(suggest('Starmer announced a European force, supported by Italy and the Nordic states.')).toEqual(
      [],
    );
    expect(suggest('Macron backed a US backstop for the force.')).toEqual(['macron backstop supports']);
  });

  it('a name after "a “" qualifies a noun (two layouts); must not: the state as the subject', () => {
    expect(suggest('Starmer said on Monday that a “US backstop” was essential.')).toEqual([
      'starmer backstop supports',
    ]);
    expect(
      suggest(
        'Starmer said Britain would help, but that a "U.S. backstop" would be essential to deter Russia.',
      ),
    ).toEqual(['starmer backstop supports']);
    expect(suggest('Officials said that “the US” has backed a European force.')).toEqual([
      'united-states reassurance-force supports',
    ]);
  });

  it('"came just a day after" starts a clause of its own (two layouts); must not: the subject’s own stance before it', () => {
    expect(
      suggest(
        'Putin spoke on Friday. The Kremlin chief’s threat came just a day after 26 countries pledged to take part in a reassurance force.',
      ),
    ).toEqual([]);
    expect(
      suggest(
        'Meloni spoke on Monday. Her remarks came only two days after several allies backed a European force.',
      ),
    ).toEqual([]);
    expect(
      suggest('Macron backed a European force, and the talks came just a day after the summit.'),
    ).toEqual(['macron reassurance-force supports']);
    // A span told in numbers: "less than 24 hours after", "about 3 weeks after".
    expect(
      suggest(
        'Putin spoke on Friday. His threat came less than 24 hours after 26 countries pledged to take part in a reassurance force.',
      ),
    ).toEqual([]);
    expect(
      suggest(
        'Meloni spoke on Monday. Her remarks came about 3 weeks after several allies backed a European force.',
      ),
    ).toEqual([]);
  });

  it('"but" ends a cue’s object (two layouts); must not: one object up to its end', () => {
    expect(
      suggest(
        'Meloni repeated on Thursday that Italy would not send soldiers to Ukraine but could help monitor a ceasefire.',
      ),
    ).toEqual([]);
    expect(
      suggest(
        'Trump has ruled out a European force under his command but suggested he would help with a backstop.',
      ),
    ).toEqual(['trump reassurance-force opposes']);
    expect(suggest('Trump has ruled out any US backstop for Ukraine.')).toEqual(['trump backstop opposes']);
  });

  it('a need someone else is said to have of a topic named before is theirs (two layouts); must not: the subject’s own need', () => {
    expect(
      suggest('Trump has given mixed signals about the backstop European governments say they need.'),
    ).toEqual([]);
    expect(
      suggest('Leaders met in Paris but failed to agree on the US backstop Kyiv says any force would need.'),
    ).not.toContain('ukraine backstop conditional');
    expect(suggest('Starmer said a European force would need a backstop.')).toEqual([
      'starmer reassurance-force conditional',
      'starmer backstop supports',
    ]);
  });

  it('a topic troops would be sent to guarantee is their purpose; the force before it is what the need qualifies (two layouts); must not: the topic itself', () => {
    expect(
      suggest(
        'Starmer told MPs that any European force sent to guarantee a ceasefire would need a backstop.',
      ),
    ).toEqual(['starmer reassurance-force conditional', 'starmer backstop supports']);
    expect(
      suggest(
        'Meloni has said that any peacekeepers deployed to defend a ceasefire would need a UN mandate.',
      ),
    ).toEqual(['meloni reassurance-force conditional', 'meloni un-mandate supports']);
    expect(suggest('Macron said a ceasefire would need a backstop.')).toEqual([
      'macron peace-talks conditional',
      'macron backstop supports',
    ]);
  });

  it('"pledged to build a coalition ready to defend a ceasefire" is no stance on the ceasefire (two layouts); must not: backing it', () => {
    expect(
      suggest('Macron pledged Sunday to build a coalition of countries ready to defend a future ceasefire.'),
    ).toEqual([]);
    expect(suggest('Italy offered to send officers to protect any ceasefire.')).toEqual([]);
    expect(suggest('Macron backed a ceasefire on Sunday.')).toEqual(['macron peace-talks supports']);
  });

  it('a relative "who backed" is its antecedent’s, and with a speaker inside it no one’s (two layouts); must not: the subject before', () => {
    expect(
      suggest(
        'After meeting Zelensky, they held a call with Trump, who they said backed the ceasefire demand.',
      ),
    ).toEqual([]);
    expect(suggest('Zelensky met Emmanuel Macron, who backs a European force for Ukraine.')).toEqual([
      'macron reassurance-force supports',
    ]);
    expect(suggest('Zelensky, who met Macron, backed a European force.')).toEqual([
      'zelensky reassurance-force supports',
    ]);
  });

  it('a state’s stance its leader states as "he told", "he added" is the leader’s, as for a named speaker (two layouts); must not: a pronoun for someone else', () => {
    expect(
      suggest(
        'Starmer hosted the talks on Sunday.',
        'Britain was prepared to back a European force “with boots on the ground”, he told a press conference.',
      ),
    ).toEqual(['starmer reassurance-force supports']);
    expect(
      suggest(
        'Starmer spoke to MPs on Monday.',
        'The UK, he added, was prepared to back the plan for a European force.',
      ),
    ).toEqual(['starmer reassurance-force supports']);
    expect(
      suggest('Trump spoke to reporters on Monday.', 'Italy would not send a European force, he said.'),
    ).toEqual(['italy reassurance-force opposes']);
  });

  it('no speaker before a narrated clause of time speaks it (two layouts); must not: a speaker of the clause itself', () => {
    expect(
      suggest(
        'Trump said on Friday that he would call Moscow, a day after EU diplomats backed a European force.',
      ),
    ).toEqual(['eu-diplomats reassurance-force supports']);
    expect(
      suggest(
        'Macron warned that Russia was stalling, and his warning came a day after EU diplomats backed a European force.',
      ),
    ).toEqual(['eu-diplomats reassurance-force supports']);
    expect(suggest('Trump said on Friday that EU diplomats backed a European force.')).toEqual([
      'trump reassurance-force supports',
    ]);
  });

  it('the need of a relative clause’s subject ("… the air cover … that a European force would need") is no holder’s condition (two layouts); must not: a reported "that"', () => {
    expect(
      suggest(
        'Trump spoke on Monday.',
        'His administration has not said whether it would provide the air cover, intelligence or logistics that a European force would need.',
      ),
    ).toEqual([]);
    expect(
      suggest('Meloni has offered the training and the equipment that any European force would need.'),
    ).toEqual([]);
    expect(
      suggest('Starmer has argued for months that a European force needs a backstop to deter Russia.'),
    ).toEqual(['starmer reassurance-force conditional', 'starmer backstop supports']);
  });

  it('a refusal held "as long as" something lasts is a refusal (two layouts); must not: "as long as" that asks for something', () => {
    expect(
      suggest('Trump added that there would be no European force in Ukraine “as long as I’m president”.'),
    ).toEqual(['trump reassurance-force opposes']);
    expect(
      suggest('Meloni said Italy would never back a European force as long as the war goes on.'),
    ).toEqual(['meloni reassurance-force opposes']);
    expect(suggest('Macron said a European force could deploy as long as a backstop was in place.')).toEqual([
      'macron reassurance-force conditional',
      'macron backstop supports',
    ]);
  });

  it('"12 mostly EU diplomats" are some of them, no holder (two layouts); must not: the group itself', () => {
    expect(suggest('Officials said 12 mostly EU diplomats backed a European force.')).toEqual([]);
    expect(suggest('Officials said several largely EU diplomats backed a European force.')).toEqual([]);
    expect(suggest('EU diplomats backed a European force.')).toEqual([
      'eu-diplomats reassurance-force supports',
    ]);
  });

  it('"hours after 26 countries pledged …" is narrated too, and "no doubt" is no doubt (two layouts each); must not: a doubt', () => {
    expect(
      suggest(
        'Trump has warned that Western troops would be targets, hours after EU diplomats backed a European force.',
      ),
    ).toEqual(['eu-diplomats reassurance-force supports']);
    expect(
      suggest(
        'Trump said on Friday that he would call Moscow, days after EU diplomats backed a European force.',
      ),
    ).toEqual(['eu-diplomats reassurance-force supports']);
    expect(
      suggest('Macron insisted there was “no doubt” that the US would provide a backstop.'),
    ).not.toContain('macron backstop skeptical');
    expect(suggest('Meloni said there was little doubt about a European force.')).toEqual([]);
    expect(suggest('Meloni has doubted that a European force would work.')).toEqual([
      'meloni reassurance-force skeptical',
    ]);
  });
});

describe('review of rounds 120–139: "with" and a noun in -ing', () => {
  it('"Macron, with Starmer at his side during the meeting, said …" is still Macron’s', () => {
    expect(
      suggest('Macron, with Starmer at his side during the meeting, said he backed a European force.'),
    ).toEqual(['macron reassurance-force supports']);
  });
});

describe('rounds 144–147: a host greeting guests, a demand that something end', () => {
  it('"Starmer welcomed Zelensky and European leaders to London with the European force in better shape" suggests nothing (two layouts); must not: "welcomed the European force"', () => {
    expect(
      suggest(
        'Starmer welcomed Volodymyr Zelensky and a group of European leaders to London on Friday with the European force in better shape.',
      ),
    ).toEqual([]);
    expect(
      suggest('Macron welcomed defence ministers to the Elysee as plans for a European force took shape.'),
    ).toEqual([]);
    expect(suggest('Starmer welcomed the European force as a step forward.')).toEqual([
      'starmer reassurance-force supports',
    ]);
  });
  it('"… would require an end to the ceasefire talks" opposes what it asks to end (two layouts); must not: "would require a ceasefire"', () => {
    expect(suggest('Macron said a deal would require an end to the ceasefire talks in Riyadh.')).toEqual([
      'macron peace-talks opposes',
    ]);
    expect(suggest('Meloni called for a halt to the peacekeeping plan.')).toEqual([
      'meloni reassurance-force opposes',
    ]);
    expect(suggest('Meloni called for a ceasefire before any talks.')).toEqual([
      'meloni peace-talks supports',
    ]);
  });
});

describe('rounds 152–155: a need stated by someone else in a relative clause', () => {
  it('"Macron said the question of a backstop — the air cover that Britain says a European force would need — remained open" is no condition of Macron’s (two layouts); must not: his own need', () => {
    expect(
      suggest(
        'Macron said the question of the air cover that Britain in particular says a European force would need remained open.',
      ),
    ).toEqual([]);
    expect(
      suggest('Meloni said the support which Starmer insists a European force would need was missing.'),
    ).toEqual([]);
    expect(suggest('Macron said a European force would need a backstop.')).toEqual([
      'macron reassurance-force conditional',
      'macron backstop supports',
    ]);
  });
});

describe('review of rounds 140–155: what the new stance rules must not take', () => {
  it('"supports an end to the war and European peacekeepers" still supports the force; "a halt to the so-called peacekeeping plan" opposes it', () => {
    expect(suggest('Starmer supports an end to the war and European peacekeepers on the ground.')).toEqual([
      'starmer reassurance-force supports',
    ]);
    expect(suggest('Meloni called for a halt to the so-called peacekeeping plan.')).toEqual([
      'meloni reassurance-force opposes',
    ]);
  });
});

describe('rounds 164–167: "we" or "I" before the cue', () => {
  it('"… would not hold Russia back for long, which is why we need an American backstop" is no stance of Russia’s (two layouts); must not: a named subject', () => {
    expect(
      suggest(
        '“A European force with nothing behind it would not hold Russia back for long, which is why we need an American backstop,” he said.',
      ),
    ).toEqual([]);
    expect(
      suggest('“Nothing would hold Russia back, which is why I need an American backstop,” Starmer said.'),
    ).toEqual([]);
    expect(suggest('Macron said a European force would need a backstop.')).toEqual([
      'macron reassurance-force conditional',
      'macron backstop supports',
    ]);
  });
});

describe('rounds 172–175: a second predicate ends the cue’s object', () => {
  it('"would not send troops and said any mission should operate under a United Nations umbrella" opposes no UN mandate (two layouts); must not: one object', () => {
    expect(
      suggest(
        'Meloni repeated that Italy would not send troops and said any mission should operate under a United Nations umbrella.',
      ),
    ).not.toContain('meloni un-mandate opposes');
    expect(
      suggest(
        'Tusk said Poland would not join a peacekeeping force and added that the United Nations must lead.',
      ),
    ).not.toContain('tusk un-mandate opposes');
    expect(suggest('Meloni said Italy would not back a force without a UN mandate.')).not.toEqual([]);
  });
});

describe('rounds 432–433: "for talks with Mr Trump"', () => {
  it('a name after a preposition and an honorific or office holds no stance (two layouts); must not: the honorific as the subject', () => {
    expect(
      suggest(
        'The prime minister, who flew to Washington last week for talks with Mr Trump, said a European force would need a backstop.',
      ).filter((s) => s.startsWith('trump ')),
    ).toEqual([]);
    expect(
      suggest(
        'The chancellor, after a call with President Macron, said a European force would need a backstop.',
      ).filter((s) => s.startsWith('macron ')),
    ).toEqual([]);
    expect(suggest('Mr Macron said a European force would need a backstop.')).toContain(
      'macron reassurance-force conditional',
    );
  });
});
