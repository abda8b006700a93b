import { parse } from 'csv-parse/sync';
import type { MembershipEndKind, MembershipStartKind } from '../../shared/model/roster';
import { TEMPORARY_END_KINDS } from '../../shared/model/roster';
import type { MessageKey, MessageParams } from '../../shared/i18n';
import { parseDateVi, isIsoDate } from '../../shared/util/dates';
import type { MembershipInput } from '../../shared/ipc/slices/bodies';

/*
 * The roster CSV of a body's term (secretariat's spreadsheet export), parsed with csv-parse. One row per
 * membership; problems are reported by spreadsheet line with a message key, and nothing is applied unless
 * the whole file is clean (preview, then confirm).
 *
 * Columns (header row, Vietnamese or ASCII names): ho_ten*, ten_dang_nhap, chuc_vu, chu_tich (x), ngay_bat_dau*,
 * hinh_thuc (trúng cử | bầu bổ sung | chỉ định | hợp nhất), co_quan_cu, ngay_ket_thuc, ket_thuc (thôi nhiệm vụ |
 * bãi nhiệm | từ trần | chuyển công tác | tạm đình chỉ | khởi tố), ly_do, ngay_phuc_hoi. Dates dd/mm/yyyy.
 */

/** One CSV line as a membership to apply (MembershipInput without its id), with its line number. */
export type RosterCsvRow = Omit<MembershipInput, 'id'> & { line: number };
export type RosterCsvProblem = { line: number; key: MessageKey; params?: MessageParams };
export type RosterCsvParse = { rows: RosterCsvRow[]; problems: RosterCsvProblem[] };

const COLUMNS: Record<string, readonly string[]> = {
  fullName: ['ho_ten', 'họ và tên', 'họ tên'],
  username: ['ten_dang_nhap', 'tên đăng nhập'],
  position: ['chuc_vu', 'chức vụ'],
  isHead: ['chu_tich', 'chủ tịch', 'người đứng đầu'],
  startDate: ['ngay_bat_dau', 'ngày bắt đầu'],
  startKind: ['hinh_thuc', 'hình thức'],
  formerBody: ['co_quan_cu', 'cơ quan cũ'],
  endDate: ['ngay_ket_thuc', 'ngày kết thúc'],
  endKind: ['ket_thuc', 'kết thúc'],
  endReason: ['ly_do', 'lý do'],
  liftedOn: ['ngay_phuc_hoi', 'ngày phục hồi'],
};

const START_KINDS: Record<string, MembershipStartKind> = {
  '': 'elected',
  'trúng cử': 'elected',
  'trung cu': 'elected',
  elected: 'elected',
  'bầu bổ sung': 'by_election',
  'bau bo sung': 'by_election',
  by_election: 'by_election',
  'chỉ định': 'appointed',
  'chi dinh': 'appointed',
  'bổ nhiệm': 'appointed',
  appointed: 'appointed',
  'hợp nhất': 'merged',
  'hop nhat': 'merged',
  merged: 'merged',
};
const END_KINDS: Record<string, MembershipEndKind> = {
  'thôi nhiệm vụ': 'resigned',
  thôi: 'resigned',
  thoi: 'resigned',
  resigned: 'resigned',
  'bãi nhiệm': 'dismissed',
  'miễn nhiệm': 'dismissed',
  'bai nhiem': 'dismissed',
  dismissed: 'dismissed',
  'từ trần': 'died',
  'tu tran': 'died',
  died: 'died',
  'chuyển công tác': 'transferred',
  'chuyen cong tac': 'transferred',
  transferred: 'transferred',
  'tạm đình chỉ': 'suspended',
  'tam dinh chi': 'suspended',
  suspended: 'suspended',
  'khởi tố': 'prosecuted',
  'khoi to': 'prosecuted',
  prosecuted: 'prosecuted',
};

const norm = (s: string): string => s.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
const toIso = (s: string): string | null => (isIsoDate(s) ? s : parseDateVi(s));

export function parseRosterCsv(text: string): RosterCsvParse {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      trim: true,
    }) as unknown as typeof records;
  } catch (e) {
    const line = typeof (e as { lines?: unknown }).lines === 'number' ? (e as { lines: number }).lines : 1;
    return { rows: [], problems: [{ line, key: 'rosterCsv.malformed' }] };
  }
  const [header, ...body] = records;
  if (!header) return { rows: [], problems: [{ line: 1, key: 'rosterCsv.empty' }] };
  const cols = header.record.map(norm);
  const idx = Object.fromEntries(Object.entries(COLUMNS).map(([k, names]) => [k, cols.findIndex((c) => names.includes(c))])) as Record<
    keyof typeof COLUMNS,
    number
  >;
  if (idx['fullName']! < 0 || idx['startDate']! < 0)
    return { rows: [], problems: [{ line: header.info.lines, key: 'rosterCsv.missingColumns' }] };

  const rows: RosterCsvRow[] = [];
  const problems: RosterCsvProblem[] = [];
  const seen = new Set<string>();
  for (const { record, info } of body) {
    const line = info.lines;
    const f = (k: string): string => (idx[k]! >= 0 ? (record[idx[k]!] ?? '').normalize('NFC').trim() : '');
    const problem = (key: MessageKey, params?: MessageParams) => problems.push(params ? { line, key, params } : { line, key });
    const fullName = f('fullName').replace(/\s+/g, ' ');
    if (!fullName) {
      problem('rosterCsv.noName');
      continue;
    }
    const startDate = toIso(f('startDate'));
    if (!startDate) problem('rosterCsv.badDate', { column: 'ngay_bat_dau', value: f('startDate') });
    const startKind = START_KINDS[norm(f('startKind'))];
    if (!startKind) problem('rosterCsv.badStartKind', { value: f('startKind') });
    const endRaw = f('endKind');
    const endKind = endRaw === '' ? null : (END_KINDS[norm(endRaw)] ?? undefined);
    if (endKind === undefined) problem('rosterCsv.badEndKind', { value: endRaw });
    const endDate = f('endDate') === '' ? null : toIso(f('endDate'));
    if (f('endDate') !== '' && !endDate) problem('rosterCsv.badDate', { column: 'ngay_ket_thuc', value: f('endDate') });
    if (endKind !== undefined && (endDate === null) !== (endKind === null)) problem('rosterCsv.endPair');
    if (endDate && startDate && endDate < startDate) problem('rosterCsv.endBeforeStart');
    const liftedOn = f('liftedOn') === '' ? null : toIso(f('liftedOn'));
    if (f('liftedOn') !== '' && (!liftedOn || !endKind || !TEMPORARY_END_KINDS.includes(endKind))) problem('rosterCsv.badLifted');
    const username = f('username').toLowerCase() || null;
    const key = username ?? `name:${fullName.toLowerCase()}`;
    if (seen.has(key)) problem('rosterCsv.duplicate', { who: username ?? fullName });
    seen.add(key);
    if (problems.some((p) => p.line === line)) continue;
    rows.push({
      line,
      fullName,
      username,
      position: f('position'),
      isHead: ['x', 'có', 'co', '1', 'true'].includes(norm(f('isHead'))),
      startDate: startDate!,
      startKind: startKind!,
      formerBody: f('formerBody') || null,
      endDate,
      endKind: endKind ?? null,
      endReason: f('endReason') || null,
      liftedOn,
    });
  }
  if (rows.filter((r) => r.isHead).length > 1) problems.push({ line: rows.filter((r) => r.isHead)[1]!.line, key: 'rosterCsv.twoHeads' });
  return { rows, problems };
}
