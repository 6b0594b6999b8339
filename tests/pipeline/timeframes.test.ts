// @vitest-environment node
import { resolveAnchoredDates } from '../../src/pipeline/anchors';
import { extractDates, looksBack, type FoundDate } from '../../src/pipeline/dates';
import { carriedDates, type CaptionDate, type TimedSentence } from '../../src/pipeline/timeframes';

const PUB = '2025-03-04';

/** Paragraphs of [text, actors] → sentences as the event stage sees them (people: actors without a "-"). */
function page(...paragraphs: [string, string[]][][]): (TimedSentence & { dates: FoundDate[] })[] {
  return paragraphs.flatMap((p, paragraph) =>
    p.map(([text, actorIds], i) => ({
      id: `p${paragraph}s${i}`,
      text,
      paragraph,
      actorIds,
      people: actorIds.filter((a) => !a.includes('-')),
      dates: extractDates(text, PUB),
    })),
  );
}
const dates = (carried: ReturnType<typeof carriedDates>) =>
  Object.fromEntries([...carried].map(([id, c]) => [id, c.date.date]));

describe('a date carried from where the text set the time', () => {
  it('goes on in the paragraph: "On Sunday, leaders met … They agreed …"', () => {
    const sentences = page([
      ['On Sunday, European leaders met at Lancaster House.', ['european-leaders']],
      ['They agreed to keep military aid flowing to Ukraine.', ['ukraine']],
      ['Zelensky thanked them for their support.', ['zelensky']],
    ]);
    expect(dates(carriedDates(sentences, []))).toEqual({ p0s1: '2025-03-02', p0s2: '2025-03-02' });
  });

  it('into the next paragraph only after a one-sentence one, about the same actor (two layouts)', () => {
    const same = page(
      [['Estonian Prime Minister Kristen Michal said on Monday that the Baltics were ready.', ['michal']]],
      [['Michal spoke after a call with the leaders of Latvia and Lithuania.', ['michal']]],
    );
    expect(dates(carriedDates(same, []))).toEqual({ p1s0: '2025-03-03' });
    const other = page(
      [['British Defence Secretary John Healey said on Monday the UK was ready.', ['healey']]],
      [['Italian Prime Minister Giorgia Meloni said she did not plan to send soldiers.', ['meloni']]],
    );
    expect(dates(carriedDates(other, []))).toEqual({});
  });

  it('not into a standing position, the present, a quote, or after a look back', () => {
    const sentences = page([
      ['The Kremlin dismissed the plan on Tuesday.', ['russia']],
      ['Meloni has doubted that a European force would work.', ['meloni']],
      ['Russia rejects any Western troops in Ukraine.', ['russia']],
      ['"We will never accept foreign troops on our border," Peskov said.', ['peskov']],
    ]);
    expect(dates(carriedDates(sentences, []))).toEqual({});
    const anchored = {
      text: 'the day before',
      index: 57,
      date: '2025-03-03',
      precision: 'day' as const,
      future: false,
      anchored: true,
    };
    const lookBack = page([
      ['The meeting followed talks between Macron and Starmer the day before.', ['macron', 'starmer']],
      ['Macron told the chiefs that the force should be credible and long-term.', ['macron']],
    ]).map((s, i) => (i === 0 ? { ...s, dates: [anchored] } : s));
    expect(dates(carriedDates(lookBack, []))).toEqual({});
  });
});

describe('a date carried through one-sentence paragraphs', () => {
  it('"then", "afterwards", "After the meeting" and "joined the meeting" go on in the time (two layouts)', () => {
    const kyiv = page(
      [['The leaders of France, Britain and Poland arrived in Kyiv by train on Saturday.', ['france']]],
      [['Macron, Starmer and Tusk then phoned Trump from the palace.', ['macron', 'trump']]],
    );
    expect(dates(carriedDates(kyiv, []))).toEqual({ p1s0: '2025-03-01' });
    const paris = page(
      [['Twenty-six countries committed troops on Monday, Macron said.', ['macron']]],
      [['After the meeting, the leaders held a call with Trump.', ['trump']]],
      [['A European diplomat described the plan as "backstop-lite".', []]],
      [['Merz, who joined the meeting by video, said Berlin would decide later.', ['merz']]],
    );
    expect(dates(carriedDates(paris, []))).toEqual({ p1s0: '2025-03-03', p3s0: '2025-03-03' });
  });

  it('a look back in the past perfect dates itself but does not move the time line', () => {
    const sentences = page(
      [['Leaders met in Paris on Thursday, Macron said.', ['macron']]],
      [['Zelensky had arrived in Paris on Wednesday for a dinner.', ['zelensky']]],
      [['After the meeting, the leaders held a call with Trump.', ['trump']]],
    );
    expect(dates(carriedDates(sentences, []))).toEqual({ p2s0: '2025-02-27' });
  });

  it('a plan the sentence names is not the time it tells of', () => {
    const sentences = page([
      [
        'Leaders arrived in Kyiv on Saturday and called for a truce starting on Monday.',
        ['european-leaders'],
      ],
      ['They phoned Trump from the palace.', ['trump']],
    ]);
    expect(dates(carriedDates(sentences, []))).toEqual({ p0s1: '2025-03-01' });
  });

  it('not to a new paragraph about someone else, with no word that goes on', () => {
    const sentences = page(
      [['Leaders met in Paris on Thursday, Macron said.', ['macron']]],
      [['Meloni spoke to reporters in Rome about the budget.', ['meloni']]],
    );
    expect(dates(carriedDates(sentences, []))).toEqual({});
  });
});

describe('the gathering the lead dates', () => {
  it('dates what is told "at the summit", "after the meeting", "on arrival" later on (two layouts)', () => {
    const london = page(
      [['Keir Starmer hosted leaders at a summit in London on Sunday.', ['starmer']]],
      [['Zelensky thanked the hosts.', ['zelensky']]],
      [['Ukraine needs more air defence, officials say.', ['ukraine']]],
      [['At the summit, Zelensky said he was ready to sign.', ['zelensky']]],
      [['Giorgia Meloni warned at the meeting against a split in the West.', ['meloni']]],
    );
    expect(dates(carriedDates(london, []))).toMatchObject({ p3s0: '2025-03-02', p4s0: '2025-03-02' });
    const paris = page(
      [['European leaders met in Paris on Monday for crisis talks.', ['european-leaders']]],
      [['The euro rose against the dollar.', []]],
      [['Donald Tusk said on arrival that Warsaw had no plans to send troops.', ['tusk']]],
    );
    expect(dates(carriedDates(paris, []))).toEqual({ p2s0: '2025-03-03' });
  });

  it('not the present, a plan, or a gathering the lead never dated', () => {
    const sentences = page(
      [['Keir Starmer hosted leaders at a summit in London on Sunday.', ['starmer']]],
      [['Russia is not bound by decisions at the summit, Peskov says.', ['russia']]],
      [['Meloni will speak at the meeting in Brussels.', ['meloni']]],
    );
    expect(dates(carriedDates(sentences, []))).toEqual({});
    const undated = page(
      [['Leaders are divided over the plan.', ['european-leaders']]],
      [['At the summit, Zelensky said he was ready to sign.', ['zelensky']]],
    );
    expect(dates(carriedDates(undated, []))).toEqual({});
  });
});

describe("a live page's entries", () => {
  it("date what their past sentences report by the entry's stamp; not plans, quotes or the present", () => {
    const sentences = page([
      ['Speaking outside the White House, Macron said troops would stay far from the front.', ['macron']],
      ['Trump will speak to Putin later.', ['trump']],
      ['"We are ready," Zelensky said.', ['zelensky']],
      ['Russia rejects any Western troops.', ['russia']],
    ]).map((s) => ({ ...s, entryDate: '2025-08-18' }));
    expect(dates(carriedDates(sentences, []))).toEqual({ p0s0: '2025-08-18' });
  });
});

describe('a date from a photo caption', () => {
  const caption: CaptionDate = {
    text: 'Starmer, Zelensky and Macron talk before the summit at Lancaster House on March 2, 2025.',
    date: { text: 'on March 2, 2025', index: 60, date: '2025-03-02', precision: 'day', future: false },
    people: ['starmer', 'zelensky', 'macron'],
    places: ['Lancaster House'],
  };

  it('dates the scene the text tells without a date: same people, and the place or a meeting', () => {
    const sentences = page([
      ['Starmer welcomed eighteen leaders to the mansion near the palace.', ['starmer']],
      [
        'Macron and Starmer held a separate session with Zelensky at Lancaster House.',
        ['macron', 'starmer', 'zelensky'],
      ],
    ]);
    expect(dates(carriedDates(sentences, [caption]))).toEqual({ p0s0: '2025-03-02', p0s1: '2025-03-02' });
  });

  it('not a sentence that only names the same people', () => {
    const sentences = page([
      ['Macron spoke optimistically about the talks with Starmer.', ['macron', 'starmer']],
    ]);
    expect(dates(carriedDates(sentences, [caption]))).toEqual({});
  });
});

