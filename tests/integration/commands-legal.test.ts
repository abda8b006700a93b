import { afterEach, describe, expect, it } from 'vitest';
import type { VoteOptionId } from '../../shared/meeting-live/ids';
import type { UserId } from '../../shared/model/ids';
import type { BodyRoster } from '../../shared/model/roster';
import { summarizeDenominator } from '../../shared/voting/denominator';
import { BUILTIN_RULES } from '../../shared/voting/rule-data';
import { mergeRules } from '../../shared/voting/rule-set';
import { outcomeLabel } from '../../shared/voting/tally';
import type { Fixture } from './commands-helpers';
import {
  CHAIR,
  cid,
  delegateId,
  GUEST,
  ITEM_1,
  makeFixture,
  membership,
  mustAck,
  mustFail,
  SECRETARIAT,
  startMeeting,
} from './commands-helpers';

const O1 = 'o1' as VoteOptionId;
const O2 = 'o2' as VoteOptionId;

let f: Fixture;
afterEach(() => f?.cleanup());

/** The fixture's relay clock reads 2025-06-10 (Vietnam time); exclusions before it reduce N, later ones do not. */
function withExclusions(r: BodyRoster): BodyRoster {
  const ms = r.memberships.map((m) => {
    if (m.userId === delegateId(7)) return { ...m, endDate: '2024-03-14', endKind: 'resigned' as const, endReason: 'Nghỉ hưu theo chế độ' };
    if (m.userId === delegateId(8)) return { ...m, endDate: '2024-08-02', endKind: 'died' as const, endReason: 'Từ trần' };
    if (m.userId === delegateId(9))
      return { ...m, endDate: '2025-09-01', endKind: 'transferred' as const, endReason: 'Chuyển công tác (sau ngày họp)' };
    return m;
  });
  // A member without a laptop account still counts in N; a by-election after the vote date does not yet.
  ms.push(membership(null, 'Hoàng Thị Không Máy'));
  ms.push(membership('late' as UserId, 'Đinh Văn Bầu Bổ Sung', { startDate: '2025-07-15', startKind: 'by_election' }));
  return { ...r, memberships: ms };
}

const open = (p: ReturnType<Fixture['open']>, over: Record<string, unknown> = {}) =>
  mustAck(
    p.handle(f.ctx(CHAIR), {
      type: 'vote:open',
      commandId: cid(),
      agendaItemId: ITEM_1,
      question: 'Thông qua Nghị quyết',
      kind: 'public',
      ruleId: 'hdnd_resolution',
      ...over,
    }),
  ).voteId!;
const cast = (p: ReturnType<Fixture['open']>, who: UserId, voteId: string, optionId: VoteOptionId) =>
  mustAck(p.handle(f.ctx(who), { type: 'vote:cast', commandId: cid(), voteId, optionId }));
const close = (p: ReturnType<Fixture['open']>, voteId: string) =>
  mustAck(p.handle(f.ctx(CHAIR), { type: 'vote:close', commandId: cid(), voteId }));

