import { impreciseDateTag } from '../../src/app/format/dates';
import {
  STANCE_ORDER,
  eventKindLabel,
  eventKindSymbol,
  provenanceLabel,
  stanceBadge,
  stanceLabel,
  stanceRank,
  stanceSymbol,
} from '../../src/app/format/labels';
import { stance as stanceSchema } from '../../src/model';

describe('stance scale', () => {
  it('orders the stances exactly like the schema enum', () => {
    expect([...STANCE_ORDER]).toEqual(stanceSchema.options);
  });

  it.each([
    ['supports', 'supports', 0],
    ['conditional', 'conditional', 1],
    ['ambiguous', 'ambiguous', 2],
    ['skeptical', 'skeptical', 3],
    ['opposes', 'opposes', 4],
  ] as const)('%s reads "%s" and ranks %i', (stance, label, rank) => {
    expect(stanceLabel(stance)).toBe(label);
    expect(stanceRank(stance)).toBe(rank);
    expect(stanceBadge(stance)).toBe(`${stanceSymbol(stance)} ${label}`);
  });

  it('gives every stance a distinct, short, non-empty symbol', () => {
    const symbols = STANCE_ORDER.map(stanceSymbol);
    expect(new Set(symbols).size).toBe(STANCE_ORDER.length);
    for (const symbol of symbols) {
      // One visible glyph, plus at most the text-presentation selector.
      expect(symbol.replace('\uFE0E', '')).toHaveLength(1);
    }
  });
});

describe('eventKindLabel', () => {
  it.each([
    ['press-conference', 'press conference'],
    ['summit', 'summit'],
  ] as const)('%s reads "%s"', (kind, label) => {
    expect(eventKindLabel(kind)).toBe(label);
  });
});

describe('reader’s words', () => {
  it('says how an item came into the story without pipeline terms', () => {
    expect(provenanceLabel('curated')).toBe('checked by an editor');
    expect(provenanceLabel('extracted')).toBe('found automatically');
  });

  it('gives every kind of event its own glyph', () => {
    const kinds = [
      'meeting',
      'press-conference',
      'report',
      'call',
      'summit',
      'statement',
      'leak',
      'decision',
      'other',
    ] as const;
    expect(new Set(kinds.map(eventKindSymbol)).size).toBe(kinds.length);
  });

  it.each([
    ['2025-02-24', 'day', null],
    ['2025-02-24', 'week', 'wk of 24 Feb'],
    ['2025-03-01', 'month', 'Mar 2025'],
    ['2025-01-01', 'year', '2025'],
  ] as const)('tags %s known to the %s as %s', (date, precision, tag) => {
    expect(impreciseDateTag(date, precision)).toBe(tag);
  });
});
