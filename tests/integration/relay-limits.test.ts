import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { CLOSE_MALFORMED, CLOSE_RATE_LIMITED, CLOSE_TOO_BIG } from '../../shared/relay-protocol/constants';
import { annotationTexts, putSharedNote } from '../helpers/annotation-notes';
import { seededRandom } from '../helpers/relay-fixture';
import type { TestRelay } from '../helpers/relay-harness';
import { loginAs, removeDir, startTestRelay, untilDoc } from '../helpers/relay-harness';
import type { LeanClient } from '../helpers/relay-lean-client';
import { connectLean } from '../helpers/relay-lean-client';

/**
 * Malformed and abusive frames close only the offending connection; two healthy peers in the same room keep
 * syncing through every attack, and a truncated update is never half-applied.
 */
const FRAME_LIMIT = 64 * 1024;
let t: TestRelay;
let tokens: Record<string, string>;
const clients: LeanClient[] = [];
let room: string;

beforeAll(async () => {
  t = await startTestRelay({ limits: { maxYjsFrameBytes: FRAME_LIMIT, messagesPerSecond: 50, messageBurst: 50 } });
  tokens = {};
  for (const k of ['chair', 'd1', 'd2'] as const) tokens[k] = (await loginAs(t.relay.url, k, t.fx.users[k]!.password)).token;
  room = `annotations-shared:${t.fx.docs.public!.id}`;
});
afterAll(async () => {
  for (const c of clients) c.close();
  await t.relay.close();
  removeDir(t.dataDir);
  removeDir(t.fx.dir);
});

const lean = (who: string) => {
  const c = connectLean({ relayUrl: t.relay.url, room, token: tokens[who]! });
  clients.push(c);
  return c;
};

const wrapUpdate = (update: Uint8Array): Uint8Array => {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, 0);
  syncProtocol.writeUpdate(enc, update);
  return encoding.toUint8Array(enc);
};

let round = 0;
/** One edit from the writer (the chair's shared note) must reach the reader: the room still works for everyone else. */
async function healthyPeersStillSync(writer: LeanClient, reader: LeanClient): Promise<void> {
  const mark = `round-${round++}`;
  putSharedNote(writer.doc, t.fx.docs.public!.id, t.fx.users.chair!.id, mark);
  await untilDoc(reader.doc, () => annotationTexts(reader.doc).includes(mark), `reader sees ${mark}`);
  expect(writer.ws.readyState).toBe(writer.ws.OPEN);
  expect(reader.ws.readyState).toBe(reader.ws.OPEN);
}

describe('malformed frames', () => {
  let writer: LeanClient;
  let reader: LeanClient;
  beforeAll(async () => {
    writer = lean('chair');
    reader = lean('d2');
    await Promise.all([writer.synced, reader.synced]);
  });

  it('garbage bytes close only that connection', async () => {
    const bad = lean('d1');
    await bad.synced;
    const rand = seededRandom(99);
    bad.sendRaw(Uint8Array.from({ length: 64 }, () => 0x80 | Math.floor(rand() * 128)));
    expect((await bad.closed).code).toBe(CLOSE_MALFORMED);
    await healthyPeersStillSync(writer, reader);
  });

  it('a truncated update is rejected whole (never half-applied) and closes only that connection', async () => {
    const bad = lean('d1');
    await bad.synced;
    const d = new Y.Doc();
    d.getText('t').insert(0, 'nửa cập nhật không được áp dụng');
    d.getText('t').delete(0, 5);
    const full = Y.encodeStateAsUpdate(d);
    // Cut inside the delete set, after the structs: a naive apply would integrate the text and then throw.
    bad.sendRaw(wrapUpdate(full.subarray(0, full.length - 2)));
    expect((await bad.closed).code).toBe(CLOSE_MALFORMED);
    // Also a frame whose length prefix promises more bytes than it carries.
    const bad2 = lean('d1');
    await bad2.synced;
    const frame = wrapUpdate(full);
    bad2.sendRaw(frame.subarray(0, frame.length - 7));
    expect((await bad2.closed).code).toBe(CLOSE_MALFORMED);

    await healthyPeersStillSync(writer, reader);
    const relayDoc = new Y.Doc();
    Y.applyUpdate(relayDoc, t.relay.roomState(room));
    expect(relayDoc.getText('t').toString()).toBe('');
    expect(reader.doc.getText('t').toString()).toBe('');
  });

  it('a frame over the size limit closes only that connection (1009)', async () => {
    const bad = lean('d1');
    await bad.synced;
    const d = new Y.Doc();
    d.getText('big').insert(0, 'x'.repeat(FRAME_LIMIT + 1000));
    bad.sendRaw(wrapUpdate(Y.encodeStateAsUpdate(d)));
    expect((await bad.closed).code).toBe(CLOSE_TOO_BIG);
    await healthyPeersStillSync(writer, reader);
    expect(reader.doc.getText('big').length).toBe(0);
  });

  it('a text frame on a Yjs socket closes only that connection', async () => {
    const bad = lean('d1');
    await bad.synced;
    bad.ws.send('{"hello":"world"}');
    expect((await bad.closed).code).toBe(CLOSE_MALFORMED);
    await healthyPeersStillSync(writer, reader);
  });

  it('a peer flooding messages beyond the rate limit is closed with "try later"; others unaffected', async () => {
    const bad = lean('d1');
    await bad.synced;
    for (let i = 0; i < 200; i++) bad.resync();
    const closed = await bad.closed;
    expect(closed.code).toBe(CLOSE_RATE_LIMITED);
    await healthyPeersStillSync(writer, reader);
    expect(t.relay.stats().malformedFrames).toBeGreaterThanOrEqual(4);
  });
});
