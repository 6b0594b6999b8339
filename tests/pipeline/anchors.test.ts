// @vitest-environment node
import { resolveAnchoredDates } from '../../src/pipeline/anchors';
import { extractDates } from '../../src/pipeline/dates';

/** The dates of each sentence once anchored dates are resolved, as [text, date] pairs. */
function dated(pub: string | null, ...texts: string[]): [string, string][][] {
  const sentences = texts.map((text) => ({ text, dates: extractDates(text, pub) }));
  resolveAnchoredDates(sentences, pub);
  return sentences.map((s) => s.dates.map((d) => [d.text, d.date]));
}

describe('dates relative to another date of the text', () => {
  it('"the day before" takes the day the same sentence set', () => {
    expect(
      dated(
        '2025-03-06',
        'Rutte said Thursday that he had discussed the plan with Trump by phone the day before.',
      ),
    ).toEqual([
      [
        ['Thursday', '2025-03-06'],
        ['the day before', '2025-03-05'],
      ],
    ]);
  });

  it('… or a sentence before it; "two days later", "the evening before", "earlier in the day"', () => {
    expect(
      dated(
        '2025-03-11',
        'Army chiefs met in Paris on Tuesday.',
        'Two days later, ministers met in London.',
        'The meeting followed talks between Macron and Starmer the evening before.',
        'Starmer had spoken to Zelensky earlier in the day.',
      ),
    ).toEqual([
      [['on Tuesday', '2025-03-11']],
      [['Two days later', '2025-03-13']],
      [['the evening before', '2025-03-12']],
      [['earlier in the day', '2025-03-12']],
    ]);
  });

  it('a past phrase goes on from the past the text tells, a future one from its plans', () => {
    expect(
      dated(
        '2025-03-02',
        'Leaders met in London on Sunday.',
        'Meloni will call Trump on Wednesday.',
        'Macron had discussed the idea with Zelensky the day before.',
        'Two days later, ministers will meet in Paris.',
      ),
    ).toEqual([
      [['on Sunday', '2025-03-02']],
      [['on Wednesday', '2025-03-05']],
      [['the day before', '2025-03-01']],
      [['Two days later', '2025-03-07']],
    ]);
  });

  it('with no date in reach, the publication day anchors it; with none at all, nothing', () => {
    expect(dated('2025-03-02', 'The idea was discussed with Zelensky the day before in a call.')).toEqual([
      [['the day before', '2025-03-01']],
    ]);
    expect(dated(null, 'The idea was discussed with Zelensky the day before in a call.')).toEqual([[]]);
  });

  it('"came two days after …" dates what it came after', () => {
    expect(dated('2025-03-02', 'The summit came two days after a tense meeting in the Oval Office.')).toEqual(
      [[['came two days after', '2025-02-28']]],
    );
  });

  it('"the day before and …" is resolved: "and" names nothing it is before', () => {
    expect(
      dated(
        '2025-03-02',
        'European leaders gathered in London this afternoon.',
        'Mr Starmer welcomed Mr Zelensky to Downing Street the day before and signed off on a loan.',
      ),
    ).toEqual([[['this afternoon', '2025-03-02']], [['the day before', '2025-03-01']]]);
  });

  it('"a week later" and "the week before", in two layouts; a week is never the anchor of a day', () => {
    expect(
      dated(
        '2025-04-14',
        'Macron convened an emergency meeting of European leaders in Paris on 17 February.',
        'A week later Macron flew to Washington.',
      ),
    ).toEqual([[['on 17 February', '2025-02-17']], [['A week later', '2025-02-24']]]);
    expect(
      dated(
        '2025-03-28',
        'Leaders met in Paris on Thursday.',
        'Military chiefs had met near London the week before to draw up options.',
        'Zelensky, who arrived in Paris the day before, said the plans lacked detail.',
      ),
    ).toEqual([
      [['on Thursday', '2025-03-27']],
      [['the week before', '2025-03-17']],
      [['the day before', '2025-03-26']],
    ]);
  });

  it('"… two days after <something>" dates the something from the sentence\'s own day, in two layouts', () => {
    expect(
      dated(
        '2025-03-02',
        'Leaders gathered in London this afternoon, two days after a bruising encounter in the Oval Office.',
      ),
    ).toEqual([
      [
        ['this afternoon', '2025-03-02'],
        ['two days after', '2025-02-28'],
      ],
    ]);
    expect(
      dated(
        '2025-05-10',
        'The leaders arrived in Kyiv by train on Saturday.',
        'The visit came the day after Russian President Vladimir Putin hosted a parade in Moscow.',
        'Starmer spoke to Trump the day before.',
      ),
    ).toEqual([
      [['on Saturday', '2025-05-10']],
      [['came the day after', '2025-05-09']],
      // What came before is an aside: the text goes on from Saturday.
      [['the day before', '2025-05-09']],
    ]);
  });

  it('"the day before the summit" counts from the gathering the lead dated (two layouts)', () => {
    expect(
      dated(
        '2025-04-11',
        'Defence ministers met at NATO headquarters in Brussels on Thursday.',
        "The day before the Brussels talks, Ukraine's deputy defence minister said Kyiv wanted air defence.",
      ),
    ).toEqual([[['on Thursday', '2025-04-10']], [['The day before', '2025-04-09']]]);
    expect(
      dated(
        '2025-03-03',
        'Starmer hosted 18 leaders at a summit in London on Sunday.',
        'Macron had told a newspaper the day before the summit that a truce was possible.',
      ),
    ).toEqual([[['on Sunday', '2025-03-02']], [['the day before', '2025-03-01']]]);
    // Must not: "on Sunday, the day before the summit," only restates the day it follows (two layouts).
    expect(
      dated(
        '2025-08-19',
        'Volodymyr Zelensky and seven European leaders held a summit with Trump at the White House on Monday.',
        'Coalition leaders had held a video call on Sunday, the day before the summit, to agree a common line.',
      ),
    ).toEqual([[['on Monday', '2025-08-18']], [['on Sunday', '2025-08-17']]]);
    expect(
      dated(
        '2025-03-03',
        'Starmer hosted 18 leaders at a summit in London on Sunday.',
        'Macron and Starmer met on 1 March, the day before the summit, at Downing Street.',
      ),
    ).toEqual([[['on Sunday', '2025-03-02']], [['on 1 March', '2025-03-01']]]);
    // A gathering the lead never dated leaves it unresolved.
    expect(dated('2025-03-03', 'Macron called Trump the day before the summit.')).toEqual([[]]);
  });

  it('"The summit came two days after …" counts from the summit; "It came …" from the day the text reached', () => {
    expect(
      dated(
        '2025-03-02',
        'Speaking after hosting European leaders in London on Sunday, the prime minister said a coalition would form.',
        'The PM said he had spoken to Trump on Saturday evening.',
        'The summit came two days after a tense Oval Office meeting.',
      )[2],
    ).toEqual([['came two days after', '2025-02-28']]);
    expect(
      dated(
        '2025-03-05',
        'Trump paused military aid to Kyiv on Monday.',
        'It came three days after the Oval Office row.',
      )[1],
    ).toEqual([['came three days after', '2025-02-28']]);
  });

  it('"four days before the trip" counts from the trip the lead dated', () => {
    expect(
      dated(
        '2025-05-11',
        'Four European leaders arrived in Kyiv by train on Saturday.',
        'Merz, who took office four days before the trip, said Europe stood ready.',
      )[1],
    ).toEqual([['four days before', '2025-05-06']]);
  });

  it('"came three days after …" with no day in reach counts from the publication day', () => {
    expect(
      dated(
        '2025-08-18',
        'Zelensky called the talks the best he had had, after their clash in February.',
        'The warning came three days after Trump met Putin in Anchorage.',
      ),
    ).toEqual([[['in February', '2025-02-01']], [['came three days after', '2025-08-15']]]);
  });

  it('"a day after hosting …" names what it is after: counted back from the text\'s day, never forward', () => {
    expect(
      dated(
        '2025-08-19',
        'Trump told a morning programme that Europe would lead, a day after hosting Zelensky.',
      ),
    ).toEqual([[['a day after', '2025-08-18']]]);
  });

  it('not resolved: "after <something>" with the day given after it, or vaguely', () => {
    expect(dated('2025-03-02', 'Leaders will meet two days after the summit on Sunday.')).toEqual([
      [['on Sunday', '2025-03-02']],
    ]);
    expect(dated('2025-03-02', 'In the days after the summit, officials drafted a plan.')).toEqual([[]]);
  });

  it('not resolved: before what the text names, or after a coarser date', () => {
    expect(dated('2025-03-02', 'Macron called Trump the day before the summit.')).toEqual([[]]);
    expect(
      dated(
        '2025-03-05',
        'The idea took shape at the summit last week.',
        'The following day, Starmer told parliament.',
      ),
    ).toEqual([[['last week', '2025-02-24']], []]);
    expect(dated('2025-03-05', 'Leaders met for two days in Paris.')).toEqual([[]]);
  });
});

