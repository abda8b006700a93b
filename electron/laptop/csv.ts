import { CsvError, parse } from 'csv-parse/sync';
import type { Message } from '../../shared/i18n';

/**
 * CSV as the secretariat's spreadsheet writes it (csv-parse: quoted fields, doubled quotes, CRLF/LF/CR mixed,
 * UTF-8 BOM). Returns rows with the 1-based line number each row started on, so errors can point at the
 * spreadsheet's line. A quote never closed (or a stray quote) is an error for the whole file, with its line.
 */
export type CsvRow = { line: number; fields: string[] };

const LINE_BREAKS = /\r\n|\r|\n/g;

export function parseCsv(text: string): { rows: CsvRow[]; error: Message | null } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      record_delimiter: ['\r\n', '\n', '\r'],
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    const line = typeof (e as { lines?: unknown }).lines === 'number' ? (e as unknown as { lines: number }).lines : 0;
    if (e.code === 'CSV_QUOTE_NOT_CLOSED') return { rows: [], error: { key: 'error.csv.unclosedQuote', params: { line } } };
    return { rows: [], error: { key: 'error.csv.malformed', params: { line } } };
  }
  const rows: CsvRow[] = [];
  for (const { record, info } of records) {
    if (record.length === 1 && record[0]!.trim() === '') continue;
    // info.lines is where the record ended: a quoted field spanning lines started earlier.
    const inner = record.reduce((n, f) => n + (f.match(LINE_BREAKS)?.length ?? 0), 0);
    rows.push({ line: info.lines - inner, fields: record });
  }
  return { rows, error: null };
}
