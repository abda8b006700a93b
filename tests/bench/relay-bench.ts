/*
 * Relay benchmark, on loopback with the real relay process (the CLI) and real Yjs clients speaking the
 * y-websocket protocol (lean clients: ws + Y.Doc + y-protocols/sync, no provider timers):
 *   - scaling curve: at 50, 100, 250, 500 and 1,000 connected delegates, a chair's update until each
 *     delegate applied it (p99 over delegates, median over rounds), against a bare ws server (child process)
 *     broadcasting the same bytes to as many sockets, rounds alternating relay / bare so both see the same
 *     background load; the relay's and the bare server's RSS at each size (cost per client);
 *   - relay idle CPU with 1,000 connected;
 *   - relay killed with SIGKILL and restarted: time until all 1,000 re-synced, and how many acknowledged
 *     updates were lost (must be 0), checked with a fresh client before the writer comes back.
 *
 *   npx tsx tests/bench/relay-bench.ts
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
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
import { percentile, round, roundsMetric } from './metric';
import { CLK_TCK, mib, procStats, spawnChild } from './proc';

export type { Metric };

const STEPS = [50, 100, 250, 500, 1000] as const;
const DELEGATES: number = STEPS[STEPS.length - 1]!;
const WARMUP_BROADCASTS = 3;
/** Each round pools several broadcasts of each kind (alternating), so one round's ratio is not one sample's. */
const ROUNDS = 5;
const BROADCASTS_PER_ROUND = 6;
const IDLE_SAMPLE_MS = 5000;
const CONNECT_BATCH = 100;
const RECONNECT_MIN_MS = 50;
const RECONNECT_MAX_MS = 500;
const DEADLINE_MS = 20_000;
const REMOTE = Symbol('remote');

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
        createPeer(
          urlOf(i),
          rand,
          {
            onSynced: (p) => {
              if (p.syncs === 1) synced++;
              c.poke();
            },
            onRemoteUpdate,
          },
          yjsAware,
        ),
      );
    }
    await c.done;
  }
  return peers;
}

/**
 * Rounds of "writer sends one frame → wait until every peer applied one remote update"; returns each peer's
 * delay. All peers live in this one process, so the figure includes their (sequential) decoding and
 * applying; the baseline pays exactly the same client-side cost.
 */
