/*
 * Elections benchmark (issue 10): a 500-delegate secret strike-out election, 30 candidates for 25 seats.
 * The ballots go through the command processor in batches as the relay's ballot batcher commits them; then the
 * chair closes the round. Measured: from the last ballot's commit to the durable count (close: count, rewrite
 * of voters and ballots, acknowledgements dropped, WAL truncated). Baseline, in the same rounds: closing an
 * ordinary 500-delegate secret vote the same way. The count is checked against a reference every time.
 *
 *   npm run bench -- elections        (or: npx tsx tests/bench/elections-bench.ts)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createCommandProcessor } from '../../electron/relay/commands';
import type { CommandContext, CommandProcessor, MeetingParticipantInfo } from '../../electron/relay/commands';
import type { MeetingId, UserId } from '../../shared/model/ids';
import { seededRandom } from '../helpers/relay-fixture';
import type { Metric } from './metric';
import { median, round, roundsMetric } from './metric';

const DELEGATES = 500;
const CANDIDATES = 30;
const SEATS = 25;
/** Ballots keeping one name too many (invalid), spread through the burst. */
const INVALID_EVERY = 50;
/** As the relay's ballot batcher (SECRET_BATCH_SIZE). */
const BATCH = 10;
const ROUNDS = 7;
const MEETING = 'bench-elections' as MeetingId;

type Setup = { dir: string; p: CommandProcessor; ctx: (u: UserId) => CommandContext; voters: UserId[] };

function setup(): Setup {
  const dir = mkdtempSync(join(tmpdir(), 'elections-bench-'));
  const participants: MeetingParticipantInfo[] = [
    { userId: 'chair' as UserId, role: 'chair', fullName: 'Chủ tọa', group: '' },
    { userId: 'secretary' as UserId, role: 'secretariat', fullName: 'Thư ký', group: '' },
  ];
  for (let i = 1; i < DELEGATES; i++)
    participants.push({ userId: `d${i}` as UserId, role: 'delegate', fullName: `Đại biểu ${i}`, group: '' });
  const roles = new Map(participants.map((x) => [x.userId as string, x.role]));
  const p = createCommandProcessor({
    file: join(dir, 'commands.sqlite'),
    meeting: { meetingId: MEETING, bodyKind: 'hdnd', participants },
    now: () => Date.now(),
    isOnline: () => true,
  });
  const ctx = (u: UserId): CommandContext => ({ userId: u, role: roles.get(u)!, meetingId: MEETING, online: true });
  const voters = participants.filter((x) => x.role !== 'secretariat').map((x) => x.userId);
  let n = 0;
  const must = (u: UserId, c: Record<string, unknown>) => {
    const r = p.handle(ctx(u), { ...c, commandId: `setup-${++n}` });
    if (!r.ok) throw new Error(`setup ${String(c['type'])}: ${r.error.message}`);
  };
  must('chair' as UserId, { type: 'meeting:open' });
  for (const u of voters) must(u, { type: 'attendance:check-in' });
  return { dir, p, ctx, voters };
}

const done = (s: Setup) => {
  s.p.close();
  rmSync(s.dir, { recursive: true, force: true });
};

/** Applies the casts in batches (one durable commit each) and returns when the last batch is on disk. */
function castInBatches(s: Setup, commands: Record<string, unknown>[]): void {
  for (let i = 0; i < commands.length; i += BATCH) {
    const items = commands.slice(i, i + BATCH).map((command, k) => ({ ctx: s.ctx(s.voters[i + k]!), command }));
    for (const r of s.p.handleBatch(items)) if (!r.ok) throw new Error(r.error.message);
  }
}

function electionRound(seed: number): number {
  const s = setup();
  const ack = (u: UserId, c: Record<string, unknown>) => {
    const r = s.p.handle(s.ctx(u), c);
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  const candidates = Array.from({ length: CANDIDATES }, (_, i) => ({ fullName: `Ứng cử viên ${i + 1}`, source: 'list' }));
  const electionId = ack('secretary' as UserId, {
    type: 'election:prepare',
    commandId: 'prep',
    agendaItemId: 'item-1',
    kind: 'election',
    office: 'Ủy viên',
    seats: SEATS,
    candidates,
    board: ['d499'],
  }).electionId!;
  const roundId = ack('chair' as UserId, { type: 'election:open', commandId: 'open-round', electionId }).roundId!;
  const rand = seededRandom(seed);
  const ids = candidates.map((_, i) => `c${i + 1}`);
  const expected = new Map(ids.map((c) => [c, 0]));
  let invalid = 0;
  const casts = s.voters.map((_, i) => {
    const keep = i % INVALID_EVERY === 0 ? SEATS + 1 : SEATS - Math.floor(rand() * 4);
    const kept = [...ids].sort(() => rand() - 0.5).slice(0, keep);
    if (keep > SEATS) invalid++;
    else for (const c of kept) expected.set(c, expected.get(c)! + 1);
    return { type: 'election:cast', commandId: `cast-${i}`, roundId, ballot: { kind: 'strike', kept } };
  });
  castInBatches(s, casts);
  const t0 = performance.now();
  ack('chair' as UserId, { type: 'election:close', commandId: 'close', roundId });
  const ms = performance.now() - t0;
  const round1 = s.p.view(s.ctx('chair' as UserId)).elections[0]!.rounds[0]!;
  const r = round1.result;
  if (r?.kind !== 'election' || r.count.invalid !== invalid || r.count.ballots !== DELEGATES) throw new Error('election count mismatch');
  for (const c of r.count.candidates) if (c.votes !== expected.get(c.id)) throw new Error(`votes of ${c.id} mismatch`);
  done(s);
  return ms;
}

function secretVote(seed: number): number {
  const s = setup();
  const rand = seededRandom(seed);
  const opened = s.p.handle(s.ctx('chair' as UserId), {
    type: 'vote:open',
    commandId: 'open-vote',
    agendaItemId: 'item-1',
    question: 'Thông qua',
    kind: 'secret',
    ruleId: 'hdnd_resolution',
  });
  if (!opened.ok) throw new Error(opened.error.message);
  const voteId = opened.value.voteId!;
  castInBatches(
    s,
    s.voters.map((_, i) => ({ type: 'vote:cast', commandId: `cast-${i}`, voteId, optionId: `o${1 + Math.floor(rand() * 3)}` })),
  );
  const t0 = performance.now();
  const closed = s.p.handle(s.ctx('chair' as UserId), { type: 'vote:close', commandId: 'close', voteId });
  const ms = performance.now() - t0;
  if (!closed.ok || closed.value.result!.cast !== DELEGATES) throw new Error('vote count mismatch');
  done(s);
  return ms;
}

export async function runElectionsBench(): Promise<Metric[]> {
  const rounds: { value: number; baseline: number }[] = [];
  // Interleaved: subject and baseline alternate within each round, so both see the same disk and load.
  for (let r = 0; r < ROUNDS; r++) {
    const value = electionRound(1000 + r);
    const baseline = secretVote(2000 + r);
    rounds.push({ value, baseline });
  }
  return [
    roundsMetric('elections.500_delegates_30_for_25.last_ballot_to_durable_count_vs_secret_vote_close', 'ms', rounds),
    { metric: 'elections.500_delegates_30_for_25.close_median', value: round(median(rounds.map((x) => x.value))), unit: 'ms' },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runElectionsBench().then(
    (m) => console.log(JSON.stringify(m, null, 2)),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