describe('a scene told over several paragraphs (round 13)', () => {
  it('quoted words beside a report, or a paragraph of them, do not break the time line (two layouts)', () => {
    const washington = page(
      [
        [
          'Trump received Zelensky and then Merz and Macron at the White House on Monday.',
          ['trump', 'zelensky', 'merz'],
        ],
      ],
      [['"We will help them," Trump told reporters.', ['trump']]],
      [['Midway through the talks, Trump broke off to phone Putin.', ['trump', 'putin']]],
      [
        ['Merz, who had pushed for a ceasefire, said he wanted one first.', ['merz']],
        ['"I would like to see the guns fall silent," the chancellor said.', ['merz']],
      ],
      [['Zelensky called it his best meeting with Trump so far.', ['zelensky', 'trump']]],
    );
    // "told reporters" tells the occasion of the quoted words: they are an event of the scene too.
    expect(dates(carriedDates(washington, []))).toEqual({
      p1s0: '2025-03-03',
      p2s0: '2025-03-03',
      p3s0: '2025-03-03',
      p4s0: '2025-03-03',
    });
    const vladivostok = page(
      [['Putin warned on Monday that Western troops would be targets.', ['putin']]],
      [['"We will assume they are legitimate targets," Putin told the forum.', ['putin']]],
      [['He added that a lasting peace would make a deployment pointless.', ['russia']]],
    );
    // "told the forum" tells the occasion too (round 64).
    expect(dates(carriedDates(vladivostok, []))).toEqual({ p1s0: '2025-03-03', p2s0: '2025-03-03' });
  });

  it('must not: a report after a paragraph of two reports, or about someone new, goes on', () => {
    const sentences = page(
      [
        ['Macron said on Monday that the plan was ready.', ['macron']],
        ['Starmer said the coalition would meet again.', ['starmer']],
      ],
      [['"The ball is in Moscow\'s court," Macron said.', ['macron']]],
      [['Meloni said Italy would not send troops.', ['meloni']]],
    );
    expect(dates(carriedDates(sentences, []))).toEqual({ p0s1: '2025-03-03' });
  });

  it('whoever acted in the scene may carry it on; an undated opener with no actor leads it on (two layouts)', () => {
    const paris = page(
      [['Macron hosted the summit on Monday.', ['macron']]],
      [['Starmer, who attended the meeting, accused Putin of stalling.', ['starmer', 'putin']]],
      [['Starmer said the leaders had agreed not to ease sanctions.', ['starmer']]],
    );
    expect(dates(carriedDates(paris, []))).toEqual({ p1s0: '2025-03-03', p2s0: '2025-03-03' });
    const london = page(
      [['Macron said in an interview published on Sunday that a truce could come first.', ['macron']]],
      [
        ['Not everyone was ready to commit soldiers.', []],
        ['Meloni said sending Italian troops was not being considered.', ['meloni']],
      ],
    );
    expect(dates(carriedDates(london, []))).toEqual({ p1s1: '2025-03-02' });
  });

  it('a report takes the day of the same speaker\'s quoted words right after it; not the quote\'s own "today"', () => {
    const vienna = page([
      ['In Vienna, Foreign Minister Meinl-Reisinger said Austria would examine taking part.', ['meinl']],
      ['"Neutrality does not mean that we look away," she told ORF on Monday.', []],
    ]);
    expect(dates(carriedDates(vienna, []))).toEqual({ p0s0: '2025-03-03' });
    const prague = page([
      ['Fiala said the Czech Republic was ready to help.', ['fiala']],
      ['"We are prepared to contribute," Fiala told journalists on Monday.', ['fiala']],
    ]);
    expect(dates(carriedDates(prague, []))).toEqual({ p0s0: '2025-03-03' });
    const today = page([
      ['Rutte said more countries had promised to raise spending.', ['rutte']],
      ['"I heard Europe stepping up today," he said.', []],
    ]);
    expect(dates(carriedDates(today, []))).toEqual({});
  });

  it('the gathering: chaired, took part in, in Paris for it, briefed the press; "The summit came …" sets the time', () => {
    const sentences = page(
      [['Leaders met at a summit in Paris on Monday.', ['european-leaders', 'macron']]],
      [
        ['The euro rose.', []],
        ['Markets were calm.', []],
      ],
      [['Starmer, who co-chaired the meeting, said the plan was ready.', ['starmer']]],
      [
        ['The bond market was quiet.', []],
        ['Gold rose.', []],
      ],
      [['Fiala took part in the talks by video link.', ['fiala']]],
      [
        ['Oil fell.', []],
        ['Stocks rose.', []],
      ],
      [['Zelensky, who was in Paris for the talks, welcomed the plan.', ['zelensky']]],
      [
        ['Bonds fell.', []],
        ['Gold fell.', []],
      ],
      [['Macron told a news conference that 26 countries had pledged troops.', ['macron']]],
    );
    expect(dates(carriedDates(sentences, []))).toEqual({
      p2s0: '2025-03-03',
      p4s0: '2025-03-03',
      p6s0: '2025-03-03',
      p8s0: '2025-03-03',
    });
    const came = page(
      [['European leaders met in London on Sunday for a summit.', ['european-leaders']]],
      [['The summit came two days after the row in the Oval Office.', ['zelensky', 'trump']]],
      [
        [
          'Speaking to journalists before flying back to Kyiv, Zelensky said ties would survive.',
          ['zelensky'],
        ],
      ],
    );
    // Undated here (its "two days after" is resolved by anchors.ts), the sentence about the summit is on its day.
    expect(dates(carriedDates(came, []))).toEqual({ p1s0: '2025-03-02', p2s0: '2025-03-02' });
  });

  it('must not: a gathering named by a place the text gave another day, or someone else briefing', () => {
    const geneva = page(
      [['Stubb spoke after a video conference of the coalition on Monday.', ['stubb', 'coalition']]],
      [['The call came two days after US and Ukrainian delegations met in Geneva.', ['ukraine']]],
      [['Rubio said after the Geneva talks that there had been progress.', ['rubio', 'ukraine']]],
    );
    resolveAnchoredDates(geneva, PUB);
    expect(geneva[1]?.dates).toMatchObject([{ date: '2025-03-01', aside: true }]);
    expect(dates(carriedDates(geneva, []))).not.toHaveProperty('p2s0');
    const briefing = page(
      [['Leaders met at a summit in Paris on Monday.', ['macron']]],
      [
        ['The euro rose.', []],
        ['Markets were calm.', []],
      ],
      [['Tusk told reporters that Poland would not send troops.', ['tusk']]],
    );
    expect(dates(carriedDates(briefing, []))).toEqual({});
  });
});

describe('the gathering named with its adjectives (round 14)', () => {
  it('"The closed-door session was hosted by …", "co-chaired the video call" take its day (two layouts)', () => {
    const paris = page(
      [['Defence chiefs from 30 countries gathered near Paris on Monday.', ['france']]],
      [["The closed-door session was hosted by France's chief of defence staff.", ['france']]],
    );
    expect(dates(carriedDates(paris, []))).toEqual({ p1s0: '2025-03-03' });
    const call = page(
      [['Leaders of the coalition met by video on Monday to discuss guarantees.', ['coalition']]],
      [
        ['The euro rose.', []],
        ['Oil fell.', []],
      ],
      [
        [
          'Macron, who co-chaired the video call with Starmer, said a force would follow.',
          ['macron', 'starmer'],
        ],
      ],
    );
    expect(dates(carriedDates(call, []))).toEqual({ p2s0: '2025-03-03' });
  });

  it('must not: a gathering still to come, or one whose noun has no article', () => {
    const sentences = page(
      [['Defence chiefs from 30 countries gathered near Paris on Monday.', ['france']]],
      [
        ['The euro rose.', []],
        ['Oil fell.', []],
      ],
      [['Macron will co-chair the next video call with Starmer.', ['macron']]],
      [
        ['Bonds fell.', []],
        ['Gold rose.', []],
      ],
      [['Starmer chaired video calls with allies.', ['starmer']]],
    );
    expect(dates(carriedDates(sentences, []))).toEqual({});
  });
});

describe('a scene goes on with the people of the states it named', () => {
  it('"Macron …" after "France and Britain … on Monday" (two layouts); must not: someone of another state', () => {
    const lead = page([
      ['France and Britain said on Monday that they would lead a force.', ['france', 'united-kingdom']],
    ]);
    const macron = {
      ...page([['Macron added that the troops would stay away from the front.', ['macron']]])[0]!,
      id: 'm',
      paragraph: 1,
      affiliations: ['france'],
    };
    expect(dates(carriedDates([...lead, macron], []))).toEqual({ m: '2025-03-03' });
    const kyiv = page([
      ['The leaders of Germany and Poland travelled to Kyiv on Saturday.', ['germany', 'poland']],
    ]);
    const merz = {
      ...page([['Merz held talks with Zelensky at the station.', ['merz', 'zelensky']]])[0]!,
      id: 'z',
      paragraph: 1,
      affiliations: ['germany', 'ukraine'],
    };
    expect(dates(carriedDates([...kyiv, merz], []))).toEqual({ z: '2025-03-01' });
    const meloni = {
      ...page([['Meloni said Italy would not send troops.', ['meloni']]])[0]!,
      id: 'i',
      paragraph: 1,
      affiliations: ['italy'],
    };
    expect(dates(carriedDates([...lead, meloni], []))).toEqual({});
  });
});

