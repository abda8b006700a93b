import { afterEach, describe, expect, it } from 'vitest';
import type { Fixture } from './commands-helpers';
import {
  CHAIR,
  cid,
  delegateId,
  GUEST,
  ITEM_1,
  ITEM_2,
  makeFixture,
  mustAck,
  mustFail,
  SECRETARIAT,
  startMeeting,
} from './commands-helpers';

let f: Fixture;
afterEach(() => f?.cleanup());

describe('attendance and quorum', () => {
  // Presence is what was recorded (check-in on the laptop or by the secretariat), with who recorded it and when;
  // the heartbeat is shown but no longer decides (before, a dropped laptop stopped counting: legally wrong).
  it('check-in, secretariat marks present / absent / absent with reason; a dropped laptop stays present', () => {
    f = makeFixture({ delegates: 5 }); // 6 members (chair + 5), UBND-like quorum two thirds = 4
    const p = f.open();
    let notified = 0;
    const unsubscribe = p.subscribe(() => notified++);

    // check-in works before the meeting opens (delegates arrive early)
    mustAck(p.handle(f.ctx(delegateId(1)), { type: 'attendance:check-in', commandId: cid() }));
    expect(notified).toBe(1);
    let v = p.view(f.ctx(CHAIR));
    expect(v.phase).toBe('not_started');
    expect(v.attendance.members!.find((m) => m.userId === delegateId(1))).toMatchObject({ status: 'present', online: true, counted: true });
    expect(v.attendance.members).toHaveLength(6);
    expect(v.attendance.counts).toEqual({
      counted: 1,
      checkedInLaptop: 1,
      checkedInSecretariat: 0,
      presentOffline: 0,
      absent: 0,
      absentWithReason: 0,
      notCheckedIn: 5,
    }); // members only: no secretariat or guest
    expect(v.attendance.quorum).toMatchObject({ total: 6, present: 1, required: 4, met: false });
    expect(v.attendance.quorum.legalBasis).toMatch(/hai phần ba/);

    // an offline laptop cannot check in
    const e = mustFail(p.handle(f.ctx(delegateId(2), { online: false }), { type: 'attendance:check-in', commandId: cid() }));
    expect(e.code).toBe('offline');
    expect(e.message).toMatch(/chưa điểm danh được/);

    // the secretariat records the others
    mustAck(p.handle(f.ctx(SECRETARIAT), { type: 'attendance:set', commandId: cid(), userId: delegateId(2), status: 'present' }));
    mustAck(p.handle(f.ctx(SECRETARIAT), { type: 'attendance:set', commandId: cid(), userId: delegateId(3), status: 'present' }));
    mustAck(
      p.handle(f.ctx(SECRETARIAT), {
        type: 'attendance:set',
        commandId: cid(),
        userId: delegateId(4),
        status: 'absent_with_reason',
        reason: '  Đi công tác   Hà Nội ',
      }),
    );
    mustAck(p.handle(f.ctx(SECRETARIAT), { type: 'attendance:set', commandId: cid(), userId: delegateId(5), status: 'absent' }));
    mustAck(p.handle(f.ctx(CHAIR), { type: 'attendance:check-in', commandId: cid() }));
    v = p.view(f.ctx(SECRETARIAT));
    expect(v.attendance.quorum).toMatchObject({ present: 4, met: true });
    expect(v.attendance.members!.find((m) => m.userId === delegateId(4))).toMatchObject({
      status: 'absent_with_reason',
      reason: 'Đi công tác   Hà Nội',
      counted: false,
    });
    // delegates get counts, not the list (nor anyone's reason for absence)
    const dv = p.view(f.ctx(delegateId(1)));
    expect(dv.attendance.members).toBeUndefined();
    expect(dv.attendance.counts).toEqual({
      counted: 4,
      checkedInLaptop: 2,
      checkedInSecretariat: 2,
      presentOffline: 0,
      absent: 1,
      absentWithReason: 1,
      notCheckedIn: 0,
    });
    expect(v.attendance.members!.find((m) => m.userId === delegateId(2))).toMatchObject({
      source: 'secretariat',
      recordedBy: SECRETARIAT,
      counted: true,
    });
    expect(v.attendance.members!.find((m) => m.userId === delegateId(1))).toMatchObject({ source: 'laptop', recordedBy: delegateId(1) });
    expect(JSON.stringify(dv)).not.toContain('công tác');
    expect(p.view(f.ctx(CHAIR)).attendance.members!.find((m) => m.userId === delegateId(4))!.reason).toBe('Đi công tác   Hà Nội');
    expect(p.view(f.ctx(delegateId(1))).me.attendance).toBe('present');
    expect(p.view(f.ctx(GUEST)).me).toMatchObject({ isMember: false, attendance: null });

    // a laptop drops: the member stays present (shown as offline), and listeners hear about it
    f.online.delete(delegateId(2));
    const before = notified;
    p.notifyPresenceChanged();
    expect(notified).toBe(before + 1);
    v = p.view(f.ctx(CHAIR));
    expect(v.attendance.members!.find((m) => m.userId === delegateId(2))).toMatchObject({
      status: 'present',
      online: false,
      counted: true,
    });
    expect(v.attendance.counts.presentOffline).toBe(1);
    expect(v.attendance.quorum).toMatchObject({ present: 4, met: true });

    // not a member: the secretariat cannot mark a guest
    expect(
      mustFail(p.handle(f.ctx(SECRETARIAT), { type: 'attendance:set', commandId: cid(), userId: GUEST, status: 'present' })).code,
    ).toBe('not_found');
    expect(mustFail(p.handle(f.ctx(GUEST), { type: 'attendance:check-in', commandId: cid() })).code).toBe('forbidden');

    // first check-in time is kept on a second check-in
    const first = p.view(f.ctx(CHAIR)).attendance.members!.find((m) => m.userId === delegateId(1))!.checkedInAt;
    mustAck(p.handle(f.ctx(delegateId(1)), { type: 'attendance:check-in', commandId: cid() }));
    expect(p.view(f.ctx(CHAIR)).attendance.members!.find((m) => m.userId === delegateId(1))!.checkedInAt).toBe(first);

    // refusals commit nothing and notify nobody; after unsubscribing, nothing more arrives
    expect(notified).toBe(before + 2);
    unsubscribe();
    mustAck(p.handle(f.ctx(delegateId(3)), { type: 'attendance:check-in', commandId: cid() }));
    expect(notified).toBe(before + 2);
  });

  it('agenda: the chair sets the current item and page to follow; a new push is distinguishable', () => {
    f = makeFixture({ delegates: 2 });
    const p = f.open();
    expect(mustFail(p.handle(f.ctx(CHAIR), { type: 'agenda:set-current', commandId: cid(), agendaItemId: ITEM_1 })).message).toBe(
      'Cuộc họp chưa khai mạc.',
    );
    startMeeting(p, f, 2);
    mustAck(p.handle(f.ctx(CHAIR), { type: 'agenda:set-current', commandId: cid(), agendaItemId: ITEM_1, documentId: 'doc-1', page: 4 }));
    const a = p.view(f.ctx(delegateId(1))).current;
    expect(a).toMatchObject({ agendaItemId: ITEM_1, documentId: 'doc-1', page: 4 });
    mustAck(p.handle(f.ctx(CHAIR), { type: 'agenda:set-current', commandId: cid(), agendaItemId: ITEM_2 }));
    const b = p.view(f.ctx(delegateId(1))).current;
    expect(b).toMatchObject({ agendaItemId: ITEM_2, documentId: null, page: null });
    expect(b.changedAt!).toBeGreaterThan(a.changedAt!);
    expect(mustFail(p.handle(f.ctx(CHAIR), { type: 'agenda:set-current', commandId: cid(), agendaItemId: 'item-404' })).code).toBe(
      'not_found',
    );
  });
});

