import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importArchive, loadMinutesDraft, recordFiles } from '../../electron/record';
import { runRecordCli } from '../../electron/record/cli-main';
import type { ArchiveManifest } from '../../electron/record/archive';
import { readTarGz, writeTarGz } from '../../electron/record/tar';
import type { MeetingId } from '../../shared/model/ids';
import type { MeetingPackage } from '../../shared/model/package';
import type { Fixture } from './commands-helpers';
import { CHAIR, cid, ITEM_1, makeFixture, MEETING_ID, mustAck, SECRETARIAT, startMeeting } from './commands-helpers';

/**
 * The record as the laptop app uses it (electron/record/index.ts): the minutes per section from a relay
 * folder, the files to download, and importing an archive: an intact one opens read-only, one whose log
 * entry was rewritten (manifest recomputed so only the hash chain can tell) is refused naming the entry.
 */

const meetingId = MEETING_ID as MeetingId;

function relayFolder(f: Fixture): string {
  const pkg: MeetingPackage = {
    format: 1,
    exportedAt: '2025-06-10T00:00:00.000Z',
    meeting: {
      id: meetingId,
      bodyKind: 'hdnd',
      title: 'Kỳ họp thứ 12 HĐND tỉnh Thái Nguyên',
      date: '2025-06-10',
      time: '08:00',
      place: 'Hội trường',
      meetingType: 'ky_hop_thuong_le',
      status: 'published',
      publishedAt: null,
      createdAt: '2025-06-01T00:00:00.000Z',
    },
    agenda: [{ id: ITEM_1, meetingId, parentId: null, position: 0, title: 'Mục một', presenter: 'Trình bày A', durationMin: 10 }],
    documents: [],
    participants: f.participants.map((p) => ({ ...p, meetingId, username: p.userId, title: 'Ủy viên', unit: '', passwordHash: 'x' })),
  };
  const dir = join(f.dir, 'relay-data');
  mkdirSync(join(dir, 'commands'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg));
  copyFileSync(f.file, join(dir, 'commands', `${meetingId}.db`));
  return dir;
}

describe('record service for the app', () => {
  let f: Fixture;
  afterEach(() => f.cleanup());

  it('minutes per section and files; an archive opens read-only; a rewritten log entry is refused by name', async () => {
    f = makeFixture({ delegates: 4 });
    const p = f.open();
    const h = (u: Parameters<Fixture['ctx']>[0], cmd: Record<string, unknown>) => p.handle(f.ctx(u), { commandId: cid(), ...cmd });
    startMeeting(p, f, 4);
    mustAck(h(CHAIR, { type: 'minutes:conclusion', agendaItemId: ITEM_1, text: 'Thống nhất thông qua.' }));
    mustAck(h(CHAIR, { type: 'meeting:close' }));
    mustAck(h(SECRETARIAT, { type: 'minutes:edit', section: 'opening', text: 'Khai mạc đúng giờ, đủ thành phần.' }));
    mustAck(h(SECRETARIAT, { type: 'minutes:finalise', version: 1 }));
    p.close();
    const dir = relayFolder(f);

    const draft = loadMinutesDraft(dir, meetingId);
    if (!draft.ok) throw new Error(draft.error.message);
    expect(draft.value).toMatchObject({ version: 1, status: 'final', closed: true });
    expect(draft.value.sections.find((s) => s.key === 'opening')).toMatchObject({
      text: 'Khai mạc đúng giờ, đủ thành phần.',
      edited: true,
    });
    expect(loadMinutesDraft(join(f.dir, 'khong-co'), meetingId)).toMatchObject({ ok: false, error: { key: 'record.app.notHosted' } });

    // The CLI renders a chosen version and refuses one that does not exist.
    const lines: string[] = [];
    const say = { line: (t: string) => void lines.push(t), err: (t: string) => void lines.push(t) };
    const json = join(f.dir, 'bien-ban.json');
    expect(await runRecordCli(['minutes', '--data', dir, '--out', json, '--version', '2'], say)).toBe(2);
    expect(lines.join('\n')).toContain('Biên bản không có phiên bản 2.');
    expect(await runRecordCli(['minutes', '--data', dir, '--out', json, '--version', '1'], say)).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toMatchObject({
      edition: { version: 1, status: 'final', edits: { opening: 'Khai mạc đúng giờ, đủ thành phần.' } },
    });

    const csv = await recordFiles(dir, meetingId, 'csv', new Date());
    if (!csv.ok) throw new Error(csv.error.message);
    expect(csv.value.map((x) => x.name).sort()).toEqual([
      'bieu-quyet-ghi-danh.csv',
      'diem-danh.csv',
      'ket-qua-bieu-quyet.csv',
      'phat-bieu.csv',
      'thong-ke-phat-bieu.csv',
    ]);
    const pdf = await recordFiles(dir, meetingId, 'minutes-pdf', new Date());
    expect(pdf.ok && Buffer.from(pdf.value[0]!.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const archive = await recordFiles(dir, meetingId, 'archive', new Date());
    if (!archive.ok) throw new Error(archive.error.message);
    const bytes = archive.value[0]!.bytes;

    const archives = join(f.dir, 'archives');
    const opened = importArchive(bytes, archives, 'ho-so.tar.gz');
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.verified).toBe(true);
    expect(opened.value.minutes).toMatchObject({ version: 1, status: 'final' });
    expect(opened.value.agenda[0]!.conclusions).toEqual(['Thống nhất thông qua.']);
    const [folder] = readdirSync(archives);
    const dbFile = join(archives, folder!, 'commands', `${meetingId}.db`);
    expect(statSync(dbFile).mode & 0o222).toBe(0); // read-only (0444)

    // Rewrite the edit's log entry inside the archive and recompute the manifest: only the chain can tell.
    const entries = readTarGz(bytes);
    const tmp = join(f.dir, 'tampered.db');
    writeFileSync(tmp, entries.find((e) => e.name === 'commands/commands.db')!.data);
    const db = new Database(tmp);
    const row = db.prepare<[], { seq: number }>("SELECT seq FROM record_log WHERE body LIKE '%Khai mạc đúng giờ%'").get()!;
    db.prepare("UPDATE record_log SET body = replace(body, 'đúng giờ', 'muộn') WHERE seq = ?").run(row.seq);
    db.pragma('journal_mode = DELETE');
    db.close();
    const dbBytes = readFileSync(tmp);
    const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
    const manifest = JSON.parse(Buffer.from(entries.find((e) => e.name === 'manifest.json')!.data).toString('utf8')) as ArchiveManifest;
    manifest.files = manifest.files.map((x) =>
      x.path === 'commands/commands.db' ? { ...x, sha256: sha(dbBytes), bytes: dbBytes.length } : x,
    );
    const tampered = writeTarGz(
      entries.map((e) =>
        e.name === 'commands/commands.db'
          ? { ...e, data: dbBytes }
          : e.name === 'manifest.json'
            ? { ...e, data: Buffer.from(JSON.stringify(manifest)) }
            : e,
      ),
      0,
    );
    const elsewhere = join(f.dir, 'archives-2');
    const refused = importArchive(tampered, elsewhere, 'sua.tar.gz');
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.key).toBe('record.verify.edited');
    expect(refused.error.params).toMatchObject({ seq: row.seq });
    expect(refused.error.message).toContain(`Bản ghi #${row.seq} đã bị sửa`);
    expect(existsSync(elsewhere) ? readdirSync(elsewhere).filter((n) => !n.startsWith('.')) : []).toEqual([]);
  });
});