function createRoundTimer(name: string) {
  let remaining = 0;
  let arrivals: number[] = [];
  let finish: (() => void) | null = null;
  return {
    onRemoteUpdate() {
      if (!finish) return;
      arrivals.push(performance.now());
      if (--remaining === 0) {
        const f = finish;
        finish = null;
        f();
      }
    },
    async run(peerCount: number, send: () => void): Promise<number[]> {
      remaining = peerCount;
      arrivals = [];
      const done = new Promise<void>((res, rej) => {
        const timer = setTimeout(
          () => rej(new Error(`bench: ${name} broadcast round incomplete (${remaining} of ${peerCount} peers missing)`)),
          DEADLINE_MS,
        );
        finish = () => {
          clearTimeout(timer);
          res();
        };
      });
      const t0 = performance.now();
      send();
      await done;
      return arrivals.map((t) => t - t0);
    },
  };
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
    // --- Setup: a meeting with a chair and 1,000 delegates; sessions issued straight into the relay DB
    // (1,000 scrypt logins would measure password hashing, not the relay).
    const sharedHash = await hashPassword('bench-password');
    const users: FixtureUserSpec[] = [
      { key: 'chair', role: 'chair' },
      { key: 'fresh', role: 'secretariat' },
    ];
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
    const bare = await spawnChild('relay-bare-server.ts', [], 'BARE');
    children.push(bare);
    const bareUrl = `ws://127.0.0.1:${bare.port}`;

    const relayTimer = createRoundTimer('relay');
    const bareTimer = createRoundTimer('bare');
    const [chair] = await connectAll(
      1,
      () => wsUrl(tokens.chair!),
      rand,
      () => {},
    );
    const [bareChair] = await connectAll(
      1,
      () => bareUrl,
      rand,
      () => {},
      false,
    );
    const items = chair!.doc.getArray<number>('items');
    const delegates: Peer[] = [];
    const bareDelegates: Peer[] = [];
    let sent = 0;
    let connectMs = 0;
    let cpuTicks = 0;
    const rssAt: { n: number; rss: number; bareRss: number }[] = [];

    // --- Scaling curve: grow both fleets step by step; at each size, interleaved broadcast rounds.
    for (const n of STEPS) {
      const add = n - delegates.length;
      const c0 = procStats(relay.pid).cpuTicks;
      const t0 = performance.now();
      delegates.push(
        ...(await connectAll(
          add,
          (i) => wsUrl(tokens[`d${delegates.length + i}`]!),
          rand,
          () => relayTimer.onRemoteUpdate(),
        )),
      );
      connectMs += performance.now() - t0;
      cpuTicks += procStats(relay.pid).cpuTicks - c0;
      bareDelegates.push(
        ...(await connectAll(
          add,
          () => bareUrl,
          rand,
          () => bareTimer.onRemoteUpdate(),
          false,
        )),
      );

      const p99: { value: number; baseline: number }[] = [];
      const p50: { value: number; baseline: number }[] = [];
      const viaRelay = () =>
        relayTimer.run(n, () => {
          const before = Y.encodeStateVector(chair!.doc);
          items.push([sent++]);
          chair!.send(updateFrame(Y.encodeStateAsUpdate(chair!.doc, before)));
        });
      // The bare server forwards an update of the same kind and size, each from a fresh writer doc: the
      // bare server keeps no state, so peers that joined later could not apply a writer's later updates.
      const viaBare = () =>
        bareTimer.run(n, () => {
          const writer = new Y.Doc();
          writer.getArray<number>('items').push([sent]);
          bareChair!.send(updateFrame(Y.encodeStateAsUpdate(writer)));
        });
      for (let i = 0; i < WARMUP_BROADCASTS; i++) {
        await viaRelay();
        await viaBare();
      }
      for (let r = 0; r < ROUNDS; r++) {
        const rel: number[] = [];
        const bar: number[] = [];
        for (let i = 0; i < BROADCASTS_PER_ROUND; i++) {
          if ((r + i) % 2 === 0) {
            rel.push(...(await viaRelay()));
            bar.push(...(await viaBare()));
          } else {
            bar.push(...(await viaBare()));
            rel.push(...(await viaRelay()));
          }
        }
        p99.push({ value: percentile(rel, 99), baseline: percentile(bar, 99) });
        p50.push({ value: percentile(rel, 50), baseline: percentile(bar, 50) });
      }
      metrics.push(roundsMetric(`relay.broadcast_p50.${n}_clients`, 'ms', p50));
      metrics.push(roundsMetric(`relay.broadcast_p99.${n}_clients`, 'ms', p99));
      const rss = procStats(relay.pid).rssBytes;
      const bareRss = procStats(bare.pid).rssBytes;
      rssAt.push({ n, rss, bareRss });
      metrics.push({ metric: `relay.rss.${n}_clients`, value: mib(rss), unit: 'MiB', baseline: mib(bareRss), ratio: round(rss / bareRss) });
    }
    // Memory per client: the slope between the smallest and the largest fleet (RSS of one sample is noisy).
    const first = rssAt[0]!;
    const last = rssAt[rssAt.length - 1]!;
    const slope = (a: number, b: number) => (b - a) / (last.n - first.n) / 1024;
    const relaySlope = slope(first.rss, last.rss);
    const bareSlope = slope(first.bareRss, last.bareRss);
    metrics.push({
      metric: `relay.rss_per_client.${first.n}_to_${last.n}_clients`,
      value: round(relaySlope, 1),
      unit: 'KiB',
      baseline: round(bareSlope, 1),
      ratio: bareSlope > 0 ? round(relaySlope / bareSlope) : undefined,
    });
    for (const d of bareDelegates) d.close();
    bareChair!.close();
    bare.stop();
    metrics.push({ metric: `relay.connect_and_sync.${DELEGATES}_delegates`, value: round(connectMs, 0), unit: 'ms' });
    metrics.push({ metric: 'relay.cpu_per_connect_and_sync', value: round((cpuTicks * (1000 / CLK_TCK)) / DELEGATES, 3), unit: 'ms CPU' });

    // --- Idle: CPU of the relay process with 1,000 connected.
    const s0 = procStats(relay.pid);
    const tIdle = performance.now();
    await new Promise<void>((r) => setTimeout(r, IDLE_SAMPLE_MS)); // a measurement window, not synchronisation
    const s1 = procStats(relay.pid);
    const idleCpuPct = ((s1.cpuTicks - s0.cpuTicks) / CLK_TCK / ((performance.now() - tIdle) / 1000)) * 100;
    metrics.push({ metric: `relay.idle_cpu.${DELEGATES}_connected`, value: round(idleCpuPct, 2), unit: '% of one core' });
    const totalItems = sent;

    // --- SIGKILL mid-session and restart on the same port. The chair stays away so that nothing can be
    // re-uploaded: what a fresh client gets is what the relay had on disk.
    chair!.close();
    let resynced = 0;
    const allResynced = condition(`all ${DELEGATES} re-synced after restart`, () => resynced === DELEGATES);
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
    metrics.push({ metric: 'relay.restart_process_ready', value: round(tReady - tSpawn, 0), unit: 'ms' });
    metrics.push({ metric: `relay.restart_ready_to_all_${DELEGATES}_resynced`, value: round(tAll - tReady, 0), unit: 'ms' });
    metrics.push({ metric: `relay.kill9_to_all_${DELEGATES}_resynced`, value: round(tAll - tKill, 0), unit: 'ms' });

    const [fresh] = await connectAll(
      1,
      () => wsUrl(tokens.fresh!),
      rand,
      () => {},
    );
    const onRelay = fresh!.doc.getArray<number>('items').toArray();
    const lost = totalItems - new Set(onRelay).size;
    const delegateShort = delegates.filter((d) => d.doc.getArray('items').length !== totalItems).length;
    metrics.push({
      metric: 'relay.restart_lost_acknowledged_updates',
      value: lost + delegateShort,
      unit: 'updates',
      target: '0',
    } as Metric);
    fresh!.close();

    // Still live after the restart: one more chair update reaches everyone.
    const chairBack = condition('chair re-synced', () => chair!.synced);
    chair!.syncListeners.add(() => chairBack.poke());
    chair!.reconnect();
    await chairBack.done;
    await relayTimer.run(DELEGATES, () => {
      const before = Y.encodeStateVector(chair!.doc);
      items.push([totalItems]);
      chair!.send(updateFrame(Y.encodeStateAsUpdate(chair!.doc, before)));
    });
    for (const d of delegates) d.close();
    chair!.close();
    await relay.stop();
    relay = null;
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