describe('what "a day after" names (round 13)', () => {
  it('a count after it is what came before ("a day after 26 countries signed up"), in two layouts', () => {
    expect(
      dated(
        '2025-09-06',
        'Putin warned on Friday that troops would be targets, a day after 26 countries signed up to the force.',
      ),
    ).toEqual([
      [
        ['on Friday', '2025-09-05'],
        ['a day after', '2025-09-04'],
      ],
    ]);
    expect(
      dated('2025-03-04', 'Ministers met on Monday, two days after 18 leaders gathered in London.'),
    ).toEqual([
      [
        ['on Monday', '2025-03-03'],
        ['two days after', '2025-03-01'],
      ],
    ]);
  });

  it('must not: a condition ("the day after a ceasefire takes effect") is no day', () => {
    expect(
      dated(
        '2025-09-05',
        'On Thursday, Macron said 26 countries would contribute troops the day after a ceasefire takes effect.',
      ),
    ).toEqual([[['On Thursday', '2025-09-04']]]);
    expect(
      dated(
        '2025-09-05',
        'The force would deploy in the week after a deal is signed, Starmer said on Friday.',
      ),
    ).toEqual([[['on Friday', '2025-09-05']]]);
  });
});

describe('"on the same day as" a gathering (round 14)', () => {
  it('is the day of the gathering the lead dated; must not: an unnamed or unknown one', () => {
    expect(
      dated(
        '2025-03-12',
        'Defence chiefs from 30 countries gathered near Paris on Tuesday.',
        'Britain set out its plans on Sunday.',
        'In Jeddah on the same day as the Paris meeting, Ukrainian officials accepted a ceasefire proposal.',
      )[2],
    ).toEqual([['the same day', '2025-03-11']]);
    expect(
      dated(
        '2025-03-12',
        'Defence chiefs from 30 countries gathered near Paris on Tuesday.',
        'Britain set out its plans on Sunday.',
        'On the same day as the vote in Congress, officials met in Jeddah.',
      )[2],
    ).toEqual([]);
  });
});

