// @vitest-environment node
import { DATE_RULES, extractDates, isFutureAt, sentenceTense } from '../../src/pipeline/dates';
import { parseDateLine } from '../../src/pipeline/dateline';
import { addDays, mondayOf, weekday } from '../../src/model/calendar';
import { article, SEED_000, SEED_001, SEED_004, seedBuild, sentenceWith } from './helpers';
import { DATE_CASES, NO_DATE_CASES } from './datesCases';

const simple = (sentence: string, pub: string | null) =>
  extractDates(sentence, pub).map((d) => [d.text, d.date, d.precision, ...(d.endDate ? [d.endDate] : [])]);

describe('date rules', () => {
  for (const c of DATE_CASES) {
    it(`${c.sentence} (published ${c.pub})`, () => expect(simple(c.sentence, c.pub)).toEqual(c.expected));
  }
  for (const s of NO_DATE_CASES) {
    it(`no date in: ${s}`, () => expect(simple(s, '2025-02-26')).toEqual([]));
  }
  // A sentence without a rule's cue is not read with the rule: each match must hold its cue, or the rule would
  // miss dates in sentences that lack it.
  it("every date rule's match holds the rule's cue, in each case the rules are tested on", () => {
    const sentences = [
      ...DATE_CASES.map((c) => c.sentence),
      ...NO_DATE_CASES,
      'The ministers signed the text on 2025-03-11 in Brussels.',
      'The force could deploy in September if a ceasefire holds.',
      'Talks collapsed two weeks ago in Riyadh.',
      'Envoys met over the weekend and will meet again early in the new year.',
    ];
    for (const rule of DATE_RULES) {
      const matches = sentences.flatMap((s) => [...s.matchAll(new RegExp(rule.re.source, rule.re.flags))]);
      expect(matches.length, `no case exercises the "${rule.name}" rule`).toBeGreaterThan(0);
      for (const m of matches) expect(rule.cue.test(m[0]), `"${m[0]}" (${rule.name})`).toBe(true);
    }
  });
  it('without a publication date only dates with a year resolve', () => {
    expect(simple('They met on Thursday and on Feb. 24, 2025.', null)).toEqual([
      ['on Feb. 24, 2025', '2025-02-24', 'day'],
    ]);
  });
  it('tense of the clause', () => {
    const s = 'A meeting is to be held in London on Sunday.';
    expect(isFutureAt(s, s.indexOf('on Sunday'), 9)).toBe(true);
    const p = 'Merz dashed to Paris on Wednesday.';
    expect(isFutureAt(p, p.indexOf('on Wednesday'), 12)).toBe(false);
  });
  it('"over the weekend": the weekend just gone, or the coming one in a future clause (two layouts)', () => {
    const past = extractDates('Macron proposed a one-month truce over the weekend.', '2025-03-04');
    expect(past.map((d) => [d.date, d.precision, d.endDate])).toEqual([['2025-03-01', 'week', '2025-03-02']]);
    const ahead = extractDates('Leaders will meet in London at the weekend.', '2025-02-26');
    expect(ahead.map((d) => d.date)).toEqual(['2025-03-01']);
    expect(extractDates('The weekend edition sold out.', '2025-02-26')).toEqual([]);
  });
  it('an aside between commas does not hide the verb, and "so-called" is no past tense (two layouts)', () => {
    const aside =
      "Military chiefs will gather at Northwood, the UK's joint headquarters, on Thursday to turn pledges into plans for a so-called reassurance force.";
    expect(isFutureAt(aside, aside.indexOf('on Thursday'), 11)).toBe(true);
    const wire =
      'Ministers are to meet in Brussels, the Belgian capital, on Monday to discuss the US-led talks.';
    expect(isFutureAt(wire, wire.indexOf('on Monday'), 9)).toBe(true);
    const past = 'Leaders gathered in Paris, the French capital, on Thursday.';
    expect(isFutureAt(past, past.indexOf('on Thursday'), 11)).toBe(false);
  });
  it('irregular past verbs are past: "flew to London on Saturday to meet Starmer"', () => {
    const s = 'Zelensky, who flew to London on Saturday to meet Starmer, said he was hopeful.';
    expect(isFutureAt(s, s.indexOf('on Saturday'), 11)).toBe(false);
    expect(extractDates(s, '2025-03-03').map((d) => d.date)).toEqual(['2025-03-01']);
    const ahead = 'Zelensky will fly to London on Saturday to meet Starmer.';
    expect(extractDates(ahead, '2025-03-03').map((d) => d.date)).toEqual(['2025-03-08']);
  });
  it('a reported clause has its own tense', () => {
    const future = 'He added that London would host a follow-up meeting on Thursday.';
    expect(isFutureAt(future, future.indexOf('on Thursday'), 11)).toBe(true);
    const past = 'Officials will say that the ministers met on Thursday.';
    expect(isFutureAt(past, past.indexOf('on Thursday'), 11)).toBe(false);
    const plain = 'Starmer said on Thursday the UK would play its part.';
    expect(isFutureAt(plain, plain.indexOf('on Thursday'), 11)).toBe(false);
  });
  it('words reported without "that" have their own tense (two layouts); what was said to have happened is past', () => {
    const day = (s: string) => extractDates(s, '2025-03-17').map((d) => d.date);
    expect(day('He said he would speak to Putin on Tuesday.')).toEqual(['2025-03-18']);
    expect(day('Afterwards he told reporters military planners would meet in the UK on Thursday.')).toEqual([
      '2025-03-20',
    ]);
    expect(day('Trump said he spoke to Putin on Tuesday.')).toEqual(['2025-03-11']);
    expect(day('Macron said on Tuesday that Europe would act.')).toEqual(['2025-03-11']);
    expect(day('Trump told reporters aboard Air Force One on Sunday that talks went well.')).toEqual([
      '2025-03-16',
    ]);
  });
  it('a ceasefire "to begin on Monday" is ahead; one that began on Monday is behind', () => {
    const day = (s: string) => extractDates(s, '2025-05-10').map((d) => d.date);
    expect(
      day('They called for a 30-day ceasefire on land, at sea and in the air, to begin on Monday.'),
    ).toEqual(['2025-05-12']);
    expect(day('The truce, due to start on Monday, covers energy sites.')).toEqual(['2025-05-12']);
    expect(day('The truce began on Monday.')).toEqual(['2025-05-05']);
  });
  it('a word right before the date points ahead whatever the first verb; a sentence may open "In February"', () => {
    const day = (s: string) => extractDates(s, '2025-05-11').map((d) => d.date);
    expect(day('Leaders arrived on Saturday and called for a truce starting on Monday.')).toEqual([
      '2025-05-10',
      '2025-05-12',
    ]);
    expect(day('Ministers met on Friday and agreed on talks scheduled for Thursday.')).toEqual([
      '2025-05-09',
      '2025-05-15',
    ]);
    expect(day('Ministers met on Friday and talked until Thursday.')).toEqual(['2025-05-09', '2025-05-08']);
    expect(
      extractDates(
        'In February, Hegseth told the same forum that troops would not be covered.',
        '2025-04-11',
      ),
    ).toMatchObject([{ date: '2025-02-01', precision: 'month' }]);
  });
  it('an attribution after the date tells when it was said, not when the thing happens (two layouts)', () => {
    const day = (s: string) => extractDates(s, '2025-02-18').map((d) => d.date);
    expect(
      day(
        'Macron will host a second round, including Canada and the Baltic states, on Wednesday, his office said.',
      ),
    ).toEqual(['2025-02-19']);
    expect(day('Ministers will meet again, in Brussels, on Friday, officials said.')).toEqual(['2025-02-21']);
    expect(day('Ministers met in Brussels, on Friday, officials said.')).toEqual(['2025-02-14']);
  });
  it('"overnight" is the night just gone, "by overnight train" no date; plans proposed or due are ahead', () => {
    const day = (s: string) => extractDates(s, '2025-05-11').map((d) => d.date);
    expect(day('Putin proposed overnight that the two sides hold talks.')).toEqual(['2025-05-11']);
    expect(day('Russia launched drones at Kyiv overnight, officials said.')).toEqual(['2025-05-11']);
    expect(day('The leaders arrived by overnight train.')).toEqual([]);
    expect(day('Putin proposed that Russia and Ukraine hold direct talks in Istanbul on Thursday.')).toEqual([
      '2025-05-15',
    ]);
    expect(day('Macron urged that leaders meet in Paris on Friday.')).toEqual(['2025-05-16']);
    expect(day('They said the truce should begin on Monday.')).toEqual(['2025-05-12']);
    expect(day('Macron said that the leaders met in Paris on Friday.')).toEqual(['2025-05-09']);
  });
  it('"were due to" is a plan, however past its verb; "were discussed" is not', () => {
    const day = (s: string) => extractDates(s, '2025-08-19').map((d) => d.date);
    expect(
      day(
        'NATO military chiefs were due to discuss the guarantees by video call on Wednesday, two sources said.',
      ),
    ).toEqual(['2025-08-20']);
    expect(day('The guarantees were discussed by video call on Wednesday, two sources said.')).toEqual([
      '2025-08-13',
    ]);
  });
  it('calendar helpers are UTC and zone-free', () => {
    expect(weekday('2025-02-26')).toBe(3);
    expect(mondayOf('2025-03-02')).toBe('2025-02-24');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-03-30', 1)).toBe('2025-03-31');
  });
});