describe('the legal denominator N', () => {
  it('comes from the roster in office on the vote date, every exclusion named with its reason, frozen with the vote', () => {
    f = makeFixture({ delegates: 10, roster: withExclusions }); // chair + 10 delegates + member without account + later by-election
    const p = f.open();
    startMeeting(p, f, 6);
    const voteId = open(p);
    const v = p.view(f.ctx(CHAIR)).vote!;
    // seated 12 (chair, d1..d10, the member without an account); d7 resigned, d8 died: N = 10
    expect(v.basis!.denominator).toMatchObject({ n: 10, seated: 12, source: 'roster' });
    expect(v.basis!.denominator.exclusions.map((e) => [e.fullName, e.kind, e.since, e.reason])).toEqual([
      [f.participants.find((x) => x.userId === delegateId(7))!.fullName, 'resigned', '2024-03-14', 'Nghỉ hưu theo chế độ'],
      [f.participants.find((x) => x.userId === delegateId(8))!.fullName, 'died', '2024-08-02', 'Từ trần'],
    ]);
    expect(summarizeDenominator(v.basis!.denominator as never, 'vi')).toBe(
      'N = 10 (12 thành viên; 1 thôi nhiệm vụ 3/2024, 1 từ trần 8/2024)',
    );
    expect(summarizeDenominator(v.basis!.denominator as never, 'en')).toBe('N = 10 (12 members; 1 resigned 3/2024, 1 deceased 8/2024)');
    expect(v).toMatchObject({ n: 10, entitledCount: 10 });
    expect(v.basis!.quorum).toMatchObject({ total: 10, present: 7, required: 7, met: true });
    expect(v.basis!.denominator.rule?.ruleId).toBe('state_exclusions');
    // the resigned member is not entitled
    expect(mustFail(p.handle(f.ctx(delegateId(7)), { type: 'vote:cast', commandId: cid(), voteId, optionId: O1 })).code).toBe('forbidden');
    for (const u of [CHAIR, delegateId(1), delegateId(2), delegateId(3), delegateId(4), delegateId(5)]) cast(p, u, voteId, O1);
    const r = close(p, voteId).result!;
    expect(r).toMatchObject({ n: 10, members: 10, required: 6, favourCount: 6, passed: true, outcome: 'passed' });
    expect(r.rule.citation).toMatchObject({ ruleId: 'hdnd_resolution@77-2015', needsLegalConfirmation: true });
    // before 1/7/2025 the 2015 law applies
    expect(r.rule.citation!.citation.document).toMatch(/77\/2015\/QH13/);
    const stored = p.view(f.ctx(GUEST)).results[0]!;
    expect(stored.basis!.denominator.exclusions).toHaveLength(2);
    expect(stored.tally.outcome).toBe('passed');
  });

  it('a guest, an invited non-member "delegate" or the secretariat never change N', () => {
    f = makeFixture({ delegates: 6 });
    // an extra invitation with the delegate role for someone not on the roster (a forgotten or wrong invitation)
    const invitedNotMember = { userId: 'observer' as UserId, role: 'delegate' as const, fullName: 'Vũ Văn Quan Sát', group: '' };
    const p = f.open({ meeting: { ...f.config.meeting, participants: [...f.participants, invitedNotMember] } });
    startMeeting(p, f, 4);
    mustAck(
      p.handle({ ...f.ctx(CHAIR), userId: invitedNotMember.userId, role: 'delegate' }, { type: 'attendance:check-in', commandId: cid() }),
    );
    const view = p.view(f.ctx(CHAIR));
    expect(view.attendance.quorum).toMatchObject({ total: 7, present: 5 });
    expect(view.attendance.members!.map((m) => m.userId)).not.toContain(invitedNotMember.userId);
    expect(
      mustFail(
        p.handle(f.ctx(SECRETARIAT), { type: 'attendance:set', commandId: cid(), userId: invitedNotMember.userId, status: 'present' }),
      ).code,
    ).toBe('not_found');
    const voteId = open(p);
    expect(p.view(f.ctx(CHAIR)).vote).toMatchObject({ n: 7, entitledCount: 7 });
    const e = mustFail(
      p.handle(
        { ...f.ctx(CHAIR), userId: invitedNotMember.userId, role: 'delegate' },
        { type: 'vote:cast', commandId: cid(), voteId, optionId: O1 },
      ),
    );
    expect(e.code).toBe('forbidden');
  });

  it('a package without a roster falls back to the invitations and says so', () => {
    f = makeFixture({ delegates: 3, roster: false });
    const p = f.open();
    startMeeting(p, f, 3);
    open(p);
    expect(p.view(f.ctx(CHAIR)).vote!.basis!.denominator).toMatchObject({ n: 4, source: 'invitation_list' });
  });
});

