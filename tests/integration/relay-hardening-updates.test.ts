import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { CLOSE_MALFORMED, CLOSE_QUOTA } from '../../shared/relay-protocol/constants';
import type { TestRelay } from '../helpers/relay-harness';
import { loginAs, removeDir, startTestRelay, until, untilDoc } from '../helpers/relay-harness';
import type { LeanClient } from '../helpers/relay-lean-client';
import { connectLean } from '../helpers/relay-lean-client';

/**
 * Points 2 and 3 (pending) of the relay hardening, with raw y-protocols frames: an update that decodes but makes
 * Y.applyUpdate throw halfway is refused whole (nothing of it stored or broadcast), and updates whose
 * dependencies never arrive are not held in the relay's memory; a peer that keeps sending them is closed.
 */
const MISSING_LIMIT = 5;
let t: TestRelay;
let tokens: Record<string, string>;
const clients: LeanClient[] = [];
const room = () => `meeting:${t.fx.meetingId}`;

beforeAll(async () => {
  t = await startTestRelay({ limits: { maxMissingDependencyUpdates: MISSING_LIMIT } });
  tokens = {};
  for (const k of ['chair', 'secretary', 'd1'] as const) tokens[k] = (await loginAs(t.relay.url, k, t.fx.users[k]!.password)).token;
});
afterAll(async () => {
  for (const c of clients) c.close();
  await t.relay.close();
  removeDir(t.dataDir);
  removeDir(t.fx.dir);
});

const lean = (who: string, sendLocalUpdates = true) => {
  const c = connectLean({ relayUrl: t.relay.url, room: room(), token: tokens[who]!, sendLocalUpdates });
  clients.push(c);
  return c;
};

const updateFrame = (update: Uint8Array): Uint8Array => {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, 0);
  syncProtocol.writeUpdate(enc, update);
  return encoding.toUint8Array(enc);
};

let round = 0;
async function honestPeersStillSync(writer: LeanClient, reader: LeanClient): Promise<void> {
  const mark = `round-${round++}`;
  writer.doc.getArray<string>('log').push([mark]);
  await untilDoc(reader.doc, () => reader.doc.getArray<string>('log').toArray().includes(mark), `reader sees ${mark}`);
  expect(writer.ws.readyState).toBe(writer.ws.OPEN);
  expect(reader.ws.readyState).toBe(reader.ws.OPEN);
}

const relayState = () => {
  const d = new Y.Doc();
  Y.applyUpdate(d, t.relay.roomState(room()));
  return d;
};

describe('updates are applied whole or not at all', () => {
  let writer: LeanClient;
  let reader: LeanClient;
  beforeAll(async () => {
    writer = lean('secretary');
    reader = lean('d1');
    await Promise.all([writer.synced, reader.synced]);
  });

  it('an update that decodes but throws inside Y.applyUpdate is refused with 4400; no part of it is stored or sent', async () => {
    // Base (client 1): text "hello" and a nested map. The attack (client 2) inserts "WORLD" into the text, then
    // names a string item as the parent of its next struct: Yjs integrates "WORLD" and throws on the second.
    const base = new Y.Doc();
    base.clientID = 1;
    base.getText('t').insert(0, 'hello');
    base.getMap('m').set('x', new Y.Map());
    const baseUpdate = Y.encodeStateAsUpdate(base);
    const d = new Y.Doc();
    d.clientID = 2;
    Y.applyUpdate(d, baseUpdate);
    d.getText('t').insert(2, 'WORLD');
    (d.getMap('m').get('x') as Y.Map<string>).set('k', 'vvv');
    const good = Y.encodeStateAsUpdate(d, Y.encodeStateVector(base));
    const bad = Uint8Array.from(good);
    const at = Buffer.from(bad).indexOf(Buffer.from([0x28, 0x00, 0x01, 0x05])); // parent ID (client 1, clock 5)
    expect(at).toBeGreaterThan(0);
    bad[at + 2] = 0x02; // → clock 2: an item of "hello", not a type
    expect(() => Y.decodeUpdate(bad)).not.toThrow();
    const probe = new Y.Doc();
    Y.applyUpdate(probe, baseUpdate);
    expect(() => Y.applyUpdate(probe, bad)).toThrow();
    expect(probe.getText('t').toString()).toBe('heWORLDllo'); // what a naive relay would have kept

    const attacker = lean('chair', false);
    await attacker.synced;
    attacker.sendRaw(updateFrame(baseUpdate));
    await untilDoc(reader.doc, () => reader.doc.getText('t').toString() === 'hello', 'reader sees the base');
    attacker.sendRaw(updateFrame(bad));
    const closed = await attacker.closed;
    expect(closed.code).toBe(CLOSE_MALFORMED);
    expect(closed.reason).toBe('update rejected');
    expect(attacker.denied.join('\n')).toMatch(/không lưu phần nào/);

    await honestPeersStillSync(writer, reader);
    expect(relayState().getText('t').toString()).toBe('hello');
    expect(reader.doc.getText('t').toString()).toBe('hello');
    expect(writer.doc.getText('t').toString()).toBe('hello');
  });
});

