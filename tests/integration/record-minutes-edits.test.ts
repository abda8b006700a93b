import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildMinutes } from '../../electron/record/minutes-model';
import { renderMinutesPdf } from '../../electron/record/minutes-pdf';
import { minutesSections } from '../../electron/record/minutes-sections';
import type { RecordRows } from '../../electron/relay';
import { readRecordRows, verifyRecord } from '../../electron/relay';
import type { MeetingId } from '../../shared/model/ids';
import type { MeetingPackage } from '../../shared/model/package';
import type { Fixture } from './commands-helpers';
import { CHAIR, cid, ITEM_1, ITEM_2, makeFixture, MEETING_ID, mustAck, mustFail, SECRETARIAT, startMeeting } from './commands-helpers';

/**
 * The secretariat edits the generated minutes after the close (minutes:edit / minutes:finalise /
 * minutes:revise): a final version is frozen, a revision is a new version citing the earlier one with a reason,
 * both are kept, the edits are in the verified hash chain, and the PDF prints the edited text and the status.
 */

function packageFor(f: Fixture): MeetingPackage {
  const meetingId = MEETING_ID as MeetingId;
  return {
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
    agenda: [
      { id: ITEM_1, meetingId, parentId: null, position: 0, title: 'Mục một', presenter: 'Trình bày A', durationMin: 10 },
      { id: ITEM_2, meetingId, parentId: ITEM_1, position: 0, title: 'Mục một phần một', presenter: '', durationMin: 5 },
    ],
    documents: [],
    participants: f.participants.map((p) => ({ ...p, meetingId, username: p.userId, title: 'Ủy viên', unit: '', passwordHash: 'x' })),
  };
}

function rowsOf(f: Fixture): RecordRows {
  const r = readRecordRows(f.file);
  if (!r.ok) throw new Error(r.failure.detail);
  return r.rows;
}

