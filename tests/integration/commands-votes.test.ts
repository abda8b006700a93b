import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n';
import type { VoteOptionId } from '../../shared/meeting-live/ids';
import { BUILTIN_RULES } from '../../shared/voting/rule-data';
import type { RuleDef } from '../../shared/voting/rule-set';
import { mergeRules } from '../../shared/voting/rule-set';
import type { Fixture } from './commands-helpers';
import { CHAIR, cid, delegateId, GUEST, ITEM_1, makeFixture, mustAck, mustFail, SECRETARIAT, startMeeting } from './commands-helpers';

const O1 = 'o1' as VoteOptionId;
const O2 = 'o2' as VoteOptionId;
const O3 = 'o3' as VoteOptionId;

const PROCEDURAL_PRESENT: RuleDef = {
  id: 'province_procedural_present',
  ruleId: 'hdnd_procedural_present',
  topic: 'passing',
  kind: 'more_than_half',
  base: 'present',
  bodyTypes: ['hdnd'],
  inForceFrom: '2021-06-01',
  inForceTo: null,
  citation: { document: 'Nội quy kỳ họp HĐND tỉnh (kiểm thử)', article: '12', clause: '3', issuedOn: '2021-07-01' },
  wording: {
    vi: 'Vấn đề thủ tục thông qua khi quá nửa số đại biểu có mặt tán thành.',
    en: 'Procedural matters: more than half of those present.',
  },
  needsLegalConfirmation: false,
  label: { vi: 'Quá nửa số đại biểu có mặt (Nội quy)', en: 'More than half of those present (rules of procedure)' },
};

let f: Fixture;
afterEach(() => f?.cleanup());