describe('"two days after" in a past sentence with no day of its own (round 15)', () => {
  it('counts back from the day the text had reached (two layouts); must not: a plan', () => {
    expect(
      dated(
        '2025-03-02',
        'Starmer said Sunday that Europe would draw up a plan.',
        "Starmer hosted 18 leaders at Lancaster House, two days after Zelenskyy's clash with Trump.",
      )[1],
    ).toEqual([['two days after', '2025-02-28']]);
    expect(
      dated(
        '2025-08-19',
        'Leaders met at the White House on Monday.',
        'Merz flew home a day after the Alaska summit ended without a ceasefire.',
      )[1],
    ).toEqual([['a day after', '2025-08-17']]);
    expect(
      dated(
        '2025-08-19',
        'Leaders met on Monday.',
        'Troops would deploy two days after a deal is signed.',
      )[1],
    ).toEqual([]);
  });
});

describe('"It came a week after" past a coarser mention (round 16)', () => {
  it('counts from the last day the text told, not from the publication day (must not: a plain "a week later")', () => {
    expect(
      dated(
        '2025-02-25',
        'Macron told Trump at the White House on Monday that Europe was ready.',
        'The visit was the first since officials met in Riyadh last week.',
        'It came a week after Macron gathered European leaders in Paris.',
      )[2],
    ).toEqual([['came a week after', '2025-02-17']]);
    expect(
      dated(
        '2025-02-25',
        'Leaders met on Monday.',
        'Officials met last week.',
        'A week later, they met again.',
      )[2],
    ).toEqual([]);
  });
});

describe('"came two days after" something with its own day (round 19)', () => {
  it('is no anchored day when the thing has its own in the clause; is one when the day belongs to another clause', () => {
    expect(
      dated(
        '2025-03-02',
        'Starmer hosted leaders in London on Sunday.',
        'The gathering came two days after a heated exchange in the Oval Office on Friday between Trump and Zelensky.',
      )[1],
    ).toEqual([['on Friday', '2025-02-28']]);
    expect(
      dated(
        '2025-03-02',
        'Starmer hosted leaders at a summit in London on Sunday.',
        "The summit came two days after Zelensky's meeting with Trump ended in a row, and three days after Starmer's visit on Thursday.",
      )[1]?.map((d) => d[1]),
    ).toContain('2025-02-28');
  });
});

describe('what "a day after" tells, and which gathering a subject names (round 21 work)', () => {
  it('"a day after he hosted …" is counted back from the sentence\'s day, in two layouts', () => {
    expect(
      dated(
        '2025-08-19',
        'Trump said on Tuesday that troops would not go, a day after he hosted Zelensky at the White House.',
      ),
    ).toEqual([
      [
        ['on Tuesday', '2025-08-19'],
        ['a day after', '2025-08-18'],
      ],
    ]);
    expect(
      dated(
        '2025-03-04',
        'Starmer spoke to Zelensky on Monday.',
        'His comments came a day after they met in London.',
      )[1],
    ).toEqual([['came a day after', '2025-03-02']]);
  });

  it('"The White House meeting came three days after …" counts from where the text put the White House', () => {
    expect(
      dated(
        '2025-08-19',
        'Trump said on Tuesday that troops would not go, a day after he hosted Zelensky at the White House.',
        'Karoline Leavitt, the White House press secretary, told reporters on Tuesday that air power was an option.',
        'The White House meeting came three days after Trump met Putin in Alaska.',
      )[2],
    ).toEqual([['came three days after', '2025-08-15']]);
    expect(
      dated(
        '2025-03-06',
        'Leaders met at the Elysee on Tuesday, and ministers met in Brussels on Thursday.',
        'The Elysee meeting came a week after the Oval Office row.',
      )[1],
    ).toEqual([['came a week after', '2025-02-25']]);
  });

  it('must not: a named gathering the text never placed on a day counts from no other day', () => {
    expect(
      dated(
        '2025-03-06',
        'Leaders met in Brussels on Thursday.',
        'The Vienna meeting came two days after Trump spoke to Putin.',
      )[1],
    ).toEqual([]);
  });
});

describe('the lead gathering among several days of its sentence', () => {
  it('is the day right after the gathering’s word; "The summit came two days after …" counts from it', () => {
    expect(
      dated(
        '2025-03-28',
        'Around 30 leaders gathered at the Elysee Palace on Thursday afternoon for the third summit, after meetings on 2 March and on 15 March.',
        'The summit came two days after the US announced a halt to attacks at sea.',
      )[1],
    ).toEqual([['came two days after', '2025-03-25']]);
    // Must not: a day far from the gathering's word dates no gathering.
    expect(
      dated(
        '2025-03-28',
        'Leaders gathered in Paris to weigh a plan that ministers first drafted, officials said, in London on 2 March, and again on 15 March.',
        'The summit came two days after the US announced a halt to attacks at sea.',
      )[1],
    ).not.toEqual([['came two days after', '2025-02-28']]);
  });
});

describe('“the day after” a ceasefire, quoted', () => {
  it('is a condition, not a day (two layouts); must not: the day after a meeting on a given day', () => {
    expect(
      dated('2025-09-05', 'He said the troops would be deployed “the day after” a ceasefire, not before.'),
    ).toEqual([[]]);
    expect(dated('2025-09-05', 'Troops would go in the day after any deal, Macron said.')).toEqual([[]]);
    // Quoted as French and German papers quote: « … » after a space, „ … “ closing high.
    expect(
      dated('2025-09-05', 'He said the troops would be deployed « the day after » a ceasefire, not before.'),
    ).toEqual([[]]);
    expect(
      dated('2025-09-05', 'He said the troops would be deployed „the day after“ a ceasefire takes effect.'),
    ).toEqual([[]]);
    expect(
      dated('2025-09-05', 'Macron spoke on Friday, a day after a tense meeting in Paris.')[0]?.map(
        (d) => d[1],
      ),
    ).toEqual(['2025-09-05', '2025-09-04']);
  });
});