describe('dates on the seeds', () => {
  const r = seedBuild();
  it('001', () => {
    const a = article(r, SEED_001);
    expect(sentenceWith(a, 'A meeting is to be held').dates).toEqual([
      { text: 'on Sunday', date: '2025-03-02', precision: 'day' },
    ]);
    expect(sentenceWith(a, 'on March 6').dates).toEqual([
      { text: 'on March 6', date: '2025-03-06', precision: 'day' },
    ]);
    expect(sentenceWith(a, 'regular Wednesday meetings').dates).toEqual([]);
    expect(sentenceWith(a, 'who’s meeting Trump on Thursday').dates).toEqual([
      { text: 'on Thursday', date: '2025-02-27', precision: 'day' },
    ]);
  });
  it('000: no date from the removed feed blurb, "within weeks" or "30,000"', () => {
    const a = article(r, SEED_000);
    const all = a.paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.dates.map((d) => d.text)));
    expect(all).toEqual(['on Feb. 25', 'on Feb. 24', 'later this week', 'on Feb. 24']);
  });
  it('004', () => {
    const a = article(r, SEED_004);
    expect(sentenceWith(a, 'Macron on Thursday announced').dates[0]).toEqual({
      text: 'on Thursday',
      date: '2025-03-27',
      precision: 'day',
    });
  });
});

describe('round 13: spans of days and the tense of the main clause', () => {
  it('a span of days in one month is dated on its first, in both orders', () => {
    expect(simple('ahead of the general election on 3–4 October.', '2025-09-05')).toEqual([
      ['on 3–4 October', '2025-10-03', 'day', '2025-10-04'],
    ]);
    expect(simple('The talks run October 3-4.', '2025-09-05')).toEqual([
      ['October 3-4', '2025-10-03', 'day', '2025-10-04'],
    ]);
    // Not a span: a number before the day that is no day.
    expect(simple('Some 30 countries met on 4 October.', '2025-09-05')).toEqual([
      ['on 4 October', '2025-10-04', 'day'],
    ]);
  });

  it('a sentence opening on a subordinate clause tells its time after it (two layouts; must not: a plain one)', () => {
    expect(
      sentenceTense(
        'While the administration made clear no troops would go, Europeans are still hoping for help.',
      ),
    ).toBeNull();
    expect(sentenceTense('When asked if the US would help, Trump said that it would.')).toBe('past');
    expect(sentenceTense('The administration made clear that no troops would go.')).toBe('past');
  });

  it('"have both ruled out", "has since made clear" are standing positions, not events', () => {
    expect(sentenceTense('Italy and Poland have both ruled out sending ground troops.')).toBeNull();
    expect(sentenceTense('Peskov has since made clear that Moscow regards it as a threat.')).toBeNull();
    expect(sentenceTense('Italy and Poland both ruled out sending ground troops.')).toBe('past');
  });
});

describe('round 14: "this coming Thursday"', () => {
  it('is the next one, whatever the tense of the sentence (two layouts); must not: "on Thursday" in the past', () => {
    expect(simple('He proposed talks in Istanbul this coming Thursday.', '2025-05-11')).toEqual([
      ['this coming Thursday', '2025-05-15', 'day'],
    ]);
    expect(simple('Ministers meet again the coming Monday.', '2025-05-07')).toEqual([
      ['the coming Monday', '2025-05-12', 'day'],
    ]);
    expect(simple('He spoke to reporters on Thursday.', '2025-05-11')).toEqual([
      ['on Thursday', '2025-05-08', 'day'],
    ]);
  });
});

describe('round 15: "today" in someone\'s quoted words', () => {
  it("is the speaker's day, not a date of the report (two layouts); must not: the report's own today", () => {
    expect(simple('"We made very substantial headway today," Rubio told reporters.', '2025-11-25')).toEqual(
      [],
    );
    expect(simple('“Today shows we are not alone,” he said.', '2025-03-06')).toEqual([]);
    expect(simple('Leaders meet in Paris today.', '2025-03-06')).toEqual([['today', '2025-03-06', 'day']]);
  });
});

describe('round 16: numbers that are no dates', () => {
  it('"1/2" with no year is no date; "3/11/2025" or "March 11" are (must not lose them)', () => {
    expect(simple('[1/2]Military officers arrive for a meeting.', '2025-03-11')).toEqual([]);
    expect(simple('They won 3/4 of the seats.', '2025-03-11')).toEqual([]);
    expect(simple('Officers met on March 11.', '2025-03-12').map((d) => d[1])).toEqual(['2025-03-11']);
  });
});

describe('round 17: proposals, deadlines and past verbs', () => {
  it('what was proposed or set for a day is ahead (two layouts); must not: the day of the proposing', () => {
    expect(simple('Putin proposed direct talks with Ukraine in Istanbul on Thursday.', '2025-05-11')).toEqual(
      [['on Thursday', '2025-05-15', 'day']],
    );
    expect(simple('Trump had set Thursday, the Thanksgiving holiday, as a deadline.', '2025-11-24')).toEqual([
      ['Thursday', '2025-11-27', 'day'],
    ]);
    expect(simple('On Thursday, Putin proposed direct talks with Ukraine.', '2025-05-11')).toEqual([
      ['On Thursday', '2025-05-08', 'day'],
    ]);
  });

  it('"put forward … on Sunday that would …" is past; "are trying to set up" is no past tense', () => {
    expect(
      simple(
        'European governments put forward a counterproposal on Sunday that would tie any deal to NATO.',
        '2025-11-24',
      ),
    ).toEqual([['on Sunday', '2025-11-23', 'day']]);
    expect(
      sentenceTense(
        'Despite the talks, capitals including Paris and London are trying to set up a peacekeeping mission.',
      ),
    ).toBeNull();
  });
});