async function pdfText(f: Fixture, name: string, version?: number): Promise<string> {
  const m = buildMinutes(packageFor(f), rowsOf(f), version === undefined ? {} : { version });
  const file = join(f.dir, name);
  writeFileSync(file, await renderMinutesPdf(m));
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('minutes edits and versions', () => {
  let f: Fixture;
  afterEach(() => f.cleanup());

  it('edit, finalise, revise with a reason: both versions kept, chain verified, PDF shows text and status', async () => {
    f = makeFixture({ delegates: 4 });
    const p = f.open();
    const h = (u: Parameters<Fixture['ctx']>[0], cmd: Record<string, unknown>) => p.handle(f.ctx(u), { commandId: cid(), ...cmd });
    startMeeting(p, f, 4);
    // Before the close the minutes cannot be edited; only the secretariat may edit.
    expect(mustFail(h(SECRETARIAT, { type: 'minutes:edit', section: 'opening', text: 'Sớm quá.' })).key).toBe(
      'error.record.minutesBeforeClose',
    );
    mustAck(h(CHAIR, { type: 'minutes:conclusion', agendaItemId: ITEM_1, text: 'Thống nhất thông qua.' }));
    mustAck(h(CHAIR, { type: 'meeting:close' }));
    expect(mustFail(h(CHAIR, { type: 'minutes:edit', section: 'opening', text: 'Chủ tọa sửa.' })).code).toBe('forbidden');
    expect(mustFail(h(SECRETARIAT, { type: 'minutes:edit', section: 'item:khong-co', text: 'x' })).key).toBe(
      'error.record.unknownAgendaItem',
    );
    expect(mustFail(h(SECRETARIAT, { type: 'minutes:edit', section: 'footer', text: 'x' })).code).toBe('invalid_input');

    const generated = minutesSections(buildMinutes(packageFor(f), rowsOf(f)));
    expect(generated.map((s) => s.key)).toEqual(['opening', 'attendance', `item:${ITEM_1}`, `item:${ITEM_2}`, 'closing']);
    expect(generated.every((s) => !s.edited && s.text === s.generated)).toBe(true);
    expect(await pdfText(f, 'v0.pdf')).toContain('Phiên bản 1 — Dự thảo');

    mustAck(h(SECRETARIAT, { type: 'minutes:edit', section: `item:${ITEM_1}`, text: 'Bản nháp đầu.' }));
    mustAck(h(SECRETARIAT, { type: 'minutes:edit', section: `item:${ITEM_1}`, text: 'Đại biểu thảo luận sôi nổi về mục một.' }));
    // Finalising a version one has not seen is refused.
    expect(mustFail(h(SECRETARIAT, { type: 'minutes:finalise', version: 2 })).key).toBe('error.record.minutesVersionMoved');
    mustAck(h(SECRETARIAT, { type: 'minutes:finalise', version: 1 }));
    expect(mustFail(h(SECRETARIAT, { type: 'minutes:edit', section: 'closing', text: 'Sau khi hoàn thành.' })).key).toBe(
      'error.record.minutesFinal',
    );
    expect(mustFail(h(SECRETARIAT, { type: 'minutes:finalise', version: 1 })).key).toBe('error.record.minutesFinal');

    const v1 = await pdfText(f, 'v1.pdf');
    expect(v1).toContain('Phiên bản 1 — Đã hoàn thành');
    expect(v1).toContain('Đại biểu thảo luận sôi nổi về mục một.');
    expect(v1).not.toContain('Bản nháp đầu.');

    mustAck(h(SECRETARIAT, { type: 'minutes:revise', reason: 'Sửa lỗi chính tả theo ý kiến chủ tọa.' }));
    mustAck(h(SECRETARIAT, { type: 'minutes:edit', section: 'closing', text: 'Cuộc họp bế mạc; biên bản đã được đọc lại.' }));
    mustAck(h(SECRETARIAT, { type: 'minutes:finalise', version: 2 }));

    const rows = rowsOf(f);
    expect(rows.minutesVersions.map((v) => [v.version, v.status, v.based_on])).toEqual([
      [1, 'final', null],
      [2, 'final', 1],
    ]);
    const v2 = await pdfText(f, 'v2.pdf');
    expect(v2).toContain('Phiên bản 2 — Đã hoàn thành');
    expect(v2).toContain('Thay thế phiên bản 1. Lý do: Sửa lỗi chính tả theo ý kiến chủ tọa.');
    expect(v2).toContain('Đại biểu thảo luận sôi nổi về mục một.'); // carried over from version 1
    expect(v2).toContain('Cuộc họp bế mạc; biên bản đã được đọc lại.');
    // Version 1 is still there as it was finalised.
    const again = await pdfText(f, 'v1-again.pdf', 1);
    expect(again).toContain('Phiên bản 1 — Đã hoàn thành');
    expect(again).not.toContain('biên bản đã được đọc lại');

    // The edits are in the hash chain: the log verifies, and each edit command is an entry.
    const report = verifyRecord(rows.log);
    expect(report.ok).toBe(true);
    const bodies = rows.log.entries.map((e) => JSON.parse(e.body) as { type?: string; args?: { text?: string } });
    expect(
      bodies.filter((b) => JSON.stringify(b).includes('minutes:edit') && JSON.stringify(b).includes('Đại biểu thảo luận sôi nổi')),
    ).toHaveLength(1);
    p.close();

    // Frozen in the schema too: a direct write to a final version is refused by the database.
    const db = new Database(f.file);
    expect(() =>
      db.prepare("INSERT INTO minutes_edits (version, section, text, at, by_user) VALUES (1, 'opening', 'x', 0, 'x')").run(),
    ).toThrow(/not a draft/);
    expect(() => db.prepare("UPDATE minutes_versions SET reason = 'x' WHERE version = 1").run()).toThrow(/final/);
    db.close();
  });
});