describe('updates with missing dependencies are not kept', () => {
  it('drops each one (the peer gets the relay state vector and why), closes a peer that keeps sending them', async () => {
    const writer = lean('secretary');
    const reader = lean('d1');
    await Promise.all([writer.synced, reader.synced]);
    const attacker = lean('chair', false);
    await attacker.synced;
    let stepOnes = 0;
    attacker.onRelayStateVector(() => stepOnes++);

    // Client 77's structs from clock 1 on, whose first struct (clock 0) is never sent: ~100 kB each.
    const src = new Y.Doc();
    src.clientID = 77;
    src.getText('orphan').insert(0, 'x');
    const sentBefore = Y.encodeStateVector(src);
    const orphans: Uint8Array[] = [];
    for (let i = 0; i < MISSING_LIMIT + 1; i++) {
      const sv = Y.encodeStateVector(src);
      src.getText('orphan').insert(0, String(i).repeat(100_000));
      orphans.push(Y.encodeStateAsUpdate(src, sv));
    }
    expect(sentBefore.byteLength).toBeGreaterThan(0);

    const before = stepOnes;
    attacker.sendRaw(updateFrame(orphans[0]!));
    await until(
      (cb) => {
        attacker.onRelayStateVector(cb);
        return () => {};
      },
      () => stepOnes > before,
      'first orphan answered with the relay state vector',
    );
    // Not an error for an honest peer: no auth message yet.
    expect(attacker.denied).toEqual([]);
    // Nothing of client 77 is in the relay: not in its state, not held as pending structs.
    const decoded = Y.decodeUpdate(t.relay.roomState(room()));
    expect(decoded.structs.some((s) => s.id.client === 77)).toBe(false);

    for (const u of orphans.slice(1)) attacker.sendRaw(updateFrame(u));
    const closed = await attacker.closed;
    expect(closed.code).toBe(CLOSE_QUOTA);
    expect(closed.reason).toMatch(/missing dependencies/);
    expect(attacker.denied.at(-1)).toMatch(/Quá nhiều bản cập nhật thiếu dữ liệu gốc/);
    expect(Y.decodeUpdate(t.relay.roomState(room())).structs.some((s) => s.id.client === 77)).toBe(false);
    await honestPeersStillSync(writer, reader);
  });

  it('an honest peer whose update arrived before the part it depends on catches up through the state vector', async () => {
    const reader = lean('d1');
    await reader.synced;
    const offline = new Y.Doc();
    const honest = lean('secretary', false);
    await honest.synced;
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(honest.doc));
    const sv0 = Y.encodeStateVector(offline);
    offline.getArray<string>('log').push(['offline-1']);
    const sv1 = Y.encodeStateVector(offline);
    offline.getArray<string>('log').push(['online-2']);
    // Only the second edit is sent: the relay lacks the first, drops it and asks; the reply (step 2) fills both in.
    let asked = false;
    honest.onRelayStateVector(() => (asked = true));
    honest.sendRaw(updateFrame(Y.encodeStateAsUpdate(offline, sv1)));
    await until(
      (cb) => {
        honest.onRelayStateVector(cb);
        return () => {};
      },
      () => asked,
      'asked to resync',
    );
    expect(honest.denied).toEqual([]);
    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, 0);
    syncProtocol.writeSyncStep2(enc, offline, Y.encodeStateVector(relayState()));
    honest.sendRaw(encoding.toUint8Array(enc));
    await untilDoc(reader.doc, () => reader.doc.getArray('log').toArray().includes('online-2'), 'reader sees both edits');
    expect(reader.doc.getArray('log').toArray()).toEqual(expect.arrayContaining(['offline-1', 'online-2']));
    expect(sv0.byteLength).toBeGreaterThan(0);
    expect(honest.ws.readyState).toBe(honest.ws.OPEN);
  });
});
