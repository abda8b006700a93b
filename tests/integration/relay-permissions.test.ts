import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { CLOSE_FORBIDDEN, CLOSE_NOT_FOUND } from '../../shared/relay-protocol/constants';
import type { PublicMeetingPackage } from '../../shared/relay-protocol/types';
import { annotationTexts, putSharedNote, sharedNote } from '../helpers/annotation-notes';
import { privateDocRoom } from '../../shared/annotations/rooms';
import { putAnnotation } from '../../shared/annotations/ydoc-model';
import type { DocumentId, UserId } from '../../shared/model/ids';
import type { TestRelay } from '../helpers/relay-harness';
import { loginAs, nextRelayEvent, removeDir, startTestRelay, untilDoc } from '../helpers/relay-harness';
import type { LeanClient } from '../helpers/relay-lean-client';
import { connectLean } from '../helpers/relay-lean-client';

/**
 * A delegate's session used by a tampered client: it tries to write the meeting doc, another delegate's
 * private room and the results room. Every write is refused, the peer is told why, and nobody else's
 * state changes. Confidential documents never reach a delegate they are not assigned to.
 */
let t: TestRelay;
const tokens: Record<string, string> = {};
const clients: LeanClient[] = [];

beforeAll(async () => {
  t = await startTestRelay();
  for (const k of ['secretary', 'chair', 'd1', 'd2'] as const) tokens[k] = (await loginAs(t.relay.url, k, t.fx.users[k]!.password)).token;
});
afterAll(async () => {
  for (const c of clients) c.close();
  await t.relay.close();
  removeDir(t.dataDir);
  removeDir(t.fx.dir);
});

const lean = (room: string, who: string) => {
  const c = connectLean({ relayUrl: t.relay.url, room, token: tokens[who]! });
  clients.push(c);
  return c;
};

/** A hand-made update message, as a tampered client would send it regardless of permissions. */
function updateFrame(fn: (d: Y.Doc) => void, base?: Y.Doc): Uint8Array {
  const d = new Y.Doc();
  if (base) Y.applyUpdate(d, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(d);
  fn(d);
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, 0);
  syncProtocol.writeUpdate(enc, Y.encodeStateAsUpdate(d, before));
  return encoding.toUint8Array(enc);
}

function step2Frame(fn: (d: Y.Doc) => void): Uint8Array {
  const d = new Y.Doc();
  fn(d);
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, 0);
  syncProtocol.writeSyncStep2(enc, d);
  return encoding.toUint8Array(enc);
}