describe('presence', () => {
  it('the secretariat checks members in by hand with no laptop connected, and that reaches quorum', () => {
    f = makeFixture({ delegates: 8 }); // 9 members, quorum 6
    f.online.clear(); // no laptop at all, not even the chair's
    f.online.add(CHAIR); // the chair's console is the only connection (to open the meeting)
    const p = f.open();
    mustAck(p.handle(f.ctx(CHAIR), { type: 'meeting:open', commandId: cid() }));
    for (const i of [1, 2, 3, 4, 5, 6])
      mustAck(p.handle(f.ctx(SECRETARIAT), { type: 'attendance:set', commandId: cid(), userId: delegateId(i), status: 'present' }));
    const v = p.view(f.ctx(SECRETARIAT));
    expect(v.attendance.quorum).toMatchObject({ total: 9, present: 6, required: 6, met: true });
    expect(v.attendance.counts).toMatchObject({ counted: 6, checkedInLaptop: 0, checkedInSecretariat: 6, presentOffline: 6 });
    const m1 = v.attendance.members!.find((m) => m.userId === delegateId(1))!;
    expect(m1).toMatchObject({ status: 'present', online: false, counted: true, source: 'secretariat', recordedBy: SECRETARIAT });
    expect(m1.recordedAt).toBeGreaterThan(0);
    const voteId = open(p);
    expect(p.view(f.ctx(CHAIR)).vote!.basis!.quorum).toMatchObject({ present: 6, met: true });
    expect(voteId).toBeTruthy();
  });

  it('a member whose laptop drops stays present and keeps quorum', () => {
    f = makeFixture({ delegates: 5 }); // 6 members, quorum 4
    const p = f.open();
    startMeeting(p, f, 3); // chair + 3 = 4
    f.online.delete(delegateId(1));
    f.online.delete(delegateId(2));
    p.notifyPresenceChanged();
    const v = p.view(f.ctx(CHAIR));
    expect(v.attendance.quorum).toMatchObject({ present: 4, met: true });
    expect(v.attendance.counts).toMatchObject({ counted: 4, checkedInLaptop: 4, presentOffline: 2 });
    expect(open(p)).toBeTruthy();
  });
});

