import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommandProcessor } from '../../electron/relay/commands';
import type { RoundResult } from '../../shared/meeting-live/election-state';
import type { UserId } from '../../shared/model/ids';
import { BUILTIN_RULES } from '../../shared/voting/rule-data';
import { parseProvinceRules } from '../../shared/voting/rule-file';
import { mergeRules } from '../../shared/voting/rule-set';
import type { Fixture } from './commands-helpers';
import { CHAIR, SECRETARIAT, cid, delegateId, ITEM_1, MEETING_ID, makeFixture, mustAck, mustFail, startMeeting } from './commands-helpers';

/*
 * Election rounds as commands on a real command database: further rounds and runoffs follow the announced
 * count and every round is kept; the Party's 30 % limit; the agree/disagree form; and a relay killed with
 * SIGKILL in the middle of a burst of election ballots loses no acknowledged ballot and counts none twice.
 */
const here = dirname(fileURLToPath(import.meta.url));
const CHILD = join(here, 'commands-kill-child.ts');

let f: Fixture;
afterEach(() => f?.cleanup());

const voters = (n: number): UserId[] => [CHAIR, ...Array.from({ length: n }, (_, i) => delegateId(i + 1))];

function prepare(p: CommandProcessor, names: number, seats: number, board: UserId[], kind: 'election' | 'rating' = 'election'): string {
  const candidates = Array.from({ length: names }, (_, i) => ({ fullName: `Ứng viên ${i + 1}`, source: 'list' }));
  return mustAck(
    p.handle(f.ctx(SECRETARIAT), {
      type: 'election:prepare',
      commandId: cid(),
      agendaItemId: ITEM_1,
      kind,
      office: 'Ủy viên Ban Thường vụ',
      seats,
      candidates,
      board,
    }),
  ).electionId!;
}

/** Casts one strike-out ballot per voter (kept[i] for voter i) and closes; returns the count. */
function runRound(p: CommandProcessor, electionId: string, kept: string[][], board: UserId[]): { roundId: string; result: RoundResult } {
  const roundId = mustAck(p.handle(f.ctx(CHAIR), { type: 'election:open', commandId: cid(), electionId })).roundId!;
  kept.forEach((k, i) =>
    mustAck(
      p.handle(f.ctx(voters(kept.length - 1)[i]!), {
        type: 'election:cast',
        commandId: cid(),
        roundId,
        ballot: { kind: 'strike', kept: k },
      }),
    ),
  );
  mustAck(p.handle(f.ctx(CHAIR), { type: 'election:close', commandId: cid(), roundId }));
  for (const b of board) mustAck(p.handle(f.ctx(b), { type: 'election:confirm', commandId: cid(), roundId }));
  const round = p
    .view(f.ctx(CHAIR))
    .elections.flatMap((e) => e.rounds)
    .find((r) => r.roundId === roundId)!;
  return { roundId, result: round.result! };
}

const repeat = (n: number, kept: string[]): string[][] => Array.from({ length: n }, () => kept);

