import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { electionCountTables, ratingCountTables } from '../../electron/record/election-count';
import { toCsv } from '../../electron/record/exports';
import type { RatingBallot } from '../../shared/voting/confidence';
import { countRating } from '../../shared/voting/confidence';
import type { ElectionBallot } from '../../shared/voting/elections';
import { candidateId, countElection, HDND_ELECTION_BASIS, PARTY_ELECTION_BASIS } from '../../shared/voting/elections';

const strike = (...ids: string[]): ElectionBallot => ({ kind: 'strike', kept: ids.map(candidateId) });
const many = (k: number, b: ElectionBallot) => Array.from({ length: k }, () => b);
const readCsv = (bytes: Uint8Array): string[][] =>
  parse(
    Buffer.from(bytes)
      .toString('utf8')
      .replace(/^\uFEFF/, ''),
  ) as string[][];

describe('biên bản kiểm phiếu as CSV', () => {
  const cands = ['c1', 'c2', 'c3'].map(candidateId);
  const names = new Map([
    ['c1', 'Nguyễn Văn An'],
    ['c2', 'Trần Thị Bình'],
    ['c3', 'Lê Văn Cường'],
  ]);
  const ballots = [...many(30, strike('c1', 'c2')), ...many(15, strike('c1', 'c3')), ...many(3, strike('c1', 'c2', 'c3'))];

  it('states N, present, ballots, valid and invalid, votes with % of the base, the elected, the board and the time', () => {
    const count = countElection({ candidates: cands, seats: 2, basis: PARTY_ELECTION_BASIS, members: 49, ballots });
    if (!count.ok) throw new Error('count');
    const [summary, results] = electionCountTables({
      office: 'Ủy viên Ban Thường vụ',
      round: 1,
      denominatorText: 'N = 49 (51 thành viên; 1 thôi nhiệm vụ 3/2026, 1 từ trần 8/2026)',
      present: 48,
      issued: 48,
      returned: 48,
      count: count.value,
      names,
      board: ['Phạm Văn Dũng (Trưởng ban)', 'Hoàng Thị Em'],
      at: Date.UTC(2026, 11, 1, 3, 30),
    });
    const s = readCsv(toCsv(summary!));
    const value = (label: string) => s.find((r) => r[0] === label)?.[1];
    expect(s[0]).toEqual(['Nội dung', 'Số liệu']);
    expect(value('Tổng số đại biểu (N) và các trường hợp loại trừ')).toContain('N = 49');
    expect([
      value('Số đại biểu có mặt'),
      value('Số phiếu phát ra'),
      value('Số phiếu thu vào'),
      value('Số phiếu hợp lệ'),
      value('Số phiếu không hợp lệ'),
    ]).toEqual(['48', '48', '48', '45', '3']);
    expect(value('Nguyên tắc trúng cử')).toBe(
      'Quá một nửa tổng số phiếu hợp lệ (Quyết định số 190-QĐ/TW (Quy chế bầu cử trong Đảng), Điều 30)',
    );
    expect(value('Ban kiểm phiếu')).toBe('Phạm Văn Dũng (Trưởng ban); Hoàng Thị Em');
    expect(value('Thời điểm lập biên bản')).toMatch(/^2026-12-01/);
    expect(value('Bước tiếp theo')).toBe('Đã bầu đủ số lượng');
    const r = readCsv(toCsv(results!));
    expect(r).toEqual([
      ['STT', 'Họ và tên', 'Số phiếu bầu', 'Tỷ lệ % so với số phiếu hợp lệ', 'Kết quả'],
      ['1', 'Nguyễn Văn An', '45', '100,00', 'Trúng cử'],
      ['2', 'Trần Thị Bình', '30', '66,67', 'Trúng cử'],
      ['3', 'Lê Văn Cường', '15', '33,33', 'Không trúng cử'],
    ]);
  });

  it('an HĐND round says its base is the total delegates and carries the legal-confirmation flag', () => {
    const count = countElection({ candidates: cands, seats: 2, basis: HDND_ELECTION_BASIS, members: 49, ballots });
    if (!count.ok) throw new Error('count');
    const [summary, results] = electionCountTables({
      office: 'Phó Chủ tịch HĐND',
      round: 2,
      denominatorText: 'N = 49',
      present: 48,
      issued: 48,
      returned: 48,
      count: count.value,
      names,
      board: ['A'],
      at: 0,
    });
    const s = readCsv(toCsv(summary!));
    expect(s.find((x) => x[0] === 'Nguyên tắc trúng cử')![1]).toContain('Cần xác nhận pháp lý');
    // c2 has 30 of 49: more than half of the total (25 needed); c3 with 15 is not
    const r = readCsv(toCsv(results!));
    expect(r[0]![3]).toBe('Tỷ lệ % so với tổng số đại biểu');
    expect(r.slice(1).map((x) => [x[1], x[3], x[4]])).toEqual([
      ['Nguyễn Văn An', '91,84', 'Trúng cử'],
      ['Trần Thị Bình', '61,22', 'Trúng cử'],
      ['Lê Văn Cường', '30,61', 'Không trúng cử'],
    ]);
    expect(summary!.file).toBe('bien-ban-kiem-phieu-lan-2.csv');
  });
});

