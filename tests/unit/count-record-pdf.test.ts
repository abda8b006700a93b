import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderElectionCountPdf, renderRatingCountPdf, renderRatingResolutionPdf } from '../../electron/record';
import type { CountRecordHeaderInput } from '../../electron/record';
import type { ElectionBallot } from '../../shared/voting/elections';
import { candidateId, countElection, HDND_ELECTION_BASIS, PARTY_ELECTION_BASIS } from '../../shared/voting/elections';
import type { ConfidenceLevel, RatingBallot } from '../../shared/voting/confidence';
import { countRating } from '../../shared/voting/confidence';
import { decodePng, inkShare } from '../helpers/png';

/*
 * The biên bản kiểm phiếu as PDF: a 51-member Party election (17 candidates for 15 seats, invalid ballots, one
 * seat left for a further round) and an HĐND confidence rating of 20 office-holders by 49 delegates. The text
 * (pdftotext -layout) must carry every figure; the first page (pdftoppm) must be a real page, not blank.
 * COUNT_RECORD_KEEP_DIR=<dir> keeps the PDFs and page images for a look.
 */

const work = mkdtempSync(join(tmpdir(), 'phg-count-record-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const BOARD = ['Phạm Văn Dũng', 'Hoàng Thị Ánh Tuyết', 'Đặng Quốc Huy', 'Vi Thị Lan', 'Ma Văn Khánh'];
const CLOSED_AT = Date.UTC(2026, 11, 1, 3, 42); // 10:42 in Hà Nội

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
/** Some line of the layout text holds every part, in this order (a table row's first line). */
function lineHas(text: string, ...parts: string[]): boolean {
  const re = new RegExp(parts.map(esc).join('.*'));
  return text.split('\n').some((line) => re.test(line));
}

function textOf(pdf: Uint8Array, name: string): { layout: string; flat: string } {
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, pdf);
  const keep = process.env['COUNT_RECORD_KEEP_DIR'];
  if (keep) copyFileSync(file, join(keep, `${name}.pdf`));
  const layout = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return { layout, flat: layout.replace(/\s+/g, ' ') };
}

/** The first page at 50 dpi: produced, page-sized, with ink in the heading and in the body, and mostly paper. */
function checkFirstPage(name: string): void {
  const prefix = join(work, name);
  execFileSync('pdftoppm', ['-r', '50', '-f', '1', '-l', '1', '-png', `${prefix}.pdf`, prefix]);
  const png = readFileSync(`${prefix}-1.png`);
  const img = decodePng(png);
  expect([img.width, img.height]).toEqual([414, 585]); // A4 (595 × 842 pt) at 50 dpi
  expect(inkShare(img, 0, 0.15)).toBeGreaterThan(0.01); // the heading
  expect(inkShare(img, 0.3, 0.9)).toBeGreaterThan(0.01); // the body
  expect(inkShare(img)).toBeLessThan(0.3);
  const keep = process.env['COUNT_RECORD_KEEP_DIR'];
  if (keep) copyFileSync(`${prefix}-1.png`, join(keep, `${name}-1.png`));
}

describe('biên bản kiểm phiếu of an election round as PDF', () => {
  const names = [
    'Nguyễn Văn Thắng',
    'Trần Thị Hồng Nhung',
    'Lê Quang Vinh',
    'Phạm Đức Hiếu',
    'Hoàng Thị Thu Hương',
    'Đỗ Mạnh Cường',
    'Bùi Thị Ngọc Ánh',
    'Ngô Xuân Trường',
    'Dương Thị Huyền',
    'Lý Văn Quyết',
    'Triệu Thị Mỹ Duyên',
    'Nông Đức Thịnh',
    'Lương Thị Phượng',
    'Hà Văn Sỹ',
    'Mai Thị Diệu Linh',
    'Tôn Nữ Thị Hoàng Oanh',
    'Chu Văn Khởi',
  ];
  const cands = names.map((_, k) => candidateId(`c${k + 1}`));
  const nameOf = new Map<string, string>(cands.map((c, k) => [c, names[k]!]));
  // Votes per candidate on the 45 valid ballots; more than half of the valid ballots is 23: fourteen are
  // elected, c15 (22) is not, so one seat goes to a further round among c15..c17.
  const votes = [44, 43, 41, 40, 39, 38, 37, 36, 35, 33, 31, 30, 28, 26, 22, 21, 12];
  const valid: string[][] = Array.from({ length: 45 }, () => []);
  votes.forEach((v, k) => {
    // each candidate's votes go to the ballots with the fewest names so far: no ballot keeps more than 15
    const order = valid.map((b, j) => [b.length, j] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const [, j] of order.slice(0, v)) valid[j]!.push(cands[k]!);
  });
  const ballots: ElectionBallot[] = [
    ...valid.map((kept) => ({ kind: 'strike' as const, kept: kept.map(candidateId) })),
    { kind: 'strike', kept: cands.slice(0, 16) }, // 16 names for 15 seats
    { kind: 'strike', kept: cands.slice(0, 17) },
    { kind: 'strike', kept: [cands[0]!, cands[0]!] }, // a name twice
  ];
  const header: CountRecordHeaderInput = {
    bodyKind: 'tinh_uy',
    bodyName: 'Ban Chấp hành Đảng bộ tỉnh Thái Nguyên',
    term: 'khóa XXI, nhiệm kỳ 2025 - 2030',
    session: 'Hội nghị lần thứ năm',
    date: '2026-12-01',
    place: 'Hội trường Tỉnh ủy, thành phố Thái Nguyên',
    province: 'Thái Nguyên',
  };

  it('prints the Party heading, every figure, the votes with % of the valid ballots, the elected and the further round', async () => {
    const count = countElection({ candidates: cands, seats: 15, basis: PARTY_ELECTION_BASIS, members: 51, ballots });
    if (!count.ok) throw new Error('count');
    const c = count.value;
    expect([c.valid, c.invalid, c.required, c.elected.length, c.next.kind]).toEqual([45, 3, 23, 14, 'further_round']);
    const pdf = await renderElectionCountPdf({
      ...header,
      office: 'Ủy viên Ban Thường vụ Tỉnh ủy',
      round: 1,
      denominatorText: 'N = 51 (53 thành viên; 1 chuyển công tác 3/2026, 1 từ trần 8/2026)',
      present: 49,
      issued: 49,
      returned: 48,
      count: c,
      names: nameOf,
      board: BOARD,
      at: CLOSED_AT,
    });
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    const { layout, flat } = textOf(pdf, 'bau-cu');
    for (const s of [
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'ĐẢNG BỘ TỈNH THÁI NGUYÊN',
      'TỈNH ỦY',
      'Thái Nguyên, ngày 01 tháng 12 năm 2026',
      'BIÊN BẢN KIỂM PHIẾU',
      'Bầu Ủy viên Ban Thường vụ Tỉnh ủy (lần bầu thứ 1)',
      'Hội nghị lần thứ năm Ban Chấp hành Đảng bộ tỉnh Thái Nguyên, khóa XXI, nhiệm kỳ 2025 - 2030.',
      'Hội trường Tỉnh ủy, thành phố Thái Nguyên',
      'số lượng cần bầu: 15, số người trong danh sách bầu cử: 17',
      'N = 51 (53 thành viên;',
      'Quá một nửa tổng số phiếu hợp lệ',
      'Quyết định số 190-QĐ/TW (Quy chế bầu cử trong Đảng), Điều 30',
      'Những người trúng cử (14/15), theo thứ tự số phiếu:',
      'Bầu tiếp 1 chỗ trong số những người còn lại',
      `Danh sách bầu tiếp: ${names[14]}, ${names[15]}, ${names[16]}.`,
      'Việc kiểm phiếu kết thúc vào hồi 10 giờ 42 phút, ngày 01/12/2026',
      'BAN KIỂM PHIẾU',
    ])
      expect(flat, s).toContain(s);
    expect(flat).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(flat).not.toContain('cần được xác nhận'); // the Party rule is confirmed
    expect(lineHas(layout, 'Số lượng cần bầu', '15')).toBe(true);
    expect(lineHas(layout, 'Số đại biểu có mặt', '49 đại biểu')).toBe(true);
    expect(lineHas(layout, 'Số phiếu phát ra', '49 phiếu')).toBe(true);
    expect(lineHas(layout, 'Số phiếu thu vào', '48 phiếu')).toBe(true);
    expect(lineHas(layout, 'Số phiếu hợp lệ', '45 phiếu')).toBe(true);
    expect(lineHas(layout, 'Số phiếu không hợp lệ', '3 phiếu')).toBe(true);
    expect(lineHas(layout, 'Số phiếu tối thiểu để trúng cử', '23 phiếu (quá một nửa số phiếu hợp lệ: 45)')).toBe(true);
    c.candidates.forEach((r, k) => {
      const name = nameOf.get(r.id)!;
      const result = r.elected ? 'Trúng cử' : 'Không trúng cử';
      expect(lineHas(layout, String(k + 1), name, String(r.votes), `${r.percentOfBase} %`, result), name).toBe(true);
    });
    expect(c.candidates.map((r) => r.votes)).toEqual(votes);
    c.elected.forEach((id, k) => {
      const r = c.candidates.find((x) => x.id === id)!;
      expect(flat).toContain(`${k + 1}. ${nameOf.get(id)}: ${r.votes} phiếu (${r.percentOfBase} %)`);
    });
    expect(flat).toContain('44 phiếu (97,78 %)');
    for (const m of BOARD) expect(flat).toContain(m);
    expect(flat.split('(Ký, ghi rõ họ tên)').length - 1).toBe(BOARD.length);
    checkFirstPage('bau-cu');
  });

  it('an HĐND round: the state heading, the base of the total delegates, the legal-confirmation flag, a runoff', async () => {
    // N = 5, more than half of the total is 3: c1 (4) is elected, c2 and c3 tie at 3 for the second seat
    const [c1, c2, c3] = [cands[0]!, cands[1]!, cands[2]!];
    const count = countElection({
      candidates: [c1, c2, c3],
      seats: 2,
      basis: HDND_ELECTION_BASIS,
      members: 5,
      ballots: [
        [c1, c2],
        [c1, c2],
        [c1, c3],
        [c1, c3],
        [c2, c3],
      ].map((kept) => ({ kind: 'strike' as const, kept })),
    });
    if (!count.ok) throw new Error('count');
    expect(count.value.next).toEqual({ kind: 'runoff', seats: 1, among: [c2, c3] });
    const pdf = await renderElectionCountPdf({
      ...header,
      bodyKind: 'hdnd',
      bodyName: 'Hội đồng nhân dân tỉnh Thái Nguyên',
      term: 'khóa XIV, nhiệm kỳ 2026 - 2031',
      session: 'Kỳ họp thứ Năm',
      office: 'Phó Chủ tịch Hội đồng nhân dân tỉnh',
      round: 2,
      denominatorText: 'N = 5',
      present: 5,
      issued: 5,
      returned: 5,
      count: count.value,
      names: nameOf,
      board: ['Phạm Văn Dũng'],
      at: CLOSED_AT,
    });
    const { layout, flat } = textOf(pdf, 'hdnd');
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'HỘI ĐỒNG NHÂN DÂN',
      'TỈNH THÁI NGUYÊN',
      'Số: /BB-HĐND',
      'Bầu Phó Chủ tịch Hội đồng nhân dân tỉnh (lần bầu thứ 2)',
      'Quá một nửa tổng số đại biểu. Căn cứ: Luật Tổ chức chính quyền địa phương số 72/2025/QH15.',
      'căn cứ pháp lý của nguyên tắc này cần được xác nhận trước khi sử dụng chính thức',
      'Những người trúng cử (1/2), theo thứ tự số phiếu: 1. Nguyễn Văn Thắng: 4 phiếu (80,00 %)',
      'Bước tiếp theo: Bầu lại trong số những người bằng phiếu (1 chỗ).',
      `Danh sách bầu tiếp: ${names[1]}, ${names[2]}.`,
    ])
      expect(flat, s).toContain(s);
    expect(lineHas(layout, 'Số phiếu tối thiểu để trúng cử', '3 phiếu (quá một nửa tổng số đại biểu: 5)')).toBe(true);
    expect(lineHas(layout, '2', names[1]!, '3', '60,00 %', 'Không trúng cử')).toBe(true);
    expect(flat).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  });
});

