/*
 * Wi-Fi weather: the relay and 250 laptops in network namespaces the bench creates (netns.ts: bridge, veth,
 * tbf to a shared 54 Mbit), 30 ± 20 ms delay and jitter from a fault proxy in each client group
 * (fault-proxy.ts; no netem on this kernel), five groups of 50 laptops (wifi-worker.ts, one process each).
 *   1. vote-open visible on every laptop, p50/p99, against a bare ws server broadcasting a frame of the
 *      same size over the same network, rounds interleaved;
 *   2. a vote with ballots spread over 4 s; 1 s in, a fifth of the laptops (one group) is partitioned for
 *      15 s (`ip link set … down`); after healing, the time until every partitioned laptop's ballot is
 *      acknowledged and shown, ballots acknowledged vs stored (must be equal) and duplicates (must be 0).
 * Without privilege for namespaces it says so and runs the same scenario on loopback, the proxy holding
 * the partitioned group's traffic instead. Namespaces are removed on every exit path.
 *
 *   npx tsx tests/bench/wifi-bench.ts
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { closeDb, openDb } from '../../electron/common/sqlite/connection';
import { hashPassword } from '../../electron/common/password';
import { RELAY_MIGRATIONS } from '../../electron/relay/db/migrations';
import { GENERATED_CERT_FILE, GENERATED_KEY_FILE } from '../../electron/relay/tls';
import { createSession } from '../../electron/relay/db/sessions';
import { makeMeetingFixture, writeExportedPackage, type FixtureUserSpec } from '../helpers/relay-fixture';
import { removeDir, tempDir } from '../helpers/relay-harness';
import { percentile, round, roundsMetric, type Metric } from './metric';
import { createTopology, type Topology } from './netns';
import { repoRoot, spawnChild, type Child } from './proc';
import type { WorkerCommand, WorkerConfig, WorkerEvent } from './wifi-worker';

const CLIENTS = 250;
const GROUPS = 5;
const PARTITIONED_GROUP = 0;
const CHAIR_GROUP = 1;
const OPEN_ROUNDS = 5;
const PARTITION_AFTER_MS = 1_000;
const PARTITION_MS = 15_000;
const CAST_SPREAD_MS = 4_000;
const DEADLINE_MS = 90_000;
const QUORUM_RETRIES = 20;

type Worker = { proc: ChildProcess; send(c: WorkerCommand): void };

function events() {
  const log: WorkerEvent[] = [];
  const waits = new Set<() => void>();
  return {
    log,
    push(e: WorkerEvent) {
      log.push(e);
      for (const w of [...waits]) w();
    },
    /** Resolves when `check()` holds, re-checked on every event; rejects at the deadline. */
    until<T>(what: string, check: () => T | null | undefined | false, timeoutMs = DEADLINE_MS): Promise<T> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waits.delete(poke);
          reject(new Error(`wifi bench: timed out waiting for ${what}`));
        }, timeoutMs);
        const poke = () => {
          const v = check();
          if (v) {
            clearTimeout(timer);
            waits.delete(poke);
            resolve(v);
          }
        };
        waits.add(poke);
        poke();
      });
    },
  };
}

function startWorker(cfg: WorkerConfig, prefix: string[], onEvent: (e: WorkerEvent) => void): Worker {
  const cmd = [...prefix, process.execPath, '--import', 'tsx', join(repoRoot, 'tests', 'bench', 'wifi-worker.ts'), JSON.stringify(cfg)];
  const proc = spawn(cmd[0]!, cmd.slice(1), { cwd: repoRoot, stdio: ['pipe', 'pipe', 'inherit'] });
  let buf = '';
  proc.stdout!.on('data', (c: Buffer) => {
    buf += c.toString();
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      if (line.startsWith('@@ ')) onEvent(JSON.parse(line.slice(3)) as WorkerEvent);
    }
  });
  return { proc, send: (c) => proc.stdin!.write(`${JSON.stringify(c)}\n`) };
}

function spawnRelayIn(
  prefix: string[],
  host: string,
  dataDir: string,
  packageDir: string,
): Promise<{ proc: ChildProcess; port: number; output(): string }> {
  const cmd = [
    ...prefix,
    process.execPath,
    '--import',
    'tsx',
    join(repoRoot, 'electron', 'relay', 'cli.ts'),
    '--data',
    dataDir,
    '--port',
    '0',
    '--host',
    host,
    '--package',
    packageDir,
  ];
  const proc = spawn(cmd[0]!, cmd.slice(1), { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    proc.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /RELAY_URL=\S+:(\d+)/.exec(out);
      if (m) resolve({ proc, port: Number(m[1]), output: () => out });
    });
    proc.stderr!.on('data', (c: Buffer) => {
      out += c.toString();
      if (process.env.BENCH_VERBOSE) process.stderr.write(c); // the relay's warnings, live
    });
    proc.once('exit', (code) => reject(new Error(`relay exited (${code}) before it was ready:\n${out}`)));
  });
}

