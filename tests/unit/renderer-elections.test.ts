import { describe, expect, it } from 'vitest';
import type { ElectionRoundView, ElectionView } from '../../shared/meeting-live/election-state';
import type { ElectionId, ElectionRoundId } from '../../shared/meeting-live/ids';
import type { AgendaItemId, UserId } from '../../shared/model/ids';
import { candidateId, countElection, HDND_ELECTION_BASIS } from '../../shared/voting/elections';
import {
  ballotOf,
  checkDraft,
  emptyDraft,
  markApproval,
  markLevel,
  nextIndex,
  toggleStrike,
} from '../../renderer/features/elections/ballot-draft';
import {
  boardRows,
  canOpenRound,
  electionAnnouncements,
  electionStage,
  nextRound,
  screenElection,
} from '../../renderer/features/elections/election-view';
import { buildPrepare, defaultPrepareForm, moveLine, newLine } from '../../renderer/features/elections/prepare-form';
import { makeView } from './renderer-live-fixture';

const IDS = ['c1', 'c2', 'c3', 'c4'];

describe('the ballot being marked', () => {
  it('strike-out: struck names are left out, in list order; more kept than seats warns, never blocks', () => {
    let d = emptyDraft('strike');
    expect(checkDraft(d, IDS, 3)).toMatchObject({ kept: 4, of: 4, warning: { key: 'eui.ballot.tooMany', params: { kept: 4, seats: 3 } } });
    d = toggleStrike(toggleStrike(d, 'c4'), 'c2');
    expect(ballotOf(d, IDS)).toEqual({ kind: 'strike', kept: ['c1', 'c3'] });
    expect(checkDraft(d, IDS, 3)).toEqual({ kept: 2, of: 4, warning: null });
    d = toggleStrike(d, 'c2');
    expect(ballotOf(d, IDS)).toEqual({ kind: 'strike', kept: ['c1', 'c2', 'c3'] });
    // Other forms ignore a strike.
    expect(toggleStrike(emptyDraft('approval'), 'c1')).toEqual(emptyDraft('approval'));
  });

  it('approval: every name must be marked, agreeing with more than the seats is invalid', () => {
    let d = markApproval(emptyDraft('approval'), 'c1', 'agree');
    expect(checkDraft(d, ['c1', 'c2'], 2).warning).toEqual({ key: 'eui.ballot.unmarked', params: { count: 1 } });
    d = markApproval(d, 'c2', 'disagree');
    expect(checkDraft(d, ['c1', 'c2'], 2)).toEqual({ kept: 1, of: 2, warning: null });
    expect(ballotOf(d, ['c1', 'c2'])).toEqual({ kind: 'approval', marks: { c1: 'agree', c2: 'disagree' } });
  });

  it('rating: one level per row, blank rows sent as null', () => {
    const d = markLevel(markLevel(emptyDraft('rating'), 'c2', 'low'), 'c2', 'high');
    expect(ballotOf(d, ['c1', 'c2'])).toEqual({ kind: 'rating', levels: { c1: null, c2: 'high' } });
    expect(checkDraft(d, ['c1', 'c2'], 2)).toEqual({ kept: 1, of: 2, warning: null });
  });

  it('arrow keys move between names and stop at the ends', () => {
    expect(nextIndex('ArrowDown', 0, 4)).toBe(1);
    expect(nextIndex('ArrowDown', 3, 4)).toBe(3);
    expect(nextIndex('ArrowUp', 0, 4)).toBe(0);
    expect(nextIndex('End', 1, 4)).toBe(3);
    expect(nextIndex('Home', 3, 4)).toBe(0);
    expect(nextIndex(' ', 1, 4)).toBeNull();
  });
});

