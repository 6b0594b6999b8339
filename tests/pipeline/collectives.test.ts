// @vitest-environment node
import { buildCorpus } from '../../src/pipeline/corpus';
import { fixtureGazetteer, raw } from './helpers';
import { groupActsAfter, opensOnGroup, opensOnUnnamedSource } from '../../src/pipeline/collectives';

describe('a sentence that opens on a group of people the gazetteer has no name for', () => {
  it('counts, shares, ranks and nationalities before a plural of people or states', () => {
    for (const s of [
      'In September, 26 of its members pledged to send troops.',
      'Around 35 leaders took part, most of them by video link.',
      'Army chiefs from several countries had already met in Paris earlier this month.',
      'Coalition planners are expected to meet at Northwood in July.',
      'No American officers took part, according to two Nordic officials.',
      'Twenty-six countries have formally committed to deploy troops.',
    ])
      expect(opensOnGroup(s), s).toBe(true);
  });

  it('must not: a group that is the object, a group that only speaks, things rather than people', () => {
    for (const s of [
      'Macron hosted leaders from 30 countries.',
      'Starmer told leaders that Britain was ready.',
      'European officials said the plan was dead.',
      'The talks lasted three hours.',
      'Prices of the countries’ bonds rose.',
      'Leaders of the coalition, meanwhile.',
    ])
      expect(opensOnGroup(s), s).toBe(false);
  });
});

describe('round 44: a paired group as subject', () => {
  it('after an opening phrase of "over", "during", "after" or "at" (two layouts); must not: the group only speaks', () => {
    expect(opensOnGroup('Over the weekend, officials in London briefed allies on the plan.')).toBe(true);
    expect(opensOnGroup('At a summit in Paris in September, 26 countries pledged to contribute.')).toBe(true);
    expect(opensOnGroup('After the meeting, officials said the plan was on track.')).toBe(false);
  });

  it('"British and French army chiefs visited Kyiv …" opens on a group (two layouts); must not: a pair after a named subject', () => {
    expect(
      opensOnGroup('British and French army chiefs visited Kyiv earlier this week to discuss the force.'),
    ).toBe(true);
    expect(opensOnGroup('Nordic and Baltic ministers met in Vilnius on Monday.')).toBe(true);
    expect(opensOnGroup('Macron said British and French troops would lead.')).toBe(false);
  });
});

describe('round 55: an unnamed source speaking on a day of its own', () => {
  it('"A senior British official said on Sunday night …" and "One European diplomat said on Monday …" open on a source (two layouts); must not: a named speaker, or an official spoken of', () => {
    for (const s of [
      'A senior British official said on Sunday night the plan would now be taken to Washington.',
      'One European diplomat said on Monday night that there had been no agreement on numbers.',
      'On Tuesday, two French officials told reporters the planners would meet in London.',
    ])
      expect(opensOnUnnamedSource(s), s).toBe(true);
    for (const s of [
      'Macron said on Monday that the force was ready.',
      'Leaders met the official on Monday to discuss the plan.',
      'An official statement is expected on Friday.',
    ])
      expect(opensOnUnnamedSource(s), s).toBe(false);
  });
});

describe('events of an unnamed source', () => {
  it('what "a senior British official said on Sunday night" is dated; a sentence of no one, undated, is not an event', () => {
    const text = [
      'Leaders weigh a force for Ukraine',
      '',
      'March 3, 2025',
      '',
      'A senior British official said on Sunday night the plan would now be taken to Washington for talks.',
      '',
      'The weather in London was cold and wet for most of the weekend, forecasters noted.',
    ].join('\n');
    const result = buildCorpus([raw('source.txt', text)], fixtureGazetteer());
    const events = result.index?.events ?? [];
    expect(events.map((e) => e.date)).toEqual(['2025-03-02']);
  });
});

describe('round 36 and 68: a source or group named by nationality and service, with no article', () => {
  it('"Turkish Defense Ministry sources said last week …" speaks as a source; "The British and French armed forces chiefs traveled …" acts as a group (two layouts each); must not: a title before a name, a bare singular', () => {
    expect(
      opensOnUnnamedSource('Turkish Defense Ministry sources said last week that Ankara would contribute.'),
    ).toBe(true);
    expect(opensOnUnnamedSource('European officials told reporters on Monday that the plan was ready.')).toBe(
      true,
    );
    expect(opensOnUnnamedSource('Defence official Jane Doe said on Monday that the plan was ready.')).toBe(
      false,
    );
    expect(opensOnUnnamedSource('Government spokesman said nothing on Monday.')).toBe(false);
    expect(opensOnGroup('The British and French armed forces chiefs traveled to Kyiv last week.')).toBe(true);
    expect(opensOnGroup('Polish armed forces commanders met in Warsaw on Friday.')).toBe(true);
    expect(opensOnGroup('Macron praised the armed forces chiefs on Friday.')).toBe(false);
  });
});