describe('round 18: a deadline given "until Thursday"', () => {
  it('is ahead (two layouts); must not: talks that ran until Thursday', () => {
    expect(simple('Trump has given Kyiv until Thursday to respond.', '2025-11-24')).toEqual([
      ['until Thursday', '2025-11-27', 'day'],
    ]);
    expect(simple('The EU extended the sanctions until Friday.', '2025-11-24').map((d) => d[1])).toEqual([
      '2025-11-28',
    ]);
    expect(simple('Talks ran until Thursday.', '2025-11-24')).toEqual([
      ['until Thursday', '2025-11-20', 'day'],
    ]);
  });
});

describe('round 19: "by Thursday" as a deadline', () => {
  it('is ahead when someone wants or expects it (two layouts); must not: what had happened by Thursday', () => {
    expect(
      simple('Trump has said he wants Ukraine to respond to the plan by Thursday.', '2025-11-24'),
    ).toEqual([['by Thursday', '2025-11-27', 'day']]);
    expect(simple('Brussels expects an answer by Friday.', '2025-11-24').map((d) => d[1])).toEqual([
      '2025-11-28',
    ]);
    expect(simple('The troops had left by Thursday.', '2025-11-24')).toEqual([
      ['by Thursday', '2025-11-20', 'day'],
    ]);
  });
});

describe('round 21–22: "Later on Thursday" and the present of a timetable', () => {
  it('"Later on Thursday, the leaders held a call" is the Thursday past; "will meet later on Thursday" ahead', () => {
    expect(simple('Later on Thursday, the leaders held a call with Trump.', '2025-09-05')).toEqual([
      ['on Thursday', '2025-09-04', 'day'],
    ]);
    expect(simple('The leaders will speak to Trump later on Thursday.', '2025-09-02')).toEqual([
      ['on Thursday', '2025-09-04', 'day'],
    ]);
  });

  it('"Scholz faces an election on Sunday", "Meloni hosts the talks on Monday" are ahead (two layouts); must not: the past', () => {
    expect(simple('Scholz faces a federal election on Sunday.', '2025-02-18')).toEqual([
      ['on Sunday', '2025-02-23', 'day'],
    ]);
    expect(simple('Meloni hosts the next round of talks on Monday.', '2025-02-18').map((d) => d[1])).toEqual([
      '2025-02-24',
    ]);
    expect(simple('Scholz faced questions from reporters on Sunday.', '2025-02-18').map((d) => d[1])).toEqual(
      ['2025-02-16'],
    );
  });
});

describe('round 23–24: possessive weekdays before a plural, a month of last year', () => {
  it('"Sunday’s talks" is a day (two layouts); must not: "Monday deliveries"', () => {
    expect(simple('Eighteen leaders attended Sunday’s talks.', '2025-03-03')).toEqual([
      ['Sunday’s', '2025-03-02', 'day'],
    ]);
    expect(simple("Rutte praised Monday's meetings.", '2025-08-19').map((d) => d[1])).toEqual(['2025-08-18']);
    expect(simple('Factories resumed Monday deliveries.', '2025-08-19')).toEqual([]);
  });

  it('"in February last year" is that month of the year before (two layouts); must not: "last year" alone a month', () => {
    expect(simple('Macron first floated troops in February last year.', '2025-03-10')).toEqual([
      ['in February last year', '2024-02-01', 'month', '2024-02-29'],
    ]);
    expect(simple('Talks may resume in June next year.', '2025-03-10').map((d) => d[1])).toEqual([
      '2026-06-01',
    ]);
    expect(simple('Macron first floated troops last year.', '2025-03-10').map((d) => d[2])).toEqual(['year']);
  });
});

describe('round 25: "ahead of" a dated event', () => {
  it('is ahead after a present verb ("campaigns ahead of the April 28 election", "is preparing ahead of …")', () => {
    expect(
      simple('Mark Carney campaigns ahead of the April 28 federal election.', '2025-03-27').map((d) => d[1]),
    ).toEqual(['2025-04-28']);
    expect(
      simple('The coalition is preparing ahead of the April 28 vote.', '2025-03-27').map((d) => d[1]),
    ).toEqual(['2025-04-28']);
  });

  it('must not: talks held ahead of a past summit stay past', () => {
    expect(simple('Leaders held talks ahead of the March 2 summit.', '2025-03-27').map((d) => d[1])).toEqual([
      '2025-03-02',
    ]);
    expect(isFutureAt('Leaders held talks ahead of the March 2 summit.', 37, 7)).toBe(false);
  });
});

describe('round 34: "the heads of" is a noun, not a plan', () => {
  it('"… the heads of the European Union and NATO, were greeted …" is past (must not: "Macron heads to Kyiv" stays ahead)', () => {
    expect(
      sentenceTense(
        'Leaders of Germany, along with the heads of the European Union and NATO, were greeted by Macron.',
      ),
    ).toBe('past');
    expect(sentenceTense('The two hosts of the summit met in London.')).toBe('past');
    expect(sentenceTense('Macron heads to Kyiv on Saturday with Starmer.')).toBe('future');
  });
});

describe('round 41–42: a participle after its noun, "co-chaired"', () => {
  it('"the countries involved are due to meet … on Thursday" is ahead; "co-chaired" is past (must not: "so-called" is no verb)', () => {
    expect(
      extractDates(
        'Military chiefs from the countries involved are due to meet in London on Thursday.',
        '2025-03-17',
      ).map((d) => d.date),
    ).toEqual(['2025-03-20']);
    expect(sentenceTense('Starmer co-chaired the talks by video link.')).toBe('past');
    expect(sentenceTense('The so-called coalition will meet.')).toBe('future');
  });
});

describe('round 51: days told in passing', () => {
  const asides = (sentence: string) =>
    extractDates(sentence, '2025-03-28').map((d) => [d.text, d.date, !!d.aside]);
  it('"the latest gathering since a summit in London on March 2" looks back (two layouts); must not: a summit on March 2', () => {
    expect(
      asides(
        'Macron spoke after hosting leaders in Paris, the latest gathering since a summit in London on March 2.',
      ),
    ).toEqual([['on March 2', '2025-03-02', true]]);
    expect(asides('It was their first meeting since the row in the Oval Office on Friday.')).toEqual([
      ['on Friday', '2025-03-28', true],
    ]);
    expect(asides('Leaders met at a summit in London on March 2.')).toEqual([
      ['on March 2', '2025-03-02', false],
    ]);
  });

  it('"Macron, whose state visit began on Tuesday, co-chaired the call" tells that day in passing (two layouts); must not: a "who" clause, or speech after it', () => {
    expect(
      asides('Macron, whose three-day state visit to Britain began on Tuesday, co-chaired the video call.'),
    ).toEqual([['on Tuesday', '2025-03-25', true]]);
    expect(
      asides('Trump, whose talks with Putin ended on Friday, broke off the meeting to phone him.'),
    ).toEqual([['on Friday', '2025-03-28', true]]);
    expect(asides('Zelensky, who arrived in Paris on Wednesday evening, held talks with Macron.')).toEqual([
      ['on Wednesday evening', '2025-03-26', false],
    ]);
    expect(asides('Macron, whose summit ended on Tuesday, said the force was ready.')).toEqual([
      ['on Tuesday', '2025-03-25', false],
    ]);
  });
});