describe('write rules', () => {
  it('refuses a delegate writing the meeting doc, tells it why, keeps it connected as a reader', async () => {
    const room = `meeting:${t.fx.meetingId}`;
    const chair = lean(room, 'chair');
    await chair.synced;
    chair.doc.getMap('meeting').set('currentItem', 'a-1');
    const tampered = lean(room, 'd1');
    await tampered.synced;
    await untilDoc(tampered.doc, () => tampered.doc.getMap('meeting').get('currentItem') === 'a-1', 'reader sees chair state');

    const refusedUpdate = nextRelayEvent(t.relay, 'refused', (e) => e.room === room);
    const denied = new Promise<string>((r) => tampered.onDenied(r));
    tampered.sendRaw(updateFrame((d) => d.getMap('meeting').set('currentItem', 'hijacked')));
    expect(await denied).toMatch(/Chỉ thư ký và chủ tọa/);
    expect((await refusedUpdate).userId).toBe(t.fx.users.d1!.id);

    const refusedStep2 = nextRelayEvent(t.relay, 'refused', (e) => e.room === room);
    tampered.sendRaw(step2Frame((d) => d.getArray('agenda').push(['fake'])));
    await refusedStep2;
    const afterForgery = new Y.Doc();
    Y.applyUpdate(afterForgery, t.relay.roomState(room));
    expect(afterForgery.getMap('meeting').get('currentItem')).toBe('a-1');
    expect(afterForgery.getArray('agenda').length).toBe(0);

    // Still connected as a reader: the chair's next change reaches it; nobody saw the forged writes.
    chair.doc.getMap('meeting').set('currentItem', 'a-2');
    await untilDoc(tampered.doc, () => tampered.doc.getMap('meeting').get('currentItem') === 'a-2', 'reader still receives');
    expect(tampered.ws.readyState).toBe(tampered.ws.OPEN);
    expect(chair.doc.getArray('agenda').length).toBe(0);
    const relayDoc = new Y.Doc();
    Y.applyUpdate(relayDoc, t.relay.roomState(room));
    expect(relayDoc.getMap('meeting').get('currentItem')).toBe('a-2');
    expect(relayDoc.getArray('agenda').length).toBe(0);
  });

  it("closes a delegate's connection to another delegate's private room before sending any data", async () => {
    const owner = lean(`annotations-private:${t.fx.users.d2!.id}`, 'd2');
    await owner.synced;
    owner.doc.getArray('ink').push(['d2 private note']);
    await owner.acknowledged();

    const intruder = lean(`annotations-private:${t.fx.users.d2!.id}`, 'd1');
    let received = 0;
    intruder.ws.on('message', () => received++);
    const closed = await intruder.closed;
    expect(closed.code).toBe(CLOSE_FORBIDDEN);
    expect(received).toBe(0);
    expect(intruder.doc.getArray('ink').length).toBe(0);
    await expect(intruder.synced).rejects.toThrow();

    // The owner's room is unchanged and still works.
    owner.doc.getArray('ink').push(['second']);
    const relayDoc = new Y.Doc();
    await owner.acknowledged();
    Y.applyUpdate(relayDoc, t.relay.roomState(`annotations-private:${t.fx.users.d2!.id}`));
    expect(relayDoc.getArray('ink').toArray()).toEqual(['d2 private note', 'second']);
  });

  it('lets only the relay write the results room', async () => {
    const room = `results:${t.fx.meetingId}`;
    const d1 = lean(room, 'd1');
    const chair = lean(room, 'chair');
    await Promise.all([d1.synced, chair.synced]);

    const denied = [new Promise<string>((r) => d1.onDenied(r)), new Promise<string>((r) => chair.onDenied(r))];
    d1.sendRaw(updateFrame((d) => d.getMap('votes').set('v1', { yes: 999 })));
    chair.sendRaw(updateFrame((d) => d.getMap('votes').set('v1', { yes: 500 })));
    for (const reason of await Promise.all(denied)) expect(reason).toMatch(/Chỉ máy chủ phòng họp/);

    t.relay.publishResult(t.fx.meetingId, (doc) => doc.getMap('votes').set('v1', { yes: 3, no: 1 }));
    await untilDoc(d1.doc, () => d1.doc.getMap('votes').has('v1'), 'result published');
    expect(d1.doc.getMap('votes').get('v1')).toEqual({ yes: 3, no: 1 });
    await untilDoc(chair.doc, () => chair.doc.getMap('votes').has('v1'), 'chair sees result');
    expect(chair.doc.getMap('votes').get('v1')).toEqual({ yes: 3, no: 1 });
  });
});

