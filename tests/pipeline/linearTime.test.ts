// @vitest-environment node
/**
 * Issue #18: no stage may take time that grows with the square of a sentence's length (a 1.95 MB run-on
 * sentence took over 300 s). These tests never read the clock: they count the characters every regular
 * expression is handed (RegExp.prototype.exec, which test, match, matchAll, replace and split all call)
 * and check that doubling the input at most about doubles that count. A rule that re-reads a growing
 * prefix for every match makes it quadruple.
 */
import { generateRunOnArticle } from '../../scripts/syntheticCorpus';
import { buildCorpus } from '../../src/pipeline/corpus';
import { EVIDENCE_MAX_CHARS } from '../../src/pipeline/excerpt';
import { fixtureCuration, raw } from './helpers';

/** Characters the regular expressions read while `run` runs: from where each search starts to where it stops. */
function regexWork(run: () => void): number {
  const exec = Object.getOwnPropertyDescriptor(RegExp.prototype, 'exec')?.value as RegExp['exec'];
  let chars = 0;
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = exec.call(this, input);
    if (m) chars += m.index + m[0].length - from + 1;
    else chars += this.sticky ? 1 : input.length - from;
    return m;
  };
  try {
    run();
  } finally {
    RegExp.prototype.exec = exec;
  }
  return chars;
}

/** The fixture gazetteer and topics without curated entries (those cite the seed articles). */
function gazetteer() {
  const { dir, files } = fixtureCuration();
  return { dir, files: { ...files, 'events.yaml': '[]', 'quotes.yaml': '[]', 'positions.yaml': '[]' } };
}

const HEAD = 'Leaders talk about a force for Ukraine\n\nPublished February 26, 2025\n\n';
const repeat = (unit: string, bytes: number) =>
  Array(Math.ceil(bytes / unit.length))
    .fill(unit)
    .join(' ');

/** Distinct lower-case lines (a repeated line would be taken for a headline), joined as one paragraph. */
function wrappedLines(bytes: number): string {
  const lines: string[] = [];
  for (let i = 0, length = 0; length < bytes; i++) {
    const line = `went on while minister number ${i} of the coalition waited`;
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join('\n');
}

/** Shapes of text that once made a stage quadratic, each as `bytes` → article text. */
const SHAPES: [string, (bytes: number) => string][] = [
  ['one run-on sentence of titles, names, dates and quotes', (b) => generateRunOnArticle(b).text],
  ['opening quotation marks that never close', (b) => HEAD + repeat('He said “we will go on Monday.', b)],
  [
    'quotes with the same attribution, over and over',
    (b) => `${HEAD + repeat('“We are ready,” said the official, and', b)} done.`,
  ],
  [
    'a sentence without commas and many tense cues',
    (b) =>
      `${HEAD + repeat('Macron told Starmer on Monday that Trump would meet Putin next week and', b)} left.`,
  ],
  [
    'hard-wrapped lines that never end a sentence',
    (b) => `${HEAD}Macron said on Monday that the talks\n${wrappedLines(b)}.`,
  ],
];

const work = (text: string) =>
  regexWork(() => {
    const result = buildCorpus([raw('long.txt', text)], gazetteer());
    expect(result.articles).toHaveLength(1);
  });

describe('every stage reads a long sentence a bounded number of times', () => {
  for (const [name, make] of SHAPES) {
    it(`doubling ${name} at most about doubles the regex work`, () => {
      const small = work(make(24 * 1024));
      const large = work(make(48 * 1024));
      expect(large / small).toBeLessThan(2.3);
    });
  }
});

describe('a 1 MB run-on sentence', () => {
  const article = generateRunOnArticle(1024 * 1024);
  let built: ReturnType<typeof buildCorpus> | null = null;
  const build = () => (built ??= buildCorpus([raw(article.name, article.text)], gazetteer()));

  it('builds, as one sentence, with its quotes and events', () => {
    const result = build();
    expect(result.report.errors).toEqual([]);
    expect(result.articles[0]?.sentenceCount).toBe(1);
    expect(result.index?.quotes.length).toBeGreaterThan(100);
    expect(result.index?.events.length).toBeGreaterThan(0);
  });

  it('quotes a bounded excerpt as evidence, so the index grows with the input and not its square', () => {
    const result = build();
    const sentence = result.articles[0]?.paragraphs[0]?.sentences[0]?.text ?? '';
    for (const q of result.index?.quotes ?? []) {
      expect(sentence).toContain(q.evidence.quote);
      expect(q.evidence.quote).toContain(q.text);
      expect(q.evidence.quote.length).toBeLessThanOrEqual(EVIDENCE_MAX_CHARS);
    }
    expect(result.files.get('index.json')?.length).toBeLessThan(4 * article.text.length);
  });
});