describe('round 54: when something the sentence names began, told in passing', () => {
  const asides = (sentence: string) =>
    extractDates(sentence, '2025-07-11').map((d) => [d.text, d.date, !!d.aside]);
  it('"…, which began on Tuesday" (two layouts); must not: "talks began on Tuesday"', () => {
    expect(
      asides(
        'They announced it on Thursday at the end of Macron’s state visit to Britain, which began on Tuesday.',
      ),
    ).toEqual([
      ['on Thursday', '2025-07-10', false],
      ['on Tuesday', '2025-07-08', true],
    ]);
    expect(asides('Leaders met in Rome for the recovery conference, which opened on Wednesday.')).toEqual([
      ['on Wednesday', '2025-07-09', true],
    ]);
    expect(asides('Talks began on Tuesday in Rome.')).toEqual([['on Tuesday', '2025-07-08', false]]);
  });
});

describe('round 64: "in the new year"', () => {
  it('said late in a year is the next January, ahead (two layouts); must not: said in spring', () => {
    expect(
      extractDates('Coalition leaders are expected to meet again early in the new year.', '2025-12-16'),
    ).toEqual([
      expect.objectContaining({
        date: '2026-01-01',
        precision: 'month',
        endDate: '2026-01-31',
        future: true,
      }),
    ]);
    expect(
      extractDates('He said talks on the guarantees would resume in the new year.', '2025-11-03').map(
        (d) => d.date,
      ),
    ).toEqual(['2026-01-01']);
    expect(extractDates('Talks will resume in the new year.', '2025-03-16')).toEqual([]);
  });
});

describe('round 68: a day a comparison looks back to', () => {
  it('"warmer than during his Oval Office visit in February" is told in passing (two layouts); must not: "more than a dozen leaders … on Sunday"', () => {
    const aside = (s: string) => extractDates(s, '2025-08-22').map((d) => [d.text, !!d.aside]);
    expect(
      aside(
        'Inside the East Room, the mood was warmer than during his stormy Oval Office visit in February.',
      ),
    ).toEqual([['in February', true]]);
    expect(aside('Turnout was lower than at the last election on Sunday, officials said.')).toEqual([
      ['on Sunday', true],
    ]);
    expect(aside('Starmer hosted more than a dozen leaders at Lancaster House on Sunday.')).toEqual([
      ['on Sunday', false],
    ]);
  });
});

describe('round 68: what the subject said on another day, in a "who" clause', () => {
  it('"Starmer, who wrote … on Sunday that …, told reporters …" tells Sunday in passing (two layouts); must not: a "who" clause of the scene', () => {
    const aside = (s: string) => extractDates(s, '2025-02-18').map((d) => [d.text, !!d.aside]);
    expect(
      aside(
        'British Prime Minister Keir Starmer, who wrote in a London newspaper on Sunday that he was ready to put troops “on the ground”, told reporters after the meeting that a backstop was vital.',
      ),
    ).toEqual([['on Sunday', true]]);
    expect(
      aside(
        'Tusk, who said on Friday that Poland would not send soldiers, added after the talks that Warsaw would help with logistics.',
      ),
    ).toEqual([['on Friday', true]]);
    expect(aside('Zelensky, who arrived in Paris on Wednesday evening, held talks with Macron.')).toEqual([
      ['on Wednesday evening', false],
    ]);
    expect(aside('Tusk, who said on Friday that Poland would not send soldiers, flew to Paris.')).toEqual([
      ['on Friday', false],
    ]);
  });
});

describe('rounds 67 and 69: a day of something named in passing', () => {
  it('"the security guarantees discussed in Paris on Thursday" is behind and in passing (two layouts); must not: a passive, or an interview published', () => {
    const found = (s: string) =>
      extractDates(s, '2025-09-05').map((d) => [d.text, d.date, d.future, !!d.aside]);
    expect(
      found(
        'Hungary will not contribute to the security guarantees discussed in Paris on Thursday, Foreign Minister Péter Szijjártó said on Friday.',
      ),
    ).toEqual([
      ['on Thursday', '2025-09-04', false, true],
      ['on Friday', '2025-09-05', false, false],
    ]);
    expect(found('Leaders will review the plan drawn up in London on Thursday.')).toEqual([
      ['on Thursday', '2025-09-04', false, true],
    ]);
    expect(found('He said the troops will be deployed on Monday.')).toEqual([
      ['on Monday', '2025-09-08', true, false],
    ]);
    expect(found('Macron said in an interview published on Thursday that a truce could come first.')).toEqual(
      [['on Thursday', '2025-09-04', false, false]],
    );
  });

  it('"… since Sir Keir Starmer hosted European leaders at Lancaster House on March 2" is in passing (two layouts); must not: "since" as a cause', () => {
    const aside = (s: string) => extractDates(s, '2025-04-11').map((d) => [d.text, !!d.aside]);
    expect(
      aside(
        'Healey chaired the session, the latest in a string of meetings since Sir Keir Starmer hosted European leaders at Lancaster House on March 2.',
      ),
    ).toEqual([['on March 2', true]]);
    expect(aside('It was their first call since Mr Trump met Putin in Alaska on August 15.')).toEqual([
      ['on August 15', true],
    ]);
    expect(aside('Healey met Lecornu in Brussels on Thursday, since Nato hosted the talks.')).toEqual([
      ['on Thursday', false],
    ]);
  });
});

describe('round 77: a present in a relative clause is no plan', () => {
  it('"…, which he co-chairs with Starmer, Macron said …" is told in the past (two layouts); must not: "who faces an election on Sunday", still ahead', () => {
    expect(
      sentenceTense(
        'Speaking after a meeting of the coalition, which he co-chairs with Keir Starmer, Macron said the force would not be deployed.',
      ),
    ).toBe('past');
    expect(sentenceTense('The group, which she heads with two deputies, met in Brussels.')).toBe('past');
    const faces = extractDates(
      'Olaf Scholz, who faces an election on Sunday, called the debate premature.',
      '2025-02-18',
    );
    expect(faces.map((d) => [d.date, d.future])).toEqual([['2025-02-23', true]]);
  });
});

describe('dev-set review after round 81: a "who" clause that closes the sentence', () => {
  const asides = (sentence: string) =>
    extractDates(sentence, '2025-09-05').map((d) => [d.text, d.date, !!d.aside]);
  it('"… held a call with Trump, who last month promised help" tells that month in passing (two layouts); must not: a "who" clause the sentence goes on after, or a day of the main clause', () => {
    expect(
      asides(
        'After the meeting, leaders held a call with US President Donald Trump, who last month promised American help with security guarantees.',
      ),
    ).toEqual([['last month', '2025-08-01', true]]);
    expect(
      asides(
        'The leaders then spoke by phone with Donald Trump, who has ruled out US ground troops but said last month that Europe would be the first line of defence.',
      ),
    ).toEqual([['last month', '2025-08-01', true]]);
    expect(asides('Zelensky, who arrived in Paris on Wednesday evening, held talks with Macron.')).toEqual([
      ['on Wednesday evening', '2025-09-03', false],
    ]);
    expect(asides('Leaders held a call with Trump on Thursday, who thanked them.')).toEqual([
      ['on Thursday', '2025-09-04', false],
    ]);
  });
});

