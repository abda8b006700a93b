import { connect, createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { Result } from '../../shared/util/result';
import { ok } from '../../shared/util/result';
import type { CommandContext, CommandProcessorLike } from '../../electron/relay/command-types';
import { createRelay, loadOrCreateTls } from '../../electron/relay';
import type { Relay } from '../../electron/relay';
import type { MeetingFixture } from '../helpers/relay-fixture';
import { makeMeetingFixture } from '../helpers/relay-fixture';
import { removeDir, tempDir, until } from '../helpers/relay-harness';

/**
 * A laptop on a congested Wi-Fi link (here: a proxy that stops reading what the relay sends it, so the TCP
 * buffers fill as on a saturated medium) while the live view keeps changing. The relay must not queue every
 * view for it: when the link frees up the laptop gets the newest view after a few frames, not a backlog of
 * stale ones (in the Wi-Fi bench 250 such backlogs of ~25 KB views held the heartbeat's pings back for
 * seconds, the relay cut the laptops off as silent and they reconnected in storms). Over TLS, as in a room.
 */
const VIEW_PAD_BYTES = 4 * 1024 * 1024;
const CHANGES = 16;

/** A counter and padding: views big enough that the loopback's TCP buffers cannot hide a backlog of them. */
function bigViewProcessor() {
  let count = 0;
  const listeners = new Set<() => void>();
  const pad = 'x'.repeat(VIEW_PAD_BYTES);
  return {
    handle(_ctx: CommandContext, _command: unknown): Result<{ count: number }> {
      count++;
      for (const l of listeners) l();
      return ok({ count });
    },
    view: () => ({ count, pad }),
    subscribe(l: () => void) {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    close: () => listeners.clear(),
  };
}

/** TCP proxy whose relay-to-laptop direction can be stalled (stops reading: backpressure, nothing lost). */
async function stallingProxy(target: number): Promise<{ port: number; stall(on: boolean): void; server: Server }> {
  const ups = new Set<Socket>();
  let stalled = false;
  const server = createServer((down) => {
    const up = connect(target, '127.0.0.1');
    ups.add(up);
    down.on('data', (c: Buffer) => up.write(c));
    up.on('data', (c: Buffer) => {
      if (!down.write(c)) up.pause();
    });
    down.on('drain', () => stalled || up.resume());
    if (stalled) up.pause();
    const end = () => (down.destroy(), up.destroy(), ups.delete(up));
    down.on('error', end).on('close', end);
    up.on('error', end).on('close', end);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const a = server.address();
  return {
    port: typeof a === 'object' && a ? a.port : 0,
    stall(on) {
      stalled = on;
      for (const up of ups)
        if (on) up.pause();
        else up.resume();
    },
    server,
  };
}

let relay: Relay;
let fx: MeetingFixture;
let dataDir: string;
let certPem: string;

beforeAll(async () => {
  fx = await makeMeetingFixture({ seed: 5 });
  dataDir = tempDir('relay-congestion');
  const tls = await loadOrCreateTls(dataDir);
  certPem = tls.cert;
  relay = await createRelay({
    dataDir,
    port: 0,
    tls,
    // The stalled laptop cannot answer pings while its link holds everything: keep the heartbeat out of it.
    limits: { presenceTimeoutMs: 60_000 },
    commands: bigViewProcessor() as unknown as CommandProcessorLike,
  });
  relay.loadPackage(fx.pkg, fx.blobDir);
});
afterAll(async () => {
  await relay.close();
  removeDir(dataDir);
  removeDir(fx.dir);
});

/** A /commands socket over wss (the relay's certificate as the only root) counting the views it receives. */
function viewer(port: number, userId: string) {
  const token = relay.issueSession(fx.users[userId]!.id)!.token;
  const ws = new WebSocket(`wss://127.0.0.1:${port}/commands?token=${token}`, {
    ca: certPem,
    // The generated certificate names the relay, not 127.0.0.1; trust comes from the pinned certificate alone.
    checkServerIdentity: (() => undefined) as unknown as () => boolean,
    perMessageDeflate: false,
  });
  const counts: number[] = [];
  const waiters = new Set<() => void>();
  ws.on('message', (d: Buffer) => {
    const f = JSON.parse(d.toString()) as { type: string; state?: { count: number } };
    if (f.type === 'state' && f.state) counts.push(f.state.count);
    for (const w of [...waiters]) w();
  });
  const onChange = (cb: () => void) => (waiters.add(cb), () => void waiters.delete(cb));
  const opened = new Promise<void>((resolve, reject) => ws.once('open', resolve).once('error', reject));
  return { ws, counts, onChange, opened };
}

describe('live view on a congested link', () => {
  it('sends a stalled laptop the newest view when its link frees up, not every stale view in between', async () => {
    const proxy = await stallingProxy(relay.port);
    const chair = viewer(relay.port, 'chair');
    const slow = viewer(proxy.port, 'd1');
    await Promise.all([chair.opened, slow.opened]);
    await until(slow.onChange, () => slow.counts.length > 0, 'the stalled laptop has its first view');
    proxy.stall(true);
    let sent = 0;
    for (let i = 1; i <= CHANGES; i++) {
      // Each change is pushed on its own (the chair sees every count), so the relay has CHANGES views to send.
      chair.ws.send(JSON.stringify({ type: 'command', id: `bump-${i}`, command: { kind: 'bump' } }));
      await until(chair.onChange, () => chair.counts.includes(i), `the chair sees change ${i}`);
      sent++;
    }
    const before = slow.counts.length;
    proxy.stall(false);
    await until(slow.onChange, () => slow.counts.at(-1) === CHANGES, 'the stalled laptop catches up with the newest view', 20_000);
    const received = slow.counts.length - before;
    expect(sent).toBe(CHANGES);
    // Whatever the TCP buffers held when the link stalled, plus the newest: far fewer than one per change.
    expect(received).toBeLessThanOrEqual(CHANGES / 2);
    expect(slow.counts).toEqual([...slow.counts].sort((a, b) => a - b));
    chair.ws.terminate();
    slow.ws.terminate();
    proxy.server.close();
  }, 60_000);
});
