import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/common/sqlite/connection';
import { closeDb, openDb } from '../../electron/common/sqlite/connection';
import { COMMANDS_MIGRATIONS } from '../../electron/relay/commands';
import { createElectionStore } from '../../electron/relay/commands/election-store';
import type { CastBallot, ElectionEnv, RoundResult } from '../../electron/relay/commands/handlers/elections';
import { castRoundBallot, closeRound, openRound } from '../../electron/relay/commands/handlers/elections';
import { HDND_ELECTION_BASIS, PARTY_ELECTION_BASIS } from '../../shared/voting/elections';
import type { Result } from '../../shared/util/result';
import { containsBytes, physicalWriteOrder, readIndexBtree } from './commands-sqlite-pages';

/*
 * Election rounds on a real relay command database (migration 4): one transaction per step as the command
 * processor runs them, one ballot per delegate per round, every round kept, and after close nothing in the
 * file links a ballot to its voter.
 */

let dir = '';
let db: Db | null = null;
afterEach(() => {
  if (db) closeDb(db);
  db = null;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function setup() {
  dir = mkdtempSync(join(tmpdir(), 'elections-'));
  const file = join(dir, 'commands.sqlite');
  db = openDb({ file, migrations: COMMANDS_MIGRATIONS });
  db.pragma('secure_delete = ON');
  const env: ElectionEnv = {
    store: createElectionStore(db),
    at: Date.UTC(2026, 11, 1, 3),
    randomBytes: (n) => new Uint8Array(randomBytes(n)),
    newId: randomUUID,
  };
  const ROLLBACK = new Error('rollback');
  /** One transaction per step, rolled back when the step refuses (as the command processor does). */
  const run = <T>(fn: () => Result<T>): Result<T> => {
    let out: Result<T> | null = null;
    try {
      db!.transaction(() => {
        out = fn();
        if (!out.ok) throw ROLLBACK;
      })();
    } catch (e) {
      if (e !== ROLLBACK) throw e;
    }
    return out!;
  };
  return { file, env, run };
}

const delegates = (n: number) => Array.from({ length: n }, (_, i) => `d${String(i + 1).padStart(3, '0')}`);
const candidates = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `c${String(i + 1).padStart(2, '0')}`,
    fullName: `Ứng cử viên ${i + 1}`,
    source: 'list' as const,
  }));
const mustOk = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(`${r.error.code} ${r.error.key}`);
  return r.value;
};

