// @vitest-environment node
import { buildCorpus, storyYearOf } from '../../src/pipeline/corpus';
import {
  eventTitle,
  extractEvents,
  guessKind,
  mergeExtractedEvents,
  withoutCoarserDuplicates,
} from '../../src/pipeline/events';
import { extractDates } from '../../src/pipeline/dates';
import { emptyCuration, raw, SEED_000, SEED_001, seedBuild } from './helpers';

const ev = (text: string, pub = '2025-02-26', actorIds = ['macron']) =>
  extractEvents({
    articleId: 'a',
    published: pub,
    sentences: [{ id: 's1', text, actorIds, dates: extractDates(text, pub) }],
    isCovered: () => false,
  });

describe('extracted events', () => {
  it('a dated sentence with an actor is an event; kind, planned, title', () => {
    const [e] = ev('A meeting is to be held in London on Sunday between Starmer and EU leaders.');
    expect(e).toMatchObject({
      date: '2025-03-02',
      precision: 'day',
      kind: 'meeting',
      planned: true,
      provenance: 'extracted',
    });
    expect(e?.id).toMatch(/^e-2025-03-02-[0-9a-f]{8}$/);
    expect(e?.evidence).toEqual([
      {
        articleId: 'a',
        sentenceId: 's1',
        quote: 'A meeting is to be held in London on Sunday between Starmer and EU leaders.',
      },
    ]);
  });
  it('a sentence that names an earlier day only in passing also goes on in the time the text set', () => {
    const text = "Starmer hosted 18 leaders at Lancaster House, two days after Zelensky's clash with Trump.";
    const aside = {
      text: 'two days after',
      index: 46,
      date: '2025-02-28',
      precision: 'day' as const,
      future: false,
      anchored: true,
      aside: true,
    };
    const sunday = {
      text: 'on Sunday',
      index: 0,
      date: '2025-03-02',
      precision: 'day' as const,
      future: false,
    };
    const out = extractEvents({
      articleId: 'a',
      published: '2025-03-02',
      sentences: [{ id: 's1', text, actorIds: ['starmer'], dates: [aside] }],
      carried: new Map([['s1', { date: sunday, fromSentence: 's0' }]]),
      isCovered: () => false,
    });
    expect(out.map((e) => e.date).sort()).toEqual(['2025-02-28', '2025-03-02']);
    // Must not: a sentence with a day of its own keeps only that day.
    const own = extractEvents({
      articleId: 'a',
      published: '2025-03-02',
      sentences: [{ id: 's1', text, actorIds: ['starmer'], dates: [{ ...aside, aside: false }] }],
      carried: new Map([['s1', { date: sunday, fromSentence: 's0' }]]),
      isCovered: () => false,
    });
    expect(own.map((e) => e.date)).toEqual(['2025-02-28']);
  });
  it('no actor or no date → no event', () => {
    expect(ev('The plan would include 30,000 troops on Monday.', '2025-02-26', [])).toEqual([]);
    expect(ev('Macron spoke optimistically about the meeting.')).toEqual([]);
  });
  it('with no actor, only a gathering named right before its own day is an event (two layouts)', () => {
    const pub = '2025-03-28';
    const since = ev('Since the London meeting on 2 March, officials have quietly shed the idea.', pub, []);
    expect(since.map((e) => [e.date, e.kind, e.actorIds])).toEqual([['2025-03-02', 'meeting', []]]);
    const met = ev(
      'Military planners who met at Northwood on 20 March were told to plan for air policing.',
      pub,
      [],
    );
    expect(met.map((e) => e.date)).toEqual(['2025-03-20']);
    // One event per day, however often the sentence names it.
    const twice = ev('The summit on 6 March, and the talks on 6 March, ended late.', pub, []);
    expect(twice).toHaveLength(1);
    // A date with no gathering before it, or only a month, needs someone acting.
    expect(ev('Prices rose sharply on 2 March after the announcement.', pub, [])).toEqual([]);
    expect(ev('The summit was planned for March.', pub, [])).toEqual([]);
    // A video call or a session is a gathering too; a call for something is not.
    const call = ev('Leaders of the coalition were expected to hold a video call later on Friday.', pub, []);
    expect(call.map((e) => e.date)).toEqual(['2025-03-28']);
    expect(ev('The call for a ceasefire on 2 March went unanswered.', pub, [])).toEqual([]);
  });
  it('rounds 35, 42 and 68: "their Oval Office clash in February", the encounter of the people named before, is an event in its month (two layouts); must not: an encounter of no one, a possessive on no encounter', () => {
    const pub = '2025-08-19';
    const far = ev('It was a far cry from their bruising Oval Office clash in February.', pub, []);
    expect(far.map((e) => [e.date, e.precision])).toEqual([['2025-02-01', 'month']]);
    const warmer = ev(
      'Inside the East Room, the mood was warmer than during his stormy Oval Office visit in February.',
      pub,
      [],
    );
    expect(warmer.map((e) => [e.date, e.precision])).toEqual([['2025-02-01', 'month']]);
    expect(ev('The summit was a far cry from the clash in February.', pub, [])).toEqual([]);
    expect(ev('It was a far cry from their hopes in February.', pub, [])).toEqual([]);
  });
  it('a coarse date right by a finer one it contains adds no second event (two layouts)', () => {
    const later = ev('EU leaders will meet in Brussels later this week, on Feb. 27, to decide.');
    expect(later.map((e) => [e.date, e.precision])).toEqual([['2025-02-27', 'day']]);
    const earlier = ev('Earlier this month, on Feb. 3, Macron met army chiefs.');
    expect(earlier.map((e) => [e.date, e.precision])).toEqual([['2025-02-03', 'day']]);
  });
  it('rounds 47, 62 and 69: a week or month told apart from the day it contains is a happening of its own (two layouts); must not: a year', () => {
    const alaska = ev(
      'Trump, who met Vladimir Putin in Alaska last month, has ruled out sending American ground troops but said on August 19 that the US could help.',
      '2025-09-05',
      ['trump'],
    );
    expect(alaska.map((e) => [e.date, e.precision])).toEqual([
      ['2025-08-01', 'month'],
      ['2025-08-19', 'day'],
    ]);
    const signs = ev(
      'On the heels of a Cabinet meeting on Wednesday, Trump remained ambiguous about the deal Zelenskyy signs this week.',
    );
    expect(signs.map((e) => [e.date, e.precision])).toEqual([
      ['2025-02-26', 'day'],
      ['2025-02-24', 'week'],
    ]);
    const year = ev(
      'Macron met Trump on Feb. 24, the first visit by a European leader to Washington in 2025.',
    );
    expect(year.map((e) => e.precision)).toEqual(['day']);
  });
  it('kinds and titles', () => {
    const s = 'French President Emmanuel Macron on Thursday announced plans for a force.';
    expect(guessKind(s, extractDates(s, '2025-03-27')[0]!)).toBe('statement');
    const r = 'The FT reported on Feb. 25 that nothing was agreed.';
    expect(guessKind(r, extractDates(r, '2025-02-25')[0]!)).toBe('report');
    const t =
      'On Wednesday morning, the French president debriefed EU leaders about his visit to Washington in a hastily convened 30-minute video conference.';
    const title = eventTitle(t, extractDates(t, '2025-02-26'));
    expect(title.startsWith('The French president debriefed EU leaders')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(90);
  });
  it('a title keeps its quote marks paired (two layouts; must not: a sentence that is all quote keeps none)', () => {
    expect(
      eventTitle('“This was a waste of time,” said a senior EU official who took part in the meeting.', []),
    ).toBe('“This was a waste of time,” said a senior EU official who took part in the meeting');
    expect(eventTitle('Macron said, “We are ready.”', [])).toBe('Macron said, “We are ready”');
    expect(eventTitle('“We are ready to move forward.”', [])).toBe('We are ready to move forward');
  });

  it('a transcript turn’s title names its speaker as a reader would (two layouts); must not: a one-word label or a dateline is kept as printed', () => {
    expect(
      eventTitle('PRIME MINISTER KEIR STARMER: I will discuss every option with President Macron.', []),
    ).toBe('Keir Starmer: I will discuss every option with President Macron');
    expect(eventTitle('MARCUS ODELL, CNN INTERNATIONAL CORRESPONDENT: The leaders met on Monday.', [])).toBe(
      'Marcus Odell: The leaders met on Monday',
    );
    expect(eventTitle('ODELL: The leaders met on Monday.', [])).toBe('ODELL: The leaders met on Monday');
    expect(eventTitle('KYIV: Officials met on Monday.', [])).toBe('KYIV: Officials met on Monday');
  });

  it('curated events covering the same sentence and date win', () => {
    const text = 'Macron visited Trump on Feb. 24.';
    const out = extractEvents({
      articleId: 'a',
      published: '2025-02-25',
      sentences: [{ id: 's1', text, actorIds: ['macron'], dates: extractDates(text, '2025-02-25') }],
      isCovered: (id, date) => id === 's1' && date === '2025-02-24',
    });
    expect(out).toEqual([]);
  });
});

describe('events on the seeds', () => {
  const r = seedBuild();
  const events = r.index?.events ?? [];
  it('000: curated White House meeting replaces the extracted one; nothing from the feed blurb', () => {
    const from000 = events.filter((e) => e.evidence.some((x) => x.articleId === SEED_000));
    expect(from000.map((e) => [e.date, e.provenance]).sort()).toEqual([
      ['2025-02-24', 'curated'],
      ['2025-02-24', 'extracted'],
      ['2025-02-24', 'extracted'],
      ['2025-02-24', 'extracted'],
      ['2025-02-24', 'extracted'],
      ['2025-02-24', 'extracted'],
      ['2025-02-24', 'extracted'],
      ['2025-02-25', 'extracted'],
    ]);
    expect(JSON.stringify(events)).not.toMatch(/Victory Day|Hegseth has fallen/);
    // What Trump said at the press conference after the meeting goes on in its time, past the quotes between.
    const pressConference = from000.filter((e) => /^(?:When asked|Trump then|Trump also)/.test(e.summary));
    expect(pressConference.map((e) => e.date)).toEqual(['2025-02-24', '2025-02-24', '2025-02-24']);
    // "Trump claimed … “within weeks.”" goes on in the time its paragraph set ("… on Feb. 24 …"), which is
    // its second evidence.
    const claimed = from000.find((e) => e.evidence[0]?.quote.startsWith('Trump claimed'));
    expect(claimed?.date).toBe('2025-02-24');
    expect(claimed?.evidence[1]?.quote).toMatch(
      /^Macron visited U\.S\. President Donald Trump in Washington on Feb\. 24/,
    );
  });
  it('001: planned events after publication', () => {
    const planned = events
      .filter((e) => e.evidence[0]?.articleId === SEED_001 && e.planned)
      .map((e) => e.date);
    // "… followed by a European Council gathering EU leaders on March 6": a gathering on its own day.
    // "… the deal Zelenskyy signs this week", told apart from the Cabinet meeting on Wednesday: its week.
    expect(planned).toEqual(['2025-02-24', '2025-02-27', '2025-03-02', '2025-03-06']);
  });
});

describe('curated events and duplicates', () => {
  const ARTICLE = [
    'Leaders meet as talks go on',
    '',
    'February 25, 2025',
    '',
    'Macron and U.K. Prime Minister Keir Starmer, who will meet with Trump later this week, are coordinating on a proposal.',
    '',
    'Macron visited Trump in Washington on Feb. 24 to discuss the plan.',
    '',
    'Following their meeting on Feb. 24, both Macron and Trump signaled openness to U.S. support.',
  ].join('\n');
  const ACTORS = `- {id: macron, name: Emmanuel Macron, kind: person}
- {id: trump, name: Donald Trump, kind: person}
- {id: starmer, name: Keir Starmer, kind: person}`;
  const build = (events: string) => {
    const c = emptyCuration();
    return buildCorpus([raw('a.txt', ARTICLE)], {
      dir: c.dir,
      files: { ...c.files, 'actors.yaml': ACTORS, 'events.yaml': events },
    });
  };
  const curated = (date: string) => `- id: starmer-trump
  date: '${date}'
  title: Starmer to meet Trump
  summary: s
  kind: meeting
  planned: true
  actorIds: [starmer, trump]
  evidence:
    - articleId: a
      quote: who will meet with Trump later this week`;
  it('a curated event citing the sentence with an overlapping date drops the extracted one', () => {
    const before = build('[]').index?.events.filter((e) => e.date === '2025-02-24' && e.precision === 'week');
    expect(before).toHaveLength(1); // "later this week", extracted
    const after = build(curated('2025-02-27')).index?.events ?? [];
    expect(after.filter((e) => e.provenance === 'extracted' && e.precision === 'week')).toEqual([]);
    expect(after.filter((e) => e.provenance === 'curated').map((e) => e.date)).toEqual(['2025-02-27']);
  });
  it('a curated event on a disjoint date of the same sentence leaves the extracted one', () => {
    const after = build(curated('2025-03-10')).index?.events ?? [];
    expect(after.filter((e) => e.provenance === 'extracted' && e.precision === 'week')).toHaveLength(1);
  });
  it('two sentences about one event (same date, two shared people) make one extracted event', () => {
    const feb24 = build('[]').index?.events.filter((e) => e.date === '2025-02-24' && e.precision === 'day');
    expect(feb24).toHaveLength(1);
    expect(feb24?.[0]?.evidence).toHaveLength(2);
    const person = () => true;
    const e = (id: string, actorIds: string[], date = '2025-02-24') => ({
      ...ev('Macron met Trump on Feb. 24.', '2025-02-25')[0]!,
      id,
      date,
      actorIds,
    });
    expect(
      mergeExtractedEvents([e('a', ['macron', 'trump']), e('b', ['macron', 'merz'])], person),
    ).toHaveLength(2);
    expect(
      mergeExtractedEvents([e('a', ['macron', 'trump']), e('b', ['trump', 'macron'], '2025-02-23')], person),
    ).toHaveLength(2);
  });
  it('kinds: travel is a meeting, withholding a decision, the European Council a summit', () => {
    const k = (text: string, pub = '2025-02-26') => guessKind(text, extractDates(text, pub)[0]!);
    expect(k('Merz meanwhile dashed to Paris on Wednesday to follow up.')).toBe('meeting');
    expect(k('Washington briefly withheld intelligence sharing with Ukraine earlier this month.')).toBe(
      'decision',
    );
    expect(k('This will be followed by a European Council gathering EU leaders on March 6.')).toBe('summit');
  });
});

describe('a sentence that opens with "He" or "She"', () => {
  const ACTORS = `- {id: trump, name: Donald Trump, kind: person}
- {id: meloni, name: Giorgia Meloni, kind: person}
- {id: putin, name: Vladimir Putin, kind: person}`;
  const build = (...paragraphs: string[]) => {
    const c = emptyCuration();
    const text = [
      'Talks on a ceasefire go on',
      '',
      'March 17, 2025',
      '',
      ...paragraphs.flatMap((p) => [p, '']),
    ];
    return buildCorpus([raw('a.txt', text.join('\n'))], {
      dir: c.dir,
      files: { ...c.files, 'actors.yaml': ACTORS },
    }).index?.events.map((e) => [e.date, e.actorIds.join(',')]);
  };

  it('acts as the person the pronoun refers to, in two layouts', () => {
    expect(
      build(
        'Trump told reporters aboard Air Force One that talks went well. He said he would speak to Putin on Tuesday.',
      ),
    ).toEqual([['2025-03-18', 'putin,trump']]);
    expect(
      build('Italy is wary of the plan, Giorgia Meloni told senators.', 'She met Trump on Friday.'),
    ).toEqual([['2025-03-14', 'meloni,trump']]);
  });

  it('a pronoun after an opening phrase acts too (two layouts); must not: a name after the phrase', () => {
    expect(
      build(
        'Trump told reporters at the White House that talks went well.',
        'The following day, he spoke to Putin.',
      ),
    ).toEqual([['2025-03-18', 'putin,trump']]);
    expect(
      build(
        'Italy is wary of the plan, Giorgia Meloni told senators.',
        'On Friday, she met Trump in Washington.',
      ),
    ).toEqual([['2025-03-14', 'meloni,trump']]);
    expect(
      build('Italy is wary of the plan, Giorgia Meloni told senators.', 'On Friday, Trump spoke to Putin.'),
    ).toEqual([['2025-03-14', 'putin,trump']]);
  });

  it('round 80: a connective between commas after the opening phrase, before the pronoun (two layouts); must not: a connective before a name', () => {
    expect(
      build(
        'Trump told the leaders that the US would be involved.',
        'On Tuesday morning, however, he told Fox News that there would be no troops.',
      ),
    ).toEqual([['2025-03-11', 'trump']]);
    expect(
      build(
        'Italy is wary of the plan, Giorgia Meloni told senators.',
        'On Friday, meanwhile, she met Trump in Washington.',
      ),
    ).toEqual([['2025-03-14', 'meloni,trump']]);
    expect(
      build(
        'Italy is wary of the plan, Giorgia Meloni told senators.',
        'On Friday, however, Trump spoke to Putin.',
      ),
    ).toEqual([['2025-03-14', 'putin,trump']]);
  });

  it("a quote's speaker acts in its sentence's event", () => {
    expect(
      build(
        'Italy is wary of the plan, Giorgia Meloni told senators.',
        '"We will not be rushed," she said on Friday.',
      ),
    ).toEqual([['2025-03-14', 'meloni']]);
  });

  it('"They", or a pronoun with no person before it, adds no one', () => {
    expect(build('Leaders met in Paris.', 'They said on Friday that talks would go on.')).toEqual([]);
    expect(build('The plan is vague.', 'He said on Friday that talks would go on.')).toEqual([]);
  });
});

describe('a planned gathering with no actor named', () => {
  it('is an event in the week it is planned for; one that met last week is not', () => {
    const text = (s: string) => ev(s, '2025-04-11', []).map((e) => [e.date, e.precision]);
    expect(text('Military planners will meet again in London next week, officials said.')).toEqual([
      ['2025-04-14', 'week'],
    ]);
    expect(text('Military planners met in London last week, officials said.')).toEqual([]);
    expect(text('Planners from the coalition are scheduled to meet again in London next week.')).toEqual([
      ['2025-04-14', 'week'],
    ]);
  });

  it('a parliament that will debate or vote next week (two layouts); must not: one that debated last week', () => {
    const text = (s: string) => ev(s, '2025-04-11', []).map((e) => [e.date, e.precision]);
    expect(text('The Tweede Kamer will debate the issue next week.')).toEqual([['2025-04-14', 'week']]);
    expect(text('The Bundestag is expected to vote on the mandate next week.')).toEqual([
      ['2025-04-14', 'week'],
    ]);
    expect(text('The Tweede Kamer debated the issue last week.')).toEqual([]);
  });
});

describe('withoutCoarserDuplicates', () => {
  const found = (text: string) => extractDates(text, '2025-02-26');
  it('drops a week or month that holds a finer date of the same sentence, keeps one that holds none', () => {
    const kept = withoutCoarserDuplicates(
      found('This week, on Wednesday, they met; in March they meet again, and last month they spoke.'),
    );
    expect(kept.map((d) => `${d.precision} ${d.date}`)).toEqual([
      'day 2025-02-26',
      'month 2025-03-01',
      'month 2025-01-01',
    ]);
  });
});

describe('a group with no name in the gazetteer acts', () => {
  const build = (...paragraphs: string[]) => {
    const c = emptyCuration();
    const text = ['Allies plan a force', '', 'March 17, 2025', '', ...paragraphs.flatMap((p) => [p, ''])];
    return buildCorpus([raw('a.txt', text.join('\n'))], c).index?.events.map((e) => [e.date, e.precision]);
  };

  it('"In March, 26 of its members pledged …" and "Around 35 leaders took part" are events (two layouts)', () => {
    expect(build('In February, 26 of its members pledged to send troops.')).toEqual([
      ['2025-02-01', 'month'],
    ]);
    expect(
      build(
        'Leaders met in a coalition summit in Paris on Sunday.',
        'Around 35 leaders took part, most by video.',
      ),
    ).toEqual([
      ['2025-03-16', 'day'],
      ['2025-03-16', 'day'],
    ]);
  });

  it('must not: a group that is what someone acted on, or things rather than people', () => {
    expect(build('In February, prices of 26 commodities rose sharply.')).toEqual([]);
    expect(build('In February, the plan drew on troops from 26 countries.')).toEqual([]);
  });
});

describe('"But he …" and "The talks, chaired by …,"', () => {
  const ACTORS = `- {id: starmer, name: Keir Starmer, kind: person}
- {id: macron, name: Emmanuel Macron, kind: person}`;
  const build = (...paragraphs: string[]) => {
    const c = emptyCuration();
    const text = ['Leaders plan a force', '', 'March 4, 2025', '', ...paragraphs.flatMap((p) => [p, ''])];
    return buildCorpus([raw('a.txt', text.join('\n'))], {
      dir: c.dir,
      files: { ...c.files, 'actors.yaml': ACTORS },
    }).index?.events.map((e) => [e.date, e.actorIds.join(',')]);
  };

  it('"But he acknowledged on Monday …" is the person before (two layouts); must not: "But it …"', () => {
    expect(
      build('Keir Starmer said Britain was ready.', 'But he acknowledged on Monday that it needed help.'),
    ).toEqual([['2025-03-03', 'starmer']]);
    expect(
      build('Emmanuel Macron backed the plan.', 'And he said on Monday that France would help.'),
    ).toEqual([['2025-03-03', 'macron']]);
    expect(
      build('Keir Starmer said Britain was ready.', 'But it emerged on Monday that help was needed.'),
    ).toEqual([]);
  });

  it('"The talks, chaired by Starmer, were held …" is the gathering the lead dated', () => {
    expect(
      build(
        'Defence ministers met at NATO headquarters in Brussels on Monday.',
        'The talks, chaired by Keir Starmer, were held without US officials.',
      ),
    ).toEqual([
      ['2025-03-03', ''],
      ['2025-03-03', 'starmer'],
    ]);
  });
});

describe('rounds 88–91: the year a span is counted from', () => {
  it('"talks since the invasion in 2022" is no event in 2022 (two layouts); must not: what happened in that year', () => {
    const years = (text: string) => ev(text, '2025-02-18', ['united-states']).map((e) => e.date);
    expect(
      years(
        'Today, senior US and Russian officials sat down together for their first formal talks since the full-scale invasion in 2022.',
      ),
    ).toEqual(['2025-02-18']);
    expect(years('On Monday, the two sides held their first call since the summit in 2021.')).toEqual([
      '2025-02-17',
    ]);
    expect(years('Russia launched its full-scale invasion in 2022, and the United States sent aid.')).toEqual(
      ['2022-01-01'],
    );
  });
});

describe('rounds 109 and 110: a year beside the day a sentence tells, a next summit', () => {
  it('the year of a background clause makes no event beside the day (two layouts); must not: a year alone', () => {
    const dates = (text: string, pub: string) => ev(text, pub).map((e) => [e.date, e.precision]);
    expect(
      dates(
        "Pete Hegseth was expected to skip Friday's meeting of the contact group, the coalition the Pentagon founded in 2022, and join by video.",
        '2025-04-11',
      ),
    ).toEqual([['2025-04-11', 'day']]);
    expect(
      dates(
        'Maria Zakharova said on Thursday that Western troops would be unacceptable and compared the plan with the entry of NATO forces into Kosovo in 1999.',
        '2025-10-24',
      ),
    ).toEqual([['2025-10-23', 'day']]);
    expect(dates('Macron first floated sending troops in 2024.', '2025-03-03')).toEqual([
      ['2024-01-01', 'year'],
    ]);
  });
  it('"their next summit in December" is ahead (two layouts); must not: "their last summit in March"', () => {
    expect(extractDates('The next summit is in December.', '2025-10-24')[0]).toMatchObject({
      date: '2025-12-01',
      future: true,
    });
    expect(extractDates('Leaders will decide at the next meeting in November.', '2025-10-24')[0]?.date).toBe(
      '2025-11-01',
    );
    expect(extractDates('The leaders met at their last summit in March.', '2025-10-24')[0]?.date).toBe(
      '2025-03-01',
    );
  });
});

describe('rounds 120–123: the month a span is counted from, beside a day', () => {
  it('"… said on Thursday that … the question that has dogged the plan since February" makes no February event (two layouts); must not: a "since" month alone', () => {
    const dates = (text: string, pub: string) => ev(text, pub).map((e) => [e.date, e.precision]);
    expect(
      dates(
        'European leaders said on Thursday that 26 countries had committed to the force, but they left unresolved the question that has dogged the plan since February.',
        '2025-09-05',
      ),
    ).toEqual([['2025-09-04', 'day']]);
    expect(
      dates(
        'On Monday, the Europeans pressed Trump to commit to a backstop for the force that Britain and France have been planning since February.',
        '2025-08-20',
      ),
    ).toEqual([['2025-08-18', 'day']]);
    expect(dates('Britain and France have been planning the force since February.', '2025-08-20')).toEqual([
      ['2025-02-01', 'month'],
    ]);
  });
});

describe('rounds 140–143: a month that dates the start of a span is background', () => {
  const dates = (text: string, pub: string) => ev(text, pub).map((e) => [e.date, e.precision]);
  it('beside a day of its own, "since Moscow’s full-scale invasion in February 2022" and "since a heated Oval Office meeting in February" are background (two layouts); must not: "since Lee took office in June"', () => {
    expect(
      dates(
        'Rubio and Lavrov were meeting on Tuesday for the first high-level talks since Moscow’s full-scale invasion in February 2022, Macron noted.',
        '2025-02-18',
      ),
    ).toEqual([['2025-02-18', 'day']]);
    expect(
      dates(
        'Trump and Macron met briefly on Saturday, in their first talks since a heated Oval Office meeting in February.',
        '2025-04-28',
      ),
    ).toEqual([['2025-04-26', 'day']]);
    expect(
      dates('Macron meets Lee next Monday, their first summit since Lee took office in June.', '2025-08-20'),
    ).toContainEqual(['2025-06-01', 'month']);
  });
});

describe('rounds 168–171: a gathering with no named actor, a region between commas', () => {
  it('"The two men met in Anchorage, Alaska, on Friday" is an event though it names no one (two layouts); must not: a comma that parts two clauses', () => {
    expect(
      ev(
        'The two men met in Anchorage, Alaska, on Friday, but that summit ended without a deal.',
        '2025-08-19',
        [],
      ),
    ).toMatchObject([{ date: '2025-08-15', kind: 'summit' }]);
    expect(ev('The ministers met in Ramstein, Germany, on Tuesday.', '2025-08-19', [])).toMatchObject([
      { date: '2025-08-19' },
    ]);
    expect(ev('The talks stalled, and on Friday the envoys left.', '2025-08-19', [])).toEqual([]);
    expect(ev('The envoys met in Jeddah, Saudi Arabia, on Tuesday.', '2025-08-19', [])).toMatchObject([
      { date: '2025-08-19' },
    ]);
    // must not: an adverb between commas is no region.
    expect(ev('The leaders met, however, on Friday the envoys left.', '2025-08-19', [])).toEqual([]);
  });
});

describe('rounds 192–195: the end of a span is no event of its own', () => {
  it('"a ceasefire from May 8 to May 10" and "talks between Monday and Wednesday" date their start only (two layouts); must not: two dates joined by "and" that are two events', () => {
    expect(
      ev('On Monday, Putin declared a unilateral ceasefire from May 8 to May 10.', '2025-05-01', [])
        .map((e) => e.date)
        .sort(),
    ).not.toContain('2025-05-10');
    expect(
      ev('Negotiators will hold talks between Monday and Wednesday in Istanbul.', '2025-05-01', []).map(
        (e) => e.date,
      ),
    ).not.toContain('2025-05-07');
    expect(
      ev('Leaders met in London on Sunday and in Paris on Thursday.', '2025-03-07', [])
        .map((e) => e.date)
        .sort(),
    ).toEqual(['2025-03-02', '2025-03-06']);
  });
});

describe('a page that states no date at all', () => {
  const ACTORS = `- {id: macron, name: Emmanuel Macron, kind: person}
- {id: starmer, name: Keir Starmer, kind: person}`;
  const build = (...lines: string[]) => {
    const c = emptyCuration();
    return buildCorpus([raw('a.txt', lines.join('\n\n'))], {
      dir: c.dir,
      files: { ...c.files, 'actors.yaml': ACTORS },
    });
  };
  const dates = (r: ReturnType<typeof build>) => (r.index?.events ?? []).map((e) => e.date).sort();

  it('dates "on March 27" with the year of its copyright line, in two layouts, and leaves its publication date unknown', () => {
    const blog = build(
      'Scholars weigh Europe’s plan for a Ukraine force',
      'When Emmanuel Macron gathered some thirty leaders at the Élysée Palace on March 27, the talk was of a force.',
      'Keir Starmer had hosted a summit in London on March 2.',
      '© 2025 Riverside Media, Inc. All rights reserved.',
    );
    expect(dates(blog)).toEqual(['2025-03-02', '2025-03-27']);
    expect(blog.articles[0]?.published).toBeNull();
    expect(blog.report.articles[0]?.warnings.join(' ')).toContain(
      'read in 2025, the year of the page’s copyright line',
    );
    const magazine = build(
      'Issue: Vol. 42, No. 07',
      'Europe’s reassurance force and the missing backstop',
      'The idea took shape when Keir Starmer met European leaders on 2 March.',
      'Emmanuel Macron welcomed them to Paris on 27 March.',
      'Copyright© 2025, Example Publishing Pvt Ltd. or its affiliated companies. All rights reserved.',
    );
    expect(dates(magazine)).toEqual(['2025-03-02', '2025-03-27']);
  });

  it('must not: date a yearless day with no copyright line, a weekday by that year, or a dated page by it', () => {
    const bare = build(
      'Scholars weigh Europe’s plan for a Ukraine force',
      'When Emmanuel Macron gathered some thirty leaders at the Élysée Palace on March 27, the talk was of a force.',
      'Keir Starmer spoke to reporters on Thursday.',
    );
    expect(dates(bare)).toEqual([]);
    const weekday = build(
      'Scholars weigh Europe’s plan for a Ukraine force',
      'Keir Starmer spoke to reporters on Thursday.',
      '© 2025 Riverside Media, Inc. All rights reserved.',
    );
    expect(dates(weekday)).toEqual([]);
    const dated = build(
      'Leaders weigh a force for Ukraine',
      'January 5, 2026',
      'Emmanuel Macron gathered leaders at the Élysée Palace on March 27.',
      '© 2027 Riverside Media, Inc. All rights reserved.',
    );
    expect(dates(dated)).toEqual(['2025-03-27']);
  });
});

describe('a page with no date and no year, among the story’s dated articles', () => {
  const ACTORS = `- {id: macron, name: Emmanuel Macron, kind: person}
- {id: starmer, name: Keir Starmer, kind: person}`;
  const dated = (name: string, date: string) =>
    raw(
      name,
      [
        'Leaders weigh a force for Ukraine',
        date,
        `Officials in Paris and London kept talking (${name}).`,
      ].join('\n\n'),
    );
  const build = (others: ReturnType<typeof raw>[], ...lines: string[]) => {
    const c = emptyCuration();
    return buildCorpus([raw('yearless.txt', lines.join('\n\n')), ...others], {
      dir: c.dir,
      files: { ...c.files, 'actors.yaml': ACTORS },
    });
  };
  const datesOf = (r: ReturnType<typeof build>) =>
    (r.index?.events ?? [])
      .filter((e) => e.evidence.some((ev) => ev.articleId === 'yearless'))
      .map((e) => e.date)
      .sort();
  const story = [
    dated('a.txt', 'March 4, 2025'),
    dated('b.txt', 'May 12, 2025'),
    dated('c.txt', 'June 1, 2024'),
  ];

  it('reads "on March 27" in the story’s year, says it is a guess, and leaves the page undated (two layouts)', () => {
    const blog = build(
      story,
      'Scholars weigh Europe’s plan for a Ukraine force',
      'When Emmanuel Macron gathered some thirty leaders at the Élysée Palace on March 27, the talk was of a force.',
      'Keir Starmer spoke to reporters on Thursday.',
    );
    expect(datesOf(blog)).toEqual(['2025-03-27']);
    const page = blog.report.articles.find((a) => a.id === 'yearless');
    expect(blog.articles.find((a) => a.id === 'yearless')?.published).toBeNull();
    expect(page?.warnings.join(' ')).toContain('guessed to be in 2025');
    const paper = build(
      story,
      'Europe’s reassurance force and the missing backstop',
      'By Ruth Halvorsen, Staff Writer',
      'The idea took shape when Keir Starmer met European leaders on 2 March.',
    );
    expect(datesOf(paper)).toEqual(['2025-03-02']);
  });

  it('must not: guess when the story has one dated article or two years as common, or over a copyright year', () => {
    const line = 'Emmanuel Macron gathered leaders at the Élysée Palace on March 27.';
    expect(datesOf(build([dated('a.txt', 'March 4, 2025')], 'Scholars weigh a force', line))).toEqual([]);
    expect(
      datesOf(
        build(
          [dated('a.txt', 'March 4, 2025'), dated('b.txt', 'June 1, 2024')],
          'Scholars weigh a force',
          line,
        ),
      ),
    ).toEqual([]);
    expect(
      datesOf(
        build(story, 'Scholars weigh a force', line, '© 2024 Riverside Media, Inc. All rights reserved.'),
      ),
    ).toEqual(['2024-03-27']);
  });

  it('storyYearOf: the most common year of stated or inferred dates, never of a guessed one', () => {
    const p = (date: string, confidence: 'stated' | 'inferred' | 'guessed' = 'stated') => ({
      date,
      precision: 'day' as const,
      method: 'dateline',
      confidence,
      source: date,
    });
    expect(storyYearOf([p('2025-01-02'), p('2025-05-06'), p('2024-01-01'), null])).toBe(2025);
    expect(storyYearOf([p('2025-01-02'), p('2024-05-06')])).toBeNull();
    expect(storyYearOf([p('2025-01-02'), p('2025-05-06', 'guessed')])).toBeNull();
  });
});

describe('"the day before the summit" in the sentence’s own clause', () => {
  const ACTORS = `- {id: zelensky, name: Volodymyr Zelensky, aliases: [Zelensky], kind: person}
- {id: starmer, name: Keir Starmer, aliases: [Starmer], kind: person}
- {id: macron, name: Emmanuel Macron, aliases: [Macron], kind: person}`;
  const datesOf = (lead: string, line: string) => {
    const c = emptyCuration();
    const r = buildCorpus(
      [raw('a.txt', ['Leaders meet in London', 'March 3, 2025', lead, line].join('\n\n'))],
      { dir: c.dir, files: { ...c.files, 'actors.yaml': ACTORS } },
    );
    const id = r.articles[0]?.paragraphs.flatMap((p) => p.sentences).find((s) => s.text === line)?.id;
    return (r.index?.events ?? [])
      .filter((e) => e.evidence.some((ev) => ev.sentenceId === id))
      .map((e) => e.date)
      .sort();
  };
  const LEAD = 'Starmer hosted 18 European leaders at a summit in London on Sunday.';
  it('dates the sentence by the day before only (two layouts)', () => {
    expect(
      datesOf(
        LEAD,
        'Zelensky flew to London the day before the summit and was embraced by Starmer outside Downing Street.',
      ),
    ).toEqual(['2025-03-01']);
    expect(
      datesOf(LEAD, 'Macron arrived in London the day before the summit for talks with Zelensky.'),
    ).toEqual(['2025-03-01']);
  });
  it('must not: in a clause on the side, the sentence still goes on in the summit’s day', () => {
    expect(
      datesOf(
        LEAD,
        'Zelensky, who was embraced by Starmer outside Downing Street the day before the summit, struck a careful tone.',
      ),
    ).toContain('2025-03-02');
  });
});

describe('rounds 434–435: "due to meet next Tuesday to turn Thursday’s pledges into a plan"', () => {
  it('a possessive day beside the later day a plan is set for is no event of its own (two layouts); must not: a past act, a relative clause', () => {
    const days = (text: string, pub: string) => ev(text, pub).map((e) => e.date);
    expect(
      days(
        'Coalition defense chiefs are due to meet in London next Tuesday to turn Thursday’s pledges into a deployment plan.',
        '2025-09-04',
      ),
    ).toEqual(['2025-09-09']);
    expect(
      days(
        'European defence ministers will meet in Brussels on 10 April to turn Thursday’s commitments into numbers.',
        '2025-04-03',
      ),
    ).toEqual(['2025-04-10']);
    expect(
      days('Mr Trump broke off Monday’s meeting on Tuesday to phone Vladimir Putin.', '2025-08-19'),
    ).toEqual(['2025-08-18', '2025-08-19']);
    expect(
      days(
        'Macron, who spoke with Trump by phone before Monday’s meeting, will host a second round of talks on Wednesday.',
        '2025-02-18',
      ),
    ).toContain('2025-02-17');
  });
});
