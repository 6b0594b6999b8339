/**
 * An iCalendar file (RFC 5545) of all-day entries, for calendar programs: CRLF line ends, lines
 * folded at 75 octets without splitting a UTF-8 character, text values escaped.
 */
import { addDays } from '../../model/core';

/** One all-day entry covering `firstDay` to `lastDay`, both included. */
export interface CalendarEntry {
  /** Stable per item, so importing a newer export updates entries instead of duplicating them. */
  uid: string;
  firstDay: string;
  lastDay: string;
  summary: string;
  description: string;
  url?: string;
  /** TENTATIVE for what was announced but had not happened when reported. */
  status: 'CONFIRMED' | 'TENTATIVE';
  categories?: readonly string[];
}

export interface CalendarOptions {
  /** Shown by calendar programs as the calendar's name. */
  name: string;
  /** When the file is made (DTSTAMP). */
  stamp: Date;
}

/** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const utf8 = new TextEncoder();

/**
 * A content line folded to at most 75 octets per line (RFC 5545 §3.1): each continuation
 * starts with a space, which counts towards its 75. Splits only between characters.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8.encode(char).length;
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

const dateValue = (iso: string) => iso.replace(/-/g, '');

function stampValue(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function eventLines(entry: CalendarEntry, stamp: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(entry.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${dateValue(entry.firstDay)}`,
    // The end of an all-day entry is exclusive: the day after the last day it covers.
    `DTEND;VALUE=DATE:${dateValue(addDays(entry.lastDay, 1))}`,
    `SUMMARY:${escapeText(entry.summary)}`,
    `DESCRIPTION:${escapeText(entry.description)}`,
    `STATUS:${entry.status}`,
    // Background information, not appointments: they do not make anyone look busy.
    'TRANSP:TRANSPARENT',
  ];
  if (entry.url) lines.push(`URL:${entry.url}`);
  if (entry.categories?.length) lines.push(`CATEGORIES:${entry.categories.map(escapeText).join(',')}`);
  lines.push('END:VEVENT');
  return lines;
}

/** The whole calendar as text. */
export function toICalendar(entries: readonly CalendarEntry[], options: CalendarOptions): string {
  const stamp = stampValue(options.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Peace Plan Explorer//Export//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    ...entries.flatMap((entry) => eventLines(entry, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
