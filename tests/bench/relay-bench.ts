/*
 * Relay benchmark, on loopback with the real relay process (the CLI) and real Yjs clients speaking the
 * y-websocket protocol (lean clients: ws + Y.Doc + y-protocols/sync, no provider timers):
 *   - 500 connected delegates: time from a chair's update to the LAST delegate having applied it (p50, p99),
 *     against a bare ws server (child process) broadcasting the same bytes to 500 other sockets in the same
 *     run, rounds alternating relay / bare so both see the same background load;
 *   - relay RSS and idle CPU with 500 connected;
 *   - relay killed with SIGKILL and restarted: time until all 500 re-synced, and how many acknowledged
 *     updates were lost (must be 0), checked with a fresh client before the writer comes back.
 *
 *   npx tsx tests/bench/relay-bench.ts        (or via `npm run bench` once tests/bench/run.ts includes it)
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { closeDb, openDb } from '../../electron/common/sqlite/connection';
import { RELAY_MIGRATIONS } from '../../electron/relay/db/migrations';
import { createSession } from '../../electron/relay/db/sessions';
import { hashPassword } from '../../electron/common/password';
import { makeMeetingFixture, seededRandom, writeExportedPackage } from '../helpers/relay-fixture';
import type { FixtureUserSpec } from '../helpers/relay-fixture';
import { removeDir, tempDir } from '../helpers/relay-harness';
import type { RelayProcess } from '../helpers/relay-process';
import { spawnRelay } from '../helpers/relay-process';

import type { Metric } from './metric';
import { percentile, round } from './metric';

export type { Metric };

const DELEGATES = 500;
const WARMUP_ROUNDS = 5;
const MEASURED_ROUNDS = 25;
const IDLE_SAMPLE_MS = 5000;
const CONNECT_BATCH = 100;
const RECONNECT_MIN_MS = 50;
const RECONNECT_MAX_MS = 500;
const DEADLINE_MS = 60_000;
const REMOTE = Symbol('remote');
const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');


/** Resolves when `check()` is true, re-checked by the caller's `poke` (event-driven), or rejects at the deadline. */
function condition(what: string, check: () => boolean, timeoutMs = DEADLINE_MS): { poke(): void; done: Promise<void> } {
  let resolveFn!: () => void;
  let rejectFn!: (e: Error) => void;
  let settled = false;
  const done = new Promise<void>((res, rej) => {
    resolveFn = res;
    rejectFn = rej;
  });
  const timer = setTimeout(() => {
    settled = true;
    rejectFn(new Error(`bench: timed out waiting for ${what}`));
  }, timeoutMs);
  const poke = () => {
    if (!settled && check()) {
      settled = true;
      clearTimeout(timer);
      resolveFn();
    }
  };
  queueMicrotask(poke);
  return { poke, done };
}

/**
 * A lean Yjs peer that reconnects by itself (jittered backoff) and reports each completed sync
 * (sync step 2 after a (re)connect) and each remote update applied to its doc.
 */
type Peer = {
  doc: Y.Doc;
  synced: boolean;
  syncs: number;
  /** Called after every completed sync, including re-syncs after reconnecting. */
  readonly syncListeners: Set<(p: Peer) => void>;
  send(bytes: Uint8Array): void;
  close(): void;
  reconnect(): void;
};

type PeerHooks = { onSynced(p: Peer): void; onRemoteUpdate(p: Peer): void };

