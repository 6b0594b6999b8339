// @vitest-environment node
// The app turns calendar days into local Dates for vis-timeline and back. Run that round trip
// with the process in other time zones, across daylight-saving changes (America/Havana moves its
// clocks at midnight, so some local midnights do not exist): no day may move.
import { localDate, toIsoDate } from '../../src/app/format/dates';
import { windowFromParams, windowToParams } from '../../src/app/view/timeWindow';
import { addDays } from '../../src/model';

const ZONES = ['America/Los_Angeles', 'Europe/London', 'America/Havana', 'Pacific/Kiritimati'];
const original = process.env.TZ;

afterAll(() => {
  process.env.TZ = original;
});

/** Every day of 2025, plus the leap day of 2024. */
const DAYS = ['2024-02-29', ...Array.from({ length: 365 }, (_, i) => addDays('2025-01-01', i))];

describe.each(ZONES)('calendar days in %s', (zone) => {
  beforeAll(() => {
    process.env.TZ = zone;
  });

  it('the zone is really active', () => {
    expect(new Date(Date.UTC(2025, 6, 1, 12)).getTimezoneOffset()).not.toBe(0);
  });

  it('every day survives the round trip through a local Date', () => {
    const moved = DAYS.filter((day) => toIsoDate(localDate(day)) !== day);
    expect(moved).toEqual([]);
  });

  it('a window read from the URL is written back unchanged', () => {
    const moved = DAYS.slice(0, -1).filter((start, i) => {
      const end = DAYS[i + 1]!;
      const params = { start, end };
      const back = windowToParams(windowFromParams(params)!);
      return back.start !== start || back.end !== end;
    });
    expect(moved).toEqual([]);
  });
});