describe('biên bản kiểm phiếu of a confidence rating as CSV', () => {
  it('states N, the ballots, counts and % of N per level and the band per office-holder', () => {
    // N = 7: more than half is 4, two thirds is 5
    const ballots: RatingBallot[] = [
      ...Array.from({ length: 5 }, (): RatingBallot => ({ a: 'low', b: 'high' })),
      { a: 'high', b: 'low', c: null },
      { a: 'low', x: 'low' }, // a name not on the list: the whole ballot is invalid
    ];
    const counted = countRating(['a', 'b', 'c'], 7, ballots);
    if (!counted.ok) throw new Error('count');
    const [summary, results] = ratingCountTables({
      denominatorText: 'N = 7 (8 đại biểu; 1 từ trần 8/2026)',
      present: 7,
      issued: 7,
      returned: 7,
      result: counted.value,
      names: new Map([
        ['a', 'Nguyễn Văn An'],
        ['b', 'Trần Thị Bình'],
      ]),
      titles: new Map([['a', 'Chủ tịch UBND tỉnh']]),
      board: ['Phạm Văn Dũng', 'Hoàng Thị Em'],
      at: Date.UTC(2026, 11, 1, 3, 30),
    });
    const s = readCsv(toCsv(summary!));
    const value = (label: string) => s.find((r) => r[0] === label)?.[1];
    expect([
      value('Số người được lấy phiếu'),
      value('Số đại biểu có mặt'),
      value('Số phiếu phát ra'),
      value('Số phiếu thu vào'),
      value('Số phiếu hợp lệ'),
      value('Số phiếu không hợp lệ'),
    ]).toEqual(['3', '7', '7', '7', '6', '1']);
    expect(value('Tổng số đại biểu (N) và các trường hợp loại trừ')).toBe('N = 7 (8 đại biểu; 1 từ trần 8/2026)');
    expect(value('Căn cứ')).toContain('Nghị quyết số 96/2023/QH15');
    expect(value('Ban kiểm phiếu')).toBe('Phạm Văn Dũng; Hoàng Thị Em');
    const r = readCsv(toCsv(results!));
    expect(r[0]).toEqual([
      'STT',
      'Họ và tên',
      'Chức vụ',
      'Tín nhiệm cao: số phiếu',
      'Tín nhiệm cao: tỷ lệ % so với tổng số đại biểu',
      'Tín nhiệm: số phiếu',
      'Tín nhiệm: tỷ lệ % so với tổng số đại biểu',
      'Tín nhiệm thấp: số phiếu',
      'Tín nhiệm thấp: tỷ lệ % so với tổng số đại biểu',
      'Kết quả',
    ]);
    // a: 5 of 7 low is at least two thirds; b: 1 low; c: rated by nobody
    expect(r.slice(1)).toEqual([
      ['1', 'Nguyễn Văn An', 'Chủ tịch UBND tỉnh', '1', '14,29', '0', '0,00', '5', '71,43', expect.stringContaining('trình bãi nhiệm')],
      ['2', 'Trần Thị Bình', '', '5', '71,43', '0', '0,00', '1', '14,29', 'Không thuộc trường hợp phải xem xét'],
      ['3', 'c', '', '0', '0,00', '0', '0,00', '0', '0,00', 'Không thuộc trường hợp phải xem xét'],
    ]);
    expect(summary!.file).toBe('bien-ban-kiem-phieu-tin-nhiem.csv');
  });
});
