import Papa from 'papaparse';
import { csvCell, toCsv } from '../../../src/app/format/csv';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['she said "no"', '"she said ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['', ''],
  ])('%j → %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    ['=HYPERLINK("http://evil.example")', `"'=HYPERLINK(""http://evil.example"")"`],
    ['+1 555', "'+1 555"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab first', "'\tTab first"],
    ['\rCR first', `"'\rCR first"`],
  ])('neutralises a formula-like cell %j → %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('writes nothing for a missing value', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('toCsv', () => {
  const rows = [
    { id: 'a', text: 'Plain text' },
    { id: 'b', text: 'Commas, "quotes"\nand a line break' },
    { id: 'c', text: '=1+1' },
    { id: 'd', text: 'Zelenskyy’s “reassurance” — €' },
  ];
  const text = toCsv(
    [
      { header: 'id', value: (r: (typeof rows)[number]) => r.id },
      { header: 'text', value: (r: (typeof rows)[number]) => r.text },
    ],
    rows,
  );

  it('starts with a byte-order mark and ends records with CRLF', () => {
    expect(text.startsWith('\uFEFFid,text\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/"[^"]*(?:""[^"]*)*"/g, '').match(/(?<!\r)\n/g)).toBeNull();
  });

  it('parses back to the same cells with an independent parser', () => {
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ['id', 'text'],
      ['a', 'Plain text'],
      ['b', 'Commas, "quotes"\nand a line break'],
      ['c', "'=1+1"],
      ['d', 'Zelenskyy’s “reassurance” — €'],
    ]);
  });
});
