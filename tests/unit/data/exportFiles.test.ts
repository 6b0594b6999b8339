import ICAL from 'ical.js';
import Papa from 'papaparse';
import { exportFile, exportFileName, type ExportRequest } from '../../../src/app/data/exportFiles';
import { exportLookup, PAGE } from './exportStory';

const request: ExportRequest = {
  filtered: exportLookup.eventsInOrder,
  filters: { actors: ['macron', 'trump'] },
  window: {},
  viewAddress: 'https://explorer.example/app/?actors=macron,trump',
  page: PAGE,
  now: new Date(Date.UTC(2025, 3, 1, 12, 0, 0)),
};
const windowed: ExportRequest = { ...request, window: { start: '2025-03-06', end: '2025-03-21' } };

function parseCsv(text: string) {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('exportFileName', () => {
  it('names the last day shown, not the first day after the window', () => {
    expect(exportFileName('events', { start: '2025-03-06', end: '2025-03-21' }, 'csv')).toBe(
      'peace-plan-events-2025-03-06-to-2025-03-20.csv',
    );
    expect(exportFileName('view', {}, 'json')).toBe('peace-plan-view.json');
  });
});

describe('events as CSV', () => {
  const file = exportFile('events-csv', request, exportLookup);
  const rows = parseCsv(file.text);

  it('has one row per event, in time order, and says what it is', () => {
    expect(file.name).toBe('peace-plan-events.csv');
    expect(file.type).toBe('text/csv;charset=utf-8');
    expect(rows.map((r) => r.id)).toEqual(['e2', 'e1', 'e3', 'e4']);
  });

  it('writes each field a reader needs, lists one value per line', () => {
    expect(rows[2]).toEqual({
      id: 'e3',
      date: '2025-03-05',
      end_date: '2025-03-07',
      precision: 'day',
      status: 'happened',
      title: 'Three-day summit',
      summary: 'The French president discusses a European force with the US president.',
      kind: 'summit',
      found_by: 'checked by an editor',
      actors: 'Emmanuel Macron\nDonald Trump',
      topics: 'US backstop',
      evidence_sentences: 'Macron visited U.S. President Donald Trump',
      evidence_outlets: 'Example News',
      evidence_article_dates: '2025-02-25',
      evidence_original_addresses: 'https://example.org/a1',
      evidence_originals_at_sentence:
        'https://example.org/a1#:~:text=Macron%20visited%20U.S.%20President%20Donald%20Trump',
      explorer_address: 'https://explorer.example/app/events/e3/',
    });
  });

  it('neutralises a title that would run as a formula, keeps its commas and quotes', () => {
    expect(rows[0]!.title).toBe('\'=Talks, "somewhere"');
    expect(rows[0]!.status).toBe('planned');
    expect(rows[0]!.evidence_original_addresses).toBe('Original address not known');
  });
});

describe('quotes and positions as CSV', () => {
  it('quotes of the events in the window', () => {
    const rows = parseCsv(exportFile('quotes-csv', windowed, exportLookup).text);
    expect(rows.map((r) => [r.id, r.speaker, r.event_id, r.event])).toEqual([
      ['q1', 'Emmanuel Macron', 'e3', 'Three-day summit'],
    ]);
  });

  it('positions of the events’ actors on their topics, in the window', () => {
    const file = exportFile('positions-csv', windowed, exportLookup);
    expect(file.name).toBe('peace-plan-positions-2025-03-06-to-2025-03-20.csv');
    const rows = parseCsv(file.text);
    expect(rows.map((r) => [r.id, r.actor, r.topic, r.stance, r.date])).toEqual([
      ['p4', 'Donald Trump', 'US backstop', 'ambiguous', '2025-03-01'],
      ['p1', 'Emmanuel Macron', 'US backstop', 'supports', '2025-03-06'],
    ]);
    expect(rows[0]!.explorer_address).toBe('https://explorer.example/app/actors/trump/topics/us-backstop/');
  });
});

describe('the view as JSON', () => {
  const file = exportFile('json', windowed, exportLookup);
  const json = JSON.parse(file.text);

  it('holds the view, its rules and the three lists', () => {
    expect(file.name).toBe('peace-plan-view-2025-03-06-to-2025-03-20.json');
    expect(json.view).toBe('https://explorer.example/app/?actors=macron,trump');
    expect(json.window).toEqual({ start: '2025-03-06', end: '2025-03-21' });
    expect(json.filters).toEqual({ actors: ['macron', 'trump'] });
    expect(Object.keys(json.rules)).toEqual(['events', 'quotes', 'positions']);
    expect(json.events.map((e: { id: string }) => e.id)).toEqual(['e3', 'e4']);
    expect(json.quotes.map((q: { id: string }) => q.id)).toEqual(['q1']);
    expect(json.positions.map((p: { id: string }) => p.id)).toEqual(['p4', 'p1']);
  });

  it('gives each event its actors and topics by name and its evidence with addresses', () => {
    expect(json.events[0].actors).toEqual([
      { id: 'macron', name: 'Emmanuel Macron' },
      { id: 'trump', name: 'Donald Trump' },
    ]);
    expect(json.events[0].evidence[0].explorerAddress).toBe(
      'https://explorer.example/app/articles/a1/?s=s1a2b3c4d',
    );
  });
});

describe('the events as a calendar', () => {
  const file = exportFile('ics', request, exportLookup);
  const calendar = new ICAL.Component(ICAL.parse(file.text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

  it('one all-day entry per event, with a stable id', () => {
    expect(file.name).toBe('peace-plan-events.ics');
    expect(file.type).toBe('text/calendar;charset=utf-8');
    expect(events.map((e) => e.uid)).toEqual([
      'e2@peace-plan-explorer',
      'e1@peace-plan-explorer',
      'e3@peace-plan-explorer',
      'e4@peace-plan-explorer',
    ]);
  });

  it('ends the day after the last day covered, at the event’s precision', () => {
    const dates = events.map((e) => [e.startDate.toString(), e.endDate.toString(), e.startDate.isDate]);
    expect(dates).toEqual([
      ['2025-02-01', '2025-03-01', true], // a month
      ['2025-02-10', '2025-02-11', true], // a day
      ['2025-03-05', '2025-03-08', true], // 5 to 7 March
      ['2025-03-20', '2025-03-27', true], // a week
    ]);
  });

  it('says in words how exactly the date is known, and whether it is planned', () => {
    const [month, , , week] = events as [ICAL.Event, ICAL.Event, ICAL.Event, ICAL.Event];
    expect(month.description.split('\n')[0]).toBe('Date known to the month: February 2025.');
    expect(month.description).toContain('Planned: announced, not yet happened when reported.');
    expect(month.description).toContain('“Talks were held.”\nOriginal address not known');
    expect(month.summary).toBe('=Talks, "somewhere" (planned)');
    expect(month.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(week.description.split('\n')[0]).toBe('Date known to the week: week of 20 March 2025.');
    expect(events[2]!.component.getFirstPropertyValue('url')).toBe('https://explorer.example/app/events/e3/');
  });
});