function createPeer(url: string, rand: () => number, hooks: PeerHooks, yjsAware = true): Peer {
  const doc = new Y.Doc();
  let ws: WebSocket | null = null;
  let stopped = false;
  let attempt = 0;
  const peer: Peer = {
    doc,
    synced: false,
    syncs: 0,
    syncListeners: new Set(),
    send(bytes) {
      if (ws && ws.readyState === WebSocket.OPEN) ws.send(bytes);
    },
    close() {
      stopped = true;
      ws?.close();
    },
    reconnect() {
      stopped = false;
      connect();
    },
  };
  const connect = () => {
    const sock = new WebSocket(url, { perMessageDeflate: false });
    ws = sock;
    sock.on('open', () => {
      attempt = 0;
      if (!yjsAware) {
        peer.synced = true;
        peer.syncs++;
        hooks.onSynced(peer);
        for (const l of peer.syncListeners) l(peer);
        return;
      }
      const enc = encoding.createEncoder();
      encoding.writeVarUint(enc, 0);
      syncProtocol.writeSyncStep1(enc, doc);
      sock.send(encoding.toUint8Array(enc));
    });
    sock.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      if (decoding.readVarUint(decoder) !== 0) return;
      const syncType = decoding.readVarUint(decoding.clone(decoder));
      const enc = encoding.createEncoder();
      encoding.writeVarUint(enc, 0);
      syncProtocol.readSyncMessage(decoder, enc, doc, REMOTE);
      if (encoding.length(enc) > 1) sock.send(encoding.toUint8Array(enc));
      if (syncType === syncProtocol.messageYjsSyncStep2 && !peer.synced) {
        peer.synced = true;
        peer.syncs++;
        hooks.onSynced(peer);
        for (const l of peer.syncListeners) l(peer);
      }
    });
    sock.on('error', () => {});
    sock.on('close', () => {
      peer.synced = false;
      if (ws !== sock || stopped) return;
      const delay = Math.min(RECONNECT_MAX_MS, RECONNECT_MIN_MS * 2 ** attempt++) * (0.5 + 0.5 * rand());
      setTimeout(() => {
        if (!stopped && ws === sock) connect();
      }, delay);
    });
  };
  doc.on('update', (_u: Uint8Array, origin: unknown) => {
    if (origin === REMOTE) hooks.onRemoteUpdate(peer);
  });
  connect();
  return peer;
}

/** Connects `n` peers in batches; resolves when all have completed their first sync. */
async function connectAll(
  n: number,
  urlOf: (i: number) => string,
  rand: () => number,
  onRemoteUpdate: (p: Peer) => void,
  yjsAware = true,
): Promise<Peer[]> {
  const peers: Peer[] = [];
  for (let start = 0; start < n; start += CONNECT_BATCH) {
    const count = Math.min(CONNECT_BATCH, n - start);
    let synced = 0;
    const c = condition(`batch ${start} synced`, () => synced === count);
    for (let i = start; i < start + count; i++) {
      peers.push(
        createPeer(urlOf(i), rand, {
          onSynced: (p) => {
            if (p.syncs === 1) synced++;
            c.poke();
          },
          onRemoteUpdate,
        }, yjsAware),
      );
    }
    await c.done;
  }
  return peers;
}

/**
 * Runs rounds of "writer sends one frame → wait until every peer applied one remote update" and returns
 * the time to the LAST peer's apply. All peers live in this one process, so the figure includes their
 * (sequential) decoding and applying; the baseline pays exactly the same client-side cost.
 */
function createRoundTimer(peerCount: number) {
  let remaining = 0;
  let finish: ((t: number) => void) | null = null;
  return {
    onRemoteUpdate() {
      if (finish && --remaining === 0) {
        const f = finish;
        finish = null;
        f(performance.now());
      }
    },
    async run(send: () => void): Promise<number> {
      remaining = peerCount;
      const done = new Promise<number>((res, rej) => {
        const timer = setTimeout(() => rej(new Error(`bench: broadcast round incomplete (${remaining} peers missing)`)), DEADLINE_MS);
        finish = (t) => {
          clearTimeout(timer);
          res(t);
        };
      });
      const t0 = performance.now();
      send();
      return (await done) - t0;
    },
  };
}

function procStats(pid: number): { rssBytes: number; cpuTicks: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields after "(comm) ": state is index 0, utime is field 14 overall → index 11, stime → 12.
  return { rssBytes: rssKb * 1024, cpuTicks: Number(fields[11]) + Number(fields[12]) };
}
const CLK_TCK = 100;

function spawnBare(): Promise<{ port: number; stop(): void }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'tests', 'bench', 'relay-bare-server.ts')], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((res, rej) => {
    let out = '';
    proc.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /BARE_PORT=(\d+)/.exec(out);
      if (m) res({ port: Number(m[1]), stop: () => proc.kill('SIGTERM') });
    });
    proc.once('exit', (code) => rej(new Error(`bare server exited ${code}`)));
  });
}