describe('round 15: a gathering that came after another, and the start of a meeting', () => {
  it('"The meeting came three days after … last Friday" goes on at the gathering, not the earlier day', () => {
    const sentences = page(
      [
        [
          'Trump said on Monday that the US would help, after hosting European leaders at the White House.',
          ['trump'],
        ],
      ],
      [['The meeting came three days after the summit in Alaska last Friday.', ['trump', 'putin']]],
      [['Midway through the talks, Trump broke off to telephone Putin.', ['trump', 'putin']]],
    );
    expect(dates(carriedDates(sentences, []))).toEqual({ p2s0: '2025-03-03' });
  });

  it('"addressed the chiefs at the start of the meeting" is the gathering\'s day; must not: a plan for its end', () => {
    const sentences = page(
      [['Military chiefs from 30 countries met in Paris on Monday.', ['france']]],
      [['The session was the first of its kind earlier this month.', ['france']]],
      [['Macron addressed the chiefs at the start of the meeting.', ['macron']]],
      [
        ['Bonds fell.', []],
        ['Gold rose.', []],
      ],
      [['Starmer will speak at the end of the meeting.', ['starmer']]],
    );
    expect(dates(carriedDates(sentences, []))).toEqual({ p2s0: '2025-03-03' });
  });
});

describe('quoted words told on an occasion', () => {
  it('"“…,” Starmer told reporters after the talks" goes on in the scene (two layouts); must not: a bare "he said"', () => {
    const london = page(
      [['Starmer hosted European leaders at Lancaster House on Sunday.', ['starmer']]],
      [['"Europe has to carry the heavy load here," Starmer told reporters after the talks.', ['starmer']]],
    );
    expect(dates(carriedDates(london, []))).toEqual({ p1s0: '2025-03-02' });
    const paris = page(
      [['Leaders held a video call with Macron on Monday.', ['macron']]],
      [
        [
          '"A ceasefire without guarantees is an invitation to the next war," Mr Macron said after the call.',
          ['macron'],
        ],
      ],
    );
    expect(dates(carriedDates(paris, []))).toEqual({ p1s0: '2025-03-03' });
    const bare = page(
      [['Starmer hosted European leaders at Lancaster House on Sunday.', ['starmer']]],
      [['"Europe has to carry the heavy load here and now," Starmer said.', ['starmer']]],
    );
    expect(dates(carriedDates(bare, []))).toEqual({});
  });
});

describe('"who attended" names someone at the gathering', () => {
  it('"Zelenskyy, who attended in person, called …" takes its day (two layouts); must not: who will attend', () => {
    const sentences = page(
      [['Leaders met at a summit in Paris on Monday.', ['macron']]],
      [
        ['The euro rose.', []],
        ['Oil fell.', []],
      ],
      [['Zelenskyy, who attended in person, called the pledges a serious step.', ['zelensky']]],
      [
        ['Bonds fell.', []],
        ['Gold rose.', []],
      ],
      [["Italy's Giorgia Meloni, who took part, repeated that Italy would not send troops.", ['meloni']]],
      [
        ['Stocks fell.', []],
        ['Gold fell.', []],
      ],
      [['Tusk, who will attend the next one, said Poland would help.', ['tusk']]],
    );
    expect(dates(carriedDates(sentences, []))).toEqual({ p2s0: '2025-03-03', p4s0: '2025-03-03' });
  });
});

describe("a group's members and 'the leaders' go on in its scene (round 17)", () => {
  it('"European leaders travelled to Kyiv on Saturday" then "Macron, Starmer, Merz and Tusk …" and "The leaders phoned Trump"', () => {
    const group = (text: string, actors: string[], groups: string[]) => ({ text, actors, groups });
    const rows = [
      group(
        'European leaders travelled to Kyiv on Saturday and handed Putin an ultimatum.',
        ['european-leaders', 'putin'],
        ['european-leaders'],
      ),
      group(
        'Macron, Starmer, Merz and Tusk made the journey on an overnight train.',
        ['macron', 'starmer', 'merz', 'tusk'],
        [],
      ),
      group('"We are standing with Ukraine," Mr Starmer said.', ['starmer'], []),
      group('The leaders phoned US President Donald Trump from Kyiv.', ['trump'], []),
    ];
    const sentences = rows.map((r, paragraph) => ({
      ...page([[r.text, r.actors]])[0]!,
      id: `p${paragraph}`,
      paragraph,
      groups: r.groups,
    }));
    expect(dates(carriedDates(sentences, []))).toEqual({ p1: '2025-03-01', p3: '2025-03-01' });
  });

  it('must not: one person after a group, or several people after no group', () => {
    const lead = {
      ...page([['European leaders met in Paris on Saturday.', ['european-leaders']]])[0]!,
      groups: ['european-leaders'],
    };
    const one = {
      ...page([['Meloni said Italy would not send troops.', ['meloni']]])[0]!,
      id: 'o',
      paragraph: 1,
    };
    expect(dates(carriedDates([lead, one], []))).toEqual({});
    const noGroup = page(
      [['Prices rose in Paris on Saturday, traders said.', ['france']]],
      [['Macron and Starmer met in London.', ['macron', 'starmer']]],
    );
    expect(dates(carriedDates(noGroup, []))).toEqual({});
  });
});

describe('"At Monday\'s meeting, … had told …" sets a scene of its own', () => {
  it('what follows goes on in it, after a sentence of another day (two layouts)', () => {
    const meeting = page(
      [['Trump said on Tuesday that no troops would go.', ['trump']]],
      [['At Monday’s meeting, Trump had told the leaders that the US would help.', ['trump']]],
      [['Macron, speaking to reporters afterward, called guarantees the heart of any peace.', ['macron']]],
    );
    expect(dates(carriedDates(meeting, []))['p2s0']).toBe('2025-03-03');
    const summit = page([
      ['Starmer said on Tuesday that planning went on.', ['starmer']],
      ['During Sunday’s summit, Macron had proposed a month-long truce.', ['macron']],
      ['Starmer backed the idea at the summit afterwards.', ['starmer']],
    ]);
    expect(dates(carriedDates(summit, []))['p0s2']).toBe('2025-03-02');
  });

  it('must not: a look back that sets no scene leaves the time line where it was', () => {
    const back = page([
      ['Macron met Trump in Washington on Monday.', ['macron', 'trump']],
      ['Zelensky had arrived in Paris on Sunday.', ['zelensky']],
      ['Macron then flew home.', ['macron']],
    ]);
    expect(dates(carriedDates(back, []))['p0s2']).toBe('2025-03-03');
  });
});

describe('a news lead that ends on its attribution takes the day of the next report', () => {
  it('"…, Emmanuel Macron has said." then "Speaking … on Thursday, Mr Macron said …" (two layouts)', () => {
    const perfect = page(
      [['Twenty-six countries have committed to a force for Ukraine, Emmanuel Macron has said.', ['macron']]],
      [['Speaking after a summit in Paris on Monday, Mr Macron said the force would not fight.', ['macron']]],
    );
    expect(dates(carriedDates(perfect, []))).toEqual({ p0s0: '2025-03-03' });
    const present = page(
      [['Europe’s leaders plan in haste', []]],
      [['Britain will lead a force of 10,000 troops, Keir Starmer says.', ['starmer']]],
      [['The prime minister, who hosted Monday’s call, said Britain was ready.', ['starmer']]],
    );
    expect(dates(carriedDates(present, []))).toEqual({ p1s0: '2025-03-03' });
    // A lead whose named subject speaks in the perfect: "Donald Trump has ruled out …".
    const perfectLead = page(
      [
        [
          'Donald Trump has ruled out sending American troops, but said the US could help from the air.',
          ['trump'],
        ],
      ],
      [
        [
          'The US president told Fox News on Monday that Europe was "willing to put people on the ground".',
          ['trump'],
        ],
      ],
    );
    expect(dates(carriedDates(perfectLead, []))).toEqual({ p0s0: '2025-03-03' });
  });

  it('must not: someone else’s report, a lead with no attribution at its end, or a later sentence', () => {
    const other = page(
      [['Twenty-six countries have committed to a force, Emmanuel Macron has said.', ['macron']]],
      [['Speaking in London on Monday, Keir Starmer said Britain was ready.', ['starmer']]],
    );
    expect(dates(carriedDates(other, []))).toEqual({});
    const noAttribution = page(
      [['Italy has refused to send troops to any force.', ['italy']]],
      [['Speaking in Rome on Monday, Ms Meloni said Italy would help in other ways.', ['meloni']]],
    );
    expect(dates(carriedDates(noAttribution, []))).toEqual({});
    const later = page(
      [['Starmer met Zelensky in London on Sunday.', ['starmer', 'zelensky']]],
      [['Italy will not send troops, Giorgia Meloni has said.', ['meloni']]],
      [['Speaking in Rome on Monday, Ms Meloni said Italy would help in other ways.', ['meloni']]],
    );
    expect(dates(carriedDates(later, []))['p1s0']).toBeUndefined();
  });
});

