import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ArchivedMeetingView, MinutesDraftView, RecordFile, RecordFileKind, VerifyLine } from '../../shared/ipc/slices/record';
import type { MeetingId } from '../../shared/model/ids';
import type { Result } from '../../shared/util/result';
import { assertNever, fail, ok } from '../../shared/util/result';
import { snapshotDatabase } from '../relay';
import { buildArchive } from './archive';
import { countRecordFiles } from './count-records';
import type { RelayData } from './data-dir';
import { readRelayData } from './data-dir';
import { buildExportFiles } from './exports';
import { unpackArchive } from './import-cmd';
import { renderMinutesDocx } from './minutes-docx';
import { buildMinutes } from './minutes-model';
import { renderMinutesPdf } from './minutes-pdf';
import { minutesSections } from './minutes-sections';
import type { Minutes } from './minutes-types';
import { verifyArchiveBytes } from './verify-cmd';

/*
 * The record program as a service of the laptop app (the same code as `npm run record`): the minutes per
 * section for the secretariat's editor, the files to download, and importing an archive read-only. Every
 * function reads a relay-like data folder and never writes it; errors are values.
 */

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  gz: 'application/gzip',
};
const file = (name: string, bytes: Uint8Array): RecordFile => ({
  name,
  mime: MIME[name.split('.').pop()!] ?? 'application/octet-stream',
  bytes,
});

function draftView(data: RelayData, m: Minutes): MinutesDraftView {
  const e = m.edition;
  const slim = (v: Minutes['edition']['versions'][number]) => ({
    version: v.version,
    status: v.status,
    basedOn: v.basedOn,
    reason: v.reason,
  });
  return {
    meetingId: data.pkg.meeting.id,
    closed: data.rows.meeting.phase === 'closed',
    ...slim(e),
    versions: e.versions.map(slim),
    sections: minutesSections(m),
  };
}

function load(relayDir: string, meetingId: MeetingId): Result<{ data: RelayData; minutes: Minutes }> {
  if (!existsSync(relayDir)) return fail('not_found', 'record.app.notHosted');
  const data = readRelayData(relayDir, meetingId);
  if (!data.ok) return data;
  return ok({ data: data.value, minutes: buildMinutes(data.value.pkg, data.value.rows) });
}

export function loadMinutesDraft(relayDir: string, meetingId: MeetingId): Result<MinutesDraftView> {
  const r = load(relayDir, meetingId);
  return r.ok ? ok(draftView(r.value.data, r.value.minutes)) : r;
}

export async function recordFiles(relayDir: string, meetingId: MeetingId, kind: RecordFileKind, now: Date): Promise<Result<RecordFile[]>> {
  const r = load(relayDir, meetingId);
  if (!r.ok) return r;
  const { data, minutes } = r.value;
  const base = `bien-ban-${meetingId}-v${minutes.edition.version}`;
  switch (kind) {
    case 'minutes-pdf':
      return ok([file(`${base}.pdf`, await renderMinutesPdf(minutes))]);
    case 'minutes-docx':
      return ok([file(`${base}.docx`, await renderMinutesDocx(minutes))]);
    case 'csv':
      return ok((await buildExportFiles(minutes)).filter((f) => f.name.endsWith('.csv')).map((f) => file(f.name, f.data)));
    case 'xlsx':
      return ok((await buildExportFiles(minutes)).filter((f) => f.name.endsWith('.xlsx')).map((f) => file(f.name, f.data)));
    case 'count-records':
      return ok((await countRecordFiles(data)).map((f) => file(f.name, f.data)));
    case 'archive':
      return ok([file(`ho-so-${meetingId}.tar.gz`, new Uint8Array(await buildArchive(data, minutes, snapshotDatabase(data.dbFile), now)))]);
    default:
      return assertNever(kind, 'record file kind');
  }
}

function archivedView(data: RelayData, m: Minutes, checks: VerifyLine[]): ArchivedMeetingView {
  return {
    meetingId: data.pkg.meeting.id,
    title: data.pkg.meeting.title,
    date: data.pkg.meeting.date,
    place: data.pkg.meeting.place,
    verified: checks.every((c) => c.ok),
    checks,
    agenda: m.items.map((it) => ({
      number: it.number,
      title: it.title,
      presenter: it.presenter,
      conclusions: it.conclusions.map((c) => c.text),
      dissents: it.dissents.map((d) => `${d.fullName}: ${d.text}`),
      documents: it.documents.map((d) => ({ title: d.title, version: d.version, pages: d.pages, sha256: d.sha256 })),
    })),
    results: [...m.items, ...(m.other ? [m.other] : [])].flatMap((it) =>
      it.votes.map((v) => ({
        question: v.question,
        kind: v.kind,
        passed: v.passed,
        options: v.options.map((o) => ({ label: o.label, count: o.count, percentOfN: o.percentOfN })),
      })),
    ),
    minutes: draftView(data, m),
  };
}

/**
 * Verifies an archive (manifest hashes, the hash chain and signatures, the checkpoints printed in its minutes)
 * and only if every check passes keeps it read-only under `archivesDir/<meetingId>-<sha256 prefix>/`.
 * A broken archive is refused with the failing checks as the error's details and nothing is written.
 */
export function importArchive(bytes: Uint8Array, archivesDir: string, label = ''): Result<ArchivedMeetingView> {
  const checked = verifyArchiveBytes(bytes, label);
  if (!checked.ok) return checked;
  const all = [checked.value.manifestCheck, ...checked.value.report.checks];
  const checks: VerifyLine[] = all.map((c) => ({ ok: c.ok, key: c.key, params: c.params }));
  const broken = all.find((c) => !c.ok);
  // The error is the first failing check itself ("Bản ghi #12 đã bị sửa …"), so the reason is shown as it is.
  if (broken) return fail('invalid_input', broken.key, broken.params, { reason: 'archive_broken', check: broken.name });
  const id = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  mkdirSync(archivesDir, { recursive: true });
  const existing = findImported(archivesDir, id);
  let dir = existing;
  if (!dir) {
    const tmp = join(archivesDir, `.import-${id}`);
    rmSync(tmp, { recursive: true, force: true });
    const unpacked = unpackArchive(bytes, tmp);
    if (!unpacked.ok) {
      rmSync(tmp, { recursive: true, force: true });
      return fail('invalid_input', 'record.cli.archiveUnreadable', { file: label, detail: 'package/package.json' });
    }
    dir = join(archivesDir, `${unpacked.meetingId}-${id}`);
    renameSync(tmp, dir);
  }
  const data = readRelayData(dir, undefined);
  if (!data.ok) return data;
  return ok(archivedView(data.value, buildMinutes(data.value.pkg, data.value.rows), checks));
}

function findImported(archivesDir: string, id: string): string | null {
  const hit = readdirSync(archivesDir).find((n) => n.endsWith(`-${id}`));
  return hit ? join(archivesDir, hit) : null;
}