const updateFrame = (update: Uint8Array): Uint8Array => {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, 0);
  syncProtocol.writeUpdate(enc, update);
  return encoding.toUint8Array(enc);
};

export async function runRelayBench(): Promise<Metric[]> {
  const metrics: Metric[] = [];
  const rand = seededRandom(500);
  const dirs: string[] = [];
  const children: { stop(): void }[] = [];
  let relay: RelayProcess | null = null;
  try {
    // --- Setup: a meeting with a chair and 500 delegates; sessions issued straight into the relay DB
    // (500 scrypt logins would measure password hashing, not the relay).
    const sharedHash = await hashPassword('bench-password');
    const users: FixtureUserSpec[] = [{ key: 'chair', role: 'chair' }, { key: 'fresh', role: 'secretariat' }];
    for (let i = 0; i < DELEGATES; i++) users.push({ key: `d${i}`, role: 'delegate' });
    const fx = await makeMeetingFixture({ seed: 9, users, docs: [{ key: 'public', sizeBytes: 10_000 }], sharedHash });
    const dataDir = tempDir('relay-bench');
    dirs.push(dataDir, fx.dir);
    const tokens: Record<string, string> = {};
    const db = openDb({ file: join(dataDir, 'relay.db'), migrations: RELAY_MIGRATIONS });
    db.transaction(() => {
      for (const u of Object.values(fx.users)) tokens[u.username] = createSession(db, u.id, fx.meetingId, Date.now(), 3600_000);
    })();
    closeDb(db);
    relay = await spawnRelay({ dataDir, packageDir: writeExportedPackage(fx) });
    const room = `meeting:${fx.meetingId}`;
    const wsUrl = (token: string) => `${relay!.url.replace(/^http/, 'ws')}/yjs/${room}?token=${encodeURIComponent(token)}`;

    // --- 500 delegates + the chair connect.
    const relayTimer = createRoundTimer(DELEGATES);
    const idleRss = procStats(relay.pid).rssBytes;
    const cpuBeforeConnect = procStats(relay.pid).cpuTicks;
    const tConnect = performance.now();
    const delegates = await connectAll(DELEGATES, (i) => wsUrl(tokens[`d${i}`]!), rand, () => relayTimer.onRemoteUpdate());
    metrics.push({ metric: 'relay_connect_and_sync_500_delegates', value: round(performance.now() - tConnect, 0), unit: 'ms' });
    metrics.push({
      metric: 'relay_cpu_per_connect_and_sync',
      value: round(((procStats(relay.pid).cpuTicks - cpuBeforeConnect) * (1000 / CLK_TCK)) / DELEGATES, 3),
      unit: 'ms CPU',
    });
    const [chair] = await connectAll(1, () => wsUrl(tokens.chair!), rand, () => {});

    // --- Idle: RSS and CPU of the relay process with 500 connected.
    const s0 = procStats(relay.pid);
    const tIdle = performance.now();
    await new Promise<void>((r) => setTimeout(r, IDLE_SAMPLE_MS)); // a measurement window, not synchronisation
    const s1 = procStats(relay.pid);
    const idleCpuPct = ((s1.cpuTicks - s0.cpuTicks) / CLK_TCK / ((performance.now() - tIdle) / 1000)) * 100;
    metrics.push({
      metric: 'relay_rss_500_connected',
      value: round(s1.rssBytes / 1024 / 1024, 1),
      unit: 'MiB',
      baseline: round(idleRss / 1024 / 1024, 1),
      ratio: round(s1.rssBytes / idleRss),
    });
    metrics.push({ metric: 'relay_idle_cpu_500_connected', value: round(idleCpuPct, 2), unit: '% of one core' });

    // --- Baseline server and its 500 sockets, connected now so that relay and bare rounds can alternate:
    // both then see the same background load (this machine's 2 cores are shared).
    const bare = await spawnBare();
    children.push(bare);
    const bareTimer = createRoundTimer(DELEGATES);
    const bareUrl = `ws://127.0.0.1:${bare.port}`;
    const bareDelegates = await connectAll(DELEGATES, () => bareUrl, rand, () => bareTimer.onRemoteUpdate(), false);
    const [bareChair] = await connectAll(1, () => bareUrl, rand, () => {}, false);

    // --- Broadcast latency: the chair's update through the relay (validate, apply, persist with
    // synchronous=FULL, fan out), then the very same bytes through the bare server.
    const items = chair!.doc.getArray<number>('items');
    const relayLatencies: number[] = [];
    const bareLatencies: number[] = [];
    for (let i = 0; i < WARMUP_ROUNDS + MEASURED_ROUNDS; i++) {
      let frame: Uint8Array | null = null;
      const viaRelay = await relayTimer.run(() => {
        const before = Y.encodeStateVector(chair!.doc);
        items.push([i]);
        frame = updateFrame(Y.encodeStateAsUpdate(chair!.doc, before));
        chair!.send(frame);
      });
      const viaBare = await bareTimer.run(() => bareChair!.send(frame!));
      if (i >= WARMUP_ROUNDS) {
        relayLatencies.push(viaRelay);
        bareLatencies.push(viaBare);
      }
    }
    for (const d of bareDelegates) d.close();
    bareChair!.close();
    bare.stop();
    const rssAfter = procStats(relay.pid).rssBytes;
    const totalItems = WARMUP_ROUNDS + MEASURED_ROUNDS;

    // --- SIGKILL mid-session and restart on the same port. The chair stays away so that nothing can be
    // re-uploaded: what a fresh client gets is what the relay had on disk.
    chair!.close();
    let resynced = 0;
    const allResynced = condition('all 500 re-synced after restart', () => resynced === DELEGATES);
    for (const d of delegates) {
      const base = d.syncs;
      const onSync = () => {
        if (d.syncs > base) {
          d.syncListeners.delete(onSync);
          resynced++;
          allResynced.poke();
        }
      };
      d.syncListeners.add(onSync);
    }
    const tKill = performance.now();
    await relay.kill9();
    const tSpawn = performance.now();
    relay = await spawnRelay({ dataDir, port: relay.port });
    const tReady = performance.now();
    await allResynced.done;
    const tAll = performance.now();
    metrics.push({ metric: 'relay_restart_process_ready', value: round(tReady - tSpawn, 0), unit: 'ms' });
    metrics.push({ metric: 'relay_restart_ready_to_all_500_resynced', value: round(tAll - tReady, 0), unit: 'ms' });
    metrics.push({ metric: 'relay_kill9_to_all_500_resynced', value: round(tAll - tKill, 0), unit: 'ms' });

    const [fresh] = await connectAll(1, () => wsUrl(tokens.fresh!), rand, () => {});
    const onRelay = fresh!.doc.getArray<number>('items').toArray();
    const lost = totalItems - new Set(onRelay).size;
    const delegateShort = delegates.filter((d) => d.doc.getArray('items').length !== totalItems).length;
    metrics.push({ metric: 'relay_restart_lost_acknowledged_updates', value: lost + delegateShort, unit: 'updates' });
    fresh!.close();

    // Still live after the restart: one more chair update reaches all 500.
    const chairBack = condition('chair re-synced', () => chair!.synced);
    chair!.syncListeners.add(() => chairBack.poke());
    chair!.reconnect();
    await chairBack.done;
    await relayTimer.run(() => {
      const before = Y.encodeStateVector(chair!.doc);
      items.push([totalItems]);
      chair!.send(updateFrame(Y.encodeStateAsUpdate(chair!.doc, before)));
    });
    for (const d of delegates) d.close();
    chair!.close();
    await relay.stop();
    relay = null;

    for (const p of [50, 99] as const) {
      const value = percentile(relayLatencies, p);
      const baseline = percentile(bareLatencies, p);
      metrics.push({ metric: `relay_update_to_last_of_500_applied_p${p}`, value: round(value), unit: 'ms', baseline: round(baseline), ratio: round(value / baseline) });
    }

    metrics.push({ metric: 'relay_rss_after_broadcasts', value: round(rssAfter / 1024 / 1024, 1), unit: 'MiB' });
    return metrics;
  } finally {
    for (const c of children) c.stop();
    if (relay) await relay.kill9();
    for (const d of dirs) removeDir(d);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runRelayBench().then(
    (m) => {
      console.log(JSON.stringify(m, null, 2));
      process.exit(0);
    },
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