describe('election rounds as relay commands', () => {
  it('a Party list over 30 % extra is refused; seats left go to a further round, a tie at the cut-off to a runoff; all rounds kept', () => {
    f = makeFixture({ delegates: 8, bodyKind: 'tinh_uy' });
    const p = f.open();
    startMeeting(p, f, 8);
    const board = [delegateId(8)];
    // 3 seats allow 3 + floor(0.9) = 3 names: a fourth is over the 30 % limit (190-QĐ/TW Art. 14).
    const over = p.handle(f.ctx(SECRETARIAT), {
      type: 'election:prepare',
      commandId: cid(),
      agendaItemId: ITEM_1,
      kind: 'election',
      office: 'X',
      seats: 3,
      candidates: Array.from({ length: 4 }, (_, i) => ({ fullName: `N${i}`, source: 'list' })),
      board,
    });
    expect(mustFail(over).key).toBe('election.error.tooManyCandidates');

    // 5 names for 4 seats; 9 voters, base = valid ballots; more than half = 5.
    const electionId = prepare(p, 5, 4, board);
    const r1 = runRound(p, electionId, [...repeat(5, ['c1', 'c2', 'c3']), ...repeat(4, ['c1', 'c2', 'c4'])], board);
    if (r1.result.kind !== 'election') throw new Error('kind');
    // c1, c2: 9 votes; c3: 5 (more than half of 9, elected); c4: 4; c5: 0 → 3 elected, 1 seat left.
    expect(r1.result.count.elected).toEqual(['c1', 'c2', 'c3']);
    expect(r1.result.count.next).toEqual({ kind: 'further_round', seats: 1, among: ['c4', 'c5'] });
    // Not before the announcement.
    expect(mustFail(p.handle(f.ctx(CHAIR), { type: 'election:open', commandId: cid(), electionId })).key).toBe(
      'election.error.notAnnounced',
    );
    mustAck(p.handle(f.ctx(CHAIR), { type: 'election:announce', commandId: cid(), roundId: r1.roundId }));

    // Round 2 among c4 and c5 for 1 seat: a ballot naming c1 (not on this round's ballot) is refused.
    const r2open = mustAck(p.handle(f.ctx(CHAIR), { type: 'election:open', commandId: cid(), electionId })).roundId!;
    const stray = p.handle(f.ctx(delegateId(1)), {
      type: 'election:cast',
      commandId: cid(),
      roundId: r2open,
      ballot: { kind: 'strike', kept: ['c1'] },
    });
    expect(mustFail(stray).key).toBe('election.ballot.unknownName');
    // 5 ballots keep c4, 4 keep c5: c4 has more than half of the 9 valid ballots.
    voters(8).forEach((v, i) =>
      mustAck(
        p.handle(f.ctx(v), {
          type: 'election:cast',
          commandId: cid(),
          roundId: r2open,
          ballot: { kind: 'strike', kept: i < 5 ? ['c4'] : ['c5'] },
        }),
      ),
    );
    mustAck(p.handle(f.ctx(CHAIR), { type: 'election:close', commandId: cid(), roundId: r2open }));
    const view = p.view(f.ctx(CHAIR));
    const rounds = view.elections[0]!.rounds;
    expect(rounds.map((r) => [r.round, r.roundKind, r.form, r.seats, r.candidateIds.join(',')])).toEqual([
      [1, 'first', 'strike', 4, 'c1,c2,c3,c4,c5'],
      [2, 'further_round', 'strike', 1, 'c4,c5'],
    ]);
    const r2 = rounds[1]!.result!;
    if (r2.kind !== 'election') throw new Error('kind');
    expect(r2.count).toMatchObject({ valid: 9, base: 9, required: 5, elected: ['c4'], next: { kind: 'none' } });
  });

  it('the election rule is dated data: a province file replaces it without code changes; a body without one holds no elections', () => {
    const file = parseProvinceRules({
      format: 1,
      rules: [
        {
          id: 'hdnd_election@72-2025',
          topic: 'election',
          bodyTypes: ['hdnd'],
          // in force from before the fixture's date (June 2025), so it wins over the 77/2015 rule
          inForceFrom: '2025-01-01',
          inForceTo: null,
          citation: { document: 'Nghị quyết của HĐND tỉnh về Nội quy kỳ họp', article: '12', clause: '2', issuedOn: '2025-08-01' },
          needsLegalConfirmation: false,
          base: 'total_members',
          maxExtraPercent: 50,
          floorAgreementPercent: null,
          wording: { vi: 'Số dư không quá năm mươi phần trăm số lượng cần bầu.', en: 'At most 50 % extra candidates.' },
        },
      ],
    });
    if (!file.ok) throw new Error(file.error.message);
    f = makeFixture({ delegates: 4, bodyKind: 'hdnd' });
    const p = f.open({ rules: mergeRules(BUILTIN_RULES, file.value.rules, file.value.disable) });
    const prepareOf = (names: number, floor = false) =>
      p.handle(f.ctx(SECRETARIAT), {
        type: 'election:prepare',
        commandId: cid(),
        agendaItemId: ITEM_1,
        kind: 'election',
        office: 'Phó Chủ tịch',
        seats: 2,
        candidates: Array.from({ length: names }, (_, i) =>
          floor && i === 0
            ? { fullName: `N${i}`, source: 'floor', floorAgreement: { agree: 3, base: 5 } }
            : { fullName: `N${i}`, source: 'list' },
        ),
        board: [delegateId(4)],
      });
    // 2 seats + 50 % = 3 names at most.
    expect(mustFail(prepareOf(4)).params).toMatchObject({ max: 3, percent: 50 });
    const ok = mustAck(prepareOf(3));
    const basis = p.view(f.ctx(CHAIR)).elections.find((e) => e.electionId === ok.electionId)!.basis;
    expect(basis).toMatchObject({ id: 'hdnd_election@72-2025', needsLegalConfirmation: false, citation: { article: '12' } });
    // This province's rule has no floor nominations.
    expect(mustFail(prepareOf(2, true)).key).toBe('election.error.floorNotAllowed');

    const ubnd = makeFixture({ delegates: 3, bodyKind: 'ubnd' });
    try {
      const q = ubnd.open();
      const r = q.handle(ubnd.ctx(SECRETARIAT), {
        type: 'election:prepare',
        commandId: cid(),
        agendaItemId: ITEM_1,
        kind: 'election',
        office: 'X',
        seats: 1,
        candidates: [{ fullName: 'A', source: 'list' }],
        board: [delegateId(3)],
      });
      expect(mustFail(r).key).toBe('election.error.noBallots');
    } finally {
      ubnd.cleanup();
    }
  });

  it('a tie at the cut-off goes to a runoff among the tied', () => {
    // HĐND: no 30 % limit on the list; more than half of the 9 members in office = 5.
    f = makeFixture({ delegates: 8, bodyKind: 'hdnd' });
    const p = f.open();
    startMeeting(p, f, 8);
    const board = [delegateId(8)];
    const electionId = prepare(p, 3, 2, board);
    // c1, c2 and c3 kept on 6 ballots each: all qualify, all tied for 2 seats.
    const kept = [...repeat(3, ['c1', 'c2']), ...repeat(3, ['c1', 'c3']), ...repeat(3, ['c2', 'c3'])];
    const r1 = runRound(p, electionId, kept, board);
    if (r1.result.kind !== 'election') throw new Error('kind');
    expect(r1.result.count.candidates.map((c) => [c.id, c.votes])).toEqual([
      ['c1', 6],
      ['c2', 6],
      ['c3', 6],
    ]);
    expect(r1.result.count.elected).toEqual([]);
    expect(r1.result.count.next).toEqual({ kind: 'runoff', seats: 2, among: ['c1', 'c2', 'c3'] });
    mustAck(p.handle(f.ctx(CHAIR), { type: 'election:announce', commandId: cid(), roundId: r1.roundId }));
    const r2 = runRound(p, electionId, [...repeat(5, ['c1', 'c2']), ...repeat(4, ['c1', 'c3'])], board);
    if (r2.result.kind !== 'election') throw new Error('kind');
    expect(r2.result.count.elected).toEqual(['c1', 'c2']);
    expect(p.view(f.ctx(CHAIR)).elections[0]!.rounds.map((r) => r.roundKind)).toEqual(['first', 'runoff']);
  });

  it('as many names as seats: the ballot is agree/disagree per name, and a strike-out ballot is refused', () => {
    f = makeFixture({ delegates: 4, bodyKind: 'hdnd' });
    const p = f.open();
    startMeeting(p, f, 4);
    const electionId = prepare(p, 2, 2, [delegateId(4)]);
    const roundId = mustAck(p.handle(f.ctx(CHAIR), { type: 'election:open', commandId: cid(), electionId })).roundId!;
    expect(p.view(f.ctx(delegateId(1))).elections[0]!.rounds[0]!.form).toBe('approval');
    const strike = p.handle(f.ctx(delegateId(1)), {
      type: 'election:cast',
      commandId: cid(),
      roundId,
      ballot: { kind: 'strike', kept: ['c1'] },
    });
    expect(mustFail(strike).code).toBe('invalid_input');
    for (const [i, v] of voters(4).entries()) {
      const marks = { c1: 'agree', c2: i < 2 ? 'disagree' : 'agree' };
      mustAck(p.handle(f.ctx(v), { type: 'election:cast', commandId: cid(), roundId, ballot: { kind: 'approval', marks } }));
    }
    mustAck(p.handle(f.ctx(CHAIR), { type: 'election:close', commandId: cid(), roundId }));
    const r = p.view(f.ctx(CHAIR)).elections[0]!.rounds[0]!.result!;
    if (r.kind !== 'election') throw new Error('kind');
    // HĐND: more than half of the 5 members in office = 3. c1: 5 votes, c2: 3.
    expect(r.count.candidates.map((c) => [c.id, c.votes, c.elected])).toEqual([
      ['c1', 5, true],
      ['c2', 3, true],
    ]);
  });

  it('SIGKILL during a burst of election ballots: acked ballots all counted, none twice; resends complete the round', async () => {
    const DELEGATES = 59; // 60 members with the chair
    f = makeFixture({ delegates: DELEGATES, agenda: false });
    const p0 = f.open();
    startMeeting(p0, f, DELEGATES);
    const electionId = prepare(p0, 4, 3, [delegateId(DELEGATES)]);
    const roundId = mustAck(p0.handle(f.ctx(CHAIR), { type: 'election:open', commandId: cid(), electionId })).roundId!;
    p0.close();
    const keptOf = (i: number) => [`c${1 + (i % 4)}`, `c${1 + ((i + 1) % 4)}`];
    const castOf = (i: number) => ({ type: 'election:cast', commandId: `e-${i}`, roundId, ballot: { kind: 'strike', kept: keptOf(i) } });

    const SENT = 30;
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, f.file, MEETING_ID, 'hdnd', JSON.stringify(f.participants)], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const acked = new Set<number>();
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_c, signal) => resolve(signal)));
    await new Promise<void>((resolve, reject) => {
      createInterface({ input: child.stdout! }).on('line', (line) => {
        if (line === 'ready') {
          let batch = '';
          for (let i = 1; i <= SENT; i++) batch += `cmd ${delegateId(i)} ${JSON.stringify(castOf(i))}\n`;
          child.stdin!.write(batch);
          return;
        }
        const [verb, commandId] = line.split(' ');
        if (verb !== 'ack') return reject(new Error(`child refused: ${line}`));
        acked.add(Number(commandId!.slice(2)));
        if (acked.size === 20) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', () => resolve());
    });
    expect(await exited).toBe('SIGKILL');

    const raw = new Database(f.file, { readonly: true });
    const votedRows = raw.prepare('SELECT user_id FROM election_voters WHERE round_id = ?').all(roundId) as { user_id: string }[];
    const ballotRows = (raw.prepare('SELECT count(*) AS c FROM election_ballots WHERE round_id = ?').get(roundId) as { c: number }).c;
    raw.close();
    const voted = new Set(votedRows.map((r) => r.user_id));
    for (const i of acked) expect(voted.has(delegateId(i)), `acked ballot ${i}`).toBe(true);
    expect(ballotRows).toBe(voted.size);
    expect(voted.size).toBeLessThanOrEqual(SENT);

    // Every laptop resends what it sent (same command ids), and the rest vote: exactly one ballot each.
    const p = f.open({ now: () => Date.now() });
    for (let i = 1; i <= DELEGATES; i++) mustAck(p.handle(f.ctx(delegateId(i)), castOf(i)));
    mustAck(p.handle(f.ctx(CHAIR), castOf(0)));
    const closed = mustAck(p.handle(f.ctx(CHAIR), { type: 'election:close', commandId: cid(), roundId }));
    expect(closed.roundId).toBe(roundId);
    const r = p.view(f.ctx(CHAIR)).elections[0]!.rounds[0]!.result!;
    if (r.kind !== 'election') throw new Error('kind');
    expect(r.count.ballots).toBe(60);
    // keptOf(i) for i = 0..59: each name is kept on 30 ballots.
    expect(r.count.candidates.map((c) => c.votes)).toEqual([30, 30, 30, 30]);
  });
});
