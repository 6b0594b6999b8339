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
