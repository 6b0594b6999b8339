// @vitest-environment node
import { buildCorpus } from '../../src/pipeline/corpus';
import { compileTopics } from '../../src/pipeline/topics';
import { fixtureCuration, seedFiles, SEED_000 } from './helpers';

/** Build the seeds with one curation file replaced. */
function withFile(name: string, text: string) {
  const base = fixtureCuration();
  return buildCorpus(seedFiles(), { dir: 'data/curation', files: { ...base.files, [name]: text } });
}

const EVENT = (patch: string) => `- id: macron-trump-white-house
  date: '2025-02-24'
  title: Macron meets Trump
  summary: Macron visits Trump.
  kind: meeting
  actorIds: [macron, trump]
  evidence:
    - articleId: ${SEED_000}
      quote: Macron visited U.S. President Donald Trump in Washington on Feb. 24
${patch}`;

describe('curation loader', () => {
  it('the fixture curation builds without problems and resolves sentence ids and exact quotes', () => {
    const r = buildCorpus(seedFiles(), fixtureCuration());
    expect(r.report.errors).toEqual([]);
    const q = r.index?.quotes.find((x) => x.id === 'macron-europeans-ready');
    expect(q?.evidence.sentenceId).toMatch(/^s[0-9a-f]{8}$/);
    // Curated with straight quotes; the article has straight quotes too, exact substring stored.
    expect(q?.evidence.quote).toBe(
      '"There are Europeans that are ready to engage to provide for these security guarantees," Macron said.',
    );
    const p = r.index?.positions[0];
    expect(p?.evidence[0]?.quote).toBe('Starmer has said that this plan requires a U.S. "backstop"');
  });

  it('matches curly quotes and collapsed whitespace, storing the exact article text', () => {
    const r = withFile(
      'positions.yaml',
      `- id: p1\n  actorId: starmer\n  topicId: backstop\n  date: '2025-02-25'\n  stance: conditional\n  summary: s\n  evidence:\n    - articleId: ${SEED_000}\n      quote: "requires a U.S. \u201cbackstop\u201d   to deter"\n`,
    );
    expect(r.report.errors).toEqual([]);
    expect(r.index?.positions[0]?.evidence[0]?.quote).toBe('requires a U.S. "backstop" to deter');
  });

  it('refuses a quote that is not verbatim, naming file, entry and field', () => {
    const r = withFile('events.yaml', EVENT('').replace('in Washington on Feb. 24', 'in Paris on Feb. 24'));
    expect(r.report.errors).toEqual([
      `data/curation/events.yaml: events[0] (id "macron-trump-white-house") evidence[0].quote: not found verbatim in article ${SEED_000}`,
    ]);
    expect(r.index).toBeNull();
  });

  it('refuses unknown ids (actor, topic, article, event)', () => {
    const r = withFile(
      'events.yaml',
      EVENT('')
        .replace('[macron, trump]', '[macron, nobody]')
        .replace(`articleId: ${SEED_000}`, 'articleId: 999_missing'),
    );
    expect(r.report.errors).toEqual([
      'data/curation/events.yaml: events[0] (id "macron-trump-white-house") actorIds[1]: unknown actor "nobody"',
      'data/curation/events.yaml: events[0] (id "macron-trump-white-house") evidence[0].articleId: unknown article "999_missing"',
    ]);
    const q = withFile(
      'quotes.yaml',
      fixtureCuration()
        .files['quotes.yaml']!.replace('eventId: macron-trump-white-house', 'eventId: no-such-event')
        .replace('[backstop]', '[no-topic]'),
    );
    expect(q.report.errors).toEqual([
      'data/curation/quotes.yaml: quotes[0] (id "macron-europeans-ready") eventId: unknown event "no-such-event"',
      'data/curation/quotes.yaml: quotes[0] (id "macron-europeans-ready") topicIds[0]: unknown topic "no-topic"',
    ]);
  });

  it('refuses an invalid date and a missing required field', () => {
    const r = withFile(
      'events.yaml',
      EVENT('').replace("date: '2025-02-24'", "date: '2025-02-30'").replace('  kind: meeting\n', ''),
    );
    expect(r.report.errors).toEqual([
      'data/curation/events.yaml: events[0] (id "macron-trump-white-house") date: is not a real calendar date',
      'data/curation/events.yaml: events[0] (id "macron-trump-white-house") kind: is required but missing',
    ]);
  });

  it('refuses a stance outside the scale', () => {
    const text = fixtureCuration().files['positions.yaml']!.replace(
      'stance: conditional',
      'stance: lukewarm',
    );
    const r = withFile('positions.yaml', text);
    expect(r.report.errors).toHaveLength(1);
    expect(r.report.errors[0]).toMatch(
      /^data\/curation\/positions\.yaml: positions\[0\] \(id "starmer-backstop"\) stance: /,
    );
    expect(r.report.errors[0]).toMatch(/supports/);
  });

  it('collects all problems of all files before failing; reports duplicates and YAML errors', () => {
    const base = fixtureCuration();
    const r = buildCorpus(seedFiles(), {
      dir: 'data/curation',
      files: {
        ...base.files,
        'topics.yaml':
          '- id: backstop\n  name: A\n  description: B\n- id: backstop\n  name: C\n  description: D\n',
        'positions.yaml': 'foo: [unclosed',
      },
    });
    expect(r.report.errors).toEqual(
      expect.arrayContaining([
        'data/curation/topics.yaml: topics[1] (id "backstop") id: duplicate id "backstop" (also topics[0])',
        expect.stringMatching(/^data\/curation\/positions\.yaml:1:\d+: not valid YAML/),
      ]),
    );
  });
});