describe('"a day after 26 countries pledged to take part"', () => {
  it('a past verb first is what happened, an infinitive after it no condition (two layouts)', () => {
    expect(
      dated(
        '2025-09-05',
        'Putin warned Friday that troops would be targets, a day after 26 countries pledged to take part.',
      )[0]?.map((d) => d[1]),
    ).toEqual(['2025-09-05', '2025-09-04']);
    expect(
      dated('2025-03-04', 'Ministers met on Monday, two days after leaders agreed to take the lead.')[0]?.map(
        (d) => d[1],
      ),
    ).toEqual(['2025-03-03', '2025-03-01']);
  });
});

describe('"the morning after he hosted …"', () => {
  it('counts back from the sentence’s day (two layouts); must not: "the morning after" a ceasefire', () => {
    expect(
      dated(
        '2025-08-19',
        'Trump said on Tuesday, the morning after he hosted Zelensky, that troops would not go.',
      )[0]?.map((d) => d[1]),
    ).toEqual(['2025-08-19', '2025-08-18']);
    expect(
      dated('2025-08-20', 'Planners met on Wednesday, the evening after leaders agreed a plan.')[0]?.map(
        (d) => d[1],
      ),
    ).toEqual(['2025-08-20', '2025-08-19']);
    expect(dated('2025-08-20', 'Troops would move the morning after a ceasefire.')).toEqual([[]]);
  });
});

describe('round 34–35: "had said the day before that …", "that evening", a gathering named after the dateline', () => {
  it('"… had said the day before that …" is counted back (two layouts); must not: "the day before that vote"', () => {
    expect(
      dated(
        '2025-09-06',
        'Speaking in Vladivostok on Friday, Putin said Western troops would be targets.',
        'Kremlin spokesman Dmitry Peskov had said the day before that foreign troops could not guarantee anything.',
      )[1],
    ).toEqual([['the day before', '2025-09-04']]);
    expect(
      dated(
        '2025-03-06',
        'Rutte met Trump on Thursday.',
        'Macron told reporters the day before that Europe must do more.',
      )[1],
    ).toEqual([['the day before', '2025-03-05']]);
    expect(
      dated(
        '2025-03-06',
        'Rutte met Trump on Thursday.',
        'Macron spoke to Starmer the day before that vote.',
      )[1],
    ).toEqual([]);
  });

  it('"that evening" is the day the text was in (two layouts); must not: "that evening’s dinner"', () => {
    expect(
      dated(
        '2025-02-18',
        'Starmer said on Monday he was ready to send troops.',
        'He spoke after a meeting of European leaders at the Elysee Palace that evening.',
      )[1],
    ).toEqual([['that evening', '2025-02-17']]);
    expect(
      dated('2025-02-18', 'Leaders met in Paris on Monday.', 'Trump said that night he had no objection.')[1],
    ).toEqual([['that night', '2025-02-17']]);
    expect(
      dated(
        '2025-02-18',
        'Leaders met in Paris on Monday.',
        'Details of that evening’s dinner were not released.',
      )[1],
    ).toEqual([]);
  });

  it('"The Paris meeting came two days after …" under a "PARIS —" dateline counts back from the lead’s gathering (must not: another city)', () => {
    const lead = [
      'PARIS — Macron said Thursday that a group of countries would send a force.',
      'Leaders from about 30 countries met at the Elysee Palace on Thursday.',
    ];
    expect(
      dated(
        '2025-03-28',
        ...lead,
        'The Paris meeting came two days after the White House announced separate deals.',
      )[2],
    ).toEqual([['came two days after', '2025-03-25']]);
    expect(
      dated(
        '2025-03-28',
        ...lead,
        'The Rome meeting came two days after the White House announced separate deals.',
      )[2],
    ).toEqual([]);
  });
});

describe('round 38: a look back with "since", "a day after <people> met", "later that month"', () => {
  it('"the day before" counts from the sentence’s own day, not from "since the row … on February 28"', () => {
    expect(
      dated(
        '2025-03-11',
        'Ukrainian and US delegations began talks in Jeddah on Tuesday, their first meeting since the row in the Oval Office on February 28.',
        'Rubio said the day before that Kyiv would have to be ready for concessions.',
      )[1],
    ).toEqual([['the day before', '2025-03-10']]);
  });

  it('"a day after defense ministers of the coalition met …" counts back from the day the text was at (must not: "the day before and held talks")', () => {
    expect(
      dated(
        '2025-04-11',
        'The Netherlands is willing to contribute, Brekelmans said on Friday.',
        'Brekelmans spoke in Brussels, a day after defense ministers of the so-called coalition of the willing met at NATO headquarters.',
      )[1],
    ).toEqual([['a day after', '2025-04-10']]);
    expect(
      dated(
        '2025-03-27',
        'Leaders met in Paris on Thursday.',
        'Zelensky, who arrived in Paris the day before and held talks with Macron, thanked them.',
      )[1],
    ).toEqual([['the day before', '2025-03-26']]);
  });

  it('"on March 2 and in Paris later that month" is March (must not: without a day before it)', () => {
    expect(
      dated('2025-04-11', 'Schoof attended meetings in London on March 2 and in Paris later that month.')[0],
    ).toEqual([
      ['on March 2', '2025-03-02'],
      ['later that month', '2025-03-01'],
    ]);
    expect(dated(null, 'Schoof attended more meetings later that month.')[0]).toEqual([]);
  });
});