describe('who told the gathering, and who stood beside whom', () => {
  it('"“…,” he said, standing alongside Zelensky" and "“…,” he told them" go on in the scene (two layouts)', () => {
    const alongside = page(
      [['Speaking after a summit in Paris on Monday, Macron said the force would not fight.', ['macron']]],
      [['"This force is there to guarantee the peace," he said, standing alongside Zelensky.', ['zelensky']]],
    );
    expect(dates(carriedDates(alongside, []))).toEqual({ p1s0: '2025-03-03' });
    const them = page([
      ['Macron addressed the commanders on Monday afternoon.', ['macron']],
      ['"Europe must be able to act, and fast," he told them, according to his office.', ['europe']],
    ]);
    expect(dates(carriedDates(them, []))).toEqual({ p0s1: '2025-03-03' });
  });

  it('"X told the leaders …" is at the gathering the lead dated, a video call as well as a summit', () => {
    const call = page(
      [
        [
          'Speaking after a video call of the coalition on Monday, Starmer said the group had agreed.',
          ['starmer'],
        ],
      ],
      [['The plan was leaked last week.', ['united-states']]],
      [['Zelensky told the leaders that Kyiv needed guarantees, according to his office.', ['zelensky']]],
    );
    expect(dates(carriedDates(call, []))).toEqual({ p2s0: '2025-03-03' });
  });

  it('must not: "he told them" in another paragraph, or a bare "he said" beside someone', () => {
    const far = page(
      [
        ['Macron addressed the commanders on Monday afternoon.', ['macron']],
        ['Starmer spoke by video.', ['starmer']],
      ],
      [['"Europe must be able to act, and fast," he told them.', ['europe']]],
    );
    expect(dates(carriedDates(far, []))['p1s0']).toBeUndefined();
    const bare = page(
      [['Speaking after a summit in Paris on Monday, Macron said the force would not fight.', ['macron']]],
      [['"This force is there to guarantee the peace," Zelensky said.', ['zelensky']]],
    );
    expect(dates(carriedDates(bare, []))).toEqual({});
  });
});

describe('round 21–22: a plan reported in passing, "There …", "The hastily arranged meeting came as …"', () => {
  it('a past sentence that mentions a plan ("adding that Trump would … next week") still goes on in the scene (two layouts)', () => {
    const plan = page(
      [['European leaders met in Paris on Monday to discuss a force.', ['european-leaders']]],
      [
        [
          '“A backstop is the only way,” Starmer told reporters after the meeting, adding that he would see Trump next week.',
          ['starmer', 'trump'],
        ],
      ],
    );
    expect(dates(carriedDates(plan, []))).toEqual({ p1s0: '2025-03-03' });
    const later = page([
      ['Macron hosted Starmer in Paris on Monday.', ['macron', 'starmer']],
      ['They agreed that ministers would meet again next month.', ['macron']],
    ]);
    expect(dates(carriedDates(later, []))).toEqual({ p0s1: '2025-03-03' });
  });

  it('"There the four leaders called …" is at the place and day of the look back before it', () => {
    const there = page(
      [['The Prime Minister made a statement to MPs on Tuesday.', ['starmer']]],
      [
        ['He said that on Saturday he had travelled to Kyiv with Macron.', ['starmer', 'macron']],
        ['There the four leaders called for a ceasefire and spoke by phone to Trump.', ['trump']],
      ],
    );
    expect(dates(carriedDates(there, []))['p1s1']).toBe('2025-03-01');
    // Must not: "There is …" is no place, and a "There" after no look back goes on in the frame.
    const is = page(
      [['The Prime Minister made a statement to MPs on Tuesday.', ['starmer']]],
      [
        ['He said that on Saturday he had travelled to Kyiv with Macron.', ['starmer', 'macron']],
        ['There is no sign that Putin will agree, Trump said.', ['trump', 'putin']],
      ],
    );
    expect(dates(carriedDates(is, []))['p1s1']).not.toBe('2025-03-01');
  });

  it('"The hastily arranged meeting came as … talks began on Tuesday" is about the gathering, not Tuesday', () => {
    const came = page(
      [['European leaders met in Paris on Monday.', ['european-leaders']]],
      [
        [
          'The hastily arranged meeting came as US and Russian officials began talks in Riyadh on Tuesday.',
          [],
        ],
      ],
      [['“We must act,” Starmer told reporters after the meeting.', ['starmer']]],
    );
    expect(dates(carriedDates(came, []))['p2s0']).toBe('2025-03-03');
  });
});

describe('"said before the talks" is the gathering’s day', () => {
  it('in two layouts; must not: a gathering still to come', () => {
    const before = page(
      [['European leaders met in Paris on Monday to discuss a force.', ['european-leaders']]],
      [['Scholz called the debate premature.', ['scholz']]],
      [
        [
          'Polish Prime Minister Donald Tusk said before the talks that Warsaw would not send soldiers.',
          ['tusk'],
        ],
      ],
      [['Italy’s Meloni had said before the summit that she doubted the plan.', ['meloni']]],
    );
    const got = dates(carriedDates(before, []));
    expect(got['p2s0']).toBe('2025-03-03');
    const ahead = page(
      [['European leaders met in Paris on Monday to discuss a force.', ['european-leaders']]],
      [['Tusk will speak before the talks in London.', ['tusk']]],
    );
    expect(dates(carriedDates(ahead, []))['p1s0']).toBeUndefined();
  });
});

describe('round 26: a gathering dated "the day before", and who did not attend', () => {
  it('"after hosting a meeting … the day before" dates the gathering; "Hegseth did not attend." is at it', () => {
    const withAnchor = (pub: string, ...texts: [string, string[]][]) => {
      const sentences = texts.map(([text, actorIds], i) => ({
        id: `s${i}`,
        text,
        paragraph: i,
        actorIds,
        people: actorIds,
        dates: extractDates(text, pub),
      }));
      resolveAnchoredDates(sentences, pub);
      return dates(carriedDates(sentences, []));
    };
    expect(
      withAnchor(
        '2025-09-05',
        [
          'Macron announced the pledges after hosting a meeting of the coalition in Paris the day before.',
          ['macron'],
        ],
        ['Oil prices rose.', []],
        ['Leaders also held a call with Trump after the meeting.', ['trump']],
        ['US defence secretary Pete Hegseth did not attend.', ['hegseth']],
      ),
    ).toEqual({ s2: '2025-09-04', s3: '2025-09-04' });
  });
});

describe('"He told the call: “…”"', () => {
  it('is said at the call the text dated (two layouts); must not: a bare "he said"', () => {
    const call = page(
      [['Starmer and Macron co-chaired a call of the coalition on Thursday.', ['starmer', 'macron']]],
      [
        [
          'He told the call: "This force will not be on the front line. It is there to reassure Ukraine."',
          ['ukraine'],
        ],
      ],
    );
    expect(dates(carriedDates(call, []))).toEqual({ p1s0: '2025-02-27' });
    const summit = page(
      [['Macron hosted a summit in Paris on Thursday.', ['macron']]],
      [['"We are ready to deploy once a ceasefire holds," Macron told the summit.', ['macron']]],
    );
    expect(dates(carriedDates(summit, []))).toEqual({ p1s0: '2025-02-27' });
    const bare = page(
      [['Starmer and Macron co-chaired a call of the coalition on Thursday.', ['starmer', 'macron']]],
      [['"This force will not be on the front line in Ukraine, whatever happens," he said.', ['ukraine']]],
    );
    expect(dates(carriedDates(bare, []))).toEqual({});
  });
});

