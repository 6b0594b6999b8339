// @vitest-environment node
import { extractDates } from '../../src/pipeline/dates';
import { carriedDates, type CaptionDate, type TimedSentence } from '../../src/pipeline/timeframes';

const PUB = '2025-03-04';

/** Paragraphs of [text, actors] → sentences as the event stage sees them (people: actors without a "-"). */
function page(...paragraphs: [string, string[]][][]): TimedSentence[] {
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
