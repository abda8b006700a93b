import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { MeetingPackage } from '../../shared/model/package';
import type { Result } from '../../shared/util/result';
import { fail, ok } from '../../shared/util/result';
import type { RecordRows } from '../relay';
import { readRecordRows, validatePackage } from '../relay';

/*
 * A relay data directory as the record program reads it (never writes): package.json (the published
 * meeting), blobs/<sha256>.pdf, commands/<meetingId>.db (votes, attendance, speakers, the record log).
 */

export type RelayData = { dir: string; pkg: MeetingPackage; dbFile: string; blobDir: string; rows: RecordRows };

export function readRelayData(dirArg: string | undefined, meetingId: string | undefined): Result<RelayData> {
  if (!dirArg) return fail('invalid_input', 'record.cli.dataMissing');
  const dir = resolve(dirArg);
  if (!existsSync(dir)) return fail('not_found', 'record.cli.dataNotFound', { dir });
  if (!statSync(dir).isDirectory()) return fail('invalid_input', 'record.cli.dataNotDir', { dir });
  const pkgFile = join(dir, 'package.json');
  if (!existsSync(pkgFile)) return fail('not_found', 'record.cli.noPackage', { dir });
  let pkg: MeetingPackage;
  try {
    pkg = validatePackage(JSON.parse(readFileSync(pkgFile, 'utf8')));
  } catch (e) {
    return fail('invalid_input', 'record.cli.badPackage', { file: pkgFile, detail: (e as Error).message });
  }
  const id = meetingId ?? pkg.meeting.id;
  if (id !== pkg.meeting.id) return fail('not_found', 'record.cli.otherMeeting', { meeting: id, published: pkg.meeting.id });
  const dbFile = join(dir, 'commands', `${id}.db`);
  if (!existsSync(dbFile)) {
    const known = existsSync(join(dir, 'commands'))
      ? readdirSync(join(dir, 'commands'))
          .filter((n) => n.endsWith('.db'))
          .map((n) => n.slice(0, -3))
      : [];
    return fail('not_found', 'record.cli.noCommandDb', { file: dbFile, known: known.join(', ') || '—' });
  }
  const rows = readRecordRows(dbFile);
  if (!rows.ok) {
    return fail('invalid_input', rows.failure.reason === 'no_record' ? 'record.cli.noRecordLog' : 'record.cli.badCommandDb', {
      file: dbFile,
      detail: rows.failure.detail,
    });
  }
  if (rows.rows.meeting.meeting_id !== pkg.meeting.id) {
    return fail('invalid_input', 'record.cli.dbOtherMeeting', { file: dbFile, meeting: rows.rows.meeting.meeting_id });
  }
  return ok({ dir, pkg, dbFile, blobDir: join(dir, 'blobs'), rows: rows.rows });
}
