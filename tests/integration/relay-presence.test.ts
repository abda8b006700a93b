import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { UserId } from '../../shared/model/ids';
import type { Result } from '../../shared/util/result';
import { err, ok } from '../../shared/util/result';
import type { CommandContext, CommandProcessorLike } from '../../electron/relay/command-types';
import { DEFAULT_LIMITS } from '../../electron/relay';
import { CLOSE_MALFORMED } from '../../shared/relay-protocol/constants';
import { createRelay } from '../../electron/relay';
import type { Relay } from '../../electron/relay';
import type { ServerCommandFrame } from '../../shared/relay-protocol/types';
import type { MeetingFixture } from '../helpers/relay-fixture';
import { makeMeetingFixture } from '../helpers/relay-fixture';
import { loginAs, removeDir, tempDir, until } from '../helpers/relay-harness';
import { connectLean } from '../helpers/relay-lean-client';

/**
 * Presence from the relay's own heartbeat (a silent laptop goes offline), and the JSON command channel
 * wired to a command processor (a small real one defined here: a counter only the chair may bump).
 */
const HEARTBEAT_MS = 200;
const PRESENCE_TIMEOUT_MS = 1000;

/** The relay forwards whatever its processor returns; this counter speaks its own payloads, not the meeting's. */
type CounterProcessor = Omit<CommandProcessorLike, 'handle' | 'view'> & {
  handled: string[];
  handle(ctx: CommandContext, command: unknown): Result<{ count: number }>;
  view(ctx: CommandContext): { count: number; you: UserId; online: boolean };
};

