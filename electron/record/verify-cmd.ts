import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { VerifyCheck, VerifyReport } from '../relay';
import { readRecordRows, verifyRecord } from '../relay';
import type { Result } from '../../shared/util/result';
import { fail, ok } from '../../shared/util/result';
import { readRelayData } from './data-dir';
import type { Out } from './say';
import { both, sayError } from './say';
import { readTarGz } from './tar';
import type { ArchiveManifest } from './archive';
import { ARCHIVE_DB_PATH, ARCHIVE_MANIFEST_PATH, ARCHIVE_MINUTES_JSON_PATH } from './archive';
import type { Minutes } from './minutes-types';

export const EXIT_OK = 0;
export const EXIT_BROKEN = 1;
export const EXIT_UNREADABLE = 2;

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

export function printReport(out: Out, report: VerifyReport, extra: VerifyCheck[]): number {
  const checks = [...extra, ...report.checks];
  for (const c of checks) out.line(`${c.ok ? 'OK  ' : 'FAIL'} ${c.name}: ${both(c.key, c.params)}`);
  const good = report.ok && extra.every((c) => c.ok);
  if (good) out.line(both('record.cli.verifyOk', { count: report.entries }));
  else if (report.firstBrokenSeq !== null) out.line(both('record.cli.verifyBroken', { seq: report.firstBrokenSeq }));
  else out.line(both('record.cli.verifyBrokenNoSeq'));
  return good ? EXIT_OK : EXIT_BROKEN;
}

/** Checks every file of an archive against its manifest, then verifies the command database inside it. */
export function verifyArchiveBytes(bytes: Uint8Array, file: string): Result<{ report: VerifyReport; manifestCheck: VerifyCheck }> {
  let entries;
  try {
    entries = readTarGz(bytes);
  } catch (e) {
    return fail('invalid_input', 'record.cli.archiveUnreadable', { file, detail: (e as Error).message });
  }
  const byName = new Map(entries.map((e) => [e.name, e.data]));
  const manifestBytes = byName.get(ARCHIVE_MANIFEST_PATH);
  let manifest: ArchiveManifest;
  try {
    manifest = JSON.parse(Buffer.from(manifestBytes ?? new Uint8Array()).toString('utf8')) as ArchiveManifest;
    if (!Array.isArray(manifest.files)) throw new Error('manifest.json has no file list');
  } catch (e) {
    return fail('invalid_input', 'record.cli.archiveUnreadable', { file, detail: (e as Error).message });
  }
  let manifestCheck: VerifyCheck = { name: 'anchors', ok: true, key: 'record.verify.manifestOk', params: { count: manifest.files.length } };
  const listed = new Set(manifest.files.map((f) => f.path));
  const bad =
    manifest.files.find((f) => {
      const d = byName.get(f.path);
      return !d || sha256(d) !== f.sha256;
    })?.path ?? entries.find((e) => e.name !== ARCHIVE_MANIFEST_PATH && !listed.has(e.name))?.name;
  if (bad) manifestCheck = { name: 'anchors', ok: false, key: 'record.verify.manifestMismatch', params: { file: bad } };
  const db = byName.get(ARCHIVE_DB_PATH);
  if (!db) return fail('invalid_input', 'record.cli.archiveUnreadable', { file, detail: `${ARCHIVE_DB_PATH} missing` });
  const tmp = mkdtempSync(join(tmpdir(), 'record-verify-'));
  try {
    const dbFile = join(tmp, 'commands.db');
    writeFileSync(dbFile, db);
    const rows = readRecordRows(dbFile);
    if (!rows.ok) return fail('invalid_input', 'record.cli.archiveUnreadable', { file, detail: rows.failure.detail });
    // The checkpoints printed in the archived minutes are anchors: the log must still contain them.
    let anchors: { seq: number; hash: string }[] = [];
    const minutesJson = byName.get(ARCHIVE_MINUTES_JSON_PATH);
    if (minutesJson) {
      try {
        anchors = (JSON.parse(Buffer.from(minutesJson).toString('utf8')) as Minutes).record.checkpoints;
      } catch {
        manifestCheck = { name: 'anchors', ok: false, key: 'record.verify.manifestMismatch', params: { file: ARCHIVE_MINUTES_JSON_PATH } };
      }
    }
    return ok({ report: verifyRecord({ ...rows.rows.log, anchors }), manifestCheck });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export function runVerify(out: Out, opts: { data?: string; archive?: string; meeting?: string }): number {
  if (opts.archive !== undefined) {
    const file = resolve(opts.archive);
    if (!existsSync(file)) {
      sayError(out, fail('not_found', 'record.cli.archiveNotFound', { file }).error);
      return EXIT_UNREADABLE;
    }
    const r = verifyArchiveBytes(readFileSync(file), file);
    if (!r.ok) {
      sayError(out, r.error);
      return EXIT_UNREADABLE;
    }
    return printReport(out, r.value.report, [r.value.manifestCheck]);
  }
  const data = readRelayData(opts.data, opts.meeting);
  if (!data.ok) {
    sayError(out, data.error);
    return EXIT_UNREADABLE;
  }
  return printReport(out, verifyRecord(data.value.rows.log), []);
}