describe('rounds 82–84: "since leaders first gathered in London on March 2"', () => {
  const asides = (sentence: string) =>
    extractDates(sentence, '2025-04-11').map((d) => [d.text, d.date, !!d.aside]);
  it('a group’s first gathering counted from is told in passing (two layouts); must not: the group’s gathering itself', () => {
    expect(
      asides(
        'The talks were the latest meeting of the coalition since leaders first gathered in London on March 2.',
      ),
    ).toEqual([['on March 2', '2025-03-02', true]]);
    expect(asides('It was the fourth session since ministers met in Paris on March 27.')).toEqual([
      ['on March 27', '2025-03-27', true],
    ]);
    expect(asides('Leaders first gathered in London on March 2.')).toEqual([
      ['on March 2', '2025-03-02', false],
    ]);
  });
});

describe('rounds 82–84: what something follows, and a day told by who announced it', () => {
  const days = (sentence: string, pub = '2025-08-19') =>
    extractDates(sentence, pub).map((d) => [d.text, d.date, !!d.aside]);
  it('"The effort follows Trump’s meeting with Putin in Alaska on Friday" is the Friday before (two layouts); must not: "will be followed by" a gathering', () => {
    expect(
      days(
        'The effort follows Trump’s meeting with Putin in Alaska on Friday, which ended without a ceasefire.',
      ),
    ).toEqual([['on Friday', '2025-08-15', false]]);
    expect(days('The talks came two days after a phone call between the two leaders on Sunday.')).toEqual([
      ['on Sunday', '2025-08-17', false],
    ]);
    expect(days('This will be followed by a European Council gathering EU leaders on Friday.')[0]?.[1]).toBe(
      '2025-08-22',
    );
  });
  it('"… the truce announced by the White House on Tuesday" tells that day in passing (two layouts); must not: the announcement itself', () => {
    expect(
      days(
        'Leaders agreed that sanctions should stay, rejecting a condition for the Black Sea truce announced by the White House on Tuesday.',
        '2025-03-28',
      ),
    ).toEqual([['on Tuesday', '2025-03-25', true]]);
    expect(days('Allies backed the plan drawn up by Britain and France on Monday.', '2025-03-28')).toEqual([
      ['on Monday', '2025-03-24', true],
    ]);
    expect(days('The White House announced the truce on Tuesday.', '2025-03-28')).toEqual([
      ['on Tuesday', '2025-03-25', false],
    ]);
  });
});

describe('rounds 88–91: a wire’s filing day, a "who" clause between dashes', () => {
  const days = (sentence: string, pub = '2025-08-20') =>
    extractDates(sentence, pub).map((d) => [d.text, d.date, !!d.aside]);
  it('the day a wire filed a lead is not when its own weekday says it happened (two layouts); must not: the filing day alone', () => {
    expect(
      days(
        'WASHINGTON, Aug 20, (AP): President Donald Trump said Tuesday that American ground troops would not be sent.',
      ),
    ).toEqual([['Tuesday', '2025-08-19', false]]);
    expect(
      days(
        'PARIS, Aug. 20 (Reuters) - French President Emmanuel Macron said on Monday the force was ready.',
      ).map((d) => d[1]),
    ).toEqual(['2025-08-18']);
    expect(days('KYIV, Aug 20 (AFP) - Ukraine welcomed the pledges.').map((d) => d[1])).toEqual([
      '2025-08-20',
    ]);
  });
  it('a day in a "who" clause between dashes is told in passing (two layouts); must not: a dash aside with no "who"', () => {
    expect(
      days(
        'Tusk, Macron, Starmer and Friedrich Merz – who was sworn in as German chancellor only on Tuesday – arrived together on an overnight train.',
        '2025-05-12',
      ),
    ).toEqual([['on Tuesday', '2025-05-06', true]]);
    expect(
      days(
        'The ministers — whose talks began on Monday — agreed a plan for the force.',
        '2025-05-12',
      )[0]?.[2],
    ).toBe(true);
    expect(
      days('The ministers – meeting again on Monday – agreed a plan for the force.', '2025-05-12')[0]?.[2],
    ).toBe(false);
  });
});

describe('rounds 92–95: a dateline with its date and no agency', () => {
  it('"ZAGREB, 20 August 2025 - … said on Tuesday" is Tuesday (two layouts); must not: the dateline alone', () => {
    const days = (s: string) => extractDates(s, '2025-08-20').map((d) => d.date);
    expect(
      days('ZAGREB, 20 August 2025 - Croatia will not send soldiers, Andrej Plenković said on Tuesday.'),
    ).toEqual(['2025-08-19']);
    expect(days('VILNIUS, Aug 20 – Lithuania is ready, President Gitanas Nausėda said on Monday.')).toEqual([
      '2025-08-18',
    ]);
    expect(days('ZAGREB, 20 August 2025 - Croatia will not send soldiers.')).toEqual(['2025-08-20']);
  });
});

describe('round 93: "overnight" beside the day it ended on', () => {
  it('"travelled overnight … on Friday" is Friday alone (two layouts); must not: overnight alone, or beside a plan', () => {
    const days = (s: string) => extractDates(s, '2025-05-11').map((d) => d.date);
    expect(days('The Prime Minister travelled overnight by train to Kyiv on Friday with Macron.')).toEqual([
      '2025-05-09',
    ]);
    expect(days('Leaders drove overnight to the border on Saturday.')).toEqual(['2025-05-10']);
    expect(days('Russia launched drones overnight, officials said.')).toEqual(['2025-05-11']);
    expect(
      days(
        'Vladimir Putin proposed overnight that Russia and Ukraine hold direct talks in Istanbul on Thursday.',
      ),
    ).toEqual(['2025-05-11', '2025-05-15']);
  });
});

describe('round 94: a weekday with its date after it', () => {
  it('"on Sunday, May 18" is May 18 alone, whichever Sunday the tense suggests (two layouts); must not: a weekday alone', () => {
    const days = (s: string) => extractDates(s, '2025-05-12').map((d) => d.date);
    expect(
      days('Voters go to the polls on Sunday, May 18, for the third general election since 2022.'),
    ).toEqual(['2025-05-18']);
    expect(days('Leaders met on Saturday, 10 May 2025, in Kyiv.')).toEqual(['2025-05-10']);
    expect(days('Leaders met on Saturday and talked again on Sunday.')).toEqual(['2025-05-10', '2025-05-11']);
  });
});

describe('round 94: a gathering offered after a colon', () => {
  it('"an offer of his own: direct talks … on Thursday" is ahead (two layouts); must not: what happened after a colon', () => {
    const days = (s: string) => extractDates(s, '2025-05-12').map((d) => [d.date, d.future]);
    expect(
      days(
        'Vladimir Putin answered the ultimatum on Sunday with an offer of his own: direct talks with Ukraine in Istanbul on Thursday.',
      ),
    ).toEqual([
      ['2025-05-11', false],
      ['2025-05-15', true],
    ]);
    expect(days('Zelensky made a proposal: a meeting with Putin in Turkey on Thursday.')[0]?.[0]).toBe(
      '2025-05-15',
    );
    expect(days('The result was plain: talks in Istanbul on Thursday ended without a deal.')[0]?.[0]).toBe(
      '2025-05-08',
    );
  });
});

describe('round 102: two-digit years with a time, a vote on Sunday ahead', () => {
  it('reads "Posted on 19.08.25 – 13:05" (two layouts); must not: a dotted number with no time', () => {
    expect(parseDateLine('Posted on 19.08.25 – 13:05')?.date).toBe('2025-08-19');
    expect(parseDateLine('Updated on 19.08.25 14:40')?.method).toBe('updated-line');
    expect(parseDateLine('1.5.25 mg')).toBeNull();
  });
  it('"Germans go to the polls on Sunday" is the Sunday ahead (two layouts); must not: went to the polls', () => {
    const days = (s: string) => extractDates(s, '2025-02-19').map((d) => d.date);
    expect(days('Germans go to the polls on Sunday, and the Social Democrats trail.')).toEqual([
      '2025-02-23',
    ]);
    expect(days('Poland goes to the polls on Sunday.')).toEqual(['2025-02-23']);
    expect(days('Germans went to the polls on Sunday.')).toEqual(['2025-02-16']);
  });
});