describe('speaker queue', () => {
  it('request, queue order, grant, next, end, withdraw, timer and per-delegate totals', () => {
    f = makeFixture({ delegates: 4 });
    const p = f.open();
    expect(mustFail(p.handle(f.ctx(delegateId(1)), { type: 'speaker:request', commandId: cid(), kind: 'phat_bieu' })).message).toBe(
      'Cuộc họp chưa khai mạc.',
    );
    startMeeting(p, f, 3); // d4 not checked in
    mustAck(p.handle(f.ctx(CHAIR), { type: 'agenda:set-current', commandId: cid(), agendaItemId: ITEM_1 }));

    const r1 = mustAck(
      p.handle(f.ctx(delegateId(1)), { type: 'speaker:request', commandId: cid(), kind: 'phat_bieu', topic: 'Về vốn đầu tư công' }),
    ).requestId!;
    const r2 = mustAck(p.handle(f.ctx(delegateId(2)), { type: 'speaker:request', commandId: cid(), kind: 'chat_van' })).requestId!;
    const r3 = mustAck(
      p.handle(f.ctx(delegateId(3)), {
        type: 'speaker:request',
        commandId: cid(),
        kind: 'tranh_luan',
        topic: 'Tranh luận ý kiến đại biểu 1',
      }),
    ).requestId!;
    expect(mustFail(p.handle(f.ctx(delegateId(1)), { type: 'speaker:request', commandId: cid(), kind: 'phat_bieu' })).message).toMatch(
      /đang chờ đến lượt/,
    );
    expect(mustFail(p.handle(f.ctx(delegateId(4)), { type: 'speaker:request', commandId: cid(), kind: 'phat_bieu' })).message).toMatch(
      /điểm danh/,
    );

    let v = p.view(f.ctx(CHAIR));
    expect(v.speakers.queue.map((q) => [q.requestId, q.kind, q.topic, q.agendaItemId])).toEqual([
      [r1, 'phat_bieu', 'Về vốn đầu tư công', ITEM_1],
      [r2, 'chat_van', null, ITEM_1],
      [r3, 'tranh_luan', 'Tranh luận ý kiến đại biểu 1', ITEM_1],
    ]);
    expect(v.speakers.current).toBeNull();
    expect(p.view(f.ctx(delegateId(2))).me.speakerRequest).toEqual({ requestId: r2, kind: 'chat_van', status: 'queued' });

    // the chair may take someone out of order
    const t0 = f.clock.t;
    mustAck(p.handle(f.ctx(CHAIR), { type: 'speaker:grant', commandId: cid(), requestId: r2 }));
    v = p.view(f.ctx(delegateId(1)));
    expect(v.speakers.current).toMatchObject({ requestId: r2, userId: delegateId(2), limitSec: 180 });
    expect(v.speakers.current!.startedAt).toBeGreaterThan(t0);
    expect(v.serverNow).toBeGreaterThanOrEqual(v.speakers.current!.startedAt);
    expect(v.speakers.queue.map((q) => q.requestId)).toEqual([r1, r3]);
    expect(mustFail(p.handle(f.ctx(delegateId(2)), { type: 'speaker:withdraw', commandId: cid() })).message).toBe('Bạn đang phát biểu.');
    expect(mustFail(p.handle(f.ctx(CHAIR), { type: 'speaker:grant', commandId: cid(), requestId: r2 })).message).toMatch(
      /không còn trong danh sách chờ/,
    );

    // 90 s later the chair moves to the next: d2's speech ends, d1 (head of the queue) starts
    f.clock.t += 90_000;
    mustAck(p.handle(f.ctx(CHAIR), { type: 'speaker:next', commandId: cid() }));
    v = p.view(f.ctx(CHAIR));
    expect(v.speakers.current!.requestId).toBe(r1);
    expect(v.speakers.stats).toEqual([{ userId: delegateId(2), fullName: expect.any(String), count: 1, totalSec: 90 }]);

    // d3 withdraws; the queue is empty
    mustAck(p.handle(f.ctx(delegateId(3)), { type: 'speaker:withdraw', commandId: cid() }));
    expect(mustFail(p.handle(f.ctx(delegateId(3)), { type: 'speaker:withdraw', commandId: cid() })).code).toBe('not_found');
    f.clock.t += 200_000;
    mustAck(p.handle(f.ctx(CHAIR), { type: 'speaker:end', commandId: cid() }));
    expect(mustFail(p.handle(f.ctx(CHAIR), { type: 'speaker:end', commandId: cid() })).message).toBe('Hiện không có ai đang phát biểu.');
    expect(mustFail(p.handle(f.ctx(CHAIR), { type: 'speaker:next', commandId: cid() })).message).toBe(
      'Không còn ai trong danh sách đăng ký phát biểu.',
    );

    // d2 speaks a second time: counts and totals add up
    const r4 = mustAck(p.handle(f.ctx(delegateId(2)), { type: 'speaker:request', commandId: cid(), kind: 'tranh_luan' })).requestId!;
    mustAck(p.handle(f.ctx(CHAIR), { type: 'speaker:next', commandId: cid() }));
    f.clock.t += 30_000;
    mustAck(p.handle(f.ctx(CHAIR), { type: 'speaker:end', commandId: cid() }));
    v = p.view(f.ctx(GUEST));
    const stats = Object.fromEntries(v.speakers.stats.map((s) => [s.userId, [s.count, s.totalSec]]));
    expect(stats).toEqual({ [delegateId(2)]: [2, 120], [delegateId(1)]: [1, 200] });
    expect(v.speakers.current).toBeNull();
    expect(r4).toBeTruthy();
  });

  it('closing the meeting ends the current speech and cancels the queue; nothing more is accepted', () => {
    f = makeFixture({ delegates: 3 });
    const p = f.open();
    startMeeting(p, f, 3);
    mustAck(p.handle(f.ctx(delegateId(1)), { type: 'speaker:request', commandId: cid(), kind: 'phat_bieu' }));
    mustAck(p.handle(f.ctx(delegateId(2)), { type: 'speaker:request', commandId: cid(), kind: 'phat_bieu' }));
    mustAck(p.handle(f.ctx(CHAIR), { type: 'speaker:next', commandId: cid() }));
    mustAck(p.handle(f.ctx(CHAIR), { type: 'meeting:close', commandId: cid() }));
    const v = p.view(f.ctx(delegateId(2)));
    expect(v.phase).toBe('closed');
    expect(v.closedAt).not.toBeNull();
    expect(v.speakers.current).toBeNull();
    expect(v.speakers.queue).toEqual([]);
    expect(v.speakers.stats.map((s) => s.userId)).toEqual([delegateId(1)]);
    expect(mustFail(p.handle(f.ctx(delegateId(3)), { type: 'speaker:request', commandId: cid(), kind: 'phat_bieu' })).message).toBe(
      'Cuộc họp đã bế mạc.',
    );
    expect(mustFail(p.handle(f.ctx(delegateId(3)), { type: 'attendance:check-in', commandId: cid() })).message).toBe('Cuộc họp đã bế mạc.');
    expect(mustFail(p.handle(f.ctx(CHAIR), { type: 'meeting:open', commandId: cid() })).message).toBe('Cuộc họp đã bế mạc.');
  });

  it('state survives a restart of the processor', () => {
    f = makeFixture({ delegates: 3 });
    const p1 = f.open();
    startMeeting(p1, f, 3);
    mustAck(p1.handle(f.ctx(delegateId(1)), { type: 'speaker:request', commandId: cid(), kind: 'chat_van', topic: 'Giải phóng mặt bằng' }));
    mustAck(p1.handle(f.ctx(CHAIR), { type: 'agenda:set-current', commandId: cid(), agendaItemId: ITEM_2, documentId: 'd-7', page: 12 }));
    const v1 = p1.view(f.ctx(CHAIR));
    p1.close();
    const p2 = f.open();
    const v2 = p2.view(f.ctx(CHAIR));
    expect({ ...v2, serverNow: 0 }).toEqual({ ...v1, serverNow: 0 });
    // a processor for another meeting refuses this file
    expect(() => f.open({ meeting: { ...f.config.meeting, meetingId: 'other' as never } })).toThrow(/belongs to meeting/);
  });
});
