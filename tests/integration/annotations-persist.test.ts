import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { privateRoom, sharedRoom } from '../../shared/annotations/rooms';
import type { Annotation, HighlightAnnotation } from '../../shared/annotations/types';
import { deleteAnnotation, getAnnotation, patchAnnotation, putAnnotation, readAnnotations } from '../../shared/annotations/ydoc-model';
import type { DocumentId } from '../../shared/model/ids';
import type { DocumentMeta } from '../../shared/model/types';
import type { AppServices } from '../../electron/laptop/create-services';
import { startServices, type Caller } from '../helpers/services';
import { copyOf, demoTemplate, signIn, type DemoTemplate } from './search-fixtures';

/** A renderer-side copy of a room, kept in step the way renderer/features/annotations does it. */
async function openRoom(c: Caller, room: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const r = await c.must('ydoc:open', { room });
  Y.applyUpdate(doc, r.update, 'remote');
  return doc;
}

/** Makes a change on a client copy and sends the resulting update. */
async function edit(c: Caller, room: string, doc: Y.Doc, change: () => void) {
  const updates: Uint8Array[] = [];
  const on = (u: Uint8Array, origin: unknown) => origin !== 'remote' && updates.push(u);
  doc.on('update', on);
  change();
  doc.off('update', on);
  return c.call('ydoc:update', { room, update: Y.mergeUpdates(updates) });
}

/** Applies the `ydoc:update` events a caller received for a room to its copy. */
function receive(c: Caller, room: string, doc: Y.Doc) {
  for (const e of c.events.splice(0)) {
    if (e.event !== 'ydoc:update') continue;
    const p = e.payload as { room: string; update: Uint8Array };
    if (p.room === room) Y.applyUpdate(doc, p.update, 'remote');
  }
}

function highlight(id: string, doc: DocumentMeta, author: Caller): HighlightAnnotation {
  const user = author.ctx.session!.user;
  return {
    id,
    kind: 'highlight',
    documentId: doc.id,
    page: 1,
    color: 'yellow',
    text: '',
    authorId: user.id,
    authorName: user.fullName,
    createdAt: '2025-01-01T08:00:00.000Z',
    updatedAt: '2025-01-01T08:00:00.000Z',
    sharedAt: null,
    rects: [[72, 700, 300, 714]],
    quote: 'chuyển đổi số',
  };
}