describe('misspelled keys (issue #18)', () => {
  it('an unknown key is an error naming file, entry and key, with the key it most likely means', () => {
    const r = withFile(
      'events.yaml',
      EVENT("  topicIDs: [backstop]\n  endDat: '2025-02-25'\n").replace(
        '      quote: Macron visited',
        '      reportedby: Financial Times\n      quote: Macron visited',
      ),
    );
    expect(r.report.errors).toEqual([
      'data/curation/events.yaml: events[0] (id "macron-trump-white-house") evidence[0].reportedby: unknown key; did you mean "reportedBy"?',
      'data/curation/events.yaml: events[0] (id "macron-trump-white-house") topicIDs: unknown key; did you mean "topicIds"?',
      'data/curation/events.yaml: events[0] (id "macron-trump-white-house") endDat: unknown key; did you mean "endDate"?',
    ]);
    expect(r.index).toBeNull();
  });

  it('applies to every curation file, nested lists included', () => {
    const base = fixtureCuration().files;
    const r = buildCorpus(seedFiles(), {
      dir: 'data/curation',
      files: {
        ...base,
        'actors.yaml': base['actors.yaml']!.replace('  aliases:', '  alias: [x]\n  aliases:'),
        'topics.yaml': base['topics.yaml']!.replace('  description:', '  keyword: [x]\n  description:'),
        'quotes.yaml': base['quotes.yaml']!.replace('  speakerLabel:', '  speakerlabel: x\n  speakerLabel:'),
        'positions.yaml': base['positions.yaml']!.replace('  stance:', '  stanse: supports\n  stance:'),
        'outlets.yaml': '- name: Le Monde\n  nmae: x\n',
      },
    });
    const problems = r.report.errors.map((e) => e.replace(/ \(id "[^"]*"\)/, ''));
    expect(problems).toEqual(
      expect.arrayContaining([
        'data/curation/actors.yaml: actors[0] alias: unknown key; did you mean "aliases"?',
        'data/curation/topics.yaml: topics[0] keyword: unknown key; did you mean "keywords"?',
        'data/curation/quotes.yaml: quotes[0] speakerlabel: unknown key; did you mean "speakerLabel"?',
        'data/curation/positions.yaml: positions[0] stanse: unknown key; did you mean "stance"?',
        'data/curation/outlets.yaml: outlets[0] nmae: unknown key; did you mean "name"?',
      ]),
    );
  });

  it('a key like no known one lists the known keys', () => {
    const r = withFile('events.yaml', EVENT('  colour: red\n'));
    expect(r.report.errors).toEqual([
      'data/curation/events.yaml: events[0] (id "macron-trump-white-house") colour: unknown key; known keys: id, date, precision, endDate, title, summary, kind, planned, actorIds, topicIds, evidence',
    ]);
  });
});

describe('an unreadable curation file (issue #18)', () => {
  it('is one error with file, line and column, not one per entry that names its ids', () => {
    const r = withFile('actors.yaml', '- id: macron\n  name: Emmanuel Macron\n  aliases: [Macron\n- id: x\n');
    expect(r.report.errors).toEqual([
      expect.stringMatching(/^data\/curation\/actors\.yaml:4:1: not valid YAML: \S/),
    ]);
    expect(r.index).toBeNull();
  });

  it('a file that is not a list is one error too', () => {
    const r = withFile('topics.yaml', 'just a sentence\n');
    expect(r.report.errors).toEqual([
      'data/curation/topics.yaml: expected a list of topics (a YAML sequence of entries)',
    ]);
  });
});

describe('topic keywords (curation-only)', () => {
  it('matcher: case-insensitive phrases on word boundaries, * for any ending', () => {
    const m = compileTopics(
      new Map([
        ['reassurance-force', ['reassurance force', 'peacekeep*']],
        ['us-backstop', ['backstop']],
      ]),
    );
    expect(m.topicsOf('European PEACEKEEPERS and a U.S. “backstop”')).toEqual([
      'reassurance-force',
      'us-backstop',
    ]);
    expect(m.topicsOf('backstops are not the backstop-free plan')).toEqual(['us-backstop']);
    expect(m.topicsOf('a reassurance\u00a0force')).toEqual(['reassurance-force']);
    expect(m.topicsOf('nothing here')).toEqual([]);
  });
  it('topics.yaml may carry keywords: accepted, not written out, used for extracted events', () => {
    const r = withFile(
      'topics.yaml',
      `- id: backstop
  name: US backstop
  description: d
  keywords: [backstop, security guarantee*]
- id: reassurance-force
  name: Reassurance force
  description: d`,
    );
    expect(r.report.errors).toEqual([]);
    expect(JSON.stringify(r.index?.topics)).not.toMatch(/keywords/);
    const extracted = r.index?.events.filter((e) => e.provenance === 'extracted') ?? [];
    const ft = extracted.find((e) => e.evidence[0]?.articleId === SEED_000 && e.date === '2025-02-25');
    expect(ft?.topicIds).toEqual(['backstop']);
    expect(ft?.evidence[0]?.reportedBy).toBe('Financial Times');
    expect(extracted.some((e) => e.topicIds.includes('reassurance-force'))).toBe(false); // no keywords, no topic
  });
});
