import { afterAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { RelayLimits } from '../../electron/relay';
import { createRelay } from '../../electron/relay';
import { CLOSE_QUOTA, CLOSE_RATE_LIMITED } from '../../shared/relay-protocol/constants';
import { sharedNote } from '../helpers/annotation-notes';
import { putAnnotation } from '../../shared/annotations/ydoc-model';
import { annotationTexts, putSharedNote } from '../helpers/annotation-notes';
import type { TestRelay } from '../helpers/relay-harness';
import { loginAs, removeDir, startTestRelay, until, untilDoc } from '../helpers/relay-harness';
import type { LeanClient } from '../helpers/relay-lean-client';
import { connectLean, yjsUrl } from '../helpers/relay-lean-client';

/**
 * Point 3 of the relay hardening, with raw frames: one delegate's token cannot exhaust the relay for everyone.
 * Per-user socket cap (HTTP 429 with the reason), per-user and per-room storage quotas (close 4413, told why,
 * the per-user count survives a restart), awareness size, client-count and rate caps (dropped, told why).
 * Each time an honest delegate keeps connecting and syncing.
 */
const started: TestRelay[] = [];
const clients: LeanClient[] = [];
afterAll(async () => {
  for (const c of clients) c.close();
  for (const t of started) {
    await t.relay.close();
    removeDir(t.dataDir);
    removeDir(t.fx.dir);
  }
});

async function relayWith(limits: Partial<RelayLimits>): Promise<TestRelay & { token: (who: 'd1' | 'd2' | 'chair') => Promise<string> }> {
  const t = await startTestRelay({ limits });
  started.push(t);
  const cache = new Map<string, string>();
  const token = async (who: 'd1' | 'd2' | 'chair') => {
    if (!cache.has(who)) cache.set(who, (await loginAs(t.relay.url, who, t.fx.users[who]!.password)).token);
    return cache.get(who)!;
  };
  return { ...t, token };
}

const lean = (relayUrl: string, room: string, token: string) => {
  const c = connectLean({ relayUrl, room, token });
  clients.push(c);
  return c;
};

/** An honest delegate (d1) still connects, writes a shared note and sees it come back through a second laptop. */
async function honestDelegateSyncs(t: TestRelay, token: string, mark: string): Promise<void> {
  const room = `annotations-shared:${t.fx.docs.public!.id}`;
  const a = lean(t.relay.url, room, token);
  const b = lean(t.relay.url, room, token);
  await Promise.all([a.synced, b.synced]);
  putSharedNote(a.doc, t.fx.docs.public!.id, t.fx.users.d1!.id, mark);
  await untilDoc(b.doc, () => annotationTexts(b.doc).includes(mark), `honest delegate sees ${mark}`);
  a.close();
  b.close();
}

/** Opens a raw WebSocket; resolves with "open" or the HTTP refusal (status and JSON body). */
function rawOpen(
  url: string,
): Promise<
  { ws: WebSocket } | { status: number; body: { error: { code: string; key?: string; params?: Record<string, unknown>; message: string } } }
> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    ws.once('open', () => resolve({ ws }));
    ws.once('unexpected-response', (_req, res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
    });
    ws.once('error', (e) => {
      if (!/Unexpected server response/.test(e.message)) reject(e);
    });
  });
}

describe('sockets per user', () => {
  it('caps one token at maxConnectionsPerUser (429 and why); others still connect; a closed socket frees its slot', async () => {
    const CAP = 8;
    const t = await relayWith({ maxConnectionsPerUser: CAP });
    const attacker = await t.token('d2');
    const url = yjsUrl(t.relay.url, `annotations-private:${t.fx.users.d2!.id}`, attacker);
    const held = await Promise.all(Array.from({ length: CAP }, () => rawOpen(url)));
    const sockets = held.map((h) => ('ws' in h ? h.ws : null));
    expect(sockets.every((s) => s !== null)).toBe(true);
    // Also the command channel: the cap is per user, whatever the endpoint.
    const over = await rawOpen(`${t.relay.url.replace(/^http/, 'ws')}/commands?token=${attacker}`);
    expect('status' in over && over.status).toBe(429);
    if (!('status' in over)) throw new Error('unreachable');
    expect(over.body.error.message).toMatch(/quá nhiều kết nối \(8\)/);
    expect(over.body.error).toMatchObject({ code: 'forbidden', key: 'error.relay.tooManyConnections', params: { limit: CAP } });

    await honestDelegateSyncs(t, await t.token('d1'), 'vẫn kết nối được');

    const one = sockets[0]!;
    await new Promise<void>((r) => {
      one.once('close', () => r());
      one.close();
    });
    await until(
      (cb) => t.relay.onEvent(cb),
      () => t.relay.stats().connections === CAP - 1,
      'relay saw the close',
    );
    const again = await rawOpen(url);
    expect('ws' in again).toBe(true);
    for (const s of [...sockets.slice(1), 'ws' in again ? again.ws : null]) s?.terminate();
  });
});