describe('vote lifecycle (public, named) on a real SQLite file', () => {
  it('public vote: open, live progress, close, result with N / present / cast and percentages of N', () => {
    f = makeFixture({ delegates: 9 }); // 10 members: chair + 9 delegates
    const p = f.open();
    startMeeting(p, f, 8); // d009 never checks in
    // d8 checked in, then the laptop dropped: still present in law (presence is recorded, not the heartbeat),
    // but without a connection no ballot can arrive. (Before, a dropped laptop stopped counting: legally wrong.)
    f.online.delete(delegateId(8));

    const open = mustAck(
      p.handle(f.ctx(CHAIR), {
        type: 'vote:open',
        commandId: cid(),
        agendaItemId: ITEM_1,
        question: 'Thông qua Nghị quyết về kế hoạch đầu tư công năm 2026',
        kind: 'public',
        ruleId: 'hdnd_resolution',
      }),
    );
    const voteId = open.voteId!;
    expect(voteId).toBeTruthy();

    const v0 = p.view(f.ctx(delegateId(1)));
    expect(v0.vote).toMatchObject({ voteId, kind: 'public', n: 10, entitledCount: 10, presentAtOpen: 9, castCount: 0 });
    expect(v0.vote!.options.map((o) => o.label)).toEqual(['Tán thành', 'Không tán thành', 'Không biểu quyết']);
    expect(v0.attendance.quorum).toMatchObject({ total: 10, present: 9, required: 7, met: true });
    expect(v0.me.vote).toMatchObject({ entitled: true, hasVoted: false, cannotVoteReason: null });

    // 5 in favour (chair + d1..d4), 2 against, 1 abstains; d8 offline; d9 absent
    mustAck(p.handle(f.ctx(CHAIR), { type: 'vote:cast', commandId: cid(), voteId, optionId: O1 }));
    for (const i of [1, 2, 3, 4]) mustAck(p.handle(f.ctx(delegateId(i)), { type: 'vote:cast', commandId: cid(), voteId, optionId: O1 }));
    for (const i of [5, 6]) mustAck(p.handle(f.ctx(delegateId(i)), { type: 'vote:cast', commandId: cid(), voteId, optionId: O2 }));
    mustAck(p.handle(f.ctx(delegateId(7)), { type: 'vote:cast', commandId: cid(), voteId, optionId: O3 }));

    const chairView = p.view(f.ctx(CHAIR));
    expect(chairView.vote!.castCount).toBe(8);
    expect(chairView.vote!.liveCounts).toEqual({ o1: 5, o2: 2, o3: 1 });
    expect(chairView.vote!.notVoted).toBeUndefined(); // public vote: no roll call
    const delegateView = p.view(f.ctx(delegateId(2)));
    expect(delegateView.vote!.liveCounts).toBeUndefined();
    expect(delegateView.me.vote).toMatchObject({ hasVoted: true, optionId: 'o1' });
    expect(delegateView.me.vote!.cannotVoteReason).toBe('error.relay.alreadyVoted');
    expect(p.view(f.ctx(delegateId(8))).me.vote!.cannotVoteReason).toBe('error.relay.offlineVote');

    const close = mustAck(p.handle(f.ctx(CHAIR), { type: 'vote:close', commandId: cid(), voteId }));
    const t = close.result!;
    expect(t).toMatchObject({
      n: 10,
      base: 'total',
      members: 10,
      present: 9,
      cast: 8,
      notCast: 2,
      required: 6,
      favourCount: 5,
      notInFavour: 5,
      passed: false,
      outcome: 'not_passed',
    });
    expect(t.options.map((o) => [o.label, o.count, o.percentOfN])).toEqual([
      ['Tán thành', 5, '50,00'],
      ['Không tán thành', 2, '20,00'],
      ['Không biểu quyết', 1, '10,00'],
    ]);
    expect(t.legalBasis).toMatch(/quá nửa tổng số đại biểu/);

    const after = p.view(f.ctx(GUEST));
    expect(after.vote).toBeNull();
    expect(after.results).toHaveLength(1);
    expect(after.results[0]!.tally).toEqual(t);
    expect(after.results[0]!.choices).toBeUndefined();
    expect(after.results[0]!.quorumMetAtOpen).toBe(true);

    // The result is stored with the rule, legal basis, N, present and cast.
    p.close();
    const db = new Database(f.file, { readonly: true });
    const row = db.prepare('SELECT rule_id, rule_json, n, members, present_at_open, result_json FROM votes').get() as Record<
      string,
      string | number
    >;
    db.close();
    expect(row).toMatchObject({ rule_id: 'hdnd_resolution', n: 10, members: 10, present_at_open: 9 });
    expect(JSON.parse(row['result_json'] as string).tally).toEqual(t);
    expect(JSON.parse(row['rule_json'] as string).legalBasis).toBe(t.legalBasis);
  });

  it('named vote: chair sees who has not voted; result lists who chose what', () => {
    f = makeFixture({ delegates: 4 });
    const p = f.open();
    startMeeting(p, f, 4);
    const voteId = mustAck(
      p.handle(f.ctx(CHAIR), {
        type: 'vote:open',
        commandId: cid(),
        agendaItemId: ITEM_1,
        question: 'Bãi nhiệm đại biểu X',
        kind: 'named',
        ruleId: 'hdnd_dismissal',
        options: ['Đồng ý', 'Không đồng ý'],
      }),
    ).voteId!;
    mustAck(p.handle(f.ctx(delegateId(1)), { type: 'vote:cast', commandId: cid(), voteId, optionId: O1 }));
    mustAck(p.handle(f.ctx(delegateId(2)), { type: 'vote:cast', commandId: cid(), voteId, optionId: O2 }));
    const chair = p.view(f.ctx(CHAIR));
    expect(chair.vote!.notVoted!.map((x) => x.userId).sort()).toEqual([CHAIR, delegateId(3), delegateId(4)].sort());
    expect(p.view(f.ctx(delegateId(1))).vote!.notVoted).toBeUndefined();
    // a session that claims the chair role but belongs to a delegate sees nothing more
    expect(p.view(f.ctx(delegateId(1), { role: 'chair' })).vote!.notVoted).toBeUndefined();
    mustAck(p.handle(f.ctx(CHAIR), { type: 'vote:cast', commandId: cid(), voteId, optionId: O1 }));
    mustAck(p.handle(f.ctx(delegateId(3)), { type: 'vote:cast', commandId: cid(), voteId, optionId: O1 }));
    const t = mustAck(p.handle(f.ctx(CHAIR), { type: 'vote:close', commandId: cid(), voteId })).result!;
    // at least two thirds of 5 = 4: 3 in favour fails
    expect(t).toMatchObject({ n: 5, required: 4, favourCount: 3, passed: false });
    expect(t.options.map((o) => o.percentOfN)).toEqual(['60,00', '20,00']);
    const res = p.view(f.ctx(delegateId(4))).results[0]!;
    const choices = Object.fromEntries(res.choices!.map((c) => [c.userId, c.optionId]));
    expect(choices).toEqual({ [CHAIR]: 'o1', [delegateId(1)]: 'o1', [delegateId(2)]: 'o2', [delegateId(3)]: 'o1', [delegateId(4)]: null });
  });
});