describe('annotations: rooms, permissions, persistence, export', () => {
  let template: DemoTemplate;
  beforeAll(async () => {
    template = await demoTemplate();
  });
  const open: AppServices[] = [];
  afterEach(async () => {
    for (const app of open.splice(0)) await app.close();
  });
  const boot = (dir: string) => {
    const app = startServices(dir);
    open.push(app);
    return app;
  };
  const docs = async (c: Caller) => (await c.must('meetings:get', { meetingId: template.meetingId })).documents;

  it('keeps private annotations private, shares with author, survives restarts, exports', async () => {
    const dir = copyOf(template);
    let app = boot(dir);
    const alice = await signIn(app, 'daibieu01', 'daibieu');
    const bob = await signIn(app, 'daibieu02', 'daibieu');
    const doc = (await docs(alice)).find((d) => d.fileName.startsWith('to-trinh-chuyen-doi-so'))!;
    const mine = privateRoom(alice.ctx.session!.user.id);
    const shared = sharedRoom(doc.id);

    // Nobody but the owner opens a private room.
    expect(await bob.call('ydoc:open', { room: mine })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await bob.call('ydoc:update', { room: mine, update: new Uint8Array([0, 0]) })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });

    const alicePrivate = await openRoom(alice, mine);
    const aliceShared = await openRoom(alice, shared);
    const bobShared = await openRoom(bob, shared);
    expect(await edit(alice, mine, alicePrivate, () => putAnnotation(alicePrivate, highlight('h1', doc, alice)))).toEqual({
      ok: true,
      value: null,
    });
    expect(
      await edit(alice, mine, alicePrivate, () =>
        putAnnotation(alicePrivate, { ...highlight('n1', doc, alice), kind: 'note', at: [100, 500], text: 'Ghi chú riêng' } as Annotation),
      ),
    ).toMatchObject({ ok: true });
    expect(bob.events.filter((e) => e.event === 'ydoc:update')).toEqual([]);

    // Sharing moves it to the document's shared room, with author and time; Bob receives it live.
    const now = '2025-01-01T09:00:00.000Z';
    const h1 = getAnnotation(alicePrivate, 'h1')!;
    await edit(alice, shared, aliceShared, () => putAnnotation(aliceShared, { ...h1, sharedAt: now, updatedAt: now }));
    await edit(alice, mine, alicePrivate, () => deleteAnnotation(alicePrivate, 'h1'));
    receive(bob, shared, bobShared);
    expect(readAnnotations(bobShared, doc.id)).toEqual([
      expect.objectContaining({ id: 'h1', authorName: 'Nguyễn Văn Đức', sharedAt: now }),
    ]);

    // Bob may not change or delete Alice's shared annotation, nor forge one in her name.
    expect(await edit(bob, shared, bobShared, () => patchAnnotation(bobShared, 'h1', { text: 'sửa trộm' }, now))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const bobFresh = await openRoom(bob, shared);
    expect(await edit(bob, shared, bobFresh, () => deleteAnnotation(bobFresh, 'h1'))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(getAnnotation(app.services.ydocs.get(shared), 'h1')?.text).toBe('');
    // Malformed bytes are refused and never half-applied.
    expect(await alice.call('ydoc:update', { room: shared, update: new Uint8Array([1, 1, 200, 7, 0, 0, 1]) })).toMatchObject({ ok: false });

    await alice.must('viewer:set-state', { documentId: doc.id, state: { page: 3, zoom: 1.25, rotation: 90 } });
    expect(await alice.call('viewer:set-state', { documentId: doc.id, state: { page: 999, zoom: 1, rotation: 0 } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });

    // Restart on the same data dir: everything is back.
    await app.close();
    open.splice(0);
    app = boot(dir);
    const alice2 = await signIn(app, 'daibieu01', 'daibieu');
    const bob2 = await signIn(app, 'daibieu02', 'daibieu');
    expect(readAnnotations(await openRoom(alice2, mine), doc.id).map((a) => a.id)).toEqual(['n1']);
    expect(readAnnotations(await openRoom(bob2, shared), doc.id).map((a) => [a.id, a.authorName])).toEqual([['h1', 'Nguyễn Văn Đức']]);
    expect(await alice2.must('viewer:get-state', { documentId: doc.id })).toEqual({ page: 3, zoom: 1.25, rotation: 90 });
    expect(await bob2.must('viewer:get-state', { documentId: doc.id })).toBeNull();

    // Export: Alice's note and her shared highlight, nothing of anyone else's.
    const out = await alice2.must('annotations:export', { documentId: doc.id });
    expect(out.annotations).toBe(2);
    expect(out.fileName).toMatch(/ghi chu\.pdf$/);
    expect(new TextDecoder().decode(out.bytes.subarray(0, 5))).toBe('%PDF-');
    const bobOut = await bob2.must('annotations:export', { documentId: doc.id });
    expect(bobOut.annotations).toBe(0);
  });

  it('shared rooms follow document visibility, re-checked on every delivery', async () => {
    const app = boot(copyOf(template));
    const member = await signIn(app, 'daibieu01', 'daibieu');
    const outsider = await signIn(app, 'daibieu20', 'daibieu');
    const guest = await signIn(app, 'khachmoi', 'khachmoi');
    const all = await docs(member);
    const restricted = all.find((d) => d.visibility.kind === 'delegates')!;
    const secret = all.find((d) => d.confidentiality === 'mat')!;
    for (const [c, d] of [
      [outsider, restricted],
      [outsider, secret],
      [guest, secret],
    ] as const) {
      expect(await c.call('ydoc:open', { room: sharedRoom(d.id) })).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(await c.call('viewer:get-state', { documentId: d.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(await c.call('annotations:export', { documentId: d.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    expect(await member.call('ydoc:open', { room: sharedRoom('no-such-doc' as DocumentId) })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await member.call('ydoc:open', { room: 'annotations-private:../../etc' })).toMatchObject({ ok: false });
    expect(await member.call('ydoc:open', { room: sharedRoom(secret.id) })).toMatchObject({ ok: true });

    // A window that signs out (and another user signs in on it) stops receiving the old user's private room.
    const room = privateRoom(member.ctx.session!.user.id);
    const watcher = await signIn(app, 'daibieu01', 'daibieu');
    await openRoom(watcher, room);
    const editor = await openRoom(member, room);
    await edit(member, room, editor, () => putAnnotation(editor, highlight('p1', all[0]!, member)));
    expect(watcher.events.filter((e) => e.event === 'ydoc:update')).toHaveLength(1);
    await watcher.must('auth:logout');
    await watcher.must('auth:login', { username: 'daibieu02', password: 'daibieu' });
    await edit(member, room, editor, () => patchAnnotation(editor, 'p1', { color: 'green' }, 'later'));
    expect(watcher.events.filter((e) => e.event === 'ydoc:update')).toHaveLength(1);
  });
});