describe('round 39: "the day after fighting stops" is a condition', () => {
  it('is no day (two layouts); must not: "the day after leaders met" still counts back to their meeting', () => {
    expect(
      dated(
        '2025-09-05',
        'Macron announced on Thursday that 26 countries would deploy the day after fighting stops.',
      )[0],
    ).toEqual([['on Thursday', '2025-09-04']]);
    expect(
      dated('2025-09-05', 'Troops would deploy the day after the war ceases, Macron said on Thursday.')[0],
    ).toEqual([['on Thursday', '2025-09-04']]);
    expect(
      dated('2025-09-05', 'Leaders met in Paris on Thursday.', 'Macron spoke the day after leaders met.')[1],
    ).toEqual([['the day after', '2025-09-03']]);
  });
});

describe('round 44: a span is no week', () => {
  it('"within the next week to 10 days" dates nothing (must not: "the following week" after a day still does)', () => {
    expect(
      dated(
        '2025-08-19',
        'Zelenskyy told reporters late Monday that the guarantees would be formalized within the next week.',
      )[0],
    ).toEqual([['late Monday', '2025-08-18']]);
    expect(dated('2025-03-06', 'Leaders met on Monday.', 'They met again the following week.')[1]).toEqual([
      ['the following week', '2025-03-10'],
    ]);
  });
});

describe('dev-set review after round 81: how far back "the next day" looks', () => {
  const undated = [
    'Speaking after the meeting, Macron said the force would not be on the front line.',
    'Zelensky, standing beside him, called the pledges a serious step.',
    'Starmer, who joined by video from London, said a US backstop was still needed.',
    'The leaders spoke to Trump by phone after the meeting.',
    'An Elysee official told reporters the Americans had been very clear.',
  ];
  it('over undated sentences, to the day the text last set, not the day of publication (two layouts); must not: across a live page’s entries', () => {
    const next = dated(
      '2025-09-06',
      'Twenty-six countries committed troops on Thursday, Macron said.',
      ...undated,
      'The next day, Vladimir Putin hit back.',
    );
    expect(next.at(-1)).toEqual([['The next day', '2025-09-05']]);
    const later = dated(
      '2025-09-06',
      'Leaders met in Paris on Thursday.',
      ...undated,
      'Two days later, military planners flew to Kyiv.',
    );
    expect(later.at(-1)).toEqual([['Two days later', '2025-09-06']]);
    const entries = [
      { text: 'Twenty-six countries committed troops on Thursday, Macron said.', entryDate: '2025-09-04' },
      ...undated.map((text) => ({ text, entryDate: '2025-09-04' })),
      { text: 'A day later, planners flew to Kyiv.', entryDate: '2025-09-07' },
    ].map((s) => ({ ...s, dates: extractDates(s.text, s.entryDate) }));
    resolveAnchoredDates(entries, '2025-09-07');
    expect(entries.at(-1)?.dates.map((d) => d.date)).not.toEqual(['2025-09-05']);
  });

  it('not from a look back counted from the time line ("He had first floated the idea … the day before"), but from one that names its day (two layouts)', () => {
    const floated = dated(
      '2025-02-18',
      'European leaders met in Paris on Monday.',
      'He had first floated the idea in a newspaper article the day before.',
      'The next day in Riyadh, Rubio and Lavrov held talks.',
    );
    expect(floated.at(-1)).toEqual([['The next day', '2025-02-18']]);
    const arrived = dated(
      '2025-12-16',
      'Leaders issued a statement in Berlin on Monday night.',
      'Zelensky had arrived at the Chancellery on Sunday afternoon.',
      'Talks resumed the next morning.',
    );
    expect(arrived.at(-1)).toEqual([['the next morning', '2025-12-15']]);
  });
});

describe('rounds 82–84: "that day"', () => {
  it('is the day the text was at (two layouts); must not: "that day’s"', () => {
    expect(
      dated(
        '2025-03-03',
        'Zelensky’s visit to the White House ended in a shouting match on Friday.',
        'A minerals agreement the two sides had been due to sign that day was left unsigned.',
      ).at(-1),
    ).toEqual([['that day', '2025-02-28']]);
    expect(
      dated(
        '2025-03-03',
        'Leaders met in London on Sunday.',
        'Zelensky met King Charles at Sandringham that day.',
      ).at(-1),
    ).toEqual([['that day', '2025-03-02']]);
    expect(
      dated('2025-03-03', 'Leaders met in London on Sunday.', 'That day’s talks ran for three hours.').at(-1),
    ).toEqual([]);
  });
});

describe('round 106: a day told in passing anchors its own sentence', () => {
  it('"since Trump met Putin … on August 15 and hosted … three days later" (two layouts); must not: a day since which, in a sentence before', () => {
    expect(
      dated(
        '2025-09-05',
        'Talks have stalled since Trump met Putin in Alaska on August 15 and hosted Zelensky at the White House three days later.',
      ),
    ).toEqual([
      [
        ['on August 15', '2025-08-15'],
        ['three days later', '2025-08-18'],
      ],
    ]);
    expect(
      dated(
        '2025-09-05',
        'Zelensky, who has led the talks since his visit to Washington on August 15, flew to Paris three days later.',
      )[0]?.[1],
    ).toEqual(['three days later', '2025-08-18']);
    expect(
      dated(
        '2025-04-11',
        'It was their first meeting since the row in the Oval Office on February 28.',
        'The day before, ministers met in Brussels.',
      )[1],
    ).toEqual([['The day before', '2025-04-10']]);
  });
});