describe('round 100: "Germans vote … on Sunday"', () => {
  it('is the Sunday ahead (two layouts); must not: voted', () => {
    const days = (s: string) => extractDates(s, '2025-02-18').map((d) => d.date);
    expect(days('Germans vote in a national election on Sunday.')).toEqual(['2025-02-23']);
    expect(days('Poles vote in the presidential election on Sunday, May 18.')).toEqual(['2025-05-18']);
    expect(days('Germans voted in a national election on Sunday.')).toEqual(['2025-02-16']);
  });
});

describe('rounds 124–127: the day of a saying in the past', () => {
  it('"…, telling reporters in February that Ukraine would be protected" is February past (two layouts); must not: a saying still to come', () => {
    expect(
      extractDates(
        'Trump has argued that an American presence would deter Russia, telling reporters in February that Ukraine would be protected.',
        '2025-05-01',
      )[0],
    ).toMatchObject({ date: '2025-02-01', future: false });
    expect(extractDates('Macron will travel to Kyiv, he said on Tuesday.', '2025-05-01')[0]).toMatchObject({
      date: '2025-04-29',
      future: false,
    });
    expect(
      extractDates('Starmer is expected to say on Monday that Britain will help.', '2025-05-01')[0],
    ).toMatchObject({ date: '2025-05-05', future: true });
  });
});

describe('rounds 140–143: a clause of time, "following …", a wire’s slug', () => {
  const at = (pub: string, text: string) => extractDates(text, pub).map((d) => [d.text, d.date]);
  it('a present clause of time after a past verb looks ahead: "pressed Trump on Wednesday … when he meets Putin … on Friday" (two layouts); must not: "when he met"', () => {
    expect(
      at(
        '2025-08-14',
        'European leaders pressed Trump on Wednesday to insist on guarantees when he meets Putin in Anchorage on Friday.',
      ),
    ).toEqual([
      ['on Wednesday', '2025-08-13'],
      ['on Friday', '2025-08-15'],
    ]);
    expect(
      at(
        '2025-03-04',
        'Zelensky asked allies for air defence once the coalition meets in Paris on Thursday.',
      ),
    ).toEqual([['on Thursday', '2025-03-06']]);
    expect(at('2025-08-20', 'Leaders spoke to Trump when he met Putin in Anchorage on Friday.')).toEqual([
      ['on Friday', '2025-08-15'],
    ]);
  });
  it('"… later on Tuesday, following a day of talks at the White House on Monday": the Monday is behind (two layouts)', () => {
    expect(
      at(
        '2025-08-19',
        'Starmer is due to co-host a call later on Tuesday, following a day of talks at the White House on Monday.',
      ),
    ).toEqual([
      ['on Tuesday', '2025-08-19'],
      ['on Monday', '2025-08-18'],
    ]);
    expect(
      at('2025-03-04', 'Macron will fly to London on Thursday, following talks with Merz on Monday.'),
    ).toEqual([
      ['on Thursday', '2025-03-06'],
      ['on Monday', '2025-03-03'],
    ]);
  });
  it('"Chisinau, 11 April /MOLDPRES/ - … met … on Thursday" is Thursday’s, not the filing day’s (two layouts); must not: a lead with one date', () => {
    expect(
      at('2025-04-11', 'Chisinau, 11 April /MOLDPRES/ - Defence ministers met in Brussels on Thursday.'),
    ).toEqual([['on Thursday', '2025-04-10']]);
    expect(
      at(
        '2025-09-05',
        'VLADIVOSTOK, September 5 /TASS/ - Putin warned on Friday that troops would be targets.',
      ),
    ).toEqual([['on Friday', '2025-09-05']]);
    expect(at('2025-04-11', 'Chisinau, 11 April /MOLDPRES/ - Defence ministers met in Brussels.')).toEqual([
      ['11 April', '2025-04-11'],
    ]);
  });
});

describe('rounds 144–147: what a meeting was for is no future of the meeting', () => {
  it('"… met … on Thursday, March 20, to begin drawing up plans" is past (two layouts); must not: "is to begin on Monday"', () => {
    const at = (pub: string, text: string) => extractDates(text, pub).map((d) => [d.date, d.future]);
    expect(
      at(
        '2025-03-21',
        'Officers met at Northwood on Thursday, March 20, to begin drawing up plans for a force.',
      ),
    ).toEqual([['2025-03-20', false]]);
    expect(
      at(
        '2025-04-11',
        'Ministers gathered in Brussels on April 10, in order to settle the size of the force.',
      ),
    ).toEqual([['2025-04-10', false]]);
    expect(at('2025-03-21', 'The mission is to begin on Monday, officials said.')).toEqual([
      ['2025-03-24', true],
    ]);
  });
});

describe('rounds 148–151: what is proposed, expected or could start looks ahead; a participle before "due to" is no past', () => {
  const at = (pub: string, text: string) => extractDates(text, pub).map((d) => [d.text, d.date]);
  it.each([
    [
      '2025-05-11',
      'Putin responded early on Sunday, ignoring the ultimatum and proposing direct talks between Russia and Ukraine in Istanbul on Thursday.',
      'on Thursday',
      '2025-05-15',
    ],
    [
      '2025-05-11',
      'Putin said the talks could start on Thursday without preconditions.',
      'on Thursday',
      '2025-05-15',
    ],
    [
      '2025-03-17',
      'Trump told reporters aboard Air Force One on Sunday that he expected to speak to Putin on Tuesday.',
      'on Tuesday',
      '2025-03-18',
    ],
    [
      '2025-03-17',
      'Starmer told the leaders on Saturday that planning would move on, with military chiefs from the countries involved due to meet in Britain on Thursday.',
      'on Thursday',
      '2025-03-20',
    ],
  ])('%s: %s', (pub, text, date, want) => {
    expect(at(pub, text)).toContainEqual([date, want]);
  });
  it('must not: a truce offered on a day, what could not be agreed on one', () => {
    expect(at('2025-05-11', 'Putin offered a truce on Thursday, officials said.')).toEqual([
      ['on Thursday', '2025-05-08'],
    ]);
    expect(at('2025-05-11', 'The leaders could not agree on Thursday.')).toEqual([
      ['on Thursday', '2025-05-08'],
    ]);
  });
});

describe('review of rounds 140–155: what the new tense rules must not take', () => {
  const at = (text: string) => extractDates(text, '2025-08-13').map((d) => [d.text, d.date]);
  it.each([
    [
      'Denmark approved sending troops to a future mission after a vote in parliament on Tuesday.',
      'on Tuesday',
      '2025-08-12',
    ],
    [
      "Zelensky's office issued a statement calling for talks as Russian drones hit Kyiv on Monday.",
      'on Monday',
      '2025-08-11',
    ],
    ['Zelensky offered a visit after Russian missiles struck Kyiv on Monday.', 'on Monday', '2025-08-11'],
    [
      'Starmer will host leaders in London following the summit in Alaska on Friday.',
      'on Friday',
      '2025-08-15',
    ],
    [
      'Leaders will announce the following measures at the summit in Paris on Thursday.',
      'on Thursday',
      '2025-08-14',
    ],
    [
      'He has postponed a planned visit to Saudi Arabia until next month and is due in Ankara on Wednesday.',
      'on Wednesday',
      '2025-08-13',
    ],
  ])('%s', (text, date, want) => expect(at(text)).toContainEqual([date, want]));
});