/** Writes ~50 kB updates into the attacker's private room until the relay closes the socket. */
async function fillPrivateRoom(t: TestRelay, token: string, maxUpdates: number) {
  const c = lean(t.relay.url, `annotations-private:${t.fx.users.d2!.id}`, token);
  await c.synced;
  let sent = 0;
  const closed = c.closed;
  let isClosed = false;
  void closed.then(() => (isClosed = true));
  for (; sent < maxUpdates && !isClosed; sent++) {
    c.doc.getArray<string>('blob').push([`${sent}`.padEnd(50_000, 'x')]);
    if (sent % 4 === 3) await c.acknowledged().catch(() => {});
  }
  return { client: c, closed: await closed, sent };
}

describe('storage quotas', () => {
  it('per user: refused beyond maxUserBytes with 4413 and why, still refused after a restart; others unaffected', async () => {
    const USER_BYTES = 400_000;
    const t = await relayWith({ maxUserBytes: USER_BYTES });
    const { client, closed, sent } = await fillPrivateRoom(t, await t.token('d2'), 100);
    expect(sent).toBeLessThan(100);
    expect(closed.code).toBe(CLOSE_QUOTA);
    expect(closed.reason).toBe('storage quota exceeded');
    expect(client.denied.at(-1)).toMatch(/dùng hết dung lượng lưu trữ cho phép.*\(0\.4 MiB\)/);
    const stored = t.relay.roomState(`annotations-private:${t.fx.users.d2!.id}`).byteLength;
    expect(stored).toBeLessThanOrEqual(USER_BYTES);
    await honestDelegateSyncs(t, await t.token('d1'), 'sau khi đầy hạn mức');

    // The count is in relay.db: a restarted relay still refuses the next write.
    const dataDir = t.dataDir;
    await t.relay.close();
    started.splice(started.indexOf(t), 1);
    const relay = await createRelay({ dataDir, port: 0, limits: { maxUserBytes: USER_BYTES } });
    const t2 = { relay, fx: t.fx, dataDir };
    started.push(t2);
    const token = (await loginAs(relay.url, 'd2', t.fx.users.d2!.password)).token;
    const again = await fillPrivateRoom(t2, token, 5);
    expect(again.closed.code).toBe(CLOSE_QUOTA);
    expect(again.client.denied.at(-1)).toMatch(/dùng hết dung lượng/);
    expect(relay.roomState(`annotations-private:${t.fx.users.d2!.id}`).byteLength).toBe(stored);
  });

  it('per room: refused beyond maxRoomBytes with 4413 and why; other rooms unaffected', async () => {
    const ROOM_BYTES = 300_000;
    const t = await relayWith({ maxRoomBytes: ROOM_BYTES });
    const { client, closed } = await fillPrivateRoom(t, await t.token('d2'), 100);
    expect(closed.code).toBe(CLOSE_QUOTA);
    expect(client.denied.at(-1)).toMatch(/Sổ ghi chú này đã đạt giới hạn dung lượng \(0\.3 MiB\)/);
    expect(t.relay.roomState(`annotations-private:${t.fx.users.d2!.id}`).byteLength).toBeLessThanOrEqual(ROOM_BYTES);
    await honestDelegateSyncs(t, await t.token('d1'), 'phòng khác vẫn ghi được');
  });
});

describe('refused updates', () => {
  it('each user may cause only refusedUpdatesPerMinute refusals; then its writes are turned away unchecked (4529)', async () => {
    const BUDGET = 3;
    const t = await relayWith({ refusedUpdatesPerMinute: BUDGET });
    const room = `annotations-shared:${t.fx.docs.public!.id}`;
    const attacker = await t.token('d2');
    const closes: number[] = [];
    for (let i = 0; i <= BUDGET; i++) {
      const c = lean(t.relay.url, room, attacker);
      await c.synced;
      // A note forged in d1's name: refused (and, while the budget lasts, checked on the room's shadow).
      putAnnotation(c.doc, sharedNote(`forged-${i}`, t.fx.docs.public!.id, t.fx.users.d1!.id, 'giả mạo'));
      if (i < BUDGET) {
        await until(
          (cb) => {
            c.onDenied(cb);
            return () => {};
          },
          () => c.denied.length > 0,
          `refusal ${i}`,
        );
        expect(c.denied[0]).toMatch(/do chính mình tạo/);
        c.close();
        continue;
      }
      const closed = await c.closed;
      closes.push(closed.code);
      expect(c.denied.at(-1)).toMatch(/Quá nhiều bản cập nhật bị từ chối \(tối đa 3 mỗi phút\)/);
    }
    expect(closes).toEqual([CLOSE_RATE_LIMITED]);
    await honestDelegateSyncs(t, await t.token('d1'), 'người khác không bị ảnh hưởng');
  });
});