describe('round 79: a group acting in what something came after', () => {
  it('"His remarks came a day after 26 countries pledged …" tells of the group (two layouts); must not: a thing, or no "came after"', () => {
    expect(
      groupActsAfter('His remarks came a day after 26 countries pledged to contribute to a postwar force.'),
    ).toBe(true);
    expect(groupActsAfter('The meeting comes three weeks after military chiefs met near London.')).toBe(true);
    expect(groupActsAfter('His remarks came a day after prices of the countries’ bonds rose.')).toBe(false);
    expect(groupActsAfter('Twenty-six countries pledged to contribute, a day after the talks.')).toBe(false);
  });
});

describe('rounds 124–127: a people acting', () => {
  it('"Germans vote …", "Romanians vote …" open on a people (two layouts); must not: a people as the object, or a thing named for one', () => {
    expect(opensOnGroup('Germans vote in a national election on Sunday.')).toBe(true);
    expect(
      opensOnGroup('Romanians vote on Sunday in the first round of a rerun presidential election.'),
    ).toBe(true);
    expect(opensOnGroup('Czechs vote in a parliamentary election on October 3 and 4.')).toBe(true);
    expect(opensOnGroup('Macron thanked Romanians for their support on Sunday.')).toBe(false);
    expect(opensOnGroup('Romanian officials of the ministry, who spoke on Monday.')).toBe(false);
  });
});

describe('rounds 296–303: a named body the gazetteer lacks, acting as the subject', () => {
  it.each([
    ['The Harvard Ukrainian Students Association held a vigil in Harvard Yard earlier this month.'],
    ["Penn's Ukrainian Society will hold a teach-in on the coalition's plans next Monday at Houston Hall."],
    ['The Weiser Diplomacy Center will host a public panel on the ceasefire push next Monday.'],
    ['The Oxford University Ukrainian Society wrote to the Vice-Chancellor last week.'],
    ['Earlier this month, the Davis Center for Russian and Eurasian Studies hosted a seminar.'],
  ])('"%s" opens on a body acting', (sentence) => {
    expect(opensOnGroup(sentence)).toBe(true);
  });
  it.each([
    ['More than 60 Harvard affiliates signed an open letter last week.'],
    ['Students from the university raised money for medical supplies earlier this month.'],
    ['On November 23, American and Ukrainian delegations sat down in Geneva to rework the plan.'],
  ])('"%s" opens on people acting', (sentence) => {
    expect(opensOnGroup(sentence)).toBe(true);
  });
  it.each([
    ['The Union Jack flew over Downing Street on Sunday.'],
    ['The Society of Editors said the coverage was fair.'],
    ['The Defence Committee report is expected next week.'],
    ['Macron told the Harvard Ukrainian Students Association that help was coming.'],
  ])('must not: "%s"', (sentence) => {
    expect(opensOnGroup(sentence)).toBe(false);
  });
});

describe('rounds 320–327: a committee named by whose it is, a source on a bare day', () => {
  it.each([
    ["The Bundestag's defence committee discussed the coalition plans in a closed session last week."],
    ["Parliament's foreign affairs committee will hear the minister next Tuesday."],
  ])('"%s" opens on a body acting', (sentence) => expect(opensOnGroup(sentence)).toBe(true));
  it("must not: a committee's report, or one spoken of", () => {
    expect(opensOnGroup("The Bundestag's defence committee report is expected next week.")).toBe(false);
    expect(opensOnGroup("Merz briefed the Bundestag's defence committee on Friday.")).toBe(false);
  });
  it('"Friday, a government spokesperson in Berlin confirmed …" opens on an unnamed source (two layouts); must not: a named one', () => {
    expect(
      opensOnUnnamedSource(
        'Friday, a government spokesperson in Berlin confirmed that no decision would be taken.',
      ),
    ).toBe(true);
    expect(opensOnUnnamedSource('Yesterday, a senior official announced that talks would resume.')).toBe(
      true,
    );
    expect(opensOnUnnamedSource('Friday, Merz confirmed that no decision would be taken.')).toBe(false);
  });
});

describe('round 369: "Late last month," or "Early on Friday," before a group', () => {
  it('opens on a group after "late" or "early" (two layouts); must not: a lateness that is the subject', () => {
    expect(
      opensOnGroup(
        'Late last month, British and French military delegations also travelled to Kyiv to discuss the size of the contingent.',
      ),
    ).toBe(true);
    expect(opensOnGroup('Early on Friday, Nordic defence ministers met in Oslo.')).toBe(true);
    expect(opensOnGroup('Late arrivals delayed the summit by an hour.')).toBe(false);
  });
});
