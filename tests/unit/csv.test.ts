import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../electron/laptop/csv';

describe('CSV parsing', () => {
  it('handles quotes, doubled quotes, CRLF, BOM and line numbers', () => {
    const text = '\uFEFFho_ten,don_vi\r\n"Nguyễn Văn An","Sở Tài chính, tỉnh Thái Nguyên"\r\n\r\n"Lê ""Bé"" Ba","dòng\nhai"\nTrần C,X';
    const { rows, error } = parseCsv(text);
    expect(error).toBeNull();
    expect(rows).toEqual([
      { line: 1, fields: ['ho_ten', 'don_vi'] },
      { line: 2, fields: ['Nguyễn Văn An', 'Sở Tài chính, tỉnh Thái Nguyên'] },
      { line: 4, fields: ['Lê "Bé" Ba', 'dòng\nhai'] },
      { line: 6, fields: ['Trần C', 'X'] },
    ]);
  });

  it('reports an unterminated quote with its line (csv-parse), and a stray quote as malformed', () => {
    const { error } = parseCsv('a,b\n"x,y\n');
    expect(error).toEqual({ key: 'error.csv.unclosedQuote', params: { line: 2 } });
    expect(parseCsv('a,b\n"x"y,z\n').error).toMatchObject({ key: 'error.csv.malformed' });
  });
});