describe('round 33–34: the earlier occasion a sentence tells, scenes placed by a phrase, a gathering right after the lead', () => {
  const anchored = (...paragraphs: [string, string[]][][]) => {
    const sentences = page(...paragraphs);
    resolveAnchoredDates(sentences, PUB);
    return dates(carriedDates(sentences, []));
  };

  it('"… came a day after a gathering at the White House, where …": the text goes on at that gathering (two layouts)', () => {
    expect(
      anchored(
        [['President Trump said Tuesday that no American troops would be sent.', ['trump']]],
        [
          [
            'His remarks came a day after an extraordinary gathering at the White House, where Zelensky was flanked by seven European leaders.',
            ['zelensky', 'european-leaders'],
          ],
        ],
        [
          [
            'In the East Room, the leaders sat around a long table as Trump called the talks a good step.',
            ['trump'],
          ],
          ['Starmer, two seats away, pressed for a backstop.', ['starmer']],
        ],
      ),
    ).toMatchObject({ p2s1: '2025-03-03' });
    expect(
      anchored(
        [['Macron said on Tuesday that the force was ready.', ['macron']]],
        [
          [
            'The statement followed talks two days after the summit in London, at which Starmer hosted 18 leaders.',
            ['starmer'],
          ],
        ],
        [['Starmer then announced a coalition of the willing.', ['starmer']]],
      ),
    ).toMatchObject({ p2s0: '2025-03-02' });
  });

  it('"Partway through the meeting, …" opening the next paragraph goes on in the scene; must not: a sentence that merely follows', () => {
    const scene = page(
      [
        ['Trump received European leaders in the East Room on Monday.', ['european-leaders', 'trump']],
        ['Starmer pressed for a backstop.', ['starmer']],
      ],
      [['Partway through the meeting, Trump left the room to call Putin.', ['trump', 'putin']]],
    );
    expect(dates(carriedDates(scene, []))).toMatchObject({ p1s0: '2025-03-03' });
    const other = page(
      [
        ['Trump received European leaders in the East Room on Monday.', ['european-leaders', 'trump']],
        ['Starmer pressed for a backstop.', ['starmer']],
      ],
      [['Putin rejected the idea of any European troops.', ['putin']]],
    );
    expect(dates(carriedDates(other, []))).not.toHaveProperty('p1s0');
    // A date in passing about an earlier occasion, with no clause that tells it, leaves the text where it was.
    expect(
      anchored(
        [['Trump said on Tuesday that no troops would be sent.', ['trump']]],
        [['His remarks came a day after the White House meeting.', ['trump']]],
        [['Macron met Zelensky in Paris.', ['macron', 'zelensky']]],
      ),
    ).not.toHaveProperty('p2s0', '2025-03-03');
  });

  it('a lead dated "yesterday" and a gathering in the undated sentence after it: "after the call" is that day (must not: "had come … for a summit")', () => {
    const told = page(
      [['Sir Keir Starmer yesterday said a coalition was ready to send troops to Ukraine.', ['starmer']]],
      [
        [
          'The Prime Minister told a virtual meeting of around 25 world leaders that plans were advancing.',
          [],
        ],
      ],
      [['Military chiefs will gather at Northwood on Thursday.', ['united-kingdom']]],
      [
        [
          'Speaking at a press conference after the call, Starmer said Putin would have to come to the table.',
          ['starmer'],
        ],
      ],
    );
    expect(dates(carriedDates(told, []))).toMatchObject({ p3s0: '2025-03-03' });
    const purpose = page(
      [['Zelensky’s motorcade rolled into the Élysée on Wednesday evening.', ['zelensky']]],
      [['He had come to Paris for a summit that Macron hoped would settle the question.', ['macron']]],
      [['Military chiefs will gather at Northwood on Friday.', ['united-kingdom']]],
      [['Speaking after the summit, Macron said 26 countries had committed troops.', ['macron']]],
    );
    expect(dates(carriedDates(purpose, []))).not.toHaveProperty('p3s0', '2025-02-26');
  });
});

describe('round 34–36: who stood beside whom, "Afterwards", a person of the occasion a clause told, opening remarks, "before flying to"', () => {
  it('"Mr Zelensky stood beside him …" then "Afterwards the leaders held a call" go on after a one-paragraph briefing', () => {
    const briefing = page(
      [['“We have 26 countries,” Macron told a press conference on Thursday evening.', ['macron']]],
      [['Mr Zelensky stood beside him in the gilded hall.', ['zelensky']]],
      [['Afterwards the leaders held a call with Donald Trump.', ['trump']]],
    );
    expect(dates(carriedDates(briefing, []))).toEqual({ p1s0: '2025-02-27', p2s0: '2025-02-27' });
    const elsewhere = page(
      [['“We have 26 countries,” Macron told a press conference on Thursday evening.', ['macron']]],
      [['Mr Zelensky stood firm in Kyiv.', ['zelensky']]],
    );
    expect(dates(carriedDates(elsewhere, []))).toEqual({});
  });

  it('"… came a day after Mr Trump hosted Zelensky …" then a sentence about Zelensky is that day (must not: the host of the scene before)', () => {
    const anchored = (...paragraphs: [string, string[]][][]) => {
      const sentences = page(...paragraphs);
      resolveAnchoredDates(sentences, PUB);
      return dates(carriedDates(sentences, []));
    };
    const lead: [string, string[]][] = [
      ['Speaking on Tuesday, Trump said Britain and France were ready.', ['trump']],
    ];
    expect(
      anchored(
        lead,
        [
          [
            'The remarks came a day after Mr Trump hosted Zelensky and seven European leaders.',
            ['trump', 'zelensky'],
          ],
        ],
        [['Leaders sat around a long table as the President praised Zelensky’s suit.', ['zelensky']]],
      ),
    ).toMatchObject({ p2s0: '2025-03-03' });
    expect(
      anchored(
        [['Starmer hosted 18 leaders at Lancaster House on Tuesday.', ['starmer']]],
        [['It came two days after Zelensky was savaged by Trump in the Oval Office.', ['zelensky', 'trump']]],
        [['Inside the drawing room, Starmer went around the table.', ['starmer']]],
      ),
    ).not.toHaveProperty('p2s0', '2025-03-02');
  });

  it('"said in his opening remarks" and "said before flying to Paris" are the gathering’s day (must not: a bare "said")', () => {
    const call = page(
      [['Starmer and Macron held a video call of the coalition on Tuesday.', ['starmer', 'macron']]],
      [['“The force will be ready,” Starmer said in his opening remarks.', ['starmer']]],
      [['Tusk said before flying to Paris that Poland had no plans to send soldiers.', ['tusk']]],
      [['Meloni said Italy would not send troops.', ['meloni']]],
    );
    expect(dates(carriedDates(call, []))).toEqual({ p1s0: '2025-03-04', p2s0: '2025-03-04' });
  });
});

describe('round 35–37: a look back in passing keeps the scene; "at the same meeting"', () => {
  it('"It came just two days after …" between two sentences of the summit leaves the summit’s day (must not: a new day ends it)', () => {
    const anchored = (...paragraphs: [string, string[]][][]) => {
      const sentences = page(...paragraphs);
      resolveAnchoredDates(sentences, PUB);
      return dates(carriedDates(sentences, []));
    };
    const scene: [string, string[]][][] = [
      [['Starmer gathered 18 leaders at Lancaster House on Sunday afternoon.', ['starmer']]],
      [
        [
          'It came just two days after Zelensky was savaged by Trump in the Oval Office.',
          ['zelensky', 'trump'],
        ],
      ],
      [['Inside the drawing room, Starmer went around the table.', ['starmer']]],
    ];
    expect(anchored(...scene)).toMatchObject({ p2s0: '2025-03-02' });
    expect(
      anchored(
        scene[0] as [string, string[]][],
        [['Macron flew to Kyiv on Monday.', ['macron']]],
        scene[2] as [string, string[]][],
      ),
    ).not.toHaveProperty('p2s0', '2025-03-02');
  });

  it('"struck a more cautious note at the same meeting" is the meeting’s day', () => {
    const sentences = page(
      [['Defence ministers met at NATO headquarters in Brussels on Thursday.', ['nato']]],
      [
        [
          'Spain’s Defense Minister, Margarita Robles, struck a more cautious note at the same meeting.',
          ['robles'],
        ],
      ],
    );
    expect(dates(carriedDates(sentences, []))).toEqual({ p1s0: '2025-02-27' });
  });
});

describe('round 39: "“…,” Starmer told the call, adding …" opening the next paragraph', () => {
  it('is the call’s day when the quote is a small part of it (must not: another person’s "told reporters")', () => {
    const call = page(
      [
        ['Leaders joined a video call which Starmer and Macron hosted on Thursday.', ['starmer', 'macron']],
        ['Two US senators took part for the first time.', ['united-states']],
      ],
      [
        [
          '“We are now moving to readiness,” Starmer told the call, adding that the headquarters would later rotate to London and be backed by a cell in Kyiv.',
          ['starmer'],
        ],
      ],
    );
    expect(dates(carriedDates(call, []))).toMatchObject({ p1s0: '2025-02-27' });
    const other = page(
      [
        ['Leaders joined a video call which Starmer and Macron hosted on Thursday.', ['starmer', 'macron']],
        ['Two US senators took part for the first time.', ['united-states']],
      ],
      [
        [
          'Meloni told reporters that Italy would not send soldiers and would wait for Washington.',
          ['meloni'],
        ],
      ],
    );
    expect(dates(carriedDates(other, []))).not.toHaveProperty('p1s0');
  });
});

