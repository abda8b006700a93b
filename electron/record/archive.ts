import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RelayData } from './data-dir';
import { buildExportFiles } from './exports';
import { renderMinutesDocx } from './minutes-docx';
import type { Minutes } from './minutes-types';
import { renderMinutesPdf } from './minutes-pdf';
import type { TarEntry } from './tar';
import { writeTarGz } from './tar';

/*
 * One archive file per meeting (.tar.gz, see tar.ts): the published package, its documents, the command
 * database with its log, the minutes (PDF, DOCX, JSON), the exports, and manifest.json listing every other
 * file with its SHA-256. Never the relay's private signing key. `record verify --archive` checks the manifest,
 * the log, and that the checkpoints printed in the minutes are still in the log.
 */

export const ARCHIVE_FORMAT = 1;
export const ARCHIVE_MANIFEST_PATH = 'manifest.json';
export const ARCHIVE_DB_PATH = 'commands/commands.db';
export const ARCHIVE_MINUTES_JSON_PATH = 'minutes/bien-ban.json';

export type ArchiveManifest = {
  format: typeof ARCHIVE_FORMAT;
  meetingId: string;
  title: string;
  createdAt: string;
  log: { entries: number; headSeq: number; headHash: string };
  files: { path: string; sha256: string; bytes: number }[];
};

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

export async function buildArchive(data: RelayData, minutes: Minutes, dbBytes: Uint8Array, now: Date): Promise<Buffer> {
  const files: TarEntry[] = [{ name: 'package/package.json', data: new Uint8Array(readFileSync(join(data.dir, 'package.json'))) }];
  for (const sha of [...new Set(data.pkg.documents.map((d) => d.sha256))].sort()) {
    const blob = join(data.blobDir, `${sha}.pdf`);
    if (existsSync(blob)) files.push({ name: `package/blobs/${sha}.pdf`, data: new Uint8Array(readFileSync(blob)) });
  }
  files.push({ name: ARCHIVE_DB_PATH, data: dbBytes });
  files.push({ name: 'minutes/bien-ban.pdf', data: await renderMinutesPdf(minutes) });
  files.push({ name: 'minutes/bien-ban.docx', data: await renderMinutesDocx(minutes) });
  files.push({ name: ARCHIVE_MINUTES_JSON_PATH, data: new Uint8Array(Buffer.from(JSON.stringify(minutes, null, 2), 'utf8')) });
  for (const f of await buildExportFiles(minutes)) files.push({ name: `exports/${f.name}`, data: f.data });
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    meetingId: minutes.meeting.id,
    title: minutes.meeting.title,
    createdAt: now.toISOString(),
    log: { entries: minutes.record.entries, headSeq: minutes.record.headSeq, headHash: minutes.record.headHash },
    files: files.map((f) => ({ path: f.name, sha256: sha256(f.data), bytes: f.data.length })),
  };
  const entries = [{ name: ARCHIVE_MANIFEST_PATH, data: new Uint8Array(Buffer.from(JSON.stringify(manifest, null, 2), 'utf8')) }, ...files];
  return writeTarGz(entries, Math.floor(now.getTime() / 1000));
}
