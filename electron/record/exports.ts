import ExcelJS from 'exceljs';
import type { MessageKey, MessageParams } from '../../shared/i18n';
import { translate } from '../../shared/i18n';
import { SPEAKER_KIND_LABELS, SPEAKER_KINDS, VOTE_KIND_LABELS } from '../../shared/meeting-live/commands';
import type { AttendanceEntry, ItemEntry, Minutes } from './minutes-types';
import { isoLocal } from './vn-time';

/*
 * Exports from the minutes data: CSV (UTF-8 with BOM and CRLF, so Excel opens Vietnamese correctly) and one
 * XLSX workbook (exceljs) with the same tables. Per-person choices only for named (roll-call) votes; a
 * secret ballot never has any.
 */

export type Table = { file: string; sheet: MessageKey; header: string[]; rows: (string | number)[][] };
export type ExportFile = { name: string; data: Uint8Array };

const tv = (key: MessageKey, params?: MessageParams): string => translate('vi', key, params);
const col = (k: string): string => tv(`record.export.col.${k}` as MessageKey);
const allItems = (m: Minutes): ItemEntry[] => [...m.items, ...(m.other ? [m.other] : [])];
const itemLabel = (it: ItemEntry): string => (it.number ? `${it.number}. ${it.title}` : tv('record.minutes.other'));

function attendanceStatus(e: AttendanceEntry): string {
  return tv(`record.minutes.status.${e.status}`, { reason: '' }).replace(/: $/, '');
}

export function exportTables(m: Minutes): Table[] {
  const results: Table = {
    file: 'ket-qua-bieu-quyet.csv',
    sheet: 'record.export.sheet.results',
    header: [
      'voteNo',
      'item',
      'question',
      'voteKind',
      'rule',
      'basis',
      'n',
      'members',
      'presentAtOpen',
      'cast',
      'notCast',
      'option',
      'count',
      'percent',
      'required',
      'result',
      'opened',
      'closed',
    ].map(col),
    rows: allItems(m).flatMap((it) =>
      it.votes.flatMap((v) =>
        v.options.map((o) => [
          v.seq,
          itemLabel(it),
          v.question,
          VOTE_KIND_LABELS[v.kind].vi,
          v.rule.label,
          v.rule.legalBasis,
          v.n,
          v.members,
          v.presentAtOpen,
          v.cast ?? '',
          v.notCast ?? '',
          o.label,
          o.count ?? '',
          o.percentOfN ?? '',
          v.required ?? '',
          tv(
            v.passed === null
              ? 'record.export.open'
              : !v.quorumMetAtOpen
                ? 'record.export.invalid'
                : v.passed
                  ? 'record.export.passed'
                  : 'record.export.failed',
          ),
          isoLocal(v.openedAt),
          v.closedAt !== null ? isoLocal(v.closedAt) : '',
        ]),
      ),
    ),
  };
  const named: Table = {
    file: 'bieu-quyet-ghi-danh.csv',
    sheet: 'record.export.sheet.named',
    header: ['voteNo', 'question', 'name', 'choice'].map(col),
    rows: allItems(m).flatMap((it) =>
      it.votes
        .filter((v) => v.kind === 'named' && v.choices)
        .flatMap((v) => v.choices!.map((c) => [v.seq, v.question, c.fullName, c.optionLabel ?? tv('record.minutes.didNotVote')])),
    ),
  };
  const attendance: Table = {
    file: 'diem-danh.csv',
    sheet: 'record.export.sheet.attendance',
    header: ['name', 'title', 'unit', 'status', 'reason', 'checkIn', 'by', 'late'].map(col),
    rows: m.attendance.entries.map((e) => [
      e.fullName,
      e.title,
      e.unit,
      attendanceStatus(e),
      e.reason ?? '',
      e.checkedInAt !== null ? isoLocal(e.checkedInAt) : '',
      e.recordedBy ? tv(e.recordedBy === 'laptop' ? 'record.minutes.by.laptop' : 'record.minutes.by.secretariat') : '',
      tv(e.late ? 'record.export.yes' : 'record.export.no'),
    ]),
  };
  const speeches: Table = {
    file: 'phat-bieu.csv',
    sheet: 'record.export.sheet.speeches',
    header: ['item', 'order', 'name', 'kind', 'topic', 'start', 'end', 'seconds'].map(col),
    rows: allItems(m).flatMap((it) =>
      it.speeches.map((s) => [
        itemLabel(it),
        s.order,
        s.fullName,
        SPEAKER_KIND_LABELS[s.kind].vi,
        s.topic ?? '',
        isoLocal(s.startedAt),
        s.endedAt !== null ? isoLocal(s.endedAt) : '',
        s.durationSec ?? '',
      ]),
    ),
  };
  const perPerson = new Map<string, { name: string; byKind: Record<string, number>; total: number; seconds: number }>();
  for (const s of allItems(m).flatMap((it) => it.speeches)) {
    const p = perPerson.get(s.userId) ?? { name: s.fullName, byKind: {}, total: 0, seconds: 0 };
    p.byKind[s.kind] = (p.byKind[s.kind] ?? 0) + 1;
    p.total++;
    p.seconds += s.durationSec ?? 0;
    perPerson.set(s.userId, p);
  }
  const stats: Table = {
    file: 'thong-ke-phat-bieu.csv',
    sheet: 'record.export.sheet.speakerStats',
    header: [col('name'), ...SPEAKER_KINDS.map((k) => SPEAKER_KIND_LABELS[k].vi), col('speeches'), col('totalSeconds')],
    rows: [...perPerson.values()].map((p) => [p.name, ...SPEAKER_KINDS.map((k) => p.byKind[k] ?? 0), p.total, p.seconds]),
  };
  return [results, named, attendance, speeches, stats];
}

/** RFC 4180 field: quoted when it holds a separator, quote or line break; formula-leading text is neutralised. */
function csvField(v: string | number): string {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(t: Table): Uint8Array {
  const lines = [t.header, ...t.rows].map((row) => row.map(csvField).join(','));
  return new Uint8Array(Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8'));
}

export async function toXlsx(tables: readonly Table[], m: Minutes): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Phòng họp không giấy — npm run record';
  wb.title = m.meeting.title;
  // Fixed dates so the same data gives the same workbook.
  wb.created = new Date(`${m.meeting.date}T00:00:00Z`);
  wb.modified = wb.created;
  for (const t of tables) {
    const ws = wb.addWorksheet(tv(t.sheet).slice(0, 31));
    ws.addRow(t.header).font = { bold: true };
    for (const row of t.rows) ws.addRow(row);
    ws.columns.forEach((c) => (c.width = 18));
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function buildExportFiles(m: Minutes): Promise<ExportFile[]> {
  const tables = exportTables(m);
  return [...tables.map((t) => ({ name: t.file, data: toCsv(t) })), { name: 'bien-ban-so-lieu.xlsx', data: await toXlsx(tables, m) }];
}