describe('round 182: a participle of speech goes with the subject who speaks, not the clause reported', () => {
  const at = (text: string) => extractDates(text, '2025-05-01').map((d) => [d.text, d.date]);
  it.each([
    [
      'Trump has argued that an American presence would make guarantees unnecessary, describing the deal to reporters in February as “the best backstop”.',
      'in February',
      '2025-02-01',
    ],
    [
      'Macron said that Europe would have to act alone, telling students in Lyon in January that the force was ready.',
      'in January',
      '2025-01-01',
    ],
    // must not: a participle of time belongs to what was reported.
    [
      'Officials said that the force would deploy in stages, starting in February.',
      'in February',
      '2026-02-01',
    ],
    [
      'Officials said that the force would deploy in stages, saying it would begin in February.',
      'in February',
      '2026-02-01',
    ],
  ])('%s', (text, date, want) => expect(at(text)).toContainEqual([date, want]));
});

describe('review: what is planned, prepared, proposed or begun stays in its own clause', () => {
  const at = (text: string) => extractDates(text, '2025-03-12').map((d) => [d.text, d.date]);
  it.each([
    // must not: a participle set off by commas ends before the reporting verb.
    [
      'Saudi officials, preparing to host the talks, said on Monday that both delegations had arrived.',
      'on Monday',
      '2025-03-10',
    ],
    ['US and Russian officials prepared to meet in Saudi Arabia on Tuesday.', 'on Tuesday', '2025-03-18'],
    // must not: a meeting someone planned and held.
    ['Witkoff, who planned the meeting in Riyadh on Monday, said it went well.', 'on Monday', '2025-03-10'],
    ['Macron planned a second, wider meeting on Monday.', 'on Monday', '2025-03-17'],
    // must not: a span of a truce already behind.
    ['Inspectors logged 40 violations of the truce from Monday to Wednesday.', 'from Monday', '2025-03-10'],
    ['Putin rejected the demand for a truce from Monday.', 'from Monday', '2025-03-17'],
    // must not: insisting on what happened.
    [
      'Moscow insisted that its forces struck only military targets in Kharkiv on Monday.',
      'on Monday',
      '2025-03-10',
    ],
    ['Macron insisted that talks begin on Monday.', 'on Monday', '2025-03-17'],
  ])('%s', (text, date, want) => expect(at(text)).toContainEqual([date, want]));
});

describe('review: "since" a name’s possessive is told in passing, a common noun’s is not', () => {
  const aside = (text: string) => extractDates(text, '2025-03-12').map((d) => [d.text, !!d.aside]);
  it('"Since Zelensky\'s visit to Washington on Friday, …" and "since the summit in Paris on Monday" are asides (two layouts); must not: "since parliament\'s session on Monday ran late"', () => {
    expect(aside("Since Zelensky's visit to Washington on Friday, aid has been frozen.")).toEqual([
      ['on Friday', true],
    ]);
    expect(aside('Aid has been frozen since the summit in Paris on Monday.')).toEqual([['on Monday', true]]);
    expect(aside("The vote was delayed, since parliament's session on Monday ran late.")).toEqual([
      ['on Monday', false],
    ]);
  });
});

describe('second review: participles of speech, proposals and "since The …"', () => {
  const at = (text: string) => extractDates(text, '2025-03-12').map((d) => [d.text, d.date]);
  it.each([
    // must not: a gathering the participle names has its own tense.
    [
      'Zelensky said that he would travel to Washington, calling the meeting with Trump on Friday decisive.',
      'on Friday',
      '2025-03-14',
    ],
    // must not: a past verb in a relative clause inside what is proposed.
    [
      'Macron suggested that ministers who attended the Paris talks reconvene in Brussels on Thursday.',
      'on Thursday',
      '2025-03-13',
    ],
    ['Kyiv insisted that the prisoners Russia captured be exchanged on Friday.', 'on Friday', '2025-03-14'],
  ])('%s', (text, date, want) => expect(at(text)).toContainEqual([date, want]));
  it('"since The Hague summit on June 25" is told in passing', () => {
    expect(
      extractDates('Allies have met three times since The Hague summit on June 25.', '2025-07-12').map(
        (d) => !!d.aside,
      ),
    ).toEqual([true]);
  });
});

describe('rounds 204–207: a short relative clause running up to the date tells its own tense', () => {
  const at = (text: string, pub: string) => extractDates(text, pub).map((d) => [d.text, d.date]);
  it.each([
    [
      "Macron's office said he would hold a second meeting Wednesday with leaders who were not invited to Monday's talks.",
      '2025-02-18',
      "Monday's",
      '2025-02-17',
    ],
    [
      'Starmer will host the ministers who met Rubio on Thursday at Chequers next month.',
      '2025-03-15',
      'on Thursday',
      '2025-03-13',
    ],
    // must not: a relative clause about what is ahead stays ahead, and a long one may end before the main verb.
    [
      'The plan was drafted by officials who will meet again on Friday.',
      '2025-03-12',
      'on Friday',
      '2025-03-14',
    ],
    [
      'Macron suggested that ministers who attended the Paris talks reconvene in Brussels on Thursday.',
      '2025-03-12',
      'on Thursday',
      '2025-03-13',
    ],
  ])('%s', (text, pub, date, want) => expect(at(text, pub)).toContainEqual([date, want]));
});

describe('rounds 204–207: "since doing … in January" is told in passing', () => {
  const asides = (text: string) => extractDates(text, '2025-10-25').map((d) => [d.text, !!d.aside]);
  it('a gerund after "since" looks back (two layouts); must not: "after returning … on Monday"', () => {
    expect(
      asides(
        'On Wednesday, the US Treasury announced sanctions on Rosneft and Lukoil, the first major measures Mr Trump has taken against Russia since returning to the White House in January.',
      ),
    ).toEqual([
      ['On Wednesday', false],
      ['in January', true],
    ]);
    expect(asides('It is his third visit to Kyiv since taking office in July 2024.')).toEqual([
      ['in July 2024', true],
    ]);
    expect(asides('After returning to Kyiv on Monday, Zelensky met his generals.')).toEqual([
      ['on Monday', false],
    ]);
  });
});

describe('rounds 208–211: what an offer or a call is for is still ahead', () => {
  const at = (text: string) => extractDates(text, '2025-05-12').map((d) => [d.text, d.date]);
  it.each([
    [
      'Putin answered early Sunday with an offer of direct talks between Russia and Ukraine in Istanbul on Thursday.',
      'on Thursday',
      '2025-05-15',
    ],
    ['On Monday, Macron renewed his call for talks in Geneva on Friday.', 'on Friday', '2025-05-16'],
    // must not (review): with no day of its own for the renewing, the day is the renewing's.
    ['Zelensky renewed his call for a full ceasefire on Sunday, officials said.', 'on Sunday', '2025-05-11'],
    ['Hungary blocked the proposal for new sanctions on Friday, diplomats said.', 'on Friday', '2025-05-09'],
    // must not: a video call of the coalition on a day is that day's; an offer carried somewhere is the carrying.
    ['Starmer chaired a video call of the coalition of the willing on Sunday.', 'on Sunday', '2025-05-11'],
    ['The minister carried the offer to Brussels on Thursday.', 'on Thursday', '2025-05-08'],
  ])('%s', (text, date, want) => expect(at(text)).toContainEqual([date, want]));
});

