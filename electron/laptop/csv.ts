import type { Message } from '../../shared/i18n';
/**
 * RFC 4180 CSV parsing (quoted fields, doubled quotes, CRLF/LF, UTF-8 BOM). Returns rows with the
 * 1-based line number each row started on, so errors can point at the secretariat's spreadsheet line.
 */
export type CsvRow = { line: number; fields: string[] };

export function parseCsv(text: string): { rows: CsvRow[]; error: Message | null } {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let rowStart = 1;
  let i = 0;
  const endRow = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0]!.trim() === '')) rows.push({ line: rowStart, fields });
    fields = [];
    field = '';
  };
  while (i < src.length) {
    const c = src[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"' && field === '') inQuotes = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\r') {
      // CR of CRLF: the LF ends the row
    } else if (c === '\n') {
      endRow();
      line++;
      rowStart = line;
    } else field += c;
    i++;
  }
  if (inQuotes) return { rows, error: { key: 'error.csv.unclosedQuote', params: { line: rowStart } } };
  if (field !== '' || fields.length > 0) endRow();
  return { rows, error: null };
}