describe('round 41–42: a gathering hosted right after the lead, an interview named as the occasion', () => {
  it('"… after hosting a meeting of the coalition" then "Starmer co-chaired the talks by video link" is the lead’s day', () => {
    const sentences = page(
      [['Macron said on Thursday that 26 countries have pledged to take part.', ['macron']]],
      [['Macron made the announcement after hosting a meeting of the coalition.', ['macron']]],
      [['Starmer co-chaired the talks by video link.', ['starmer']]],
    );
    expect(dates(carriedDates(sentences, []))).toMatchObject({ p2s0: '2025-02-27' });
  });

  it('"“…,” Trump told “Fox & Friends” when asked …" under the lead that dated it (must not: a bare "he said")', () => {
    const told = page(
      [['Trump said Tuesday that American troops will not be sent to Ukraine.', ['trump']]],
      [['“You have my assurance, and I’m president,” Trump told “Fox & Friends” when asked.', ['trump']]],
    );
    expect(dates(carriedDates(told, []))).toEqual({ p1s0: '2025-03-04' });
    const bare = page(
      [['Trump said Tuesday that American troops will not be sent to Ukraine.', ['trump']]],
      [['“You have my assurance, and I’m president, whatever happens next,” he said.', []]],
    );
    expect(dates(carriedDates(bare, []))).toEqual({});
  });
});

describe('round 54: quoted words told to those taking part', () => {
  it('"Starmer told participants: “…”" goes on in the call (two layouts); must not: told a friend', () => {
    const call = (attribution: string) =>
      dates(
        carriedDates(
          page([
            [
              'Starmer and Macron announced the plan on Thursday during a video call with allies.',
              ['starmer'],
            ],
            [`${attribution} “We will be ready to deploy the moment a ceasefire is agreed.”`, ['starmer']],
          ]),
          [],
        ),
      );
    expect(call('Starmer told participants:')).toEqual({ p0s1: '2025-02-27' });
    expect(call('Starmer told fellow delegates:')).toEqual({ p0s1: '2025-02-27' });
    expect(call('Starmer told a friend:')).toEqual({});
  });
});

describe('round 64: quoted words told to a forum, an audience or a rally', () => {
  it('"“…,” Putin told the Eastern Economic Forum" after the day he spoke (two layouts); must not: a bare "he said"', () => {
    const forum = page(
      [['Putin said on Monday that any Western troops would be legitimate targets.', ['putin']]],
      [
        [
          '"These will be legitimate targets for destruction," Putin told the Eastern Economic Forum.',
          ['putin'],
        ],
      ],
    );
    expect(dates(carriedDates(forum, []))).toEqual({ p1s0: '2025-03-03' });
    const rally = page(
      [['Tusk spoke in Warsaw on Sunday as thousands marched for Ukraine.', ['tusk']]],
      [['“Poland will not send its soldiers, but it will help,” Tusk told a crowd of supporters.', ['tusk']]],
    );
    expect(dates(carriedDates(rally, []))).toEqual({ p1s0: '2025-03-02' });
    const bare = page(
      [['Putin said on Monday that any Western troops would be legitimate targets.', ['putin']]],
      [['"These will be legitimate targets for destruction," Putin said.', ['putin']]],
    );
    expect(dates(carriedDates(bare, []))).toEqual({});
  });
});

describe('round 66: a lead that ends on its attribution, a clause after it, the report further on', () => {
  it('"…, X has said, but only if …" then a scene of others, then "“…,” X told LRT on Friday" (two layouts)', () => {
    const later = page(
      [
        [
          'Lithuania is ready to contribute troops, Defence Minister Dovile Sakaliene has said, but only if the mission has American backing.',
          ['sakaliene'],
        ],
      ],
      [['Defence ministers met at NATO headquarters in Brussels on Thursday.', ['nato']]],
      [['“Lithuania will not stand aside,” Sakaliene told LRT RADIO on Friday.', ['sakaliene']]],
    );
    expect(dates(carriedDates(later, []))).toMatchObject({ p0s0: '2025-02-28' });
    const remarks = page(
      [
        [
          'Poland does not plan to deploy soldiers to Ukraine, Prime Minister Donald Tusk has declared, although he says Warsaw will help allies.',
          ['tusk'],
        ],
      ],
      [['Tusk made the remarks on Monday before flying to Paris.', ['tusk']]],
    );
    expect(dates(carriedDates(remarks, []))).toMatchObject({ p0s0: '2025-03-03' });
  });

  it('must not: the same person’s quoted words "she said on Friday", or their deed on a day', () => {
    const said = page(
      [['Italy is wary of the plan, Giorgia Meloni has said.', ['meloni']]],
      [['Leaders met in Paris on Thursday.', ['macron']]],
      [['"We will not be rushed," she said on Friday, Meloni added.', ['meloni']]],
    );
    expect(dates(carriedDates(said, []))).not.toHaveProperty('p0s0');
    const deed = page(
      [['Italy is wary of the plan, Giorgia Meloni has said, but she will listen.', ['meloni']]],
      [['Meloni met Trump in Washington on Friday.', ['meloni', 'trump']]],
    );
    expect(dates(carriedDates(deed, []))).not.toHaveProperty('p0s0');
  });
});

describe('round 67: quoted words "said afterwards"', () => {
  it('"Mr Lavrov said afterwards that troops … “…”" goes on in the scene (two layouts); must not: a bare "said"', () => {
    const riyadh = page([
      ['On Tuesday, in a palace in Riyadh, Rubio and Lavrov held talks.', ['lavrov', 'rubio']],
      [
        'Mr Lavrov said afterwards that troops “under a foreign flag, under the flag of the European Union or under national flags, in any form at all” were unacceptable.',
        ['lavrov'],
      ],
    ]);
    expect(dates(carriedDates(riyadh, []))).toEqual({ p0s1: '2025-03-04' });
    const brussels = page([
      ['Healey chaired the meeting in Brussels on Monday.', ['healey']],
      ['“We are making solid progress on the plans,” Healey said afterward.', ['healey']],
    ]);
    expect(dates(carriedDates(brussels, []))).toEqual({ p0s1: '2025-03-03' });
    const bare = page([
      ['Healey chaired the meeting in Brussels on Monday.', ['healey']],
      ['“We are making solid progress on the plans,” Healey said.', ['healey']],
    ]);
    expect(dates(carriedDates(bare, []))).toEqual({});
  });
});

describe('round 67: a sentence naming no one that closes its paragraph by setting the time', () => {
  it('"On Monday night in Berlin, it came closer …" then "After two days of talks, European leaders signed …" (two layouts); must not: such a sentence mid-paragraph', () => {
    const berlin = page(
      [
        ['For most of this year, the plan has been in search of an American signature.', []],
        ['On Monday night in Berlin, it came closer to getting one.', []],
      ],
      [
        [
          'After two days of talks at the Chancellery, European leaders signed a statement.',
          ['european-leaders'],
        ],
      ],
    );
    expect(dates(carriedDates(berlin, []))).toEqual({ p1s0: '2025-03-03' });
    const paris = page(
      [
        ['The idea had been floated for weeks.', []],
        ['Late on Sunday evening, it finally took shape.', []],
      ],
      [['Macron and Starmer agreed a plan at the Elysee to put to Washington.', ['macron', 'starmer']]],
    );
    expect(dates(carriedDates(paris, []))).toEqual({ p1s0: '2025-03-02' });
    const mid = page(
      [
        ['On Monday night in Berlin, it came closer to getting one.', []],
        ['The offer is vague.', []],
      ],
      [['European leaders signed a statement promising a force.', ['european-leaders']]],
    );
    expect(dates(carriedDates(mid, []))).toEqual({});
  });
});

describe('round 74: "after the call" when the sentence before dated a call of its own', () => {
  it('"“…,” he said in a statement after the call" is the day of the video call just named, not the lead’s meeting (two layouts); must not: a call named before of no day', () => {
    const lead: [string, string[]] = [
      'European leaders joined Trump at the White House on Monday for talks on Ukraine.',
      ['european-leaders', 'trump'],
    ];
    const call = page(
      [lead],
      [
        [
          'Starmer, who co-chaired a video call of the coalition on Tuesday, said the talks had gone well.',
          ['starmer'],
        ],
        ['“We have agreed to move at pace,” he said in a statement after the call.', ['starmer']],
      ],
    );
    expect(dates(carriedDates(call, []))['p1s1']).toBe('2025-03-04');
    const meeting = page(
      [lead],
      [
        ['Defence ministers held a meeting in Brussels on Tuesday, chaired by Healey.', ['healey']],
        ['Healey told reporters after the meeting that planning was well advanced.', ['healey']],
      ],
    );
    expect(dates(carriedDates(meeting, []))['p1s1']).toBe('2025-03-04');
    const undated = page(
      [lead],
      [
        ['Starmer also joined a call with Nordic leaders, his office said.', ['starmer']],
        ['“We have agreed to move at pace,” he said in a statement after the call.', ['starmer']],
      ],
    );
    expect(dates(carriedDates(undated, []))['p1s1']).not.toBe('2025-03-04');
  });
});

