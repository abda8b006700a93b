import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import { seededRandom } from '../helpers/relay-fixture';
import type { TestRelay } from '../helpers/relay-harness';
import { loginAs, provider, removeDir, startTestRelay, until, untilDoc, untilDocs, whenProviderSynced } from '../helpers/relay-harness';
import { connectLean } from '../helpers/relay-lean-client';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';

/** Real relay, real sockets, real y-websocket providers: convergence, offline merge, login and upgrade auth. */
let t: TestRelay;
const cleanup: (() => void)[] = [];

beforeAll(async () => {
  t = await startTestRelay();
});
afterAll(async () => {
  for (const c of cleanup.splice(0)) c();
  await t.relay.close();
  removeDir(t.dataDir);
  removeDir(t.fx.dir);
});

const track = (p: WebsocketProvider) => {
  cleanup.push(() => p.destroy());
  return p;
};

/** Seeded random edits of several kinds on one doc. */
function randomEdit(doc: Y.Doc, rand: () => number, who: string, i: number): void {
  const text = doc.getText('notes');
  const list = doc.getArray<string>('marks');
  const map = doc.getMap<number>('scores');
  const r = rand();
  if (r < 0.4) text.insert(Math.floor(rand() * (text.length + 1)), `${who}${i} `);
  else if (r < 0.6 && text.length > 3) text.delete(Math.floor(rand() * (text.length - 2)), 2);
  else if (r < 0.85) list.insert(Math.floor(rand() * (list.length + 1)), [`${who}-${i}`]);
  else if (list.length > 0) list.delete(Math.floor(rand() * list.length), 1);
  else map.set(`${who}-${i}`, i);
}

/** Content of the root types the edits use (doc.toJSON() only lists types a doc has already defined). */
const content = (d: Y.Doc) =>
  JSON.stringify({ notes: d.getText('notes').toString(), marks: d.getArray('marks').toJSON(), scores: d.getMap('scores').toJSON() });

const sameState = (docs: Y.Doc[]) => docs.every((d) => content(d) === content(docs[0]!));

