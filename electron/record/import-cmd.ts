import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { appError, fail } from '../../shared/util/result';
import { ARCHIVE_DB_PATH, ARCHIVE_MANIFEST_PATH } from './archive';
import type { Out } from './say';
import { both, sayError } from './say';
import { readTarGz } from './tar';
import { EXIT_BROKEN, EXIT_OK, EXIT_UNREADABLE, printReport, verifyArchiveBytes } from './verify-cmd';

/*
 * `record import --archive <file> --out <dir>`: verifies the archive first (manifest, log, anchors) and only
 * then unpacks it, read-only (0444), into a folder laid out like a relay data folder (package.json, blobs/,
 * commands/<meetingId>.db) plus minutes/, exports/ and manifest.json, so `record verify|minutes|export --data`
 * work on it on another machine. A broken archive writes nothing.
 */

const READ_ONLY = 0o444;

/** Where an archive entry goes in the imported folder; null for names outside the archive's layout. */
function targetOf(name: string, meetingId: string): string | null {
  if (name === ARCHIVE_MANIFEST_PATH) return 'manifest.json';
  if (name === ARCHIVE_DB_PATH) return join('commands', `${meetingId}.db`);
  if (name === 'package/package.json') return 'package.json';
  const blob = /^package\/blobs\/([0-9a-f]{64}\.pdf)$/.exec(name);
  if (blob) return join('blobs', blob[1]!);
  if (/^(minutes|exports)\/[A-Za-z0-9._-]+$/.test(name)) return name;
  return null;
}

/** Unpacks a verified archive read-only into `dir` as a relay-like folder; the meeting id, or null for a bad package. */
export function unpackArchive(bytes: Uint8Array, dir: string): { ok: true; meetingId: string } | { ok: false } {
  const entries = readTarGz(bytes);
  const pkgEntry = entries.find((e) => e.name === 'package/package.json');
  const meetingId = (JSON.parse(Buffer.from(pkgEntry?.data ?? new Uint8Array()).toString('utf8') || '{}') as { meeting?: { id?: string } })
    .meeting?.id;
  if (!meetingId || !/^[A-Za-z0-9_-]{1,64}$/.test(meetingId)) return { ok: false };
  for (const e of entries) {
    const rel = targetOf(e.name, meetingId);
    if (!rel) continue;
    const target = join(dir, rel);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, e.data);
    chmodSync(target, READ_ONLY);
  }
  return { ok: true, meetingId };
}

export function runImport(out: Out, opts: { archive?: string; out?: string }): number {
  if (!opts.archive) {
    sayError(out, appError('invalid_input', 'record.cli.badOption', { option: '--archive' }));
    return EXIT_UNREADABLE;
  }
  if (!opts.out) {
    sayError(out, appError('invalid_input', 'record.cli.outMissing'));
    return EXIT_UNREADABLE;
  }
  const file = resolve(opts.archive);
  const dir = resolve(opts.out);
  if (!existsSync(file)) {
    sayError(out, fail('not_found', 'record.cli.archiveNotFound', { file }).error);
    return EXIT_UNREADABLE;
  }
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    sayError(out, appError('conflict', 'record.cli.importNotEmpty', { dir }));
    return EXIT_UNREADABLE;
  }
  const bytes = readFileSync(file);
  const checked = verifyArchiveBytes(bytes, file);
  if (!checked.ok) {
    sayError(out, checked.error);
    return EXIT_UNREADABLE;
  }
  if (printReport(out, checked.value.report, [checked.value.manifestCheck]) !== EXIT_OK) {
    out.err(both('record.cli.importRefused', { file }));
    return EXIT_BROKEN;
  }
  const unpacked = unpackArchive(bytes, dir);
  if (!unpacked.ok) {
    sayError(out, appError('invalid_input', 'record.cli.archiveUnreadable', { file, detail: 'package/package.json' }));
    return EXIT_UNREADABLE;
  }
  out.line(both('record.cli.imported', { dir }));
  return EXIT_OK;
}
