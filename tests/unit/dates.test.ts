import { formatStoryDate, localDate, toIsoDate } from '../../src/app/format/dates';
import { addDays, lastDayCovered } from '../../src/model';

describe('story dates', () => {
  it.each([
    ['2025-02-24', 'day', undefined, '24 February 2025'],
    ['2025-02-24', 'week', undefined, 'week of 24 February 2025'],
    ['2025-03-01', 'month', undefined, 'March 2025'],
    ['2025-01-01', 'year', undefined, '2025'],
    ['2025-02-24', 'day', '2025-02-26', '24 February 2025 – 26 February 2025'],
  ] as const)('%s at %s precision reads "%s"', (date, precision, end, expected) => {
    expect(formatStoryDate(date, precision, end)).toBe(expected);
  });

  it('knows the last day each precision covers', () => {
    expect(lastDayCovered('2025-02-24', 'week')).toBe('2025-03-02');
    expect(lastDayCovered('2025-02-01', 'month')).toBe('2025-02-28');
    expect(lastDayCovered('2024-02-01', 'month')).toBe('2024-02-29');
    expect(lastDayCovered('2025-02-24', 'day')).toBe('2025-02-24');
  });

  it('round-trips a calendar day through a local Date', () => {
    for (const day of ['2025-03-02', '2025-03-30', '2025-10-26', '2025-12-31']) {
      expect(toIsoDate(localDate(day))).toBe(day);
    }
  });

  it('adds days across month ends', () => {
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });
});