describe('rounds 164–167: a look back from the present perfect, a look ahead from the sentence’s day, "Speaking after a summit"', () => {
  it('"Putin has warned …, a day after 26 countries pledged …" counts from the day of publication (two layouts); must not: the present', () => {
    expect(
      dated(
        '2025-09-05',
        'Vladimir Putin has warned that any Western troops would be legitimate targets, a day after 26 countries pledged to help guarantee the country’s security.',
      ),
    ).toEqual([[['a day after', '2025-09-04']]]);
    expect(
      dated('2025-03-04', 'Russia has rejected the plan, two days after leaders agreed to it in London.'),
    ).toEqual([[['two days after', '2025-03-02']]]);
    expect(
      dated(
        '2025-09-05',
        'Putin says Western troops would be targets, a day after 26 countries pledged to help.',
      ),
    ).toEqual([[]]);
  });

  it('"… on Monday, a day before American and Russian officials sat down …" dates what came after (two layouts); must not: the text’s own statement, a condition', () => {
    expect(
      dated(
        '2025-02-19',
        'European leaders ended an emergency meeting in Paris on Monday without agreeing on troops, a day before American and Russian officials sat down in Saudi Arabia.',
      ),
    ).toEqual([
      [
        ['on Monday', '2025-02-17'],
        ['a day before', '2025-02-18'],
      ],
    ]);
    expect(
      dated(
        '2025-03-06',
        'Starmer hosted leaders in London on Sunday, two days before Macron flew to Washington.',
      ),
    ).toEqual([
      [
        ['on Sunday', '2025-03-02'],
        ['two days before', '2025-03-04'],
      ],
    ]);
    expect(
      dated(
        '2025-12-16',
        'Zelensky had held talks with the American envoys on Sunday, the day before the statement was issued.',
      ),
    ).toEqual([[['on Sunday', '2025-12-14']]]);
    expect(
      dated('2025-03-06', 'Leaders will meet on Monday, a day before a ceasefire takes effect.')[0]?.map(
        (d) => d[0],
      ),
    ).toEqual(['on Monday']);
  });

  it('"Speaking after a summit …, Macron said" under the lead dates the summit "The summit came two days after …" counts from (two layouts); must not: "before a summit"', () => {
    const lead =
      'PARIS (AP) — French President Emmanuel Macron said Thursday that a force could be sent to Ukraine.';
    const zakharova = 'Maria Zakharova said Wednesday that sending European soldiers would be a provocation.';
    const came = 'The summit came two days after the White House announced a Black Sea truce.';
    expect(
      dated(
        '2025-03-28',
        lead,
        'Speaking after a summit of some 30 leaders at the Elysee Palace, Macron said Britain and France would lead.',
        zakharova,
        came,
      )[3],
    ).toEqual([['came two days after', '2025-03-25']]);
    expect(
      dated(
        '2025-03-28',
        lead,
        'Talking at the meeting in Paris, Starmer said the coalition would keep up the pressure.',
        zakharova,
        came,
      )[3],
    ).toEqual([['came two days after', '2025-03-25']]);
    expect(
      dated(
        '2025-03-28',
        lead,
        'Speaking before a summit of some 30 leaders at the Elysee Palace, Macron said Britain and France would lead.',
        zakharova,
        came,
      )[3],
    ).toEqual([['came two days after', '2025-03-24']]);
  });
});

describe('rounds 168–171: a span counted from a possessive, what a truce runs from, what is proposed', () => {
  it('"since Russia’s full-scale invasion of Ukraine in 2022" is told in passing (two layouts); must not: a year the sentence tells', () => {
    const [since] = extractDates(
      'It was the first meeting of such senior officials since Russia’s full-scale invasion of Ukraine in 2022.',
      '2025-02-18',
    );
    expect(since).toMatchObject({ date: '2022-01-01', aside: true });
    const [nato] = extractDates(
      'It is the biggest exercise since NATO’s founding summit in 1949.',
      '2025-02-18',
    );
    expect(nato).toMatchObject({ aside: true });
    const [told] = extractDates('Russia invaded Ukraine in 2022.', '2025-02-18');
    expect(told?.aside).toBeFalsy();
  });

  it('a truce "from Monday" and talks proposed "on Thursday" are ahead (two layouts); must not: talks that resumed from Monday', () => {
    expect(
      extractDates('He made no direct reply to the demand for a truce from Monday.', '2025-05-11'),
    ).toMatchObject([{ date: '2025-05-12', future: true }]);
    expect(
      extractDates(
        'Putin replied early on Sunday, proposing that negotiators resume direct talks in Istanbul on Thursday.',
        '2025-05-12',
      ).at(-1),
    ).toMatchObject({ date: '2025-05-15', future: true });
    expect(extractDates('Talks resumed from Monday after a pause.', '2025-05-11')).toMatchObject([
      { date: '2025-05-05', future: false },
    ]);
  });
});

