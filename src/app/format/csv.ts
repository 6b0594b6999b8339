/**
 * CSV that opens cleanly in spreadsheets (RFC 4180): UTF-8 with a byte-order mark, so Excel
 * reads accents and curly quotes as such; CRLF between records; a field with a comma, quote or
 * line break in double quotes, its quotes doubled. A cell that a spreadsheet would run as a
 * formula (starting with =, +, -, @, tab or carriage return) gets an apostrophe in front, the
 * usual defence against CSV injection (OWASP), so text from an article is only ever text.
 */

export const BYTE_ORDER_MARK = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: neutralised if it would start a formula, quoted if it must be. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A header row and records as a CSV file's text, byte-order mark first. */
export function toCsv<Row>(
  columns: readonly { header: string; value: (row: Row) => string | number | null | undefined }[],
  rows: readonly Row[],
): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(','));
  return `${BYTE_ORDER_MARK}${lines.join('\r\n')}\r\n`;
}