describe('rounds 208–211: the next summit is ahead', () => {
  it.each([
    ['They agreed to return to the issue at their next summit in December.', 'in December', '2025-12-01'],
    ['Leaders agreed the plan ahead of the next meeting in Paris on Thursday.', 'on Thursday', '2025-10-30'],
    // must not: a meeting held on a day, whatever the sentence looks ahead to.
    ['They met in London on Thursday and agreed to meet again next month.', 'on Thursday', '2025-10-23'],
  ])('%s', (text, date, want) =>
    expect(extractDates(text, '2025-10-24').map((d) => [d.text, d.date])).toContainEqual([date, want]),
  );
});

describe('review of rounds 204–223: a relative clause that ends before the date, a next meeting in the past', () => {
  const at = (text: string) => extractDates(text, '2025-08-20').map((d) => [d.text, d.date]);
  it.each([
    ['Diplomats who attended said talks would resume on Friday.', 'on Friday', '2025-08-22'],
    ['The issue was raised again at the next meeting on Monday.', 'on Monday', '2025-08-18'],
    ['Putin rejected the offer of talks in Istanbul on Monday, the Kremlin said.', 'on Monday', '2025-08-18'],
  ])('%s', (text, date, want) => expect(at(text)).toContainEqual([date, want]));
});

describe('rounds 296–303: a weekday naming one occasion, a day the scene came after', () => {
  it.each([
    [
      'LONDON — European leaders left a Sunday summit in London pledging to draft a plan.',
      'Sunday',
      '2025-03-02',
    ],
    ['Starmer briefed MPs on the Thursday meeting in Paris.', 'Thursday', '2025-02-27'],
  ])('"%s" is dated by its weekday', (sentence, text, date) => {
    expect(simple(sentence, '2025-03-03')).toEqual([[text, date, 'day']]);
  });
  it.each([
    ['Veterans meet every Sunday morning at the hall.'],
    ['It was a Monday like any other for the crews in Kramatorsk.'],
    ['The talks are held on a Thursday each month.'],
  ])('must not: "%s" has no date', (sentence) => {
    expect(simple(sentence, '2025-03-03')).toEqual([]);
  });
  it('"is meeting Zelensky three days after his summit with Putin on Friday" is the Friday gone by (two layouts); must not: "on Friday" ahead', () => {
    expect(
      simple(
        'Right now at the White House, Trump is meeting Zelensky, three days after his summit with Putin in Alaska on Friday.',
        '2025-08-18',
      ),
    ).toEqual([['on Friday', '2025-08-15', 'day']]);
    expect(
      simple('Leaders will gather in Paris, two weeks after the London talks on Sunday.', '2025-03-03'),
    ).toEqual([['on Sunday', '2025-03-02', 'day']]);
    expect(simple('Trump is meeting Zelensky on Friday at the White House.', '2025-08-18')).toEqual([
      ['on Friday', '2025-08-22', 'day'],
    ]);
  });
  it('"Aired August 18, 2025 - 15:00 ET" and "Broadcast on 3 March 2025" are date lines; must not: a sentence about broadcasting', () => {
    expect(parseDateLine('Aired August 18, 2025 - 15:00   ET')?.date).toBe('2025-08-18');
    expect(parseDateLine('Broadcast on 3 March 2025')?.date).toBe('2025-03-03');
    expect(parseDateLine('Broadcast news is changing fast in 2025')).toBeNull();
  });
});

describe('rounds 320–327: "the coalition of the willing met … on Thursday" is the sentence\'s own day', () => {
  const aside = (sentence: string) => extractDates(sentence, '2025-09-08')[0]?.aside ?? false;
  it('a noun phrase that opens the sentence or its "when" clause, its verb and the day (two layouts)', () => {
    expect(aside('The coalition of the willing met in Paris on Thursday.')).toBe(false);
    expect(
      aside('When the coalition of the willing met in Paris on Thursday, Macron announced a plan.'),
    ).toBe(false);
  });
  it('must not: a participle in passing ("the guarantees discussed in Paris on Thursday"), or what a sentence came after', () => {
    expect(
      aside('Britain will not contribute to the security guarantees discussed in Paris on Thursday.'),
    ).toBe(true);
    expect(aside('The talks came after the leaders met in Paris on Thursday.')).toBe(true);
  });
});

describe('rounds 320–327: date lines of blogs, weeklies and Future plc pages', () => {
  it.each([
    ['By Arthur Penhaligon published 19 August 2025', '2025-08-19'],
    ['By Jo Lee, Staff writer last updated 3 March 2025', '2025-03-03'],
    ['SUGGESTED CITATION  Ebeling, Jonas: A Mandate Before the Mission, VerfBlog, 2025/9/08.', '2025-09-08'],
    ['Suggested citation: Ebeling, Jonas: A Mandate, VerfBlog, 8 September 2025.', '2025-09-08'],
    ['This article appeared in The Week Junior, issue 508, 5 September 2025.', '2025-09-05'],
  ])('"%s" is the page\'s date line', (line, date) => expect(parseDateLine(line)?.date).toBe(date));
  it('must not: a byline naming where it was published, a citation with no date at its end', () => {
    expect(parseDateLine('By Arthur Penhaligon published in The Times')).toBeNull();
    expect(
      parseDateLine('Suggested citation: Ebeling, Jonas: A Mandate Before the Mission, VerfBlog.'),
    ).toBeNull();
  });
});

describe('rounds 320–335: a plan that fell through ("was meant to begin on Monday")', () => {
  const found = (sentence: string) => extractDates(sentence, '2025-05-16')[0];
  it('"was meant to" and "was supposed to" put the day behind, in passing (two layouts)', () => {
    expect(found('The truce was meant to begin on Monday; the Kremlin ignored it.')).toMatchObject({
      date: '2025-05-12',
      aside: true,
    });
    expect(found('That ceasefire was supposed to begin on Monday; it did not.')?.date).toBe('2025-05-12');
  });
  it('must not: a plan still ahead ("were scheduled to meet on Wednesday", "is meant to begin on Monday")', () => {
    expect(found('Military chiefs were scheduled to meet on Wednesday to work on the options.')?.date).toBe(
      '2025-05-21',
    );
    expect(found('The truce is meant to begin on Monday.')?.date).toBe('2025-05-19');
  });
});

describe('rounds 352–359: what a clause is "ahead of", and "plans a …" (2025-02-17, a Monday)', () => {
  const found = (sentence: string) => extractDates(sentence, '2025-02-17')[0]?.date;
  it('"campaigning ahead of Sunday\'s federal election", "in the run-up to Thursday\'s summit" are ahead (two layouts); must not: "after Sunday\'s election"', () => {
    expect(
      found("Olaf Scholz, who is campaigning ahead of Sunday's federal election, said it was too early."),
    ).toBe('2025-02-23');
    expect(found("Diplomats spoke in the run-up to Thursday's summit in Brussels.")).toBe('2025-02-20');
    expect(found("Merz spoke after Sunday's federal election.")).toBe('2025-02-16');
  });
  it('"Macron plans a second round … on Wednesday" is ahead (two layouts); must not: "planned a round … on Wednesday"', () => {
    expect(found('Macron plans a second round with other EU and NATO partners on Wednesday.')).toBe(
      '2025-02-19',
    );
    expect(found('Starmer plans another call with leaders on Friday.')).toBe('2025-02-21');
    expect(found('Macron planned a second round with other partners on Wednesday.')).toBe('2025-02-12');
  });
});