describe('election rounds in the relay database', () => {
  it('51 delegates, 17 candidates for 15 seats, secret, with invalid ballots; a second ballot is refused', () => {
    const { file, env, run } = setup();
    const voters = delegates(51);
    const cands = candidates(17);
    const { roundId, round } = mustOk(
      run(() =>
        openRound(env, {
          electionId: 'bch-2026',
          kind: 'election',
          office: 'Ủy viên BCH',
          seats: 15,
          basis: PARTY_ELECTION_BASIS,
          candidates: cands,
          entitled: voters,
        }),
      ),
    );
    expect(round).toBe(1);
    // Delegate i (0-based) strikes c16, c17 and, for i < 20, also c15; delegates 48..50 keep 16 names (invalid).
    const ballotOf = (i: number): CastBallot => {
      if (i >= 48) return { kind: 'strike', kept: cands.slice(0, 16).map((c) => c.id) };
      return {
        kind: 'strike',
        kept: cands
          .slice(0, i < 20 ? 14 : 15)
          .map((c) => c.id)
          .reverse(),
      };
    };
    const order = voters.map((_, i) => i).sort((a, b) => ((a * 37) % 51) - ((b * 37) % 51));
    // a name outside the list is refused and writes nothing: the same delegate can still vote
    expect(run(() => castRoundBallot(env, roundId, voters[order[0]!]!, { kind: 'strike', kept: ['ngoai'] }))).toMatchObject({
      ok: false,
      error: { key: 'election.ballot.unknownName' },
    });
    for (const i of order) mustOk(run(() => castRoundBallot(env, roundId, voters[i]!, ballotOf(i))));
    expect(run(() => castRoundBallot(env, roundId, voters[0]!, ballotOf(0)))).toMatchObject({
      ok: false,
      error: { detail: { reason: 'already_voted' } },
    });
    expect(run(() => castRoundBallot(env, roundId, 'khach', ballotOf(0)))).toMatchObject({
      ok: false,
      error: { detail: { reason: 'not_entitled' } },
    });
    // the schema refuses a second ballot even past the handler
    expect(() => db!.prepare('INSERT INTO election_voters (round_id, user_id) VALUES (?, ?)').run(roundId, voters[0])).toThrow(
      /UNIQUE|PRIMARY/,
    );

    // keys written during the round (close must leave none of them in the file)
    db!.pragma('wal_checkpoint(TRUNCATE)');
    const oldKeys = (db!.prepare('SELECT ballot_key FROM election_ballots').all() as { ballot_key: Buffer }[]).map(
      (r) => new Uint8Array(r.ballot_key),
    );
    const root = (t: string) => (db!.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').get(t) as { rootpage: number }).rootpage;
    const ballotsRoot = root('election_ballots');
    const votersRoot = root('election_voters');
    const arrival = order.map((i) =>
      JSON.stringify({ kind: 'strike', kept: [...(ballotOf(i) as { kept: readonly string[] }).kept].sort() }),
    );
    expect(oldKeys).toHaveLength(51);

    const result = mustOk(run(() => closeRound(env, roundId))) as Extract<RoundResult, { kind: 'election' }>;
    const c = result.count;
    expect([c.ballots, c.valid, c.invalid, c.base, c.required]).toEqual([51, 48, 3, 48, 25]);
    const votesOf = (id: string) => c.candidates.find((x) => x.id === id)!.votes;
    expect(votesOf('c01')).toBe(48);
    expect(votesOf('c15')).toBe(28);
    expect(votesOf('c16')).toBe(0);
    expect(c.elected).toHaveLength(15);
    expect(c.next).toEqual({ kind: 'none' });
    expect(c.candidates.find((x) => x.id === 'c15')!.percentOfBase).toBe('58,33');

    // After close: no pre-close key survives, neither table shows the arrival order.
    db!.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = new Uint8Array(readFileSync(file));
    for (const k of oldKeys) expect(containsBytes(bytes, k)).toBe(false);
    const after = physicalWriteOrder(readIndexBtree(file, ballotsRoot)).map((c) => c.values[2]);
    expect([...after].sort()).toEqual([...arrival].sort());
    expect(after).not.toEqual(arrival);
    expect(physicalWriteOrder(readIndexBtree(file, votersRoot)).map((c) => c.values[1])).toEqual([...voters].sort());
    const cols = (t: string) => (db!.prepare(`PRAGMA table_info(${t})`).all() as { name: string }[]).map((x) => x.name);
    expect(cols('election_ballots')).toEqual(['round_id', 'ballot_key', 'marks']);
    expect(cols('election_voters')).toEqual(['round_id', 'user_id']);
    // closed rounds take no ballot
    expect(run(() => castRoundBallot(env, roundId, voters[0]!, ballotOf(0)))).toMatchObject({
      ok: false,
      error: { detail: { reason: 'vote_closed' } },
    });
  });

  it('seats left unfilled and a tie at the cut-off open further rounds; every round is kept', () => {
    const { env, run } = setup();
    const voters = delegates(12);
    const open = (electionId: string, seats: number, n: number, from = 0) =>
      mustOk(
        run(() =>
          openRound(env, {
            electionId,
            kind: 'election',
            office: 'Ủy viên',
            seats,
            basis: HDND_ELECTION_BASIS,
            candidates: candidates(n).slice(from),
            entitled: voters,
          }),
        ),
      );
    expect(
      run(() =>
        openRound(env, {
          electionId: 'x',
          kind: 'election',
          office: 'Ủy viên',
          seats: 1,
          basis: HDND_ELECTION_BASIS,
          candidates: candidates(3),
          entitled: voters,
        }),
      ),
    ).toMatchObject({
      ok: false,
      error: { key: 'election.error.tooManyCandidates' },
    });
    // 4 seats, 5 candidates: c01, c02 on every ballot; two of c03..c05 each → 8 votes each, a tie for 2 seats
    const r1 = open('uv', 4, 5);
    const pairs = [
      ['c03', 'c04'],
      ['c04', 'c05'],
      ['c03', 'c05'],
    ];
    voters.forEach((v, i) =>
      mustOk(run(() => castRoundBallot(env, r1.roundId, v, { kind: 'strike', kept: ['c01', 'c02', ...pairs[i % 3]!] }))),
    );
    const res1 = mustOk(run(() => closeRound(env, r1.roundId)));
    expect(res1.kind === 'election' && [res1.count.elected, res1.count.next]).toEqual([
      ['c01', 'c02'],
      { kind: 'runoff', seats: 2, among: ['c03', 'c04', 'c05'] },
    ]);
    // the runoff: c03 keeps only 6 of 12 (not more than half of N = 12) → one seat left for a further round
    const r2 = open('uv', 2, 5, 2);
    expect(r2.round).toBe(2);
    voters.forEach((v, i) =>
      mustOk(run(() => castRoundBallot(env, r2.roundId, v, { kind: 'strike', kept: i < 6 ? ['c04', 'c03'] : ['c04', 'c05'] }))),
    );
    const res2 = mustOk(run(() => closeRound(env, r2.roundId)));
    expect(res2.kind === 'election' && [res2.count.elected, res2.count.next]).toEqual([
      ['c04'],
      { kind: 'further_round', seats: 1, among: ['c03', 'c05'] },
    ]);
    const r3 = open('uv', 1, 5, 2);
    const rows = db!.prepare("SELECT round, round_kind, seats, status FROM election_rounds WHERE election_id = 'uv' ORDER BY round").all();
    expect(rows).toEqual([
      { round: 1, round_kind: 'first', seats: 4, status: 'closed' },
      { round: 2, round_kind: 'runoff', seats: 2, status: 'closed' },
      { round: 3, round_kind: 'further_round', seats: 1, status: 'open' },
    ]);
    expect(r3.round).toBe(3);
    // one open round at a time
    expect(
      run(() =>
        openRound(env, {
          electionId: 'zz',
          kind: 'election',
          office: 'x',
          seats: 1,
          basis: PARTY_ELECTION_BASIS,
          candidates: candidates(1),
          entitled: voters,
        }),
      ),
    ).toMatchObject({
      ok: false,
      error: { detail: { reason: 'vote_open' } },
    });
  });

  it('a confidence rating of 20 office-holders by 49 delegates', () => {
    const { env, run } = setup();
    const voters = delegates(49);
    const holders = candidates(20);
    const r = mustOk(
      run(() =>
        openRound(env, {
          electionId: 'ltn-2026',
          kind: 'rating',
          office: 'Lấy phiếu tín nhiệm',
          seats: 20,
          basis: HDND_ELECTION_BASIS,
          candidates: holders,
          entitled: voters,
        }),
      ),
    );
    voters.forEach((v, i) => {
      const levels = Object.fromEntries(
        holders.map((h, j) => [
          h.id,
          j === 0 ? (i < 33 ? 'low' : 'normal') : j === 1 ? (i < 25 ? 'low' : 'high') : j === 2 && i === 0 ? null : 'high',
        ]),
      ) as Record<string, 'high' | 'normal' | 'low' | null>;
      mustOk(run(() => castRoundBallot(env, r.roundId, v, { kind: 'rating', levels })));
    });
    expect(run(() => castRoundBallot(env, r.roundId, voters[0]!, { kind: 'strike', kept: [] }))).toMatchObject({ ok: false });
    const res = mustOk(run(() => closeRound(env, r.roundId)));
    if (res.kind !== 'rating') throw new Error('rating expected');
    expect([res.count.n, res.count.valid, res.count.invalid]).toEqual([49, 49, 0]);
    expect(res.count.rows[0]).toMatchObject({ counts: { high: 0, normal: 16, low: 33 }, band: 'removal_proposal' });
    expect(res.count.rows[0]!.percents.low).toBe('67,35');
    expect(res.count.rows[1]).toMatchObject({ counts: { high: 24, normal: 0, low: 25 }, band: 'may_resign' });
    expect(res.count.rows[2]!.counts).toEqual({ high: 48, normal: 0, low: 0 });
    expect(res.count.rows[3]!.band).toBe('none');
  });
});
