import ICAL from 'ical.js';
import { escapeText, foldLine, toICalendar, type CalendarEntry } from '../../../src/app/format/icalendar';

const octets = (line: string) => new TextEncoder().encode(line).length;
const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone', () => {
    const line = 'x'.repeat(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds at 75 octets, each continuation starting with a space', () => {
    const folded = foldLine('y'.repeat(200));
    const lines = folded.split('\r\n');
    // 200 octets: 75 on the first line, 74 after each space (75 with it), 51 (52 with it) left.
    expect(lines.map(octets)).toEqual([75, 75, 52]);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(unfold(folded)).toBe('y'.repeat(200));
  });

  it('never splits a character: every line is whole UTF-8', () => {
    const line = `DESCRIPTION:${'é€😀'.repeat(40)}`;
    const lines = foldLine(line).split('\r\n');
    for (const l of lines) {
      expect(octets(l)).toBeLessThanOrEqual(75);
      expect(l).not.toMatch(/\uFFFD/);
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(l))).toBe(l);
    }
    expect(unfold(lines.join('\r\n'))).toBe(line);
  });
});

describe('toICalendar', () => {
  const entries: CalendarEntry[] = [
    {
      uid: 'paris-summit@peace-plan-explorer',
      firstDay: '2025-03-27',
      lastDay: '2025-03-27',
      summary: 'Paris summit; “coalition of the willing”, again',
      description: 'Date known to the day: 27 March 2025.\n\nA line with a back\\slash',
      url: 'https://explorer.example/events/paris-summit/',
      status: 'CONFIRMED',
      categories: ['summit'],
    },
    {
      uid: 'talks@peace-plan-explorer',
      firstDay: '2025-02-01',
      lastDay: '2025-02-28',
      summary: 'Talks (planned)',
      description: `Date known to the month: February 2025. ${'Long text. '.repeat(20)}`,
      status: 'TENTATIVE',
    },
  ];
  const text = toICalendar(entries, {
    name: 'Test, calendar',
    stamp: new Date(Date.UTC(2025, 3, 1, 9, 5, 7)),
  });

  it('uses CRLF throughout and no line is longer than 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(
      text
        .split('\r\n')
        .slice(0, -1)
        .every((l) => !l.includes('\n') && octets(l) <= 75),
    ).toBe(true);
  });

  it('writes all-day dates: DTEND is the day after the last day covered', () => {
    const lines = unfold(text).split('\r\n');
    expect(lines).toContain('DTSTART;VALUE=DATE:20250327');
    expect(lines).toContain('DTEND;VALUE=DATE:20250328');
    expect(lines).toContain('DTSTART;VALUE=DATE:20250201');
    expect(lines).toContain('DTEND;VALUE=DATE:20250301');
    expect(lines).toContain('DTSTAMP:20250401T090507Z');
  });

  it('parses back with an independent parser to the same entries', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    // ical.js does not know X-WR-CALNAME is text, so it hands back the escaped value as written.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Test\\, calendar');
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid)).toEqual([
      'paris-summit@peace-plan-explorer',
      'talks@peace-plan-explorer',
    ]);
    const [summit, talks] = events as [ICAL.Event, ICAL.Event];
    expect(summit.summary).toBe('Paris summit; “coalition of the willing”, again');
    expect(summit.description).toBe('Date known to the day: 27 March 2025.\n\nA line with a back\\slash');
    expect(summit.startDate.isDate).toBe(true);
    expect(summit.startDate.toString()).toBe('2025-03-27');
    expect(summit.endDate.toString()).toBe('2025-03-28');
    expect(summit.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(summit.component.getFirstPropertyValue('url')).toBe(
      'https://explorer.example/events/paris-summit/',
    );
    expect(talks.description).toBe(entries[1]!.description);
    expect(talks.endDate.toString()).toBe('2025-03-01');
    expect(talks.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
  });
});
