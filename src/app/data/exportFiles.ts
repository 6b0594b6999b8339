/**
 * The files "Download" offers, as text: events, quotes and positions as CSV, all three as JSON,
 * and the events as an iCalendar file. Loaded when the Download menu first opens (see
 * ui/ExportMenu), so none of it weighs on the first view.
 */
import { addDays, lastDayCovered, type StoryEvent } from '../../model/core';
import { ADDRESS_NOT_KNOWN } from '../format/citation';
import { toCsv } from '../format/csv';
import { eventKindLabel } from '../format/labels';
import { formatStoryDate, precisionInWords } from '../format/dates';
import { toICalendar, type CalendarEntry } from '../format/icalendar';
import type { AppPage } from '../view/explorerAddress';
import type { ViewWindow } from '../view/timeWindow';
import type { EventFilters } from '../view/viewParams';
import {
  exportRecords,
  selectForExport,
  type EventRecord,
  type EvidenceRecord,
  type NamedItem,
  type PositionRecord,
  type QuoteRecord,
} from './storyExport';
import type { StoryLookup } from './storyLookup';

export const EXPORT_FORMATS = ['events-csv', 'quotes-csv', 'positions-csv', 'json', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRequest {
  /** The events that pass the filters (useFilteredEvents). */
  filtered: readonly StoryEvent[];
  filters: EventFilters;
  window: ViewWindow;
  /** The address of the view being exported, written into the JSON file. */
  viewAddress: string;
  page: AppPage;
  /** When the file is made (the calendar's DTSTAMP). */
  now: Date;
}

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

/** What the JSON file says each list holds, so the file explains itself. */
export const EXPORT_RULES = {
  events:
    'Events that pass the filters and cover at least one day of the visible dates (all dates when none are set).',
  quotes: 'Quotes said at one of these events.',
  positions:
    "An actor's positions on a topic when one of these events names both that actor and that topic, dated within the visible dates and the From/Until dates, with one of the chosen stances when stances are filtered.",
};

/** Several values in one cell: one per line, so a value's own commas stay unambiguous. */
const lines = (values: readonly (string | null)[]) => values.map((v) => v ?? '').join('\n');
const names = (items: readonly NamedItem[]) => lines(items.map((i) => i.name));

function evidenceColumns<Row>(evidenceOf: (row: Row) => readonly EvidenceRecord[]) {
  const each = (pick: (e: EvidenceRecord) => string | null) => (row: Row) => lines(evidenceOf(row).map(pick));
  return [
    { header: 'evidence_sentences', value: each((e) => e.sentence) },
    { header: 'evidence_outlets', value: each((e) => e.outlet) },
    { header: 'evidence_article_dates', value: each((e) => e.articleDate) },
    { header: 'evidence_original_addresses', value: each((e) => e.originalAddress ?? ADDRESS_NOT_KNOWN) },
    {
      header: 'evidence_originals_at_sentence',
      value: each((e) => e.originalAtSentence ?? ADDRESS_NOT_KNOWN),
    },
  ];
}

const EVENT_COLUMNS = [
  { header: 'id', value: (e: EventRecord) => e.id },
  { header: 'date', value: (e: EventRecord) => e.date },
  { header: 'end_date', value: (e: EventRecord) => e.endDate },
  { header: 'precision', value: (e: EventRecord) => e.precision },
  { header: 'status', value: (e: EventRecord) => e.status },
  { header: 'title', value: (e: EventRecord) => e.title },
  { header: 'summary', value: (e: EventRecord) => e.summary },
  { header: 'kind', value: (e: EventRecord) => e.kind },
  { header: 'found_by', value: (e: EventRecord) => e.foundBy },
  { header: 'actors', value: (e: EventRecord) => names(e.actors) },
  { header: 'topics', value: (e: EventRecord) => names(e.topics) },
  ...evidenceColumns((e: EventRecord) => e.evidence),
  { header: 'explorer_address', value: (e: EventRecord) => e.explorerAddress },
];

const QUOTE_COLUMNS = [
  { header: 'id', value: (q: QuoteRecord) => q.id },
  { header: 'text', value: (q: QuoteRecord) => q.text },
  { header: 'speaker', value: (q: QuoteRecord) => q.speaker?.name ?? q.speakerAsWritten },
  { header: 'speaker_as_written', value: (q: QuoteRecord) => q.speakerAsWritten },
  { header: 'event_id', value: (q: QuoteRecord) => q.event?.id },
  { header: 'event', value: (q: QuoteRecord) => q.event?.name },
  { header: 'topics', value: (q: QuoteRecord) => names(q.topics) },
  { header: 'found_by', value: (q: QuoteRecord) => q.foundBy },
  ...evidenceColumns((q: QuoteRecord) => [q.evidence]),
  { header: 'explorer_address', value: (q: QuoteRecord) => q.explorerAddress },
];

const POSITION_COLUMNS = [
  { header: 'id', value: (p: PositionRecord) => p.id },
  { header: 'actor', value: (p: PositionRecord) => p.actor.name },
  { header: 'topic', value: (p: PositionRecord) => p.topic.name },
  { header: 'date', value: (p: PositionRecord) => p.date },
  { header: 'precision', value: (p: PositionRecord) => p.precision },
  { header: 'stance', value: (p: PositionRecord) => p.stance },
  { header: 'summary', value: (p: PositionRecord) => p.summary },
  ...evidenceColumns((p: PositionRecord) => p.evidence),
  { header: 'explorer_address', value: (p: PositionRecord) => p.explorerAddress },
];

/** `peace-plan-events-2025-02-15-to-2025-03-30.csv`: the last day named is the last one shown. */
export function exportFileName(what: string, window: ViewWindow, extension: string): string {
  const span = window.start && window.end ? `-${window.start}-to-${addDays(window.end, -1)}` : '';
  return `peace-plan-${what}${span}.${extension}`;
}

function calendarEntry(record: EventRecord, event: StoryEvent): CalendarEntry {
  const sources = record.evidence.map((e) => {
    const where = [e.outlet, e.articleDate].filter(Boolean).join(', ');
    return `“${e.sentence}”${where ? ` — ${where}` : ''}\n${e.originalAddress ?? ADDRESS_NOT_KNOWN}`;
  });
  const description = [
    `${precisionInWords(record.precision)}: ${formatStoryDate(event.date, event.precision, event.endDate)}.`,
    record.status === 'planned' ? 'Planned: announced, not yet happened when reported.' : '',
    record.summary,
    record.actors.length ? `Actors: ${record.actors.map((a) => a.name).join(', ')}` : '',
    record.topics.length ? `Topics: ${record.topics.map((t) => t.name).join(', ')}` : '',
    `Sources:\n${sources.join('\n')}`,
    `In Peace Plan Explorer: ${record.explorerAddress}`,
  ];
  return {
    uid: `${record.id}@peace-plan-explorer`,
    firstDay: event.date,
    lastDay: lastDayCovered(event.date, event.precision, event.endDate),
    summary: record.status === 'planned' ? `${record.title} (planned)` : record.title,
    description: description.filter(Boolean).join('\n\n'),
    url: record.explorerAddress,
    status: record.status === 'planned' ? 'TENTATIVE' : 'CONFIRMED',
    categories: [eventKindLabel(event.kind)],
  };
}

const withoutEmpty = (filters: EventFilters) =>
  Object.fromEntries(
    Object.entries(filters).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );

/** One file of the current view's items. */
export function exportFile(format: ExportFormat, request: ExportRequest, lookup: StoryLookup): ExportFile {
  const { window } = request;
  const selection = selectForExport(request.filtered, request.filters, window, lookup);
  const records = exportRecords(lookup, request.page);
  const csv = 'text/csv;charset=utf-8';
  switch (format) {
    case 'events-csv':
      return {
        name: exportFileName('events', window, 'csv'),
        type: csv,
        text: toCsv(EVENT_COLUMNS, selection.events.map(records.event)),
      };
    case 'quotes-csv':
      return {
        name: exportFileName('quotes', window, 'csv'),
        type: csv,
        text: toCsv(QUOTE_COLUMNS, selection.quotes.map(records.quote)),
      };
    case 'positions-csv':
      return {
        name: exportFileName('positions', window, 'csv'),
        type: csv,
        text: toCsv(POSITION_COLUMNS, selection.positions.map(records.position)),
      };
    case 'json': {
      const document = {
        source: 'Peace Plan Explorer',
        view: request.viewAddress,
        window: window.start && window.end ? { start: window.start, end: window.end } : null,
        filters: withoutEmpty(request.filters),
        rules: EXPORT_RULES,
        events: selection.events.map(records.event),
        quotes: selection.quotes.map(records.quote),
        positions: selection.positions.map(records.position),
      };
      return {
        name: exportFileName('view', window, 'json'),
        type: 'application/json',
        text: `${JSON.stringify(document, null, 2)}\n`,
      };
    }
    case 'ics':
      return {
        name: exportFileName('events', window, 'ics'),
        type: 'text/calendar;charset=utf-8',
        text: toICalendar(
          selection.events.map((e) => calendarEntry(records.event(e), e)),
          { name: 'Peace Plan Explorer: events', stamp: request.now },
        ),
      };
  }
}
