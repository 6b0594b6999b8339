import {
  STANCE_ORDER,
  eventKindLabel,
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