describe('round 75: a lead that tells its gathering in a look back', () => {
  it('"Putin said on Friday …, a day after European leaders meeting in Paris announced …": the Paris meeting is the day before, for "attended the talks" and "the day before the summit" (two layouts); must not: a look back with no gathering', () => {
    const meduza = page(
      [
        [
          'Putin said on Friday that any foreign troops would be targets, a day after European leaders meeting in Paris announced a force.',
          ['putin', 'european-leaders'],
        ],
      ],
      [['Zakharova called the plan dangerous.', ['zakharova']]],
      [['US envoy Steve Witkoff attended the talks in person.', ['witkoff']]],
      [['Peskov had dismissed the plans the day before the summit.', ['peskov']]],
    );
    resolveAnchoredDates(meduza, PUB);
    const carried = dates(carriedDates(meduza, []));
    expect(carried['p2s0']).toBe('2025-02-27');
    expect(meduza[3]?.dates.map((d) => d.date)).toEqual(['2025-02-26']);
    const summit = page(
      [
        [
          'Lavrov said on Tuesday that Moscow would never accept foreign troops, two days after leaders met in London.',
          ['lavrov'],
        ],
      ],
      [['Zakharova called the plan dangerous.', ['zakharova']]],
      [['Zelensky, who attended the summit, said he was grateful.', ['zelensky']]],
    );
    resolveAnchoredDates(summit, PUB);
    expect(dates(carriedDates(summit, []))['p2s0']).toBe('2025-03-02');
    const noGathering = page(
      [
        [
          'Putin said on Friday that troops would be targets, a day after the rouble fell sharply.',
          ['putin'],
        ],
      ],
      [['Peskov had dismissed the plans the day before the summit.', ['peskov']]],
    );
    resolveAnchoredDates(noGathering, PUB);
    expect(noGathering[1]?.dates.map((d) => d.date)).not.toEqual(['2025-02-26']);
  });
});

describe('round 77: "Speaking after a meeting …" and "told a joint news conference" tell the occasion', () => {
  it('go on from a lead that ends on its attribution and day (two layouts); must not: a bare "he said" in the next paragraph', () => {
    const lead: [string, string[]] = [
      'Twenty-six countries have committed troops to the force, French President Emmanuel Macron said on Thursday.',
      ['macron'],
    ];
    const speaking = page(
      [lead],
      [
        [
          'Speaking after a meeting in Paris, Macron said the force would not deploy “on the front line”.',
          ['macron'],
        ],
      ],
    );
    expect(dates(carriedDates(speaking, []))).toEqual({ p1s0: '2025-02-27' });
    const joint = page(
      [lead],
      [
        [
          '“The day the conflict ends, the guarantees will be deployed,” Macron told a joint news conference.',
          ['macron'],
        ],
      ],
    );
    expect(dates(carriedDates(joint, []))).toEqual({ p1s0: '2025-02-27' });
    const bare = page([lead], [['“We are ready,” he said.', []]]);
    expect(dates(carriedDates(bare, []))).toEqual({});
  });
});

describe('round 78: "The next day" with no day in reach', () => {
  it('goes on from the gathering the lead dated, not from the day of publication (two layouts); must not: a plan "the next day"', () => {
    const filler: [string, string[]][] = [
      ['Scholz called the debate premature.', ['scholz']],
      ['Frederiksen said Copenhagen was open to it.', ['frederiksen']],
      ['Meloni voiced doubts.', ['meloni']],
      ['Sanchez said little.', ['sanchez']],
      ['Tusk ruled out troops.', ['tusk']],
    ];
    const riyadh = page(
      [['European leaders met in Paris on Monday to discuss a force for Ukraine.', ['european-leaders']]],
      filler,
      [['The next day in Riyadh, Rubio and Lavrov held their first talks.', ['rubio', 'lavrov']]],
    );
    resolveAnchoredDates(riyadh, PUB);
    expect(riyadh.at(-1)?.dates.map((d) => d.date)).toEqual(['2025-03-04']);
    const following = page(
      [['Defence ministers met in Brussels on Sunday to plan the force.', ['healey']]],
      filler,
      [['A day later, the planners flew to Kyiv.', []]],
    );
    resolveAnchoredDates(following, PUB);
    expect(following.at(-1)?.dates.map((d) => d.date)).toEqual(['2025-03-03']);
    const plan = page(
      [['European leaders met in Paris on Monday to discuss a force for Ukraine.', ['european-leaders']]],
      filler,
      [['The next day, Rubio will meet Lavrov in Riyadh.', ['rubio', 'lavrov']]],
    );
    resolveAnchoredDates(plan, PUB);
    expect(plan.at(-1)?.dates.map((d) => d.date)).not.toEqual(['2025-03-04']);
  });
});

describe('round 78: "after the talks" goes on only in a scene of the gathering’s day', () => {
  it('"Leaders spoke by phone with Trump after the talks" follows the summit, not the day of a "who arrived on Wednesday" just before (two layouts); must not: a scene of the gathering’s own day still goes on', () => {
    const lead: [string, string[]] = [
      'Twenty-six countries pledged troops, Macron said after hosting a summit of Kyiv’s allies on Monday.',
      ['macron'],
    ];
    const arrived = page(
      [lead],
      [['Zelensky, who arrived in Paris on Sunday evening, called the pledges a real step.', ['zelensky']]],
      [['Leaders spoke by phone with Trump after the talks.', ['trump']]],
    );
    expect(dates(carriedDates(arrived, []))['p2s0']).toBe('2025-03-03');
    const flew = page(
      [lead],
      [['Rutte, who flew in on Sunday, praised the plan.', ['rutte']]],
      [['Starmer told reporters after the meeting that planning would go on.', ['starmer']]],
    );
    expect(dates(carriedDates(flew, []))['p2s0']).toBe('2025-03-03');
    const same = page(
      [lead],
      [
        ['Zelensky, who arrived on Monday morning, thanked the leaders.', ['zelensky']],
        ['He said after the talks that he was grateful.', ['zelensky']],
      ],
    );
    expect(dates(carriedDates(same, []))['p1s1']).toBe('2025-03-03');
  });
});

describe('dev-set review after round 81: what was said in the past perfect, and the gathering a paragraph opens on', () => {
  it('"In Paris on Thursday, Macron said the countries had committed …" sets the time line; "said that on Saturday he had travelled" looks back (two layouts); must not: a plain past perfect', () => {
    const said = (text: string) => looksBack({ text, dates: extractDates(text, PUB) });
    expect(said('In Paris on Thursday, Macron said the 26 countries had formally committed troops.')).toBe(
      false,
    );
    expect(said('Macron said on Thursday that 26 countries had formally committed troops.')).toBe(false);
    expect(said('The Prime Minister said that on Saturday he had travelled to Kyiv with Macron.')).toBe(true);
    expect(said('Zelensky had arrived in Paris on Wednesday evening.')).toBe(true);
    const announcement = page(
      [['VLADIVOSTOK — Putin warned on Friday that Western troops would be targets.', ['putin']]],
      [['In Paris on Thursday, Macron said the 26 countries had formally committed troops.', ['macron']]],
      [['The announcement followed a meeting at the Elysee Palace, co-chaired by Macron.', ['macron']]],
    );
    expect(dates(carriedDates(announcement, []))['p2s0']).toBe('2025-02-27');
  });

  it('"The call began at 8pm … Mr Starmer told leaders …" goes on at the gathering the lead dated, after a later day (two layouts); must not: a paragraph that opens on no gathering', () => {
    const lead: [string, string[]] = [
      'Albanese refused to rule out troops after joining a video call with Starmer and 20 other leaders on Saturday.',
      ['albanese', 'starmer'],
    ];
    const morning: [string, string[]] = [
      'Speaking in Sydney this morning, the Prime Minister said Australia had been asked to help.',
      ['albanese'],
    ];
    const call = page(
      [lead],
      [morning],
      [
        ['The call began at 8pm Sydney time and ran for almost two hours.', []],
        ['Mr Starmer told leaders the coalition was moving into an operational phase.', ['starmer']],
      ],
    );
    expect(dates(carriedDates(call, []))).toMatchObject({ p2s1: '2025-03-01' });
    const meeting = page(
      [['Defence ministers met at NATO headquarters in Brussels on Monday to plan the force.', ['healey']]],
      [['Healey said on Tuesday that Britain was ready.', ['healey']]],
      [
        ['The meeting ran for more than three hours.', []],
        ['Lecornu urged allies to commit jets as well as troops.', ['lecornu']],
      ],
    );
    expect(dates(carriedDates(meeting, []))).toMatchObject({ p2s1: '2025-03-03' });
    const weather = page(
      [lead],
      [morning],
      [
        ['The weather in Canberra was cold.', []],
        ['Mr Starmer told leaders the coalition was moving into an operational phase.', ['starmer']],
      ],
    );
    expect(dates(carriedDates(weather, []))['p2s1']).not.toBe('2025-03-01');
  });
});

