import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n';
import type { OpenVoteView, VoteResultView } from '../../shared/meeting-live/live-state';
import type { VoteId, VoteOptionId } from '../../shared/meeting-live/ids';
import type { AgendaItemId, UserId } from '../../shared/model/ids';
import { computeTally, type TallyResult } from '../../shared/voting/tally';
import {
  ballotState,
  buildVoteOpen,
  canAddOption,
  canRemoveOption,
  defaultVoteForm,
  liveCountRows,
  namedChoiceGroups,
  resultRows,
  screenVote,
  voteProgress,
} from '../../renderer/features/voting/vote-view';
import { HDND_RULES, makeView } from './renderer-live-fixture';

const rule = HDND_RULES.passing[0]!;
const options = [
  { id: 'o1' as VoteOptionId, label: 'Tán thành' },
  { id: 'o2' as VoteOptionId, label: 'Không tán thành' },
  { id: 'o3' as VoteOptionId, label: 'Không biểu quyết' },
];

function openVote(over: Partial<OpenVoteView> = {}): OpenVoteView {
  return {
    voteId: 'v-1' as VoteId,
    agendaItemId: 'a-1' as AgendaItemId,
    question: 'Thông qua Nghị quyết',
    kind: 'public',
    options,
    rule,
    n: 51,
    entitledCount: 51,
    presentAtOpen: 45,
    openedAt: 1000,
    castCount: 12,
    basis: null,
    ...over,
  };
}