describe('biên bản kiểm phiếu of a confidence rating as PDF', () => {
  const N = 49;
  const people = Array.from({ length: 20 }, (_, k) => `p${k + 1}`);
  const fullNames = [
    'Triệu Đức Khang',
    'Nguyễn Thị Thanh Hà',
    'Lê Văn Hùng',
    'Phạm Thị Ngọc Diệp',
    'Hoàng Văn Tuấn',
    'Đinh Thị Quỳnh Như',
    'Vũ Đức Lộc',
    'Trương Thị Kim Oanh',
    'Lưu Văn Bảo',
    'Quách Thị Yến',
    'Đàm Văn Nghĩa',
    'Hứa Thị Lệ Thủy',
    'Khổng Minh Đức',
    'Lã Thị Hải Yến',
    'Ông Văn Phúc',
    'Âu Thị Ngân',
    'Mạc Đăng Khoa',
    'Giáp Thị Thùy Dung',
    'Tạ Quang Bửu',
    'Cao Thị Ngọc Hân',
  ];
  const titles = new Map(
    people.map((p, k) => [p, k === 4 ? 'Phó Chủ tịch Ủy ban nhân dân tỉnh phụ trách khối kinh tế' : `Ủy viên UBND tỉnh ${k + 1}`]),
  );
  const nameOf = new Map(people.map((p, k) => [p, fullNames[k]!]));
  // [high, normal, low] per person on the 46 valid ballots (rows left blank make up the rest). Of N = 49, more
  // than half is 25 and two thirds is 33: p5 at 33 low is a removal proposal, p6 at 25 may resign, p7 at 24 is none.
  const plan = people.map((_, k): [number, number, number] => {
    if (k === 4) return [5, 8, 33];
    if (k === 5) return [10, 11, 25];
    if (k === 6) return [12, 10, 24];
    const high = 18 + ((k * 7) % 20);
    const low = (k * 5) % 9;
    return [high, Math.min(46 - high - low, 4 + ((k * 3) % 10)), low];
  });
  const ballots: RatingBallot[] = Array.from({ length: 46 }, (_, j) =>
    Object.fromEntries(
      people.map((p, k) => {
        const [h, n, l] = plan[k]!;
        const level: ConfidenceLevel | null = j < h ? 'high' : j < h + n ? 'normal' : j < h + n + l ? 'low' : null;
        return [p, level];
      }),
    ),
  );
  ballots.push({ p1: 'high', stranger: 'low' }); // a name not on the list: the whole ballot is invalid

  it('prints the state heading, every figure, counts and % of N per level, and the band per person', async () => {
    const counted = countRating(people, N, ballots);
    if (!counted.ok) throw new Error('count');
    const res = counted.value;
    expect([res.valid, res.invalid]).toEqual([46, 1]);
    expect(res.rows.map((r) => r.band).filter((b) => b !== 'none')).toEqual(['removal_proposal', 'may_resign']);
    const header = {
      bodyKind: 'hdnd' as const,
      bodyName: 'Hội đồng nhân dân tỉnh Thái Nguyên',
      term: 'khóa XIV, nhiệm kỳ 2026 - 2031',
      session: 'Kỳ họp thứ Năm',
      date: '2026-12-01',
      place: 'Hội trường Hội đồng nhân dân tỉnh',
      province: 'Thái Nguyên',
    };
    const pdf = await renderRatingCountPdf({
      ...header,
      denominatorText: 'N = 49 (51 đại biểu; 1 thôi nhiệm vụ 3/2026, 1 từ trần 8/2026)',
      present: 47,
      issued: 47,
      returned: 47,
      result: res,
      names: nameOf,
      titles,
      board: BOARD.slice(0, 4),
      at: CLOSED_AT,
    });
    const { layout, flat } = textOf(pdf, 'tin-nhiem');
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'HỘI ĐỒNG NHÂN DÂN',
      'TỈNH THÁI NGUYÊN',
      'Số: /BB-HĐND',
      'BIÊN BẢN KIỂM PHIẾU',
      'Lấy phiếu tín nhiệm đối với người giữ chức vụ do Hội đồng nhân dân tỉnh Thái Nguyên bầu',
      'N = 49 (51 đại biểu;',
      'Mỗi ô ghi số phiếu và tỷ lệ % so với tổng số đại biểu (N = 49)',
      'Nghị quyết số 96/2023/QH15',
      'Trên một nửa tổng số đại biểu: từ 25 phiếu; từ hai phần ba tổng số đại biểu: từ 33 phiếu.',
      'Hoàng Văn Tuấn, Phó Chủ tịch Ủy ban nhân dân tỉnh phụ trách khối kinh tế: 33/49 phiếu tín nhiệm thấp (67,35 %).',
      'trình bãi nhiệm, miễn nhiệm',
      'Đinh Thị Quỳnh Như, Ủy viên UBND tỉnh 6: 25/49 phiếu tín nhiệm thấp (51,02 %).',
      'có thể xin từ chức',
      'Việc kiểm phiếu kết thúc vào hồi 10 giờ 42 phút, ngày 01/12/2026',
    ])
      expect(flat, s).toContain(s);
    expect(flat).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(flat).not.toContain('Vũ Đức Lộc, Ủy viên UBND tỉnh 7: 24/49'); // 24 of 49 is not more than half
    expect(lineHas(layout, 'Số người được lấy phiếu', '20')).toBe(true);
    expect(lineHas(layout, 'Số đại biểu có mặt', '47 đại biểu')).toBe(true);
    expect(lineHas(layout, 'Số phiếu phát ra', '47 phiếu')).toBe(true);
    expect(lineHas(layout, 'Số phiếu thu vào', '47 phiếu')).toBe(true);
    expect(lineHas(layout, 'Số phiếu hợp lệ', '46 phiếu')).toBe(true);
    expect(lineHas(layout, 'Số phiếu không hợp lệ', '1 phiếu')).toBe(true);
    const short = { none: '—', may_resign: 'Có thể xin từ chức', removal_proposal: 'Trình miễn' } as const;
    res.rows.forEach((r, k) => {
      const cells = (['high', 'normal', 'low'] as const).map((l) => `${r.counts[l]} (${r.percents[l]} %)`);
      // the first line of the row: number, the start of the name, the three levels, the band
      const first = nameOf.get(r.id)!.split(' ').slice(0, 2).join(' ');
      expect(lineHas(layout, String(k + 1), first, ...cells, short[r.band]), r.id).toBe(true);
      expect(flat).toContain(nameOf.get(r.id)!);
    });
    expect(res.rows[4]!.percents.low).toBe('67,35');
    for (const m of BOARD.slice(0, 4)) expect(flat).toContain(m);
    checkFirstPage('tin-nhiem');

    // The draft resolution confirming the result: the same figures, and what follows for the two named.
    const draft = await renderRatingResolutionPdf({
      ...header,
      denominatorText: '',
      present: 47,
      issued: 47,
      returned: 47,
      result: res,
      names: nameOf,
      titles,
      board: [],
      at: CLOSED_AT,
    });
    const d = textOf(draft, 'du-thao');
    for (const s of [
      'DỰ THẢO',
      'Số: /NQ-HĐND',
      'NGHỊ QUYẾT',
      'Xác nhận kết quả lấy phiếu tín nhiệm đối với người giữ chức vụ do Hội đồng nhân dân tỉnh Thái Nguyên bầu',
      'Căn cứ Nghị quyết số 96/2023/QH15',
      'tổng số đại biểu N = 49; số phiếu thu vào: 47; số phiếu hợp lệ: 46',
      'QUYẾT NGHỊ:',
      'Hoàng Văn Tuấn, Phó Chủ tịch Ủy ban nhân dân tỉnh phụ trách khối kinh tế: 33/49 phiếu tín nhiệm thấp (67,35%)',
      'Đinh Thị Quỳnh Như, Ủy viên UBND tỉnh 6: 25/49 phiếu tín nhiệm thấp (51,02%)',
    ])
      expect(d.flat, s).toContain(s);
    res.rows.forEach((r) => {
      const cells = (['high', 'normal', 'low'] as const).map((l) => `${r.counts[l]} (${r.percents[l]} %)`);
      expect(lineHas(d.layout, nameOf.get(r.id)!.split(' ').slice(0, 2).join(' '), ...cells), r.id).toBe(true);
    });
    checkFirstPage('du-thao');
  });
});