describe('rounds 172–175: a reported plan past an aside, a gathering planned', () => {
  it('"said on Saturday that planners would gather at …, north-west London, on Thursday" is ahead (two layouts); must not: "said … that planners had gathered"', () => {
    expect(
      extractDates(
        'The Prime Minister said on Saturday that planners would gather at the Permanent Joint Headquarters in Northwood, north-west London, on Thursday to move the coalition into an operational phase.',
        '2025-03-17',
      ).at(-1),
    ).toMatchObject({ date: '2025-03-20', future: true });
    expect(
      extractDates(
        'Healey said on Monday that ministers will meet at the alliance headquarters in Brussels, Belgium, on Thursday to agree the plan.',
        '2025-04-08',
      ).at(-1),
    ).toMatchObject({ date: '2025-04-10', future: true });
    expect(
      extractDates(
        'Healey said on Monday that ministers had met at the alliance headquarters in Brussels, Belgium, on Thursday to agree the plan.',
        '2025-04-08',
      ).at(-1),
    ).toMatchObject({ date: '2025-04-03', future: false });
  });

  it('"Macron planned a second, wider meeting Wednesday" is ahead (two layouts); must not: "had planned"', () => {
    expect(
      extractDates(
        'Macron planned a second, wider meeting Wednesday with leaders of other countries.',
        '2025-02-18',
      ),
    ).toMatchObject([{ date: '2025-02-19', future: true }]);
    expect(extractDates('Starmer is planning a visit on Friday to the base.', '2025-02-18')).toMatchObject([
      { date: '2025-02-21', future: true },
    ]);
    expect(
      extractDates('Macron had planned a meeting on Monday but it was postponed.', '2025-02-18'),
    ).toMatchObject([{ date: '2025-02-17', future: false }]);
  });
});

describe('rounds 176–179: what is planned or being prepared is ahead', () => {
  it('"plans a second meeting by video link on Wednesday", "prepared to meet … on Tuesday" (two layouts); must not: "had prepared"', () => {
    expect(
      extractDates('Macron plans a second meeting by video link on Wednesday with Canada.', '2025-02-18'),
    ).toMatchObject([{ date: '2025-02-19', future: true }]);
    expect(
      extractDates(
        'The gathering came as senior US and Russian officials prepared to meet in Saudi Arabia on Tuesday.',
        '2025-02-17',
      ),
    ).toMatchObject([{ date: '2025-02-18', future: true }]);
    expect(
      extractDates(
        'Officials had prepared to meet in Riyadh on Tuesday, but the talks were delayed.',
        '2025-02-17',
      ),
    ).toMatchObject([{ date: '2025-02-11', future: false }]);
  });
});

describe('round 184: "a day after <people> … said they would …" happened the day before', () => {
  it('"…, a day after leaders meeting in Paris said they would press ahead" and "two days after ministers gathering in London said …" look back (two layouts); must not: what follows a ceasefire to come', () => {
    expect(
      dated(
        '2025-03-28',
        'The Trump administration on Friday declined to say whether it would provide air cover, a day after leaders meeting in Paris said they would press ahead with the plan.',
      )[0],
    ).toContainEqual(['a day after', '2025-03-27']);
    expect(
      dated(
        '2025-03-19',
        'Zakharova spoke on Wednesday, two days after ministers gathering in London said they would draw up plans.',
      )[0],
    ).toContainEqual(['two days after', '2025-03-17']);
    expect(
      dated('2025-03-28', 'Troops would deploy on Friday, a day after leaders in Paris sign a ceasefire.')[0],
    ).not.toContainEqual(['a day after', '2025-03-27']);
  });
});

describe('"the day before" after a paragraph that looked back', () => {
  /** Paragraphs of sentences → the anchored dates of the last sentence. */
  function lastDated(pub: string, ...paragraphs: string[][]): [string, string][] {
    const sentences = paragraphs.flatMap((p, paragraph) =>
      p.map((text) => ({ text, paragraph, dates: extractDates(text, pub) })),
    );
    resolveAnchoredDates(sentences, pub);
    return (sentences.at(-1)?.dates ?? []).map((d) => [d.text, d.date]);
  }

  it('is the day before the gathering when it names a place or a person of the gathering (two layouts); must not: a chain about others', () => {
    expect(
      lastDated(
        '2025-03-28',
        [
          'French President Emmanuel Macron said on Thursday that a force would be based in Ukrainian cities after hosting 30 delegations at the Elysee Palace in Paris.',
        ],
        [
          'On March 11, Ukrainian officials meeting an American delegation in Jeddah accepted a ceasefire proposal.',
        ],
        ['Ukrainian President Volodymyr Zelensky arrived in Paris the day before and dined with Macron.'],
      ),
    ).toEqual([['the day before', '2025-03-26']]);
    expect(
      lastDated(
        '2025-03-03',
        [
          'Keir Starmer hosted 18 leaders at Lancaster House in London on Sunday to agree a plan for Ukraine.',
        ],
        ['On Friday, Donald Trump and JD Vance berated Volodymyr Zelensky in the Oval Office.'],
        ['The day before, Starmer had embraced Zelensky outside Downing Street.'],
      ),
    ).toEqual([['The day before', '2025-03-01']]);
    expect(
      lastDated(
        '2025-10-24',
        [
          'LONDON (AP) — European leaders meeting in London on Friday said a multinational force is ready to deploy.',
        ],
        ['The U.S. Treasury on Wednesday imposed sanctions on Rosneft and Lukoil.'],
        [
          'A day earlier, Trump had shelved plans for a summit with Russian President Vladimir Putin in Budapest.',
        ],
      ),
    ).toEqual([['A day earlier', '2025-10-21']]);
  });
});