describe('confidential documents', () => {
  const getJson = async (path: string, who: string) => {
    const res = await fetch(`${t.relay.url}${path}`, { headers: { Authorization: `Bearer ${tokens[who]}` } });
    return { status: res.status, body: res.status === 200 ? ((await res.json()) as PublicMeetingPackage) : null };
  };

  it('leaves documents a delegate may not see out of their package, and never includes password hashes', async () => {
    const d2 = await getJson('/api/package', 'd2');
    expect(d2.status).toBe(200);
    const ids = d2.body!.documents.map((d) => d.id).sort();
    expect(ids).toEqual([t.fx.docs.group2!.id, t.fx.docs.public!.id].sort());
    const text = JSON.stringify(d2.body);
    expect(text).not.toContain(t.fx.docs.secretForD1!.sha256);
    expect(text).not.toContain('passwordHash');
    expect(text).not.toContain('scrypt');

    const d1 = await getJson('/api/package', 'd1');
    expect(d1.body!.documents.map((d) => d.id).sort()).toEqual([t.fx.docs.public!.id, t.fx.docs.secretForD1!.id].sort());
    // A confidential PDF's own title is its content: laptops keep the manifest in clear, so it is not in it.
    const titles = Object.fromEntries(d1.body!.documents.map((d) => [d.id, d.pdfTitle]));
    expect(titles).toEqual({ [t.fx.docs.public!.id]: 'Tiêu đề PDF public', [t.fx.docs.secretForD1!.id]: null });
    const sec = await getJson('/api/package', 'secretary');
    expect(sec.body!.documents).toHaveLength(3);

    const anon = await fetch(`${t.relay.url}/api/package`);
    expect(anon.status).toBe(401);
  });

  it('serves a blob only to those who may see a document with that hash (404 otherwise, no hint)', async () => {
    const secret = t.fx.docs.secretForD1!;
    const asD2 = await fetch(`${t.relay.url}/api/blobs/${secret.sha256}`, { headers: { Authorization: `Bearer ${tokens.d2}` } });
    expect(asD2.status).toBe(404);
    const unknown = await fetch(`${t.relay.url}/api/blobs/${'0'.repeat(64)}`, { headers: { Authorization: `Bearer ${tokens.d2}` } });
    expect(unknown.status).toBe(404);
    expect(await asD2.text()).toBe(await unknown.text());
    const anon = await fetch(`${t.relay.url}/api/blobs/${secret.sha256}`);
    expect(anon.status).toBe(401);

    const asD1 = await fetch(`${t.relay.url}/api/blobs/${secret.sha256}`, { headers: { Authorization: `Bearer ${tokens.d1}` } });
    expect(asD1.status).toBe(200);
    expect(asD1.headers.get('etag')).toBe(`"${secret.sha256}"`);
    expect(Buffer.from(await asD1.arrayBuffer()).equals(Buffer.from(secret.bytes))).toBe(true);

    const ranged = await fetch(`${t.relay.url}/api/blobs/${secret.sha256}`, {
      headers: { Authorization: `Bearer ${tokens.d1}`, Range: 'bytes=1000-' },
    });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get('content-range')).toBe(`bytes 1000-${secret.bytes.length - 1}/${secret.bytes.length}`);
    expect(Buffer.from(await ranged.arrayBuffer()).equals(Buffer.from(secret.bytes.subarray(1000)))).toBe(true);

    const cached = await fetch(`${t.relay.url}/api/blobs/${secret.sha256}`, {
      headers: { Authorization: `Bearer ${tokens.d1}`, 'If-None-Match': `"${secret.sha256}"` },
    });
    expect(cached.status).toBe(304);
  });

  it("refuses the shared-annotation room of a document the delegate may not see, like a room that doesn't exist", async () => {
    const owner = lean(`annotations-shared:${t.fx.docs.secretForD1!.id}`, 'd1');
    await owner.synced;
    putSharedNote(owner.doc, t.fx.docs.secretForD1!.id, t.fx.users.d1!.id, 'mật');
    await owner.acknowledged();

    const other = lean(`annotations-shared:${t.fx.docs.secretForD1!.id}`, 'd2');
    const missing = lean('annotations-shared:doc-khong-co', 'd2');
    const [a, b] = await Promise.all([other.closed, missing.closed]);
    expect(a.code).toBe(CLOSE_NOT_FOUND);
    expect(b.code).toBe(CLOSE_NOT_FOUND);
    expect(a.reason).toBe(b.reason);
    expect(annotationTexts(other.doc)).toEqual([]);
  });
});