const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms)); // scenario schedule, not synchronisation

export async function runWifiBench(): Promise<Metric[]> {
  const metrics: Metric[] = [];
  const dirs: string[] = [];
  const workers: Worker[] = [];
  let relay: ChildProcess | null = null;
  let bare: Child | null = null;
  let topo: Topology | null = null;
  try {
    topo = createTopology(GROUPS);
    const variant = topo ? 'netns' : 'loopback';
    if (!topo)
      console.error(
        'bench: wifi: network namespaces unavailable (needs root, iproute2, bridge and tbf); running the proxy-only variant on loopback',
      );
    const host = topo ? topo.relayIp : '127.0.0.1';
    const relayPrefix = topo ? ['ip', 'netns', 'exec', topo.relayNs] : [];

    const users: FixtureUserSpec[] = [{ key: 'chair', role: 'chair' }];
    for (let i = 1; i < CLIENTS; i++) users.push({ key: `d${i}`, role: 'delegate' });
    const fx = await makeMeetingFixture({
      seed: 11,
      users,
      docs: [{ key: 'public', sizeBytes: 10_000 }],
      sharedHash: await hashPassword('bench-password'),
    });
    const dataDir = tempDir('wifi-bench');
    dirs.push(dataDir, fx.dir);
    const tokens = new Map<string, string>();
    const db = openDb({ file: join(dataDir, 'relay.db'), migrations: RELAY_MIGRATIONS });
    db.transaction(() => {
      for (const u of Object.values(fx.users)) tokens.set(u.id, createSession(db, u.id, fx.meetingId, Date.now(), 3600_000));
    })();
    closeDb(db);
    const started = await spawnRelayIn(relayPrefix, host, dataDir, writeExportedPackage(fx));
    relay = started.proc;
    // The relay serves HTTPS/WSS (its generated certificate): the baseline pays for TLS with the same certificate.
    const certFile = join(dataDir, GENERATED_CERT_FILE);
    bare = await spawnChild('relay-bare-server.ts', [host, '--tls', certFile, join(dataDir, GENERATED_KEY_FILE)], 'BARE', relayPrefix);
    const certPem = readFileSync(certFile, 'utf8');

    const ev = events();
    const all = Object.values(fx.users);
    const groupOf = (i: number) => i % GROUPS;
    const partitionedUsers = new Set(
      all.filter((u, i) => groupOf(i) === PARTITIONED_GROUP && u.id !== fx.users.chair!.id).map((u) => u.id as string),
    );
    for (let k = 0; k < GROUPS; k++) {
      const members = all.filter((_, i) => groupOf(i) === k);
      // The chair sits in a group that stays connected.
      const clients = members.map((u) => ({ userId: u.id as string, token: tokens.get(u.id)!, chair: false }));
      if (k === CHAIR_GROUP) clients.push({ userId: fx.users.chair!.id, token: tokens.get(fx.users.chair!.id)!, chair: true });
      const inGroup = clients.filter((c) => c.chair || c.userId !== fx.users.chair!.id);
      const cfg: WorkerConfig = {
        certPem,
        relay: { host, port: started.port },
        bare: { host, port: bare.port },
        clients: inGroup,
        seed: 100 + k,
        delayMs: 30,
        jitterMs: 20,
        castSpreadMs: CAST_SPREAD_MS,
        deadMs: 8_000,
      };
      workers.push(startWorker(cfg, topo ? ['ip', 'netns', 'exec', topo.groupNs[k]!] : [], (e) => ev.push(e)));
    }
    const chair = workers[CHAIR_GROUP]!;
    const count = (pred: (e: WorkerEvent) => boolean, from = 0) => ev.log.slice(from).filter(pred).length;
    /** What happened since `from`, for a timeout's message. */
    const summary = (from: number) => {
      const acks = ev.log.slice(from).filter((x): x is Extract<WorkerEvent, { ev: 'ack' }> => x.ev === 'ack');
      const key = (a: Extract<WorkerEvent, { ev: 'ack' }>) => `${a.type}:${a.ok ? 'ok' : a.reason}`;
      const reasons = acks.reduce<Record<string, number>>((m, a) => ((m[key(a)] = (m[key(a)] ?? 0) + 1), m), {});
      return {
        converged: count((x) => x.ev === 'converged', from),
        seen: count((x) => x.ev === 'voteSeen', from),
        reconnects: count((x) => x.ev === 'reconnect', from),
        closeCodes: ev.log
          .slice(from)
          .reduce<Record<string, number>>(
            (m, x) => (x.ev === 'reconnect' ? ((m[`${x.code} ${x.why}`] = (m[`${x.code} ${x.why}`] ?? 0) + 1), m) : m),
            {},
          ),
        acks: reasons,
      };
    };
    let quorumWaits = 0;
    const chairAck = async (type: string, command: Record<string, unknown>) => {
      // A laptop starved of CPU may miss a heartbeat and show offline for a moment: like a chair, wait for
      // quorum and try again (bounded), counting the waits.
      for (let attempt = 0; ; attempt++) {
        const from = ev.log.length;
        chair.send({ cmd: 'chair', command: { type, ...command } });
        const ack = await ev
          .until(`chair ${type} ack`, () =>
            ev.log
              .slice(from)
              .find((e): e is Extract<WorkerEvent, { ev: 'ack' }> => e.ev === 'ack' && e.userId === fx.users.chair!.id && e.type === type),
          )
          .catch((e: Error) => {
            throw new Error(`${e.message}: ${JSON.stringify(summary(from))}\nrelay: ${started.output().slice(-2000)}`);
          });
        if (!ack.ok && ack.reason === 'no_quorum' && attempt < QUORUM_RETRIES) {
          quorumWaits++;
          await pause(1_000);
          continue;
        }
        if (!ack.ok) throw new Error(`wifi bench: ${type} refused (${ack.reason})`);
        const sent = ev.log.slice(from).find((e) => e.ev === 'chairSent')!;
        return { ack, sentT: sent.t, from };
      }
    };

    await ev
      .until(`${CLIENTS} laptops connected`, () => count((e) => e.ev === 'connected') === CLIENTS)
      .catch((e: Error) => {
        throw new Error(`${e.message}: ${JSON.stringify(summary(0))}`);
      });
    await chairAck('meeting:open', {});
    const ciFrom = ev.log.length;
    for (const w of workers) w.send({ cmd: 'checkin' });
    await ev
      .until('every laptop checked in', () => count((e) => e.ev === 'ack' && e.type === 'attendance:check-in' && e.ok, ciFrom) === CLIENTS)
      .catch((e: Error) => {
        throw new Error(`${e.message}: ${JSON.stringify(summary(ciFrom))}\nrelay: ${started.output().slice(-2000)}`);
      });

    // --- 1. Vote-open visible on all, interleaved with the bare broadcast of a frame of the same size.
    const openP50: { value: number; baseline: number }[] = [];
    const openP99: { value: number; baseline: number }[] = [];
    const voteOpen = { agendaItemId: fx.pkg.agenda[0]!.id, question: 'Thông qua nghị quyết', kind: 'public', ruleId: 'hdnd_resolution' };
    for (let r = 0; r < OPEN_ROUNDS; r++) {
      const from = ev.log.length;
      const opened = await chairAck('vote:open', voteOpen);
      const voteId = (opened.ack.value as { voteId: string }).voteId;
      const seen = await ev.until('vote-open on every laptop', () => {
        const s = ev.log
          .slice(from)
          .filter((e): e is Extract<WorkerEvent, { ev: 'voteSeen' }> => e.ev === 'voteSeen' && e.voteId === voteId);
        return s.length === CLIENTS && s;
      });
      await chairAck('vote:close', { voteId });
      const relayMs = seen.map((e) => e.t - opened.sentT);
      const frameBytes = Math.round(
        percentile(
          seen.map((e) => e.bytes),
          50,
        ),
      );
      const bFrom = ev.log.length;
      const t0 = performance.timeOrigin + performance.now();
      chair.send({ cmd: 'bare', seq: r, size: frameBytes });
      const bSeen = await ev.until('bare frame on every laptop', () => {
        const s = ev.log.slice(bFrom).filter((e): e is Extract<WorkerEvent, { ev: 'bareSeen' }> => e.ev === 'bareSeen' && e.seq === r);
        return s.length === CLIENTS - 1 && s;
      });
      const bareMs = bSeen.map((e) => e.t - t0);
      openP50.push({ value: percentile(relayMs, 50), baseline: percentile(bareMs, 50) });
      openP99.push({ value: percentile(relayMs, 99), baseline: percentile(bareMs, 99) });
      if (r === 0) metrics.push({ metric: `wifi.${variant}.state_frame_bytes_at_vote_open`, value: frameBytes, unit: 'bytes' });
    }
    metrics.push(roundsMetric(`wifi.${variant}.vote_open_visible_${CLIENTS}_p50`, 'ms', openP50));
    metrics.push(roundsMetric(`wifi.${variant}.vote_open_visible_${CLIENTS}_p99`, 'ms', openP99));

    // --- 2. A vote, a fifth of the laptops partitioned for 15 s mid-vote, healed.
    for (const w of workers) w.send({ cmd: 'mode', mode: 'cast' });
    const vFrom = ev.log.length;
    const opened = await chairAck('vote:open', voteOpen);
    const voteId = (opened.ack.value as { voteId: string }).voteId;
    await pause(PARTITION_AFTER_MS);
    if (topo) topo.partition(PARTITIONED_GROUP, true);
    else workers[PARTITIONED_GROUP]!.send({ cmd: 'partition', on: true });
    await pause(PARTITION_MS);
    if (topo) topo.partition(PARTITIONED_GROUP, false);
    else workers[PARTITIONED_GROUP]!.send({ cmd: 'partition', on: false });
    const healT = performance.timeOrigin + performance.now();
    await ev
      .until('every laptop converged', () => count((e) => e.ev === 'converged', vFrom) === CLIENTS)
      .catch((e: Error) => {
        throw new Error(`${e.message}: ${JSON.stringify(summary(vFrom))}\nrelay: ${started.output().slice(-2000)}`);
      });
    const converged = ev.log
      .slice(vFrom)
      .filter((e): e is Extract<WorkerEvent, { ev: 'converged' }> => e.ev === 'converged' && partitionedUsers.has(e.userId));
    const closed = await chairAck('vote:close', { voteId });
    const stored = (closed.ack.value as { result: { cast: number } }).result.cast;
    const casts = ev.log.slice(vFrom).filter((e): e is Extract<WorkerEvent, { ev: 'ack' }> => e.ev === 'ack' && e.type === 'vote:cast');
    const acked = new Set(casts.filter((e) => e.ok).map((e) => e.userId)).size;
    const afterHeal = converged.map((e) => Math.max(0, e.t - healT));
    metrics.push({
      metric: `wifi.${variant}.partitioned_${partitionedUsers.size}_converged_after_heal_p50`,
      value: round(percentile(afterHeal, 50)),
      unit: 'ms',
    });
    metrics.push({
      metric: `wifi.${variant}.partitioned_${partitionedUsers.size}_converged_after_heal_max`,
      value: round(Math.max(...afterHeal)),
      unit: 'ms',
    });
    metrics.push({
      metric: `wifi.${variant}.ballots_stored_vs_acknowledged`,
      value: stored,
      unit: 'ballots',
      baseline: acked,
      ratio: acked ? round(stored / acked, 3) : undefined,
      target: 'ratio 1',
    } as Metric);
    metrics.push({
      metric: `wifi.${variant}.duplicate_ballots`,
      value: Math.max(0, stored - acked) + count((e) => e.ev === 'ack' && e.type === 'vote:cast' && e.reason === 'already_voted', vFrom),
      unit: 'ballots',
      target: '0',
    } as Metric);
    const connectedAcks = casts.filter((e) => e.ok && !partitionedUsers.has(e.userId)).map((e) => e.latencyMs);
    metrics.push({ metric: `wifi.${variant}.ballot_ack_latency_connected_p50`, value: round(percentile(connectedAcks, 50)), unit: 'ms' });
    metrics.push({ metric: `wifi.${variant}.ballot_ack_latency_connected_p99`, value: round(percentile(connectedAcks, 99)), unit: 'ms' });
    metrics.push({ metric: `wifi.${variant}.chair_waits_for_quorum`, value: quorumWaits, unit: 'count' });
    metrics.push({ metric: `wifi.${variant}.reconnects_during_vote`, value: count((e) => e.ev === 'reconnect', vFrom), unit: 'count' });
    return metrics;
  } finally {
    for (const w of workers) {
      w.send({ cmd: 'quit' });
      w.proc.kill('SIGTERM');
    }
    bare?.stop();
    relay?.kill('SIGTERM');
    await pause(300);
    relay?.kill('SIGKILL');
    topo?.destroy();
    for (const d of dirs) removeDir(d);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runWifiBench().then(
    (m) => (console.log(JSON.stringify(m, null, 2)), process.exit(0)),
    (e: unknown) => (console.error(e), process.exit(1)),
  );
}