function counterProcessor(): CounterProcessor {
  let count = 0;
  const seen = new Set<string>();
  const listeners = new Set<() => void>();
  const handled: string[] = [];
  return {
    handled,
    handle(ctx: CommandContext, command: unknown) {
      const c = command as { kind?: string; key?: string };
      if (c?.kind !== 'bump' || typeof c.key !== 'string') return err('invalid_input', 'Lệnh không hợp lệ.');
      if (ctx.role !== 'chair') return err('forbidden', 'Chỉ chủ tọa được thực hiện lệnh này.');
      if (!seen.has(c.key)) {
        seen.add(c.key);
        count++;
        handled.push(c.key);
        for (const l of listeners) l();
      }
      return ok({ count });
    },
    view: (ctx) => ({ count, you: ctx.userId, online: ctx.online }),
    subscribe(l) {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    close: () => listeners.clear(),
  };
}

let relay: Relay;
let fx: MeetingFixture;
let dataDir: string;
let tokens: Record<string, string>;
const processor = counterProcessor();
const sockets: WebSocket[] = [];

beforeAll(async () => {
  fx = await makeMeetingFixture({ seed: 3 });
  dataDir = tempDir('relay-presence');
  relay = await createRelay({
    dataDir,
    port: 0,
    limits: { heartbeatMs: HEARTBEAT_MS, presenceTimeoutMs: PRESENCE_TIMEOUT_MS },
    commands: processor as unknown as CommandProcessorLike,
  });
  relay.loadPackage(fx.pkg, fx.blobDir);
  tokens = {};
  for (const k of ['chair', 'd1', 'd2'] as const) tokens[k] = (await loginAs(relay.url, k, fx.users[k]!.password)).token;
});
afterAll(async () => {
  for (const s of sockets) s.terminate();
  await relay.close();
  removeDir(dataDir);
  removeDir(fx.dir);
});

const untilPresence = (check: (online: UserId[]) => boolean, what: string) =>
  until(
    (cb) => relay.onPresence(cb),
    () => check(relay.presence()),
    what,
  );

/** A command-channel socket that records every frame it receives. */
function commandSocket(token: string | null) {
  const ws = new WebSocket(`${relay.url.replace(/^http/, 'ws')}/commands${token ? `?token=${token}` : ''}`);
  sockets.push(ws);
  const frames: ServerCommandFrame[] = [];
  const waiters = new Set<() => void>();
  ws.on('message', (d: Buffer) => {
    frames.push(JSON.parse(d.toString()) as ServerCommandFrame);
    for (const w of [...waiters]) w();
  });
  ws.on('error', () => {});
  const closed = new Promise<{ code: number; httpStatus: number | null }>((resolve) => {
    let httpStatus: number | null = null;
    ws.on('error', (e) => {
      const m = /Unexpected server response: (\d+)/.exec(e.message);
      if (m) httpStatus = Number(m[1]);
    });
    ws.on('close', (code) => resolve({ code, httpStatus }));
  });
  const next = <T extends ServerCommandFrame['type']>(
    type: T,
    match: (f: Extract<ServerCommandFrame, { type: T }>) => boolean = () => true,
  ) =>
    new Promise<Extract<ServerCommandFrame, { type: T }>>((resolve) => {
      const check = () => {
        const f = frames.find((x) => x.type === type && match(x as Extract<ServerCommandFrame, { type: T }>));
        if (f) {
          waiters.delete(check);
          resolve(f as Extract<ServerCommandFrame, { type: T }>);
        }
      };
      waiters.add(check);
      check();
    });
  return { ws, frames, next, closed };
}

describe('presence', () => {
  it('has defaults that show a dropped laptop offline within 10 s', () => {
    expect(DEFAULT_LIMITS.heartbeatMs + DEFAULT_LIMITS.presenceTimeoutMs).toBeLessThan(10_000);
  });

  it('marks a user online while connected and offline when their laptop goes silent (no pongs)', async () => {
    const c = connectLean({ relayUrl: relay.url, room: `meeting:${fx.meetingId}`, token: tokens.d1! });
    const awake = connectLean({ relayUrl: relay.url, room: `meeting:${fx.meetingId}`, token: tokens.chair! });
    await Promise.all([c.synced, awake.synced]);
    await untilPresence((o) => o.includes(fx.users.d1!.id) && o.includes(fx.users.chair!.id), 'd1 and chair online');
    const viaHttp = await fetch(`${relay.url}/api/presence`, { headers: { Authorization: `Bearer ${tokens.d2}` } });
    expect(((await viaHttp.json()) as { online: string[] }).online).toContain(fx.users.d1!.id);

    // Simulate a sleeping laptop: the TCP connection stays up but nothing is read, so pings go unanswered.
    const started = performance.now();
    (c.ws as unknown as { _socket: { pause(): void } })._socket.pause();
    await untilPresence((o) => !o.includes(fx.users.d1!.id), 'd1 offline after missed pongs');
    expect(performance.now() - started).toBeLessThan(PRESENCE_TIMEOUT_MS + HEARTBEAT_MS + 2000);
    // Only the silent laptop was dropped: one that answers pings stays online through the same period.
    expect(relay.presence()).toContain(fx.users.chair!.id);
    expect(awake.ws.readyState).toBe(awake.ws.OPEN);
    awake.close();
    await untilPresence((o) => !o.includes(fx.users.chair!.id), 'chair offline after closing');
  });

  it('stays online with several connections until the last one closes', async () => {
    const a = connectLean({ relayUrl: relay.url, room: `meeting:${fx.meetingId}`, token: tokens.d2! });
    const b = connectLean({ relayUrl: relay.url, room: `results:${fx.meetingId}`, token: tokens.d2! });
    await Promise.all([a.synced, b.synced]);
    a.close();
    await a.closed;
    expect(relay.presence()).toContain(fx.users.d2!.id);
    b.close();
    await untilPresence((o) => !o.includes(fx.users.d2!.id), 'd2 offline');
  });
});

describe('command channel', () => {
  it('refuses a connection without a valid token at upgrade', async () => {
    expect((await commandSocket(null).closed).httpStatus).toBe(401);
    expect((await commandSocket('forged').closed).httpStatus).toBe(401);
  });

  it('sends presence and state on connect, acks commands, pushes new state to everyone', async () => {
    const chair = commandSocket(tokens.chair!);
    const d1 = commandSocket(tokens.d1!);
    const first = await d1.next('state');
    expect(first.state).toMatchObject({ count: 0, you: fx.users.d1!.id });
    expect((await d1.next('presence')).online).toContain(fx.users.d1!.id);
    await chair.next('state');

    chair.ws.send(JSON.stringify({ type: 'command', id: 'c-1', command: { kind: 'bump', key: 'k1' } }));
    const ack = await chair.next('ack', (f) => f.id === 'c-1');
    expect(ack.result).toEqual({ ok: true, value: { count: 1 } });
    await d1.next('state', (f) => (f.state as unknown as { count: number }).count === 1);

    // Resending the same command id is safe (the processor is idempotent by key); a delegate is refused.
    chair.ws.send(JSON.stringify({ type: 'command', id: 'c-1', command: { kind: 'bump', key: 'k1' } }));
    d1.ws.send(JSON.stringify({ type: 'command', id: 'd-1', command: { kind: 'bump', key: 'k2' } }));
    const refused = await d1.next('ack', (f) => f.id === 'd-1');
    expect(refused.result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await chair.next('ack', (f) => f.id === 'c-1' && f !== ack)).result).toEqual({ ok: true, value: { count: 1 } });
    expect(processor.handled).toEqual(['k1']);
  });

  it('pushes presence changes to command connections', async () => {
    const chair = commandSocket(tokens.chair!);
    await chair.next('state');
    const d2 = connectLean({ relayUrl: relay.url, room: `meeting:${fx.meetingId}`, token: tokens.d2! });
    await d2.synced;
    await chair.next('presence', (f) => f.online.includes(fx.users.d2!.id));
    d2.close();
    const before = chair.frames.length;
    await chair.next('presence', (f) => !f.online.includes(fx.users.d2!.id) && chair.frames.indexOf(f) >= before);
  });

  it('closes only the connection that sends a malformed frame', async () => {
    const bad = commandSocket(tokens.d1!);
    const good = commandSocket(tokens.chair!);
    await Promise.all([bad.next('state'), good.next('state')]);
    bad.ws.send('this is not json');
    expect((await bad.closed).code).toBe(CLOSE_MALFORMED);
    good.ws.send(JSON.stringify({ type: 'command', id: 'c-2', command: { kind: 'bump', key: 'k3' } }));
    expect((await good.next('ack', (f) => f.id === 'c-2')).result).toEqual({ ok: true, value: { count: 2 } });
  });
});
