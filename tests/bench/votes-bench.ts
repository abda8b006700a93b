/*
 * Votes benchmark: 500 delegates cast ballots within one second; how long until the tally is complete and
 * durably stored (synchronous=FULL), with the exact tally checked. Baseline: the same number of plain
 * single-row INSERT commits with synchronous=FULL on the same disk in the same run.
 *
 *   npm run bench -- votes        (or: npx tsx tests/bench/votes-bench.ts)
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createCommandProcessor } from '../../electron/relay/commands';
import type { CommandContext, CommandProcessor, MeetingParticipantInfo } from '../../electron/relay/commands';
import type { VoteKind } from '../../shared/meeting-live/commands';
import type { TallyResult } from '../../shared/voting/tally';
import type { MeetingId, UserId } from '../../shared/model/ids';
import type { Metric } from './metric';
import { percentile, round, roundsMetric } from './metric';
import { seededRandom } from '../helpers/relay-fixture';

export type { Metric };

const DELEGATES = 500;
const WINDOW_MS = 1000;
const MEETING = 'bench-meeting' as MeetingId;
const OPTIONS = 3;

type Setup = { dir: string; processor: CommandProcessor; ctx: (u: UserId) => CommandContext; voters: UserId[]; voteId: string };

function setup(kind: VoteKind): Setup {
  const dir = mkdtempSync(join(tmpdir(), 'votes-bench-'));
  const participants: MeetingParticipantInfo[] = [{ userId: 'chair' as UserId, role: 'chair', fullName: 'Chủ tọa', group: '' }];
  for (let i = 1; i <= DELEGATES - 1; i++) {
    participants.push({ userId: `d${i}` as UserId, role: 'delegate', fullName: `Đại biểu ${i}`, group: '' });
  }
  const roles = new Map(participants.map((p) => [p.userId as string, p.role]));
  const processor = createCommandProcessor({
    file: join(dir, 'commands.sqlite'),
    meeting: { meetingId: MEETING, bodyKind: 'hdnd', participants },
    now: () => Date.now(),
    isOnline: () => true,
  });
  const ctx = (u: UserId): CommandContext => ({ userId: u, role: roles.get(u)!, meetingId: MEETING, online: true });
  let n = 0;
  const must = (u: UserId, c: Record<string, unknown>) => {
    const r = processor.handle(ctx(u), { ...c, commandId: `setup-${++n}` });
    if (!r.ok) throw new Error(`setup ${String(c['type'])}: ${r.error.message}`);
    return r.value;
  };
  must('chair' as UserId, { type: 'meeting:open' });
  for (const p of participants) must(p.userId, { type: 'attendance:check-in' });
  const voteId = must('chair' as UserId, {
    type: 'vote:open',
    agendaItemId: 'item-1',
    question: 'Thông qua nghị quyết',
    kind,
    ruleId: 'hdnd_resolution',
  }).voteId!;
  return { dir, processor, ctx, voters: participants.map((p) => p.userId), voteId };
}

function checkTally(t: TallyResult, expected: number[]): void {
  const got = t.options.map((o) => o.count);
  if (got.join() !== expected.join() || t.cast !== DELEGATES || t.n !== DELEGATES) {
    throw new Error(`tally mismatch: got ${got} cast ${t.cast}, expected ${expected}`);
  }
  const needed = Math.floor(DELEGATES / 2) + 1;
  if (t.passed !== expected[0]! >= needed) throw new Error('passed flag wrong');
}

/** All 500 ballots arrive at once (the worst case of "within one second"), then the chair closes. */
function burst(kind: VoteKind, seed: number): { totalMs: number; castMs: number[]; closeMs: number; viewMs: number } {
  const s = setup(kind);
  const rand = seededRandom(seed);
  const choice = s.voters.map(() => Math.floor(rand() * OPTIONS));
  const expected = Array(OPTIONS).fill(0) as number[];
  for (const c of choice) expected[c]!++;
  const castMs: number[] = [];
  const t0 = performance.now();
  s.voters.forEach((u, i) => {
    const a = performance.now();
    const r = s.processor.handle(s.ctx(u), { type: 'vote:cast', commandId: `b-${i}`, voteId: s.voteId, optionId: `o${choice[i]! + 1}` });
    if (!r.ok) throw new Error(r.error.message);
    castMs.push(performance.now() - a);
  });
  const c0 = performance.now();
  const closed = s.processor.handle(s.ctx('chair' as UserId), { type: 'vote:close', commandId: 'close', voteId: s.voteId });
  const t1 = performance.now();
  if (!closed.ok) throw new Error(closed.error.message);
  checkTally(closed.value.result!, expected);
  // what the relay would publish after a change: one view per connected person
  const v0 = performance.now();
  for (const u of s.voters) s.processor.view(s.ctx(u));
  const viewMs = performance.now() - v0;
  s.processor.close();
  rmSync(s.dir, { recursive: true, force: true });
  return { totalMs: t1 - t0, castMs, closeMs: t1 - c0, viewMs };
}

