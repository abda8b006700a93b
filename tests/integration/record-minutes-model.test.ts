import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildMinutes } from '../../electron/record/minutes-model';
import { renderMinutesPdf } from '../../electron/record/minutes-pdf';
import { renderMinutesDocx } from '../../electron/record/minutes-docx';
import type { RecordRows } from '../../electron/relay';
import { readRecordRows } from '../../electron/relay';
import type { BodyKind } from '../../shared/model/bodies';
import type { MeetingId } from '../../shared/model/ids';
import type { MeetingPackage } from '../../shared/model/package';
import { formatPercentOfN } from '../../shared/voting/percent';
import type { VoteId } from '../../shared/meeting-live/ids';
import type { Fixture } from './commands-helpers';
import { CHAIR, cid, delegateId, ITEM_1, ITEM_2, makeFixture, MEETING_ID, mustAck, SECRETARIAT } from './commands-helpers';

/** Every figure of the minutes comes from committed rows: recount them from the rows and compare. */

function packageFor(f: Fixture, bodyKind: BodyKind): MeetingPackage {
  const meetingId = MEETING_ID as MeetingId;
  return {
    format: 1,
    exportedAt: '2025-06-10T00:00:00.000Z',
    meeting: {
      id: meetingId,
      bodyKind,
      title: 'Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh Bắc Ninh',
      date: '2025-06-10',
      time: '08:00',
      place: 'Hội trường Tỉnh ủy',
      meetingType: bodyKind === 'tinh_uy' ? 'hoi_nghi_bch' : 'ky_hop_thuong_le',
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

function runMeeting(f: Fixture, delegates: number): void {
  const p = f.open();
  const h = (u: Parameters<Fixture['ctx']>[0], cmd: Record<string, unknown>) => p.handle(f.ctx(u), { commandId: cid(), ...cmd });
  mustAck(h(CHAIR, { type: 'attendance:check-in' }));
  for (let i = 1; i <= delegates - 3; i++) mustAck(h(delegateId(i), { type: 'attendance:check-in' }));
  mustAck(h(SECRETARIAT, { type: 'attendance:set', userId: delegateId(delegates - 2), status: 'absent_with_reason', reason: 'Ốm' }));
  mustAck(h(SECRETARIAT, { type: 'attendance:set', userId: delegateId(delegates - 1), status: 'absent' }));
  mustAck(h(CHAIR, { type: 'meeting:open' }));
  mustAck(h(SECRETARIAT, { type: 'attendance:set', userId: delegateId(delegates), status: 'present' }));
  mustAck(h(CHAIR, { type: 'agenda:set-current', agendaItemId: ITEM_2 }));
  for (const i of [3, 1, 2]) mustAck(h(delegateId(i), { type: 'speaker:request', kind: i === 2 ? 'chat_van' : 'phat_bieu' }));
  for (let k = 0; k < 3; k++) mustAck(h(CHAIR, { type: 'speaker:next' }));
  mustAck(h(CHAIR, { type: 'speaker:end' }));
  for (const kind of ['public', 'named', 'secret'] as const) {
    const v = mustAck(
      h(CHAIR, {
        type: 'vote:open',
        agendaItemId: ITEM_1,
        question: `Câu hỏi ${kind}`,
        kind,
        ruleId: f.config.meeting.bodyKind === 'tinh_uy' ? 'party_resolution' : 'hdnd_resolution',
      }),
    );
    // Party ballots have two labels (Đồng ý / Không đồng ý); state bodies three (Tán thành / Không tán thành / Không biểu quyết).
    const optionCount = f.config.meeting.bodyKind === 'tinh_uy' ? 2 : 3;
    for (let i = 1; i <= delegates - 3; i++)
      mustAck(h(delegateId(i), { type: 'vote:cast', voteId: v.voteId as VoteId, optionId: `o${1 + (i % optionCount)}` }));
    mustAck(h(CHAIR, { type: 'vote:close', voteId: v.voteId }));
  }
  mustAck(h(CHAIR, { type: 'minutes:conclusion', agendaItemId: ITEM_1, text: 'Thống nhất thông qua.' }));
  mustAck(h(SECRETARIAT, { type: 'minutes:dissent', agendaItemId: ITEM_1, userId: delegateId(2), text: 'Bảo lưu ý kiến về điểm 3.' }));
  mustAck(h(CHAIR, { type: 'meeting:close' }));
}

function rowsOf(f: Fixture): RecordRows {
  const r = readRecordRows(f.file);
  if (!r.ok) throw new Error(r.failure.detail);
  return r.rows;
}

describe('minutes model', () => {
  let f: Fixture;
  afterEach(() => f.cleanup());

  it('every figure traces to committed rows', () => {
    f = makeFixture({ delegates: 9 });
    runMeeting(f, 9);
    const rows = rowsOf(f);
    const m = buildMinutes(packageFor(f, 'hdnd'), rows);

    const memberIds = new Set(f.participants.filter((p) => p.role === 'delegate' || p.role === 'chair').map((p) => p.userId as string));
    const att = rows.attendance.filter((a) => memberIds.has(a.user_id));
    expect(m.attendance.members).toBe(memberIds.size);
    expect(m.attendance.present).toBe(att.filter((a) => a.status === 'present').length);
    expect(m.attendance.absentWithLeave).toBe(att.filter((a) => a.status === 'absent_with_reason').length);
    expect(m.attendance.absentWithoutLeave).toBe(att.filter((a) => a.status === 'absent').length);
    expect(m.attendance.notRecorded).toBe(memberIds.size - att.length);
    expect(m.attendance.late).toBe(att.filter((a) => a.status === 'present' && a.checked_in_at! > rows.meeting.opened_at!).length);
    expect(m.attendance.late).toBe(1);
    for (const e of m.attendance.entries.filter((x) => x.status === 'present')) {
      const row = att.find((a) => a.user_id === e.userId)!;
      expect(e.checkedInAt).toBe(row.checked_in_at);
      expect(e.recordedBy).toBe(row.updated_by === e.userId ? 'laptop' : 'secretariat');
    }
    expect([m.openedAt, m.closedAt]).toEqual([rows.meeting.opened_at, rows.meeting.closed_at]);

    const votes = m.items.find((i) => i.id === ITEM_1)!.votes;
    expect(votes.map((v) => v.kind)).toEqual(['public', 'named', 'secret']);
    for (const v of votes) {
      const row = rows.votes.find((r) => r.id === v.voteId)!;
      expect([v.n, v.members, v.presentAtOpen, v.openedAt, v.closedAt]).toEqual([
        row.n,
        row.members,
        row.present_at_open,
        row.opened_at,
        row.closed_at,
      ]);
      const counted = (optionId: string) =>
        v.kind === 'secret'
          ? (rows.secretCounts.find((c) => c.vote_id === v.voteId && c.option_id === optionId)?.count ?? 0)
          : rows.openBallots.filter((b) => b.vote_id === v.voteId && b.option_id === optionId).length;
      for (const o of v.options) {
        expect(o.count).toBe(counted(o.optionId));
        expect(o.percentOfN).toBe(formatPercentOfN(o.count!, row.n));
      }
      const cast = v.options.reduce((s, o) => s + o.count!, 0);
      expect(v.cast).toBe(cast);
      expect(v.notCast).toBe(row.n - cast);
      if (v.kind === 'secret') expect(cast).toBe(rows.voters.filter((x) => x.vote_id === v.voteId).length);
      expect(v.passed).toBe(v.favourCount! >= v.required!);
      expect(v.favourCount).toBe(counted('o1'));
    }
    expect(votes[1]!.choices!.filter((c) => c.optionLabel !== null).length).toBe(
      rows.openBallots.filter((b) => b.vote_id === votes[1]!.voteId).length,
    );
    expect(votes[0]!.choices).toBeNull();
    expect(votes[2]!.choices).toBeNull();

    const item2 = m.items.find((i) => i.id === ITEM_2)!;
    const spoken = rows.speakers.filter((s) => s.started_at !== null).sort((a, b) => a.started_at! - b.started_at!);
    expect(item2.speeches.map((s) => [s.userId, s.kind, s.startedAt, s.endedAt])).toEqual(
      spoken.map((s) => [s.user_id, s.kind, s.started_at, s.ended_at]),
    );
    expect(item2.speeches.map((s) => s.userId)).toEqual([delegateId(3), delegateId(1), delegateId(2)]);
    expect(item2.number).toBe('1.1');

    const item1 = m.items.find((i) => i.id === ITEM_1)!;
    expect(item1.conclusions.map((c) => c.text)).toEqual(rows.notes.filter((n) => n.kind === 'conclusion').map((n) => n.text));
    expect(item1.dissents.map((d) => [d.userId, d.text])).toEqual(
      rows.notes.filter((n) => n.kind === 'dissent').map((n) => [n.user_id, n.text]),
    );
    expect(m.record.checkpoints).toEqual(rows.log.checkpoints);
    expect(m.record.headSeq).toBe(rows.log.head!.seq);
    expect(m.record.headHash).toBe(rows.log.head!.hash);
  });

  it('a Party body gets the Party header (PDF and DOCX)', async () => {
    f = makeFixture({ delegates: 9, bodyKind: 'tinh_uy' });
    runMeeting(f, 9);
    const m = buildMinutes(packageFor(f, 'tinh_uy'), rowsOf(f));
    expect(m.header).toMatchObject({ style: 'party', parentAgency: 'ĐẢNG BỘ TỈNH BẮC NINH', agency: ['TỈNH ỦY'], province: 'Bắc Ninh' });
    const pdf = join(f.dir, 'bb.pdf');
    writeFileSync(pdf, await renderMinutesPdf(m));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Bắc Ninh, ngày 10 tháng 6 năm 2025');
    expect(text).toContain('Hội nghị Ban Chấp hành của Ban Chấp hành Đảng bộ tỉnh');
    const docx = Buffer.from(await renderMinutesDocx(m));
    expect(docx.subarray(0, 2).toString()).toBe('PK');
  });
});
