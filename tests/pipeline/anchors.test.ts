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