describe('rounds 296–303: the day a scene came after, a day restated, a page with no date', () => {
  it('"the day before" after "came two days after … on Friday" counts from the scene, not the row it followed (two layouts)', () => {
    expect(
      dated(
        '2025-03-03',
        'Starmer hosted European leaders at Lancaster House on Sunday.',
        'The summit came two days after a heated exchange in the Oval Office on Friday.',
        'Starmer had embraced Zelensky outside Downing Street the day before and signed a loan.',
      ).at(-1),
    ).toEqual([['the day before', '2025-03-01']]);
    expect(
      dated(
        '2025-03-03',
        'Cambridge academics reacted after Starmer gathered European leaders in London on Sunday.',
        'It followed a fractious meeting in the Oval Office on Friday, when Trump clashed with Zelensky.',
        'Zelensky had been received at Downing Street the day before, greeted by a small crowd.',
      ).at(-1),
    ).toEqual([['the day before', '2025-03-01']]);
  });

  it('must not: "the following day" goes on from the day followed, and so does a look back from the lead\'s own gathering', () => {
    expect(
      dated(
        '2025-03-03',
        'Starmer hosted European leaders at Lancaster House on Sunday.',
        'The summit followed a row in the Oval Office on Friday.',
        'Zelensky was embraced by Starmer outside Downing Street the following day.',
      ).at(-1),
    ).toEqual([['the following day', '2025-03-01']]);
    expect(
      dated(
        '2025-08-19',
        'Zelensky returned to the White House on Monday with seven European leaders.',
        'The comments followed an extraordinary gathering at the White House on Monday.',
        'Three days earlier, Trump had met Putin in Anchorage, Alaska.',
      ).at(-1),
    ).toEqual([['Three days earlier', '2025-08-15']]);
  });

  it('"Three days earlier, on Friday," is the Friday alone; must not: a phrase with no day after it is resolved', () => {
    expect(
      dated(
        '2025-08-19',
        'The remarks came after Trump hosted Zelensky at the White House on Monday.',
        'Three days earlier, on Friday, Trump met Putin in Anchorage.',
      ).at(-1),
    ).toEqual([['on Friday', '2025-08-15']]);
    expect(
      dated(
        '2025-08-19',
        'Trump hosted Zelensky at the White House on Monday.',
        'Three days earlier, Trump met Putin in Anchorage.',
      ).at(-1),
    ).toEqual([['Three days earlier', '2025-08-15']]);
  });

  it('on a page with no date, a day the text cannot tell between stops the count (two layouts); must not: with no such day it counts', () => {
    expect(
      dated(
        null,
        'Merz, who took office on May 6, made his first trip to Kyiv.',
        'The four leaders spoke by phone with Trump from Kyiv on Saturday.',
        'The Kremlin answered the following day.',
      ).at(-1),
    ).toEqual([]);
    expect(
      dated(
        null,
        'The coalition met in Paris on March 27, 2025.',
        'Macron spoke to Trump yesterday, his office said.',
        'Zelensky flew home the next day.',
      ).at(-1),
    ).toEqual([]);
    expect(
      dated(null, 'The coalition met in Paris on March 27, 2025.', 'Zelensky flew home the next day.').at(-1),
    ).toEqual([['the next day', '2025-03-28']]);
  });
});

describe('round 370: a plan for later on the page’s own day', () => {
  it('"… later on Tuesday. Peskov said the day before …" counts back from that day (two layouts); must not: a plan for another day', () => {
    expect(
      dated(
        '2025-03-18',
        'Starmer raised the idea with Trump at the White House late last month.',
        'Trump is due to speak to Putin later on Tuesday.',
        'Kremlin spokesman Dmitry Peskov said the day before that foreign troops were not part of any discussion.',
      ).at(-1),
    ).toEqual([['the day before', '2025-03-17']]);
    expect(
      dated(
        '2025-03-18',
        'The ministers met in Brussels earlier this month.',
        'Healey will brief MPs later today.',
        'Lecornu had briefed senators the day before.',
      ).at(-1),
    ).toEqual([['the day before', '2025-03-17']]);
    expect(
      dated(
        '2025-03-18',
        'Starmer raised the idea with Trump at the White House late last month.',
        'Trump is due to speak to Putin on Friday.',
        'Kremlin spokesman Dmitry Peskov said the day before that foreign troops were not part of any discussion.',
      ).at(-1),
    ).toEqual([]);
    // A plan reported for the page's day is no time line: "a day after" counts from the last day told.
    expect(
      dated(
        '2025-08-20',
        'Leavitt told reporters later Tuesday that air support was an option.',
        'Caine was due to meet European military chiefs in Washington on Wednesday, an official said.',
        'The comments came a day after Trump hosted Zelensky at the White House.',
      ).at(-1),
    ).toEqual([['came a day after', '2025-08-18']]);
  });
});

describe('rounds 432–433: "two days after talks … on Friday collapsed", "two days after military chiefs …, met"', () => {
  it('a plural noun then its past verb is what came before, dated by its own day (two layouts); must not: "the day before for talks"', () => {
    expect(
      dated(
        '2025-03-03',
        'The summit came two days after talks at the White House on Friday collapsed into a public row.',
      )[0],
    ).toEqual([['on Friday', '2025-02-28']]);
    expect(
      dated(
        '2025-03-13',
        'Her comments came two days after military chiefs from about 30 countries, most of them European, met in Paris on Tuesday.',
      )[0]?.map((d) => d[1]),
    ).not.toContain('2025-03-15');
    // "for talks" is why they arrived, not what "the day before" names: counted from the day told.
    expect(
      dated(
        '2025-09-04',
        'Leaders met at the Élysée on Thursday.',
        'Zelensky, who had arrived in Paris the day before for talks with Macron, called the meeting a step forward.',
      )[1],
    ).toEqual([['the day before', '2025-09-03']]);
  });
});