describe('rules', () => {
  function ubnd(roster: BodyRoster): BodyRoster {
    // 7 members of the UBND, one transferred before the meeting: N = 6
    return {
      ...roster,
      body: { ...roster.body, type: 'ubnd', name: 'UBND tỉnh (kiểm thử)' },
      memberships: roster.memberships.map((m) =>
        m.userId === delegateId(6) ? { ...m, endDate: '2025-01-10', endKind: 'transferred' as const, endReason: 'Điều động' } : m,
      ),
    };
  }

  it('UBND 3–3 tie: the side the Chủ tịch voted decides (configurable), and the result says so', () => {
    f = makeFixture({ delegates: 6, bodyKind: 'ubnd', roster: ubnd });
    const p = f.open();
    startMeeting(p, f, 5);
    const voteId = open(p, { ruleId: 'ubnd_decision' });
    expect(p.view(f.ctx(CHAIR)).vote!.options.map((o) => o.label)).toEqual(['Tán thành', 'Không tán thành', 'Không biểu quyết']);
    for (const u of [CHAIR, delegateId(1), delegateId(2)]) cast(p, u, voteId, O1);
    for (const u of [delegateId(3), delegateId(4), delegateId(5)]) cast(p, u, voteId, O2);
    const r = close(p, voteId).result!;
    expect(r).toMatchObject({ n: 6, favourCount: 3, required: 4, passed: true, decidedByTie: true, outcome: 'passed' });
    expect(outcomeLabel(r).vi).toBe('Thông qua (hai bên ngang nhau, theo ý kiến của Chủ tịch)');
    expect(p.view(f.ctx(CHAIR)).results[0]!.basis!.tie).toMatchObject({
      resolve: 'head_side',
      citation: { ruleId: 'ubnd_tie', needsLegalConfirmation: true },
    });

    // the Chủ tịch on the other side: not passed
    const v2 = open(p, { ruleId: 'ubnd_decision', revoteOf: voteId });
    for (const u of [delegateId(1), delegateId(2), delegateId(3)]) cast(p, u, v2, O1);
    for (const u of [CHAIR, delegateId(4), delegateId(5)]) cast(p, u, v2, O2);
    expect(close(p, v2).result).toMatchObject({ passed: false, decidedByTie: false, outcome: 'not_passed' });
  });

  it('a province rule file can make a tie not pass', () => {
    f = makeFixture({ delegates: 6, bodyKind: 'ubnd', roster: ubnd });
    const tie = BUILTIN_RULES.find((r) => r.id === 'ubnd_tie')!;
    const p = f.open({ rules: mergeRules(BUILTIN_RULES, [{ ...tie, topic: 'tie', resolve: 'not_passed' } as typeof tie]) });
    startMeeting(p, f, 5);
    const voteId = open(p, { ruleId: 'ubnd_decision' });
    for (const u of [CHAIR, delegateId(1), delegateId(2)]) cast(p, u, voteId, O1);
    for (const u of [delegateId(3), delegateId(4), delegateId(5)]) cast(p, u, voteId, O2);
    expect(close(p, voteId).result).toMatchObject({ passed: false, decidedByTie: false });
  });

  it('a re-vote ordered by the chair keeps both rounds on record', () => {
    f = makeFixture({ delegates: 4 });
    const p = f.open();
    startMeeting(p, f, 4);
    const first = open(p);
    cast(p, CHAIR, first, O1);
    close(p, first);
    expect(
      mustFail(
        p.handle(f.ctx(CHAIR), {
          type: 'vote:open',
          commandId: cid(),
          agendaItemId: ITEM_1,
          question: 'Q',
          kind: 'public',
          ruleId: 'hdnd_resolution',
          revoteOf: 'nope',
        }),
      ),
    ).toMatchObject({ code: 'not_found', key: 'error.legal.revoteNotFound' });
    const second = open(p, { revoteOf: first });
    for (const u of [CHAIR, delegateId(1), delegateId(2)]) cast(p, u, second, O1);
    close(p, second);
    // round 2 can be repeated again, round 1 cannot (it already has a re-vote)
    expect(
      mustFail(
        p.handle(f.ctx(CHAIR), {
          type: 'vote:open',
          commandId: cid(),
          agendaItemId: ITEM_1,
          question: 'Q',
          kind: 'public',
          ruleId: 'hdnd_resolution',
          revoteOf: first,
        }),
      ),
    ).toMatchObject({ key: 'error.legal.revoteSuperseded' });
    const results = p.view(f.ctx(GUEST)).results;
    expect(results.map((r) => [r.basis!.round, r.basis!.revoteOf, r.tally.outcome])).toEqual([
      [1, null, 'not_passed'],
      [2, first, 'passed'],
    ]);
  });

  it('a vote opened without quorum (demo flag) reads "không hợp lệ", never "Thông qua"', () => {
    f = makeFixture({ delegates: 8 });
    const p = f.open({ requireQuorumToOpenVote: false });
    startMeeting(p, f, 2); // 3 of 9
    const voteId = open(p);
    for (const u of [CHAIR, delegateId(1), delegateId(2)]) cast(p, u, voteId, O1);
    const r = close(p, voteId).result!;
    // 3 of 9 would not pass anyway; the outcome must still be invalid, not "not passed"
    expect(r).toMatchObject({ passed: false, outcome: 'invalid' });
    expect(outcomeLabel(r).vi).toMatch(/^Không hợp lệ/);
    const stored = p.view(f.ctx(GUEST)).results[0]!;
    expect(stored.quorumMetAtOpen).toBe(false);
    expect(stored.tally.outcome).toBe('invalid');
    expect(stored.basis!.quorum.met).toBe(false);
  });

  it('invalid even when the counts alone would pass by the tie rule', () => {
    f = makeFixture({ delegates: 5, bodyKind: 'ubnd', roster: (r) => ({ ...r, body: { ...r.body, type: 'ubnd' } }) });
    const p = f.open({ requireQuorumToOpenVote: false });
    startMeeting(p, f, 3); // chair + 3 of 6 members...
    mustAck(p.handle(f.ctx(SECRETARIAT), { type: 'attendance:set', commandId: cid(), userId: delegateId(3), status: 'absent' })); // ...then 3 of 6: quorum (4) not met
    const voteId = open(p, { ruleId: 'ubnd_decision' });
    for (const u of [CHAIR, delegateId(1), delegateId(2)]) cast(p, u, voteId, O1);
    for (const u of [delegateId(4), delegateId(5)])
      expect(mustFail(p.handle(f.ctx(u), { type: 'vote:cast', commandId: cid(), voteId, optionId: O2 })).code).toBe('forbidden');
    // 3 of N = 6 in favour with the Chủ tịch: short of a majority and no tie either; without quorum it is invalid
    expect(close(p, voteId).result).toMatchObject({ outcome: 'invalid', passed: false });
  });

  it('Thường trực HĐND uses its own members for quorum and majority, not the council', () => {
    // The full council's delegates are invited (as guests) to the standing committee's meeting; the roster has 5.
    f = makeFixture({
      delegates: 4,
      roster: (r) => ({ ...r, body: { ...r.body, type: 'thuong_truc_hdnd', name: 'Thường trực HĐND tỉnh' } }),
    });
    const guests = Array.from({ length: 40 }, (_, i) => ({
      userId: `g${i}` as UserId,
      role: 'guest' as const,
      fullName: `Khách ${i}`,
      group: '',
    }));
    const p = f.open({ meeting: { ...f.config.meeting, participants: [...f.participants, ...guests] } });
    startMeeting(p, f, 3); // 4 of 5
    const v = p.view(f.ctx(CHAIR));
    expect(v.attendance.quorum).toMatchObject({ total: 5, present: 4, required: 4, met: true });
    expect(v.attendance.quorum.citation?.ruleId).toBe('hdnd_standing_quorum@77-2015');
    expect(v.rules!.passing.map((r) => r.id)).toEqual(['standing_decision']);
    expect(
      mustFail(
        p.handle(f.ctx(CHAIR), {
          type: 'vote:open',
          commandId: cid(),
          agendaItemId: ITEM_1,
          question: 'Q',
          kind: 'public',
          ruleId: 'hdnd_resolution',
        }),
      ),
    ).toMatchObject({ key: 'error.legal.unknownRule' });
    const voteId = open(p, { ruleId: 'standing_decision' });
    for (const u of [CHAIR, delegateId(1), delegateId(2)]) cast(p, u, voteId, O1);
    expect(close(p, voteId).result).toMatchObject({ n: 5, required: 3, favourCount: 3, passed: true });
  });

  it('Party bodies vote "Đồng ý / Không đồng ý"; a member who did not vote is not counted as either', () => {
    f = makeFixture({
      delegates: 4,
      bodyKind: 'tinh_uy',
      roster: (r) => ({ ...r, body: { ...r.body, type: 'ban_thuong_vu', name: 'Ban Thường vụ Tỉnh ủy' } }),
    });
    const p = f.open();
    startMeeting(p, f, 4);
    const voteId = open(p, { ruleId: 'party_resolution' });
    expect(p.view(f.ctx(CHAIR)).vote!.options.map((o) => o.label)).toEqual(['Đồng ý', 'Không đồng ý']);
    for (const u of [CHAIR, delegateId(1), delegateId(2)]) cast(p, u, voteId, O1);
    cast(p, delegateId(3), voteId, O2);
    const r = close(p, voteId).result!;
    expect(r).toMatchObject({ n: 5, cast: 4, notCast: 1, favourCount: 3, passed: true });
    expect(r.options.map((o) => [o.label, o.count])).toEqual([
      ['Đồng ý', 3],
      ['Không đồng ý', 1],
    ]);
    expect(r.rule.citation).toMatchObject({ citation: { article: '9', clause: '5' }, needsLegalConfirmation: false });
  });
});