describe('awareness', () => {
  const awarenessFrame = (entries: { id: number; clock: number; state: unknown }[]): Uint8Array => {
    const inner = encoding.createEncoder();
    encoding.writeVarUint(inner, entries.length);
    for (const e of entries) {
      encoding.writeVarUint(inner, e.id);
      encoding.writeVarUint(inner, e.clock);
      encoding.writeVarString(inner, JSON.stringify(e.state));
    }
    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, 1);
    encoding.writeVarUint8Array(enc, encoding.toUint8Array(inner));
    return encoding.toUint8Array(enc);
  };

  /** Awareness client ids (with bytes) a raw peer receives from the relay. */
  function watchAwareness(c: LeanClient): { ids: Map<number, number>; frames: number } {
    const seen = { ids: new Map<number, number>(), frames: 0 };
    c.ws.on('message', (data: Buffer) => {
      const d = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      if (decoding.readVarUint(d) !== 1) return;
      const u = decoding.createDecoder(decoding.readVarUint8Array(d));
      const n = decoding.readVarUint(u);
      if (n > 0) seen.frames++;
      for (let i = 0; i < n; i++) {
        const id = decoding.readVarUint(u);
        decoding.readVarUint(u);
        const s = decoding.readVarString(u);
        seen.ids.set(id, (seen.ids.get(id) ?? 0) + s.length);
      }
    });
    return seen;
  }

  it('drops oversized states, too many states and too fast renewals, tells the sender, relays honest ones', async () => {
    const t = await relayWith({});
    const room = `annotations-shared:${t.fx.docs.public!.id}`;
    const observer = lean(t.relay.url, room, await t.token('d1'));
    const honest = lean(t.relay.url, room, await t.token('chair'));
    const attacker = lean(t.relay.url, room, await t.token('d2'));
    await Promise.all([observer.synced, honest.synced, attacker.synced]);
    const seen = watchAwareness(observer);
    const deniedAfter = (n: number) =>
      until(
        (cb) => {
          attacker.onDenied(cb);
          return () => {};
        },
        () => attacker.denied.length >= n,
        `attacker told (${n})`,
      );

    attacker.sendRaw(awarenessFrame([{ id: 555, clock: 1, state: { user: { name: 'x'.repeat(2_000_000) } } }]));
    await deniedAfter(1);
    expect(attacker.denied[0]).toMatch(/Trạng thái hiện diện quá lớn \(tối đa 8192 byte\)/);

    attacker.sendRaw(
      awarenessFrame(Array.from({ length: 40 }, (_, i) => ({ id: 1000 + i, clock: 1, state: { user: { name: `giả ${i}` } } }))),
    );
    await deniedAfter(2);
    expect(attacker.denied[1]).toMatch(/tối đa 4 trạng thái/);

    for (let clock = 1; clock <= 120; clock++) attacker.sendRaw(awarenessFrame([{ id: 556, clock, state: { cursor: clock } }]));
    await deniedAfter(3);
    expect(attacker.denied.at(-1)).toMatch(/gửi quá nhanh \(tối đa 10 lần mỗi giây\)/);

    // An honest state after all that still reaches the observer; the attacker's big and forged ones never did.
    honest.sendRaw(awarenessFrame([{ id: 777, clock: 1, state: { user: { name: 'Chủ tọa' } } }]));
    await until(
      (cb) => {
        observer.ws.on('message', cb);
        return () => observer.ws.off('message', cb);
      },
      () => seen.ids.has(777),
      'observer sees the honest state',
    );
    expect(seen.ids.has(555)).toBe(false);
    for (let i = 0; i < 40; i++) expect(seen.ids.has(1000 + i)).toBe(false);
    // Of 120 renewals, at most the burst (30) and what refilled meanwhile went out.
    expect(seen.frames).toBeLessThan(60);
    expect([...seen.ids.values()].reduce((a, b) => a + b, 0)).toBeLessThan(16_000);
    expect(attacker.ws.readyState).toBe(attacker.ws.OPEN);
    await honestDelegateSyncs(t, await t.token('d1'), 'sau awareness');
  });
});