describe("the secretariat's form", () => {
  it('builds the command the relay parses; candidates are dropped from the board; floor lines carry their agreement', () => {
    const form = defaultPrepareForm('a-1' as AgendaItemId);
    form.office = '  Phó Chủ tịch HĐND tỉnh ';
    form.seats = '1';
    form.candidates = [
      { ...newLine(), fullName: 'Nguyễn Văn A', accountId: 'u-1' },
      { ...newLine(), fullName: 'Trần Thị B', source: 'floor', agree: '2', base: '4' },
    ];
    form.board = ['u-1', 'u-2'] as UserId[];
    const built = buildPrepare(form);
    expect(built).toEqual({
      ok: true,
      value: {
        type: 'election:prepare',
        agendaItemId: 'a-1',
        kind: 'election',
        office: 'Phó Chủ tịch HĐND tỉnh',
        seats: 1,
        candidates: [
          { fullName: 'Nguyễn Văn A', source: 'list', accountId: 'u-1' },
          { fullName: 'Trần Thị B', source: 'floor', floorAgreement: { agree: 2, base: 4 } },
        ],
        board: ['u-2'],
      },
    });
  });

  it('refuses what the relay would, with the field at fault', () => {
    const form = defaultPrepareForm(null);
    expect(buildPrepare(form)).toMatchObject({ ok: false, error: { key: 'vote.pickItem' } });
    form.agendaItemId = 'a-1' as AgendaItemId;
    form.office = 'X';
    form.seats = 'ba';
    expect(buildPrepare(form)).toMatchObject({ ok: false, error: { key: 'election.error.seats' } });
    form.seats = '1';
    form.candidates = [{ ...newLine(), fullName: 'A', source: 'floor', agree: '', base: '4' }];
    expect(buildPrepare(form)).toMatchObject({ ok: false, error: { key: 'election.cmd.floorAgreement' } });
    // A rating has a row per office-holder: its seats follow the list.
    form.kind = 'rating';
    form.candidates = [
      { ...newLine(), fullName: 'A' },
      { ...newLine(), fullName: 'B' },
    ];
    expect(buildPrepare(form)).toMatchObject({ ok: true, value: { kind: 'rating', seats: 2 } });
  });

  it('moves lines up and down within the list', () => {
    expect(moveLine(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveLine(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveLine(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });
});

const T0 = 1_700_000_000_000;
function round(over: Partial<ElectionRoundView> = {}): ElectionRoundView {
  return {
    roundId: 'r-1' as ElectionRoundId,
    round: 1,
    roundKind: 'first',
    status: 'open',
    form: 'strike',
    seats: 2,
    candidateIds: ['c1', 'c2', 'c3'],
    n: 4,
    presentAtOpen: 4,
    denominator: null,
    openedAt: T0,
    closedAt: null,
    castCount: 1,
    result: null,
    confirmedBy: [],
    announcedAt: null,
    ...over,
  };
}
function election(rounds: ElectionRoundView[]): ElectionView {
  return {
    electionId: 'e-1' as ElectionId,
    agendaItemId: 'a-1' as AgendaItemId,
    kind: 'election',
    office: 'Ủy viên',
    seats: 2,
    candidates: ['A', 'B', 'C'].map((n, i) => ({ id: `c${i + 1}`, fullName: n, source: 'list', accountId: null, floorAgreement: null })),
    board: [
      { userId: 'u-b1' as UserId, fullName: 'Ban 1' },
      { userId: 'u-b2' as UserId, fullName: 'Ban 2' },
    ],
    basis: HDND_ELECTION_BASIS,
    preparedAt: T0 - 1000,
    rounds,
    me: { entitled: true, hasVoted: false, cannotVoteReason: null, onBoard: false, confirmedLatest: false },
  };
}
/** 4 members, 3 ballots keeping A+B, A, A: only A has more than half of 4, one seat is left for B and C. */
const count = countElection({
  candidates: IDS.slice(0, 3).map(candidateId),
  seats: 2,
  basis: HDND_ELECTION_BASIS,
  members: 4,
  ballots: [
    { kind: 'strike', kept: [candidateId('c1'), candidateId('c2')] },
    { kind: 'strike', kept: [candidateId('c1')] },
    { kind: 'strike', kept: [candidateId('c1')] },
  ],
});
if (!count.ok) throw new Error('count');
const closed = round({ status: 'closed', closedAt: T0 + 5000, result: { kind: 'election', count: count.value } });

describe('an election in the live view', () => {
  it('goes prepared → open → counting → announced; the chair may open a further round the count left', () => {
    expect(electionStage(election([])).kind).toBe('prepared');
    expect(canOpenRound(election([]))).toBe(true);
    expect(electionStage(election([round()])).kind).toBe('open');
    expect(electionStage(election([closed])).kind).toBe('counting');
    expect(canOpenRound(election([closed]))).toBe(false);
    const announced = { ...closed, announcedAt: T0 + 9000 };
    expect(electionStage(election([announced])).kind).toBe('announced');
    expect(nextRound(announced)).toEqual({ kind: 'further_round', seats: 1, among: ['c2', 'c3'] });
    expect(canOpenRound(election([announced]))).toBe(true);
  });

  it('lists the board in signing order with who confirmed', () => {
    const r = { ...closed, confirmedBy: [{ userId: 'u-b2' as UserId, fullName: 'Ban 2', at: T0 + 6000 }] };
    expect(boardRows(election([r]), r)).toEqual({
      rows: [
        { userId: 'u-b1', fullName: 'Ban 1', confirmedAt: null },
        { userId: 'u-b2', fullName: 'Ban 2', confirmedAt: T0 + 6000 },
      ],
      confirmed: 1,
      all: false,
    });
  });

  it('the big screen: progress while open, nothing while counting, the count once announced until the chair moves on', () => {
    const at = (rounds: ElectionRoundView[], changedAt: number) =>
      screenElection(makeView({ elections: [election(rounds)], current: { agendaItemId: null, documentId: null, page: null, changedAt } }));
    expect(at([round()], T0).kind).toBe('open');
    expect(at([closed], T0).kind).toBe('none');
    const announced = { ...closed, announcedAt: T0 + 9000 };
    expect(at([announced], T0)).toMatchObject({ kind: 'announced', round: { roundId: 'r-1' } });
    expect(at([announced], T0 + 10_000).kind).toBe('none');
  });
});

describe('what a screen reader hears of elections', () => {
  const v = (rounds: ElectionRoundView[], role: 'delegate' | 'secretariat' = 'delegate') => {
    const base = makeView({ elections: [election(rounds)] });
    return { ...base, me: { ...base.me, role } };
  };
  it('a round opening (with the shortcut for members), closing, and its result announced, each once', () => {
    expect(electionAnnouncements(v([]), v([round()]))).toEqual([{ key: 'eui.announce.opened', params: { office: 'Ủy viên' } }]);
    expect(electionAnnouncements(v([], 'secretariat'), v([round()], 'secretariat'))[0]!.key).toBe('eui.announce.openedWatch');
    expect(electionAnnouncements(v([round()]), v([round({ castCount: 3 })]))).toEqual([]);
    expect(electionAnnouncements(v([round()]), v([closed])).map((a) => a.key)).toEqual(['eui.announce.closed']);
    const announced = { ...closed, announcedAt: T0 + 9000 };
    expect(electionAnnouncements(v([closed]), v([announced])).map((a) => a.key)).toEqual(['eui.announce.result']);
    expect(electionAnnouncements(v([announced]), v([announced]))).toEqual([]);
  });
});