describe('rounds 82–84: who told it where, a place dated before, a gathering named by whose it was', () => {
  it('"The force would not be deployed …, Macron told reporters after the talks" goes on at the gathering though what was said looks ahead (two layouts); must not: a plan with no occasion told', () => {
    const lead: [string, string[]] = [
      'Leaders of about 30 countries agreed at a summit in Paris on Tuesday to send a force to Ukraine.',
      ['macron'],
    ];
    const talks = page(
      [lead],
      [
        [
          'The force would not be stationed on the front line, Macron told reporters after the talks.',
          ['macron'],
        ],
      ],
    );
    expect(dates(carriedDates(talks, []))).toEqual({ p1s0: '2025-03-04' });
    const conference = page(
      [lead],
      [['The troops would arrive only after a ceasefire, Macron told a news conference.', ['macron']]],
    );
    expect(dates(carriedDates(conference, []))).toEqual({ p1s0: '2025-03-04' });
    const plan = page(
      [lead],
      [['The force would be stationed away from the front line, Macron said.', ['macron']]],
    );
    expect(dates(carriedDates(plan, []))).toEqual({});
  });

  it('"In Riyadh, Rubio said …" and "Lavrov told reporters in Riyadh …" are the day the text met there, not the lead’s gathering (two layouts); must not: a place no dated gathering was in', () => {
    const riyadh = page(
      [
        [
          'European leaders left an emergency meeting in Paris on Monday evening deeply divided.',
          ['european-leaders'],
        ],
      ],
      [
        [
          'Rubio and Lavrov met for more than four hours Tuesday in Riyadh, Saudi Arabia.',
          ['rubio', 'lavrov'],
        ],
      ],
      [['Hegseth told allies in Brussels last week that no US troops would go.', ['hegseth']]],
      [
        ['In Riyadh, Rubio said the two sides had agreed to restore staffing at their embassies.', ['rubio']],
        ['Lavrov told reporters in Riyadh that NATO troops would be unacceptable.', ['lavrov']],
      ],
    );
    expect(dates(carriedDates(riyadh, []))).toMatchObject({ p3s0: '2025-03-04', p3s1: '2025-03-04' });
    const nowhere = page(
      [
        [
          'European leaders left an emergency meeting in Paris on Monday evening deeply divided.',
          ['european-leaders'],
        ],
      ],
      [['Hegseth told allies in Brussels last week that no US troops would go.', ['hegseth']]],
      [['In Warsaw, Tusk said Poland would not send soldiers.', ['tusk']]],
    );
    expect(dates(carriedDates(nowhere, []))['p2s0']).toBeUndefined();
  });

  it('"The summit came two days after Zelenskyy’s meeting with Trump … on Friday. The Ukrainian leader left …" goes on in that meeting (two layouts); must not: someone of the summit’s scene', () => {
    const lead: [string, string[]] = [
      'Keir Starmer hosted European leaders at Lancaster House on Sunday to draw up a plan for Ukraine.',
      ['starmer', 'european-leaders'],
    ];
    const came: [string, string[]] = [
      'The summit came two days after Zelenskyy’s meeting with Trump and Vance in the Oval Office on Friday.',
      ['zelensky', 'trump', 'vance'],
    ];
    const left = page([lead], [came, ['The Ukrainian leader left the White House early.', ['zelensky']]]);
    expect(dates(carriedDates(left, []))['p1s1']).toBe('2025-02-28');
    const visit = page(
      [lead],
      [
        ['The meeting came a day after Macron’s visit to the White House on Saturday.', ['macron', 'trump']],
        ['Trump praised the French president warmly.', ['trump']],
      ],
    );
    expect(dates(carriedDates(visit, []))['p1s1']).toBe('2025-03-01');
    const host = page([lead], [came, ['Starmer thanked the leaders for coming.', ['starmer']]]);
    expect(dates(carriedDates(host, []))['p1s1']).not.toBe('2025-02-28');
  });
});

describe('rounds 82–84: who was present at the gathering', () => {
  it('"Those present included …" and "Among those present were …" are at the gathering the lead dated (two layouts); must not: a list of who "included" a plan', () => {
    const lead: [string, string[]] = [
      'Trump hosted Zelensky and seven European leaders at the White House on Monday.',
      ['trump', 'zelensky'],
    ];
    const said: [string, string[]] = ['Orbán said on Tuesday that Hungary would send no troops.', ['orban']];
    const present = page(
      [lead],
      [said],
      [
        [
          'Those present included Keir Starmer, Emmanuel Macron and Giorgia Meloni.',
          ['starmer', 'macron', 'meloni'],
        ],
      ],
    );
    expect(dates(carriedDates(present, []))['p2s0']).toBe('2025-03-03');
    const among = page(
      [lead],
      [said],
      [['Among those present were Mark Rutte and Alexander Stubb.', ['rutte', 'stubb']]],
    );
    expect(dates(carriedDates(among, []))['p2s0']).toBe('2025-03-03');
    const plan = page(
      [lead],
      [said],
      [['The plan included air patrols by Britain and France.', ['united-kingdom', 'france']]],
    );
    expect(dates(carriedDates(plan, []))['p2s0']).toBeUndefined();
  });
});

describe('round 93: a day inside quoted words sets no scene', () => {
  it('"“… Monday is the day he can prove it.”" leaves the visit’s day to the sentences after (two layouts); must not: a reported day', () => {
    const visit = page([
      ['On Saturday the leaders held talks with Zelensky in Kyiv.', ['starmer']],
      [
        'At a press conference, Starmer said: “Putin has a choice. Monday is the day he can prove it.”',
        ['starmer', 'putin'],
      ],
      [
        'The leaders also joined a video call with other members of the coalition.',
        ['coalition-of-the-willing'],
      ],
    ]);
    // The quote's Monday is no scene the call is set in.
    expect(dates(carriedDates(visit, [])).p0s2).not.toBe('2025-03-03');
    const summit = page([
      ['On Sunday, leaders met at Lancaster House.', ['european-leaders']],
      ['“We will meet again on Thursday,” Macron said.', ['macron']],
      ['They agreed to keep military aid flowing to Ukraine.', ['ukraine']],
    ]);
    expect(dates(carriedDates(summit, [])).p0s2).toBe('2025-03-02');
    const reported = page([
      ['On Sunday, leaders met at Lancaster House.', ['european-leaders']],
      ['On Monday, Macron spoke to Trump by phone.', ['macron']],
      ['He urged him to back the force.', ['macron']],
    ]);
    expect(dates(carriedDates(reported, [])).p0s2).toBe('2025-03-03');
  });
});

describe('rounds 140–143: who took part in the gathering the lead dated, and how', () => {
  it('"did not take part in the meeting", "were represented on the call", "joined from Rome" go on at the lead’s gathering (three layouts); must not: "joined the army"', () => {
    const sentences = page(
      [
        [
          'Defence ministers from 30 countries met at NATO headquarters in Brussels on Thursday.',
          ['ministers'],
        ],
      ],
      [['The United States did not take part in the meeting.', ['united-states']]],
      [['Officials from Japan were also represented on the call.', ['japan']]],
      [['US envoy Keith Kellogg joined from Rome, where he was attending a conference.', ['kellogg']]],
      [['Umerov joined the army in 2014.', ['umerov']]],
    );
    expect(dates(carriedDates(sentences, []))).toEqual({
      p1s0: '2025-02-27',
      p2s0: '2025-02-27',
      p3s0: '2025-02-27',
    });
  });
});

describe('rounds 168–171: a counted group goes on in the scene, "On Thursday he …"', () => {
  it('"The four leaders spoke to Trump …" under "On Saturday, Starmer, Macron, Merz and Tusk travelled …" is that day (two layouts); must not: another group', () => {
    const four = page(
      [
        [
          'On Saturday, Starmer, Macron, Merz and Tusk travelled to Kyiv together.',
          ['starmer', 'macron', 'merz', 'tusk'],
        ],
      ],
      [['The four leaders spoke to Trump by phone from the Ukrainian capital.', ['trump']]],
    );
    expect(dates(carriedDates(four, []))).toEqual({ p1s0: '2025-03-01' });
    const two = page(
      [['On Saturday, Starmer and Macron flew to Kyiv.', ['starmer', 'macron']]],
      [['The two ministers briefed Zelensky on the plan.', ['zelensky']]],
    );
    expect(dates(carriedDates(two, []))).toEqual({ p1s0: '2025-03-01' });
    const other = page(
      [['On Saturday, Starmer and Macron flew to Kyiv.', ['starmer', 'macron']]],
      [['Russian officials dismissed the visit as theatre.', ['russia']]],
    );
    expect(dates(carriedDates(other, []))).toEqual({});
  });
});