describe('refusals', () => {
  function openVote(kind: 'public' | 'named' | 'secret' = 'public', ruleId = 'hdnd_resolution') {
    f = makeFixture({ delegates: 4 });
    const p = f.open();
    startMeeting(p, f, 4);
    const voteId = mustAck(
      p.handle(f.ctx(CHAIR), { type: 'vote:open', commandId: cid(), agendaItemId: ITEM_1, question: 'Q', kind, ruleId }),
    ).voteId!;
    return { p, voteId };
  }

  it('a forged ballot naming another voter is refused and nothing is recorded', () => {
    const { p, voteId } = openVote();
    for (const field of ['userId', 'voterId', 'delegateId', 'by']) {
      const e = mustFail(
        p.handle(f.ctx(delegateId(1)), { type: 'vote:cast', commandId: cid(), voteId, optionId: O1, [field]: delegateId(2) }),
      );
      expect(e.code).toBe('forbidden');
      expect(e.message).toMatch(/không được chỉ định người bỏ phiếu/i);
    }
    expect(p.view(f.ctx(CHAIR)).vote!.castCount).toBe(0);
    // the voter is always the session's user: d1's ballot is d1's, d2 can still vote
    mustAck(p.handle(f.ctx(delegateId(1)), { type: 'vote:cast', commandId: cid(), voteId, optionId: O2 }));
    mustAck(p.handle(f.ctx(delegateId(2)), { type: 'vote:cast', commandId: cid(), voteId, optionId: O1 }));
    const v = p.view(f.ctx(CHAIR)).vote!;
    expect(v.liveCounts).toEqual({ o1: 1, o2: 1 });
  });

  it.each(['public', 'named', 'secret'] as const)('a second ballot is refused (%s), and the UNIQUE key refuses it too', (kind) => {
    const { p, voteId } = openVote(kind);
    mustAck(p.handle(f.ctx(delegateId(1)), { type: 'vote:cast', commandId: cid(), voteId, optionId: O1 }));
    const e = mustFail(p.handle(f.ctx(delegateId(1)), { type: 'vote:cast', commandId: cid(), voteId, optionId: O2 }));
    expect(e.code).toBe('conflict');
    expect(e.detail?.['reason']).toBe('already_voted');
    expect(e.message).toMatch(/mỗi đại biểu chỉ có một phiếu/);
    expect(p.view(f.ctx(CHAIR)).vote!.castCount).toBe(1);
    // bypass the handler: the schema itself refuses a second row for the same voter
    const db = new Database(f.file);
    const sql =
      kind === 'secret'
        ? `INSERT INTO voters (vote_id, user_id) VALUES (?, ?)`
        : `INSERT INTO open_ballots (vote_id, user_id, option_id, cast_at) VALUES (?, ?, 'o2', 0)`;
    expect(() => db.prepare(sql).run(voteId, delegateId(1))).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() =>
      db
        .prepare(
          kind === 'secret'
            ? `INSERT INTO voters (vote_id, user_id) VALUES (?, 'intruder')`
            : `INSERT INTO open_ballots (vote_id, user_id, option_id, cast_at) VALUES (?, 'intruder', 'o1', 0)`,
        )
        .run(voteId),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('a ballot after close is refused and the delegate is told when the vote closed', () => {
    const { p, voteId } = openVote();
    mustAck(p.handle(f.ctx(CHAIR), { type: 'vote:close', commandId: cid(), voteId }));
    const e = mustFail(p.handle(f.ctx(delegateId(1)), { type: 'vote:cast', commandId: cid(), voteId, optionId: O1 }));
    expect(e.code).toBe('conflict');
    expect(e.detail?.['reason']).toBe('vote_closed');
    expect(e.message).toMatch(/^Biểu quyết đã kết thúc lúc \d\d:\d\d:\d\d; phiếu gửi sau thời điểm đó không được ghi nhận\.$/);
    expect(e.key).toBe('error.relay.voteClosedAt');
    expect(translate('en', e.key!, e.params)).toMatch(/^The vote closed at \d\d:\d\d:\d\d; /);
    expect(p.view(f.ctx(CHAIR)).results[0]!.tally.cast).toBe(0);
    // and the schema refuses a late row even without the handler
    const db = new Database(f.file);
    expect(() =>
      db.prepare(`INSERT INTO open_ballots (vote_id, user_id, option_id, cast_at) VALUES (?, ?, 'o1', 0)`).run(voteId, delegateId(1)),
    ).toThrow(/vote not open/);
    db.close();
  });

  it('a delegate offline across open → close who then sends a ballot is told the vote has closed', () => {
    f = makeFixture({ delegates: 4 });
    const p = f.open();
    startMeeting(p, f, 4);
    f.online.delete(delegateId(4));
    const voteId = mustAck(
      p.handle(f.ctx(CHAIR), {
        type: 'vote:open',
        commandId: cid(),
        agendaItemId: ITEM_1,
        question: 'Q',
        kind: 'public',
        ruleId: 'hdnd_resolution',
      }),
    ).voteId!;
    mustAck(p.handle(f.ctx(CHAIR), { type: 'vote:close', commandId: cid(), voteId }));
    f.online.add(delegateId(4));
    const e = mustFail(p.handle(f.ctx(delegateId(4)), { type: 'vote:cast', commandId: cid(), voteId, optionId: O1 }));
    expect(e.detail?.['reason']).toBe('vote_closed');
  });

  it('an offline delegate cannot vote and is told why', () => {
    const { p, voteId } = openVote();
    const e = mustFail(p.handle(f.ctx(delegateId(1), { online: false }), { type: 'vote:cast', commandId: cid(), voteId, optionId: O1 }));
    expect(e.code).toBe('offline');
    expect(e.message).toMatch(/mất kết nối với máy chủ phòng họp/);
    expect(p.view(f.ctx(CHAIR)).vote!.castCount).toBe(0);
    // back online, the same command id is accepted: failures are not remembered
    mustAck(p.handle(f.ctx(delegateId(1)), { type: 'vote:cast', commandId: 'retry-1', voteId, optionId: O1 }));
  });

  it('chair commands from a delegate session are refused, attendance:set only from the secretariat', () => {
    const { p, voteId } = openVote();
    const d = f.ctx(delegateId(1));
    const chairOnly = [
      { type: 'vote:close', voteId },
      { type: 'vote:open', agendaItemId: ITEM_1, question: 'Q2', kind: 'public', ruleId: 'hdnd_resolution' },
      { type: 'agenda:set-current', agendaItemId: ITEM_1 },
      { type: 'speaker:next' },
      { type: 'speaker:end' },
      { type: 'meeting:close' },
      { type: 'meeting:open' },
    ];
    for (const c of chairOnly) {
      const e = mustFail(p.handle(d, { ...c, commandId: cid() }));
      expect(e.code).toBe('forbidden');
      expect(e.message).toMatch(/^Chỉ chủ tọa mới được /);
      expect(e.key).toBe(`error.relay.role.${c.type}`);
      expect(translate('en', e.key!)).toMatch(/^Only the chair may /);
    }
    // a delegate session that claims to be the chair is refused too
    expect(mustFail(p.handle(f.ctx(delegateId(1), { role: 'chair' }), { type: 'vote:close', commandId: cid(), voteId })).code).toBe(
      'forbidden',
    );
    const e = mustFail(p.handle(f.ctx(CHAIR), { type: 'attendance:set', commandId: cid(), userId: delegateId(2), status: 'absent' }));
    expect(e.message).toBe('Chỉ bộ phận thư ký mới được cập nhật điểm danh.');
    expect(translate('en', e.key!)).toBe('Only the secretariat may record attendance.');
    expect(mustFail(p.handle(f.ctx(SECRETARIAT), { type: 'vote:cast', commandId: cid(), voteId, optionId: O1 })).code).toBe('forbidden');
    expect(mustFail(p.handle(f.ctx(GUEST), { type: 'vote:cast', commandId: cid(), voteId, optionId: O1 })).code).toBe('forbidden');
    expect(mustFail(p.handle(f.ctx('stranger' as never), { type: 'attendance:check-in', commandId: cid() })).message).toMatch(
      /không có tên/,
    );
    expect(
      mustFail(p.handle({ ...f.ctx(CHAIR), meetingId: 'other' as never }, { type: 'vote:close', commandId: cid(), voteId })).code,
    ).toBe('forbidden');
    expect(p.view(f.ctx(CHAIR)).vote).not.toBeNull();
  });

  it('a member absent at open is not entitled under a "present" rule; under a "total" rule they may vote after checking in', () => {
    f = makeFixture({ delegates: 4 });
    // "More than half of those present" has no basis in the law: it applies only where a province's own Nội quy
    // says so, as a province rule with its citation (it used to be built in for every HĐND).
    const p = f.open({ rules: mergeRules(BUILTIN_RULES, [PROCEDURAL_PRESENT]) });
    startMeeting(p, f, 3);
    const present = mustAck(
      p.handle(f.ctx(CHAIR), {
        type: 'vote:open',
        commandId: cid(),
        agendaItemId: ITEM_1,
        question: 'Thủ tục',
        kind: 'public',
        ruleId: 'hdnd_procedural_present',
      }),
    ).voteId!;
    mustAck(p.handle(f.ctx(delegateId(4)), { type: 'attendance:check-in', commandId: cid() }));
    const e = mustFail(p.handle(f.ctx(delegateId(4)), { type: 'vote:cast', commandId: cid(), voteId: present, optionId: O1 }));
    expect(e.code).toBe('forbidden');
    expect(e.message).toMatch(/chốt lúc mở biểu quyết/);
    expect(p.view(f.ctx(CHAIR)).vote).toMatchObject({ n: 4, presentAtOpen: 4 });
    const t = mustAck(p.handle(f.ctx(CHAIR), { type: 'vote:close', commandId: cid(), voteId: present })).result!;
    expect(t).toMatchObject({ n: 4, base: 'present', members: 5, present: 4, cast: 0, passed: false });

    // a member who has not checked in is entitled under a total rule, but must check in first
    mustAck(p.handle(f.ctx(SECRETARIAT), { type: 'attendance:set', commandId: cid(), userId: delegateId(4), status: 'absent' }));
    const total = mustAck(
      p.handle(f.ctx(CHAIR), {
        type: 'vote:open',
        commandId: cid(),
        agendaItemId: ITEM_1,
        question: 'NQ',
        kind: 'public',
        ruleId: 'hdnd_resolution',
      }),
    ).voteId!;
    const e2 = mustFail(p.handle(f.ctx(delegateId(4)), { type: 'vote:cast', commandId: cid(), voteId: total, optionId: O1 }));
    expect(e2.message).toMatch(/hãy điểm danh/);
    mustAck(p.handle(f.ctx(delegateId(4)), { type: 'attendance:check-in', commandId: cid() }));
    mustAck(p.handle(f.ctx(delegateId(4)), { type: 'vote:cast', commandId: cid(), voteId: total, optionId: O1 }));
  });

  it('vote:open is refused without quorum (a dropped laptop still counts), and for a rule of another body', () => {
    f = makeFixture({ delegates: 8 }); // 9 members, quorum at least two thirds = 6
    const p = f.open();
    startMeeting(p, f, 4); // chair + 4 = 5 checked in
    f.online.delete(delegateId(4)); // one laptop is gone: the member is still in the room and counts
    expect(p.view(f.ctx(CHAIR)).attendance.quorum).toMatchObject({ total: 9, present: 5, required: 6, met: false });
    const e = mustFail(
      p.handle(f.ctx(CHAIR), {
        type: 'vote:open',
        commandId: cid(),
        agendaItemId: ITEM_1,
        question: 'Q',
        kind: 'public',
        ruleId: 'hdnd_resolution',
      }),
    );
    expect(e.message).toBe('Chưa đủ số thành viên có mặt theo quy định (có mặt 5/9, cần ít nhất 6); chưa thể mở biểu quyết.');
    expect(e).toMatchObject({ key: 'error.legal.noQuorum', params: { present: 5, total: 9, required: 6 } });
    expect(translate('en', e.key!, e.params)).toBe('No quorum (5/9 present, at least 6 needed); the vote cannot open.');
    // the secretariat records a sixth member present by hand (no laptop): quorum is met
    mustAck(p.handle(f.ctx(SECRETARIAT), { type: 'attendance:set', commandId: cid(), userId: delegateId(5), status: 'present' }));
    expect(p.view(f.ctx(CHAIR)).attendance.quorum.met).toBe(true);
    const e2 = mustFail(
      p.handle(f.ctx(CHAIR), {
        type: 'vote:open',
        commandId: cid(),
        agendaItemId: ITEM_1,
        question: 'Q',
        kind: 'public',
        ruleId: 'ubnd_decision',
      }),
    );
    expect(e2).toMatchObject({ code: 'invalid_input', key: 'error.legal.unknownRule', params: { ruleId: 'ubnd_decision' } });
    const e3 = mustFail(
      p.handle(f.ctx(CHAIR), {
        type: 'vote:open',
        commandId: cid(),
        agendaItemId: 'item-99',
        question: 'Q',
        kind: 'public',
        ruleId: 'hdnd_resolution',
      }),
    );
    expect(e3.code).toBe('not_found');
    const ok = mustAck(
      p.handle(f.ctx(CHAIR), {
        type: 'vote:open',
        commandId: cid(),
        agendaItemId: ITEM_1,
        question: 'Q',
        kind: 'public',
        ruleId: 'hdnd_resolution',
      }),
    );
    const e4 = mustFail(
      p.handle(f.ctx(CHAIR), {
        type: 'vote:open',
        commandId: cid(),
        agendaItemId: ITEM_1,
        question: 'Q',
        kind: 'public',
        ruleId: 'hdnd_resolution',
      }),
    );
    expect(e4.detail?.['reason']).toBe('vote_open');
    expect(mustFail(p.handle(f.ctx(CHAIR), { type: 'meeting:close', commandId: cid() })).message).toMatch(/kết thúc biểu quyết/);
    expect(ok.voteId).toBeTruthy();
  });

  it('malformed commands are refused with Vietnamese messages, nothing applied', () => {
    f = makeFixture({ delegates: 2 });
    const p = f.open();
    startMeeting(p, f, 2);
    const before = p.view(f.ctx(CHAIR)).version;
    const bad: unknown[] = [
      null,
      'vote:cast',
      { type: 'vote:cast' },
      { type: 'nope', commandId: 'x' },
      { type: 'vote:cast', commandId: 'has space', voteId: 'v', optionId: 'o1' },
      { type: 'vote:open', commandId: cid(), agendaItemId: ITEM_1, question: '   ', kind: 'public', ruleId: 'hdnd_resolution' },
      { type: 'vote:open', commandId: cid(), agendaItemId: ITEM_1, question: 'Q', kind: 'raised_hands', ruleId: 'hdnd_resolution' },
      {
        type: 'vote:open',
        commandId: cid(),
        agendaItemId: ITEM_1,
        question: 'Q',
        kind: 'public',
        ruleId: 'hdnd_resolution',
        options: ['Có'],
      },
      {
        type: 'vote:open',
        commandId: cid(),
        agendaItemId: ITEM_1,
        question: 'Q',
        kind: 'public',
        ruleId: 'hdnd_resolution',
        options: ['Có', 'có'],
      },
      { type: 'vote:open', commandId: cid(), agendaItemId: ITEM_1, question: 'Q\u0000', kind: 'public', ruleId: 'hdnd_resolution' },
      { type: 'speaker:request', commandId: cid(), kind: 'hat' },
      { type: 'speaker:request', commandId: cid(), kind: 'phat_bieu', extra: 1 },
      { type: 'attendance:set', commandId: cid(), userId: delegateId(1), status: 'absent_with_reason' },
      { type: 'attendance:set', commandId: cid(), userId: delegateId(1), status: 'absent', reason: 'ốm' },
      { type: 'agenda:set-current', commandId: cid(), agendaItemId: ITEM_1, page: 3 },
      { type: 'agenda:set-current', commandId: cid(), agendaItemId: ITEM_1, documentId: 'doc', page: 0 },
      { type: 'attendance:check-in', commandId: cid(), userId: delegateId(2) },
    ];
    for (const c of bad) {
      const e = mustFail(p.handle(f.ctx(CHAIR), c));
      expect(['invalid_input', 'forbidden']).toContain(e.code);
      expect(e.message).toMatch(/[àáảãạăâđêôơưạếệ]/i);
    }
    expect(p.view(f.ctx(CHAIR)).version).toBe(before);
  });
});

describe('idempotency by command id', () => {
  it('a resend returns the original ack and changes nothing, even with a different payload', () => {
    f = makeFixture({ delegates: 3 });
    const p = f.open();
    startMeeting(p, f, 3);
    const openCmd = {
      type: 'vote:open',
      commandId: 'open-1',
      agendaItemId: ITEM_1,
      question: 'Q',
      kind: 'secret',
      ruleId: 'hdnd_resolution',
    };
    const a1 = mustAck(p.handle(f.ctx(CHAIR), openCmd));
    const a2 = mustAck(p.handle(f.ctx(CHAIR), openCmd));
    expect(a2).toEqual(a1);
    const voteId = a1.voteId!;
    const cast = { type: 'vote:cast', commandId: 'ballot-1', voteId, optionId: 'o1' };
    const b1 = mustAck(p.handle(f.ctx(delegateId(1)), cast));
    expect(b1).not.toHaveProperty('optionId');
    expect(JSON.stringify(b1)).not.toContain('o1');
    const versionAfter = p.view(f.ctx(CHAIR)).version;
    expect(mustAck(p.handle(f.ctx(delegateId(1)), cast))).toEqual(b1);
    expect(mustAck(p.handle(f.ctx(delegateId(1)), { ...cast, optionId: 'o2' }))).toEqual(b1);
    expect(p.view(f.ctx(CHAIR)).version).toBe(versionAfter);
    expect(p.view(f.ctx(CHAIR)).vote!.castCount).toBe(1);
    // the same command id from another sender is another command
    mustAck(p.handle(f.ctx(delegateId(2)), cast));
    expect(p.view(f.ctx(CHAIR)).vote!.castCount).toBe(2);
    // reusing an id for another type of command is refused
    expect(mustFail(p.handle(f.ctx(delegateId(1)), { type: 'speaker:withdraw', commandId: 'ballot-1' })).message).toMatch(
      /Mã lệnh này đã được dùng/,
    );
    const close = { type: 'vote:close', commandId: 'close-1', voteId };
    const c1 = mustAck(p.handle(f.ctx(CHAIR), close));
    expect(mustAck(p.handle(f.ctx(CHAIR), close))).toEqual(c1);
    expect(c1.result!.cast).toBe(2);
  });
});

describe('handleBatch (group commit)', () => {
  it('applies each command as handle() would, in order, with one notification; refusals leave no trace', () => {
    f = makeFixture({ delegates: 6 });
    const p = f.open();
    startMeeting(p, f, 6);
    const voteId = mustAck(
      p.handle(f.ctx(CHAIR), {
        type: 'vote:open',
        commandId: cid(),
        agendaItemId: ITEM_1,
        question: 'Q',
        kind: 'secret',
        ruleId: 'hdnd_resolution',
      }),
    ).voteId!;
    let notified = 0;
    p.subscribe(() => notified++);
    const cast = (i: number, commandId: string, optionId: string, extra: Record<string, unknown> = {}) => ({
      ctx: f.ctx(delegateId(i)),
      command: { type: 'vote:cast', commandId, voteId, optionId, ...extra },
    });
    const results = p.handleBatch([
      cast(1, 'a1', 'o1'),
      cast(2, 'a2', 'o2'),
      cast(1, 'a1', 'o1'), // resend inside the batch: the ack of the first
      cast(1, 'a1-bis', 'o2'), // second ballot
      cast(3, 'a3', 'o1', { userId: delegateId(4) }), // forged
      cast(4, 'a4', 'o9'), // no such option
      { ctx: f.ctx(delegateId(5)), command: { type: 'vote:close', commandId: 'x', voteId } }, // not the chair
      cast(5, 'a5', 'o3'),
    ]);
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual([
      'ok',
      'ok',
      'ok',
      'conflict',
      'forbidden',
      'invalid_input',
      'forbidden',
      'ok',
    ]);
    expect(results[2]).toEqual(results[0]);
    expect(notified).toBe(1);
    expect(p.view(f.ctx(CHAIR)).vote!.castCount).toBe(3);
    expect(p.handleBatch([])).toEqual([]);
    expect(notified).toBe(1);
    const t = mustAck(p.handle(f.ctx(CHAIR), { type: 'vote:close', commandId: cid(), voteId })).result!;
    expect(t.options.map((o) => o.count)).toEqual([1, 1, 1]);
    // a ballot after close is late through a batch too
    const late = p.handleBatch([cast(6, 'a6', 'o1')]);
    expect(!late[0]!.ok && late[0]!.error.detail?.['reason']).toBe('vote_closed');
  });
});
