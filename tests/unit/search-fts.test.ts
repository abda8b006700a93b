import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgendaItemId, DocumentId, MeetingId, Sha256 } from '../../shared/model/ids';
import type { DocumentMeta } from '../../shared/model/types';
import { foldText } from '../../shared/search/normalize';
import { closeDb, openDb, type Db } from '../../electron/common/sqlite/connection';
import { LOCAL_MIGRATIONS } from '../../electron/laptop/db/migrations';
import { upsertBlob } from '../../electron/laptop/db/queries/blobs';
import { resetSearchBlob } from '../../electron/laptop/db/queries/search-blobs';
import { insertPages } from '../../electron/laptop/db/queries/search-pages';
import { searchDocuments } from '../../electron/laptop/search/query';

const sha = (c: string) => c.repeat(64) as Sha256;

function meta(id: string, s: Sha256, over: Partial<DocumentMeta> = {}): DocumentMeta {
  return {
    id: id as DocumentId,
    meetingId: 'm1' as MeetingId,
    agendaItemId: 'a1' as AgendaItemId,
    title: `Tài liệu ${id}`,
    docType: 'to_trinh',
    version: 1,
    supersedesId: null,
    superseded: false,
    confidentiality: 'thuong',
    visibility: { kind: 'everyone' },
    sha256: s,
    pages: 3,
    sizeBytes: 1,
    fileName: `${id}.pdf`,
    pdfTitle: null,
    createdAt: '2025-01-01T00:00:00Z',
    ...over,
  };
}

function index(db: Db, s: Sha256, pages: string[]) {
  upsertBlob(db, { sha256: s, sizeBytes: 1, pages: pages.length, pdfTitle: null });
  resetSearchBlob(db, s, pages.length, 1, 'now');
  insertPages(
    db,
    s,
    pages.map((body, i) => ({ page: i + 1, body, folded: foldText(body) })),
    'now',
  );
}

describe('search over the FTS5 index', () => {
  let db: Db;
  const A = sha('a');
  const B = sha('b');
  beforeEach(() => {
    db = openDb({ file: ':memory:', migrations: LOCAL_MIGRATIONS });
    index(db, A, [
      'Báo cáo kết quả thực hiện nhiệm vụ năm 2024.',
      'Tỉnh ủy ban hành Nghị quyết về CHUYỂN ĐỔI SỐ đến năm 2025, định hướng đến năm 2030.',
      'Số lượng đơn vị chuyển sang môi trường số; đổi mới phương thức.',
    ]);
    index(db, B, ['Đảng bộ tỉnh Thái Nguyên lãnh đạo chuyển đổi số toàn diện.', 'Phụ lục.']);
  });
  afterEach(() => closeDb(db));

  it('finds "chuyen doi so" typed without diacritics, phrase pages first, with snippets', () => {
    const hits = searchDocuments(db, [meta('d1', A), meta('d2', B)], ['chuyen', 'doi', 'so']);
    // Phrase pages (in bm25 order) before the page that only has the words apart.
    expect(
      hits
        .slice(0, 2)
        .map((h) => `${h.documentId}:${h.page}:${h.phrase}`)
        .sort(),
    ).toEqual(['d1:2:true', 'd2:1:true']);
    expect(hits.slice(2).map((h) => [h.documentId, h.page, h.phrase])).toEqual([['d1', 3, false]]);
    const h = hits.find((x) => x.documentId === 'd1')!;
    const [s, e] = h.highlights[0]!;
    expect(h.snippet.slice(s, e)).toBe('CHUYỂN ĐỔI SỐ');
  });

  it('matches đ when d is typed, in any case', () => {
    const hits = searchDocuments(db, [meta('d1', A), meta('d2', B)], ['dang', 'bo']);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.snippet.slice(...hits[0]!.highlights[0]!)).toBe('Đảng bộ');
    expect(searchDocuments(db, [meta('d2', B)], [foldText('ĐẢNG')])).toHaveLength(1);
  });

  it('only searches the documents it is given (visibility is decided by the caller)', () => {
    const hits = searchDocuments(db, [meta('d2', B)], ['chuyen', 'doi', 'so']);
    expect(hits.map((h) => h.documentId)).toEqual(['d2']);
    expect(searchDocuments(db, [], ['chuyen'])).toEqual([]);
  });

  it('reports one hit per document sharing a file, current version first', () => {
    const docs = [meta('old', A, { superseded: true }), meta('copy', A, { version: 2 })];
    const hits = searchDocuments(db, docs, ['nghi', 'quyet']);
    expect(hits.map((h) => h.documentId)).toEqual(['copy', 'old']);
  });

  it('treats FTS5 syntax in the query as plain words and handles empty queries', () => {
    expect(searchDocuments(db, [meta('d1', A)], [])).toEqual([]);
    expect(() => searchDocuments(db, [meta('d1', A)], ['near', 'or', 'and'])).not.toThrow();
  });

  it('answers with the last word as a prefix (search as you type)', () => {
    const hits = searchDocuments(db, [meta('d1', A)], ['dinh', 'huo']);
    expect(hits.map((h) => h.page)).toEqual([2]);
  });

  it('ranks phrase pages by BM25: more occurrences first, whatever their order in the index', () => {
    const C = sha('c');
    const filler = 'Báo cáo tình hình kinh tế, xã hội của tỉnh trong quý. ';
    index(db, C, [`${filler}Chuyển đổi số. ${filler}`, `Chuyển đổi số, chuyển đổi số và chuyển đổi số. ${filler}`]);
    const hits = searchDocuments(db, [meta('d3', C)], ['chuyen', 'doi', 'so']);
    expect(hits.map((h) => [h.page, h.phrase])).toEqual([
      [2, true],
      [1, true],
    ]);
  });

  it('weighs a rare word more than a common one when the words are apart, counting again when the index grows', () => {
    const C = sha('c');
    const D = sha('d');
    const E = sha('e');
    // "tinh" on every page of the index, "ngan" only on the two pages searched.
    index(
      db,
      C,
      Array.from({ length: 20 }, (_, i) => `Trang ${i}: tỉnh lập báo cáo.`),
    );
    const x = 'Tỉnh họp, tỉnh bàn, tỉnh quyết; kế hoạch vốn ngân sách cả năm.';
    const y = 'Tỉnh họp về vốn; ngân sách, ngân quỹ và ngân hàng cả năm.';
    index(db, D, [x, y]);
    const order = () => searchDocuments(db, [meta('d4', D)], ['tinh', 'ngan']).map((h) => [h.page, h.phrase]);
    expect(order()).toEqual([
      [2, false],
      [1, false],
    ]);
    // Now "ngan" is on most pages and "tinh" the rarer word: the page with "tinh" three times leads.
    index(
      db,
      E,
      Array.from({ length: 40 }, (_, i) => `Ngân sách mục ${i}.`),
    );
    expect(order()).toEqual([
      [1, false],
      [2, false],
    ]);
  });
});
