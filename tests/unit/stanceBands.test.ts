import {
  axisFraction,
  bandGeometry,
  chartSpan,
  monthStarts,
  stanceBands,
} from '../../src/app/matrix/stanceBands';
import { makeActor, makePosition } from '../fixtures/story';

const macron = makeActor();
const meloni = makeActor({ id: 'meloni', name: 'Giorgia Meloni' });
const trump = makeActor({ id: 'trump', name: 'Donald Trump' });
const span = { start: '2025-02-01', end: '2025-03-31' };

describe('stanceBands', () => {
  const positions = [
    makePosition({ id: 'm2', actorId: 'meloni', date: '2025-03-02', stance: 'opposes' }),
    makePosition({ id: 'm1', actorId: 'meloni', date: '2025-02-17', stance: 'skeptical' }),
    makePosition({ id: 'c1', actorId: 'macron', date: '2025-02-24', stance: 'supports' }),
    makePosition({ id: 'c2', actorId: 'macron', date: '2025-03-10', stance: 'supports' }),
    makePosition({ id: 't1', actorId: 'trump', date: '2025-03-01', precision: 'month', stance: 'ambiguous' }),
    makePosition({ id: 'x1', actorId: 'meloni', topicId: 'troops', date: '2025-02-20', stance: 'supports' }),
    makePosition({ id: 'g1', actorId: 'ghost', date: '2025-02-20', stance: 'supports' }),
  ];
  const rows = stanceBands(positions, 'us-backstop', [macron, meloni, trump], span);

  it('draws each position until the day before the next, the last one to the end of the story', () => {
    const meloniRow = rows.find((r) => r.actor.id === 'meloni')!;
    expect(meloniRow.bands.map((b) => [b.position.id, b.start, b.end, b.followed])).toEqual([
      ['m1', '2025-02-17', '2025-03-01', true],
      ['m2', '2025-03-02', '2025-03-31', false],
    ]);
  });

  it('marks a change only where the stance differs from the one before', () => {
    expect(rows.find((r) => r.actor.id === 'meloni')!.bands.map((b) => b.changed)).toEqual([false, true]);
    expect(rows.find((r) => r.actor.id === 'macron')!.bands.map((b) => b.changed)).toEqual([false, false]);
  });

  it('keeps the uncertainty of a month-dated position', () => {
    const [band] = rows.find((r) => r.actor.id === 'trump')!.bands;
    expect([band!.start, band!.startKnownBy]).toEqual(['2025-03-01', '2025-03-31']);
  });

  it('leaves out other topics and unknown actors; orders rows by changes, then positions, then name', () => {
    expect(rows.map((r) => r.actor.id)).toEqual(['meloni', 'macron', 'trump']);
    expect(rows.flatMap((r) => r.bands.map((b) => b.position.id))).not.toContain('x1');
  });
});

describe('the chart’s time axis', () => {
  it('spans every date with a few days either side', () => {
    expect(chartSpan(['2025-03-10', '2025-02-16', '2025-02-28'])).toEqual({
      start: '2025-02-13',
      end: '2025-03-13',
    });
    expect(chartSpan([])).toBeNull();
  });

  it('places days proportionally and never outside the axis', () => {
    const week = { start: '2025-02-01', end: '2025-02-07' };
    expect(axisFraction(week, '2025-02-01')).toBe(0);
    expect(axisFraction(week, '2025-02-04')).toBeCloseTo(3 / 7);
    expect(axisFraction(week, '2025-03-01')).toBe(1);
    expect(axisFraction(week, '2024-12-01')).toBe(0);
  });

  it('labels the start of each month inside the span', () => {
    expect(monthStarts({ start: '2024-12-15', end: '2025-03-01' })).toEqual([
      '2025-01-01',
      '2025-02-01',
      '2025-03-01',
    ]);
  });
});

describe('bandGeometry', () => {
  const week = { start: '2025-02-01', end: '2025-02-10' };

  it('covers a band’s days in full, from its first to its last', () => {
    const at = bandGeometry(week, { start: '2025-02-03', startKnownBy: '2025-02-03', end: '2025-02-04' });
    expect(at.left).toBeCloseTo(0.2);
    expect(at.width).toBeCloseTo(0.2);
    expect(at.uncertain).toBe(0);
  });

  it('hatches the part of a band an inexact date may not cover', () => {
    const at = bandGeometry(week, { start: '2025-02-01', startKnownBy: '2025-02-05', end: '2025-02-10' });
    expect(at.uncertain).toBeCloseTo(0.5);
  });

  it('keeps a one-day band visible and inside the axis', () => {
    const last = bandGeometry(week, { start: '2025-02-10', startKnownBy: '2025-02-10', end: '2025-02-10' });
    expect(last.left + last.width).toBeCloseTo(1);
    expect(last.width).toBeGreaterThan(0);
  });
});