describe('private notes on a confidential document (their own room, stored sealed on laptops)', () => {
  const secret = () => t.fx.docs.secretForD1!;
  const privateNote = (id: string, documentId: string, authorId: string, text: string) => ({
    ...sharedNote(id, documentId as DocumentId, authorId as UserId, text),
    sharedAt: null,
  });

  it("admits the owner's notes on that document only, and refuses them in the common private room", async () => {
    const d1 = t.fx.users.d1!.id;
    const own = lean(privateDocRoom(d1, secret().id), 'd1');
    await own.synced;
    putAnnotation(own.doc, privateNote('n1', secret().id, d1, 'ghi chú riêng mật'));
    await own.acknowledged();
    const stored = new Y.Doc();
    Y.applyUpdate(stored, t.relay.roomState(privateDocRoom(d1, secret().id)));
    expect(annotationTexts(stored)).toEqual(['ghi chú riêng mật']);

    // A note on another document, or one claiming another author, is refused whole in that room.
    const wrongDoc = nextRelayEvent(t.relay, 'refused', (e) => e.room === privateDocRoom(d1, secret().id));
    own.sendRaw(updateFrame((d) => putAnnotation(d, privateNote('n2', t.fx.docs.public!.id, d1, 'lạc chỗ'))));
    await wrongDoc;
    const forged = nextRelayEvent(t.relay, 'refused', (e) => e.room === privateDocRoom(d1, secret().id));
    own.sendRaw(updateFrame((d) => putAnnotation(d, privateNote('n3', secret().id, t.fx.users.d2!.id, 'mạo danh'))));
    await forged;

    // The common private room takes notes on ordinary documents, never on a confidential one.
    const common = lean(`annotations-private:${d1}`, 'd1');
    await common.synced;
    putAnnotation(common.doc, privateNote('p1', t.fx.docs.public!.id, d1, 'ghi chú công khai'));
    await common.acknowledged();
    const refused = nextRelayEvent(t.relay, 'refused', (e) => e.room === `annotations-private:${d1}`);
    common.sendRaw(updateFrame((d) => putAnnotation(d, privateNote('p2', secret().id, d1, 'mật lạc vào phòng chung'))));
    await refused;
    const after = new Y.Doc();
    Y.applyUpdate(after, t.relay.roomState(`annotations-private:${d1}`));
    expect(annotationTexts(after)).toEqual(['ghi chú công khai']);
    const afterOwn = new Y.Doc();
    Y.applyUpdate(afterOwn, t.relay.roomState(privateDocRoom(d1, secret().id)));
    expect(annotationTexts(afterOwn)).toEqual(['ghi chú riêng mật']);
  });

  it("refuses another user's room (forbidden), a document the user may not see and an ordinary document (not found)", async () => {
    const d1 = t.fx.users.d1!.id;
    const d2 = t.fx.users.d2!.id;
    const intruder = lean(privateDocRoom(d1, secret().id), 'd2');
    const notEntitled = lean(privateDocRoom(d2, secret().id), 'd2');
    const ordinary = lean(privateDocRoom(d1, t.fx.docs.public!.id), 'd1');
    const [a, b, c] = await Promise.all([intruder.closed, notEntitled.closed, ordinary.closed]);
    expect(a.code).toBe(CLOSE_FORBIDDEN);
    expect(b.code).toBe(CLOSE_NOT_FOUND);
    expect(c.code).toBe(CLOSE_NOT_FOUND);
    expect(annotationTexts(intruder.doc)).toEqual([]);
  });
});

describe('publishing a new package', () => {
  it('closes live connections that lost access and lets newly allowed users in', async () => {
    const secret = t.fx.docs.secretForD1!;
    const room = `annotations-shared:${secret.id}`;
    const d1 = lean(room, 'd1');
    await d1.synced;
    const closed = d1.closed;
    const next = structuredClone(t.fx.pkg);
    next.documents = next.documents.map((d) =>
      d.id === secret.id ? { ...d, visibility: { kind: 'delegates' as const, userIds: [t.fx.users.d2!.id] } } : d,
    );
    t.relay.loadPackage(next, t.fx.blobDir);
    expect((await closed).code).toBe(CLOSE_NOT_FOUND);
    const d2 = lean(room, 'd2');
    await d2.synced;
    expect(annotationTexts(d2.doc)).toEqual(['mật']);
    const pkgD1 = await fetch(`${t.relay.url}/api/package`, { headers: { Authorization: `Bearer ${tokens.d1}` } });
    expect(((await pkgD1.json()) as PublicMeetingPackage).documents.map((d) => d.id)).not.toContain(secret.id);
  });
});