describe('relay login', () => {
  it('refuses a wrong password with a Vietnamese message and accepts the right one', async () => {
    const bad = await fetch(`${t.relay.url}/api/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'd1', password: 'sai-mat-khau' }),
    });
    expect(bad.status).toBe(401);
    const body = (await bad.json()) as { ok: false; error: { code: string; message: string } };
    expect(body.error.code).toBe('unauthenticated');
    expect(body.error.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');

    const unknown = await fetch(`${t.relay.url}/api/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'khong-ton-tai', password: 'x' }),
    });
    expect(unknown.status).toBe(401);

    const good = await loginAs(t.relay.url, 'D1', t.fx.users.d1!.password);
    expect(good.user).toEqual({ id: t.fx.users.d1!.id, fullName: expect.any(String), role: 'delegate' });
    expect(good.meetingId).toBe(t.fx.meetingId);
    expect(good.token.length).toBeGreaterThan(30);
    expect(JSON.stringify(good)).not.toContain('scrypt');
  });

  it('throttles repeated failed logins for one username (429)', async () => {
    const attempt = () =>
      fetch(`${t.relay.url}/api/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'ke-do-mat-khau', password: 'x' }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await attempt()).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it('refuses a WebSocket upgrade without a token or with a bad one (401, no WebSocket)', async () => {
    const none = connectLean({ relayUrl: t.relay.url, room: `meeting:${t.fx.meetingId}`, token: null });
    const bad = connectLean({ relayUrl: t.relay.url, room: `meeting:${t.fx.meetingId}`, token: 'not-a-session' });
    const [a, b] = await Promise.all([none.closed, bad.closed]);
    expect(a.httpStatus).toBe(401);
    expect(b.httpStatus).toBe(401);
    expect(none.doc.share.size).toBe(0);
  });
});

describe('relay sync', () => {
  it('three clients making seeded random edits converge', async () => {
    // The meeting doc takes any content from its writers (shared annotation rooms take only annotations).
    const room = `meeting:${t.fx.meetingId}`;
    const names = ['chair', 'secretary', 'chair'] as const;
    const tokens = await Promise.all(names.map((n) => loginAs(t.relay.url, n, t.fx.users[n]!.password)));
    const providers = tokens.map((l) => track(provider(t.relay.url, room, l.token)));
    await Promise.all(providers.map((p) => whenProviderSynced(p)));
    const docs = providers.map((p) => p.doc);
    const rands = [seededRandom(11), seededRandom(22), seededRandom(33)];
    for (let i = 0; i < 60; i++) {
      const k = i % 3;
      randomEdit(docs[k]!, rands[k]!, names[k]!, i);
    }
    await untilDocs(docs, () => sameState(docs), 'three docs equal');
    expect(docs[0]!.getArray('marks').length + docs[0]!.getText('notes').length).toBeGreaterThan(0);

    // The relay holds the same state, and a newcomer gets it from the relay alone.
    const late = await loginAs(t.relay.url, 'd1', t.fx.users.d1!.password);
    const p4 = track(provider(t.relay.url, room, late.token));
    await whenProviderSynced(p4);
    expect(content(p4.doc)).toBe(content(docs[0]!));
  });

  it("merges a client's offline edits when it reconnects", async () => {
    const room = `meeting:${t.fx.meetingId}`;
    const a = await loginAs(t.relay.url, 'chair', t.fx.users.chair!.password);
    const b = await loginAs(t.relay.url, 'secretary', t.fx.users.secretary!.password);
    const pa = track(provider(t.relay.url, room, a.token));
    const pb = track(provider(t.relay.url, room, b.token));
    await Promise.all([whenProviderSynced(pa), whenProviderSynced(pb)]);

    pa.disconnect();
    const offlineList = pa.doc.getArray<string>('offline');
    const rand = seededRandom(7);
    for (let i = 0; i < 20; i++) offlineList.insert(Math.floor(rand() * (offlineList.length + 1)), [`a${i}`]);
    pb.doc.getArray<string>('offline').push(['b-online']);
    await untilDoc(pb.doc, () => pb.doc.getArray('offline').length === 1, 'b edit applied');
    expect(pb.doc.getArray('offline').toArray()).toEqual(['b-online']);

    pa.connect();
    await whenProviderSynced(pa);
    await Promise.all([
      untilDoc(pa.doc, () => pa.doc.getArray('offline').length === 21, 'a sees 21'),
      untilDoc(pb.doc, () => pb.doc.getArray('offline').length === 21, 'b sees 21'),
    ]);
    expect(pa.doc.getArray('offline').toJSON()).toEqual(pb.doc.getArray('offline').toJSON());
  });
});

describe('awareness', () => {
  it("relays writers' awareness and drops read-only peers' (no N² renewals from delegates)", async () => {
    const room = `meeting:${t.fx.meetingId}`;
    const [chair, sec, d1] = await Promise.all(['chair', 'secretary', 'd1'].map((k) => loginAs(t.relay.url, k, t.fx.users[k]!.password)));
    // The reader announces itself and then round-trips a sync step 1, so the relay has surely handled it.
    const reader = connectLean({ relayUrl: t.relay.url, room, token: d1!.token });
    await reader.synced;
    const readerAwareness = new Awareness(reader.doc);
    readerAwareness.setLocalState({ name: 'Đại biểu 1' });
    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, 1);
    encoding.writeVarUint8Array(enc, encodeAwarenessUpdate(readerAwareness, [reader.doc.clientID]));
    reader.sendRaw(encoding.toUint8Array(enc));
    const sv = new Promise<void>((r) => reader.onRelayStateVector(() => r()));
    reader.resync();
    await sv;
    readerAwareness.destroy();

    const pSec = track(provider(t.relay.url, room, sec!.token));
    await whenProviderSynced(pSec);
    const pChair = track(provider(t.relay.url, room, chair!.token));
    pChair.awareness.setLocalState({ name: 'Chủ tọa' });
    await until(
      (cb) => {
        pSec.awareness.on('change', cb);
        return () => pSec.awareness.off('change', cb);
      },
      () => [...pSec.awareness.getStates().values()].some((s) => s.name === 'Chủ tọa'),
      'secretary sees the chair',
    );
    const names = [...pSec.awareness.getStates().values()].map((s) => s.name);
    expect(names).not.toContain('Đại biểu 1');
    reader.close();
  });
});