function tally(counts: Record<string, number>, members = 51, present = 45): TallyResult {
  const r = computeTally({ rule, members, present, options, counts });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function result(over: Partial<VoteResultView> = {}): VoteResultView {
  return {
    voteId: 'v-1' as VoteId,
    agendaItemId: 'a-1' as AgendaItemId,
    question: 'Thông qua Nghị quyết',
    kind: 'public',
    openedAt: 1000,
    closedAt: 2000,
    quorumMetAtOpen: true,
    tally: tally({ o1: 26, o2: 10, o3: 4 }),
    basis: null,
    ...over,
  };
}

describe('vote progress and results', () => {
  it('shows cast out of N', () => {
    expect(voteProgress(openVote())).toEqual({ done: 12, of: 51, fraction: 12 / 51 });
    expect(voteProgress(openVote({ n: 0, castCount: 0 })).fraction).toBe(0);
  });

  it('gives each option its count and the exact percentage of N from the tally, favour first', () => {
    const rows = resultRows(tally({ o1: 26, o2: 10, o3: 4 }));
    expect(rows.map((r) => [r.label, r.count, r.percentOfN, r.favour])).toEqual([
      ['Tán thành', 26, '50,98', true],
      ['Không tán thành', 10, '19,61', false],
      ['Không biểu quyết', 4, '7,84', false],
    ]);
    expect(rows[0]!.share).toBeCloseTo(26 / 51);
  });

  it('passes at exactly floor(N/2)+1 in favour of N = 51, and not at 25', () => {
    expect(tally({ o1: 26 }).passed).toBe(true);
    expect(tally({ o1: 25, o2: 20 }).passed).toBe(false);
    expect(tally({ o1: 26 }).required).toBe(26);
  });

  it('lists live counts only when the relay sent them', () => {
    expect(liveCountRows(openVote())).toBeNull();
    expect(liveCountRows(openVote({ liveCounts: { o1: 5, o3: 1 } }))).toEqual([
      { id: 'o1', label: 'Tán thành', count: 5 },
      { id: 'o2', label: 'Không tán thành', count: 0 },
      { id: 'o3', label: 'Không biểu quyết', count: 1 },
    ]);
  });

  it('groups a named vote by choice, with those who did not vote last', () => {
    const named = result({
      kind: 'named',
      choices: [
        { userId: 'u1' as UserId, fullName: 'Nguyễn Văn An', optionId: 'o1' as VoteOptionId },
        { userId: 'u2' as UserId, fullName: 'Trần Thị Bình', optionId: 'o2' as VoteOptionId },
        { userId: 'u3' as UserId, fullName: 'Lê Văn Cường', optionId: null },
      ],
    });
    expect(namedChoiceGroups(named).map((g) => [g.label, g.names])).toEqual([
      ['Tán thành', ['Nguyễn Văn An']],
      ['Không tán thành', ['Trần Thị Bình']],
      ['Không biểu quyết', []],
      [null, ['Lê Văn Cường']],
    ]);
  });
});

describe('the member’s ballot state', () => {
  const vote = openVote();
  it('is none without an open vote', () => {
    expect(ballotState(makeView()).kind).toBe('none');
    expect(ballotState(null).kind).toBe('none');
  });
  it('can vote when entitled, not voted and no reason given', () => {
    const s = ballotState(makeView({ vote, me: { ...makeView().me, vote: { entitled: true, hasVoted: false, cannotVoteReason: null } } }));
    expect(s.kind).toBe('can_vote');
  });
  it('passes the relay’s reason (a message key) on when blocked (offline)', () => {
    const reason = 'error.relay.offlineVote' as const;
    const s = ballotState(
      makeView({ vote, me: { ...makeView().me, vote: { entitled: true, hasVoted: false, cannotVoteReason: reason } } }),
    );
    expect(s).toMatchObject({ kind: 'blocked', reason });
  });
  it('names my choice for a public vote but never for a secret ballot', () => {
    const me = { ...makeView().me, vote: { entitled: true, hasVoted: true, optionId: 'o2' as VoteOptionId, cannotVoteReason: null } };
    expect(ballotState(makeView({ vote, me }))).toMatchObject({ kind: 'voted', optionLabel: 'Không tán thành' });
    const secret = openVote({ kind: 'secret' });
    expect(ballotState(makeView({ vote: secret, me }))).toMatchObject({ kind: 'voted', optionLabel: null });
  });
  it('is not entitled for a guest', () => {
    const me = {
      ...makeView().me,
      role: 'guest' as const,
      isMember: false,
      vote: { entitled: false, hasVoted: false, cannotVoteReason: null },
    };
    expect(ballotState(makeView({ vote, me })).kind).toBe('not_entitled');
  });
});

describe('the chair’s vote form', () => {
  it('defaults to the three standard options and the body’s first rule', () => {
    const f = defaultVoteForm('a-1' as AgendaItemId, rule.id);
    expect(f.options).toEqual(['Tán thành', 'Không tán thành', 'Không biểu quyết']);
    expect(f.kind).toBe('public');
    expect(canAddOption(f)).toBe(true);
    expect(canRemoveOption(f)).toBe(true);
    expect(canRemoveOption({ ...f, options: ['A', 'B'] })).toBe(false);
  });

  it('builds the vote:open command the relay accepts (NFC, trimmed)', () => {
    const f = {
      ...defaultVoteForm('a-1' as AgendaItemId, rule.id),
      question: '  Thông qua Nghị quyết về chuyển đổi số  '.normalize('NFD'),
      kind: 'secret' as const,
    };
    const built = buildVoteOpen(f);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.value).toEqual({
      type: 'vote:open',
      agendaItemId: 'a-1',
      question: 'Thông qua Nghị quyết về chuyển đổi số',
      kind: 'secret',
      options: ['Tán thành', 'Không tán thành', 'Không biểu quyết'],
      ruleId: 'hdnd_resolution',
    });
    expect('commandId' in built.value).toBe(false);
  });

  it('refuses with the validator’s message keys: no item, empty question, duplicate options', () => {
    const f = defaultVoteForm(null, rule.id);
    expect(buildVoteOpen(f)).toMatchObject({ ok: false, error: { key: 'vote.pickItem', detail: { field: 'agendaItemId' } } });
    const noQuestion = buildVoteOpen({ ...f, agendaItemId: 'a-1' as AgendaItemId });
    expect(noQuestion).toMatchObject({ ok: false, error: { detail: { field: 'question' } } });
    if (!noQuestion.ok) {
      expect(noQuestion.error.message).toMatch(/nội dung biểu quyết/i);
      expect(translate('en', noQuestion.error.key!, noQuestion.error.params)).toBe('The question must not be empty.');
    }
    const dup = buildVoteOpen({ ...f, agendaItemId: 'a-1' as AgendaItemId, question: 'Q', options: ['Có', 'có'] });
    expect(dup).toMatchObject({ ok: false, error: { detail: { field: 'options' } } });
    if (!dup.ok) {
      expect(dup.error.message).toContain('bị trùng');
      expect(translate('en', dup.error.key!, dup.error.params)).toBe('The option "có" appears twice.');
    }
  });
});

describe('what the big screen shows', () => {
  it('shows the open vote first', () => {
    expect(screenVote(makeView({ vote: openVote(), results: [result()] })).kind).toBe('open');
  });
  it('shows the latest result until the chair moves to another item', () => {
    const r = result({ closedAt: 5000 });
    const before = makeView({
      results: [r],
      current: { agendaItemId: 'a-1' as AgendaItemId, documentId: null, page: null, changedAt: 4000 },
    });
    expect(screenVote(before)).toEqual({ kind: 'result', result: r });
    const after = makeView({
      results: [r],
      current: { agendaItemId: 'a-2' as AgendaItemId, documentId: null, page: null, changedAt: 6000 },
    });
    expect(screenVote(after).kind).toBe('none');
  });
  it('shows nothing without votes', () => {
    expect(screenVote(makeView()).kind).toBe('none');
    expect(screenVote(null).kind).toBe('none');
  });
});