/**
 * Ballots arrive at seeded random moments within one second; the chair closes right after the last.
 * `batched`: like a relay that queues the frames of one event-loop turn and applies them with handleBatch
 * (group commit: one fsync per turn); otherwise each ballot is its own handle() and its own fsync.
 */
async function spread(
  kind: VoteKind,
  seed: number,
  batched: boolean,
): Promise<{ afterLastMs: number; maxAckMs: number; p99AckMs: number; commits: number }> {
  const s = setup(kind);
  const rand = seededRandom(seed);
  const plan = s.voters.map((u, i) => ({ u, i, at: rand() * WINDOW_MS, choice: Math.floor(rand() * OPTIONS) }));
  const expected = Array(OPTIONS).fill(0) as number[];
  for (const p of plan) expected[p.choice]!++;
  const ackMs: number[] = [];
  const start = performance.now();
  let lastArrival = 0;
  let commits = 0;
  await new Promise<void>((resolve) => {
    let left = plan.length;
    let queue: typeof plan = [];
    const done = (p: (typeof plan)[number]) => {
      ackMs.push(performance.now() - (start + p.at)); // includes waiting behind earlier ballots
      if (--left === 0) resolve();
    };
    const command = (p: (typeof plan)[number]) => ({
      type: 'vote:cast',
      commandId: `b-${p.i}`,
      voteId: s.voteId,
      optionId: `o${p.choice + 1}`,
    });
    const flush = () => {
      const batch = queue;
      queue = [];
      commits++;
      const results = s.processor.handleBatch(batch.map((p) => ({ ctx: s.ctx(p.u), command: command(p) })));
      results.forEach((r, k) => {
        if (!r.ok) throw new Error(r.error.message);
        done(batch[k]!);
      });
    };
    for (const p of plan) {
      setTimeout(() => {
        lastArrival = Math.max(lastArrival, performance.now());
        if (batched) {
          if (queue.length === 0) setImmediate(flush);
          queue.push(p);
          return;
        }
        commits++;
        const r = s.processor.handle(s.ctx(p.u), command(p));
        if (!r.ok) throw new Error(r.error.message);
        done(p);
      }, p.at);
    }
  });
  const closed = s.processor.handle(s.ctx('chair' as UserId), { type: 'vote:close', commandId: 'close', voteId: s.voteId });
  const done = performance.now();
  if (!closed.ok) throw new Error(closed.error.message);
  checkTally(closed.value.result!, expected);
  s.processor.close();
  rmSync(s.dir, { recursive: true, force: true });
  return { afterLastMs: done - lastArrival, maxAckMs: Math.max(...ackMs), p99AckMs: percentile(ackMs, 99), commits };
}

/**
 * Baseline: the same number of single-row INSERT commits, WAL + synchronous=FULL, same disk. Commits that
 * extend the WAL file cost several times more than commits that overwrite an already-grown WAL (file
 * metadata must be synced too). The processor's setup (500 check-ins) has grown and wrapped its WAL before
 * the ballots, so the baseline first grows its WAL past the auto-checkpoint size in one transaction.
 */
