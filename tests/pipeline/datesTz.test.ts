// @vitest-environment node
// The same date expectations with the process in other time zones: results must not move.
import { extractDates } from '../../src/pipeline/dates';
import { DATE_CASES } from './datesCases';

const ZONES = ['America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kolkata'];
const original = process.env.TZ;

afterAll(() => {
  process.env.TZ = original;
});

describe.each(ZONES)('dates in %s', (zone) => {
  beforeAll(() => {
    process.env.TZ = zone;
  });
  it('the zone is really active', () => {
    // 2025-02-26T05:00Z is still the 25th in Los Angeles, already the 26th (19:00) in Kiritimati.
    const local = new Date(Date.UTC(2025, 1, 26, 5)).getDate();
    const offset = new Date(Date.UTC(2025, 1, 26, 5)).getTimezoneOffset();
    expect(offset).not.toBe(0);
    if (zone === 'America/Los_Angeles') expect(local).toBe(25);
  });
  for (const c of DATE_CASES) {
    it(c.sentence, () => {
      const got = extractDates(c.sentence, c.pub).map((d) => [
        d.text,
        d.date,
        d.precision,
        ...(d.endDate ? [d.endDate] : []),
      ]);
      expect(got).toEqual(c.expected);
    });
  }
});