function plainInserts(count: number, warmCommits: number): number {
  const dir = mkdtempSync(join(tmpdir(), 'votes-bench-base-'));
  const db = new Database(join(dir, 'plain.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, user_id TEXT NOT NULL, option_id TEXT NOT NULL)');
  const ins = db.prepare('INSERT INTO t (user_id, option_id) VALUES (?, ?)');
  db.exec(`CREATE TABLE pad (b BLOB); INSERT INTO pad VALUES (zeroblob(${WAL_WARM_BYTES}))`);
  for (let i = 0; i < warmCommits; i++) ins.run(`w${i}`, 'o1');
  const t0 = performance.now();
  for (let i = 0; i < count; i++) ins.run(`d${i}`, `o${1 + (i % OPTIONS)}`);
  const ms = performance.now() - t0;
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return ms;
}

const REPEATS = 3;
/** More than the 1000-page auto-checkpoint threshold at 4 KiB pages. */
const WAL_WARM_BYTES = 1100 * 4096;
const median = (xs: number[]): number => percentile(xs, 50);

export async function runVotesBench(): Promise<Metric[]> {
  const metrics: Metric[] = [];
  const baselines: number[] = [];
  const bursts: Record<VoteKind, ReturnType<typeof burst>[]> = { secret: [], public: [], named: [] };
  // Interleaved so that baseline and processor see the same disk conditions; medians of REPEATS runs.
  for (let r = 0; r < REPEATS; r++) {
    // +1 commit: the close that stores the tally
    baselines.push(plainInserts(DELEGATES + 1, DELEGATES + 2));
    for (const kind of ['secret', 'public'] as const) bursts[kind].push(burst(kind, 10 * r + (kind === 'secret' ? 1 : 2)));
  }
  const baseline = median(baselines);
  for (const kind of ['secret', 'public'] as const) {
    const runs = bursts[kind];
    const total = median(runs.map((b) => b.totalMs));
    metrics.push({
      metric: `votes.${kind}.500_burst_to_durable_tally`,
      value: round(total),
      unit: 'ms',
      baseline: round(baseline),
      ratio: round(total / baseline),
    });
    const allCasts = runs.flatMap((b) => b.castMs);
    metrics.push({ metric: `votes.${kind}.cast_p50`, value: round(percentile(allCasts, 50), 3), unit: 'ms' });
    metrics.push({ metric: `votes.${kind}.cast_p99`, value: round(percentile(allCasts, 99), 3), unit: 'ms' });
    metrics.push({ metric: `votes.${kind}.close_tally_store`, value: round(median(runs.map((b) => b.closeMs)), 3), unit: 'ms' });
    metrics.push({ metric: `votes.${kind}.views_for_500_after_change`, value: round(median(runs.map((b) => b.viewMs)), 3), unit: 'ms' });
    const ackP99: Record<'single' | 'group', number[]> = { single: [], group: [] };
    for (const batched of [false, true]) {
      const spreads: Awaited<ReturnType<typeof spread>>[] = [];
      for (let r = 0; r < REPEATS; r++) spreads.push(await spread(kind, 100 + 10 * r + (kind === 'secret' ? 1 : 2), batched));
      const name = `votes.${kind}.500_in_1s${batched ? '.group_commit' : ''}`;
      metrics.push({
        metric: `${name}.last_ballot_to_durable_tally`,
        value: round(median(spreads.map((x) => x.afterLastMs)), 3),
        unit: 'ms',
      });
      metrics.push({ metric: `${name}.ack_p99`, value: round(median(spreads.map((x) => x.p99AckMs)), 3), unit: 'ms' });
      metrics.push({ metric: `${name}.ack_max`, value: round(Math.max(...spreads.map((x) => x.maxAckMs)), 3), unit: 'ms' });
      metrics.push({ metric: `${name}.commits`, value: median(spreads.map((x) => x.commits)), unit: 'count' });
      ackP99[batched ? 'group' : 'single'] = spreads.map((x) => x.p99AckMs);
    }
    // Ack latency after (group commit, as the relay's command channel now applies frames) vs before (one
    // commit per ballot), rounds paired by seed.
    metrics.push(
      roundsMetric(
        `votes.${kind}.500_in_1s.ack_p99.group_commit_vs_per_ballot`,
        'ms',
        ackP99.group.map((value, r) => ({ value, baseline: ackP99.single[r]! })),
      ),
    );
  }
  metrics.push({ metric: 'votes.baseline.501_plain_insert_commits_full', value: round(baseline), unit: 'ms' });
  return metrics;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runVotesBench().then(
    (m) => console.log(JSON.stringify(m, null, 2)),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
