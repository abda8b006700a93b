import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boundsOf, mergeLineRects, simplifyStroke, translated } from '../../shared/annotations/geometry';
import { notesRoomFor, parseRoom, privateDocRoom, privateRoom, sharedRoom } from '../../shared/annotations/rooms';
import { checkPrivateUpdate, checkSharedUpdate } from '../../shared/annotations/shared-guard';
import type { Annotation, HighlightAnnotation } from '../../shared/annotations/types';
import {
  annotationsMap,
  deleteAnnotation,
  getAnnotation,
  parseAnnotation,
  patchAnnotation,
  putAnnotation,
  readAnnotations,
} from '../../shared/annotations/ydoc-model';
import type { DocumentId, UserId } from '../../shared/model/ids';

const DOC = 'doc1' as DocumentId;
const ALICE = 'alice' as UserId;
const BOB = 'bob' as UserId;

const hl = (id: string, over: Partial<HighlightAnnotation> = {}): HighlightAnnotation => ({
  id,
  kind: 'highlight',
  documentId: DOC,
  page: 1,
  color: 'yellow',
  text: '',
  authorId: ALICE,
  authorName: 'Alice',
  createdAt: `2025-01-01T00:00:0${id.length}Z`,
  updatedAt: '2025-01-01T00:00:00Z',
  sharedAt: null,
  rects: [[10, 700, 200, 712]],
  quote: 'chuyển đổi số',
  ...over,
});

/** The update a change to `doc` produces, as a renderer would send it. */
function updateOf(doc: Y.Doc, change: () => void): Uint8Array {
  let out: Uint8Array | null = null;
  const on = (u: Uint8Array) => void (out = out ? Y.mergeUpdates([out, u]) : u);
  doc.on('update', on);
  change();
  doc.off('update', on);
  return out!;
}

/** A peer in the same state as `doc`. */
function peerOf(doc: Y.Doc): Y.Doc {
  const p = new Y.Doc();
  Y.applyUpdate(p, Y.encodeStateAsUpdate(doc));
  return p;
}

describe('annotation model in a Y.Doc', () => {
  it('stores, patches field by field and deletes', () => {
    const doc = new Y.Doc();
    putAnnotation(doc, hl('a'));
    putAnnotation(doc, { ...hl('bb'), kind: 'note', at: [50, 600], text: 'Ghi chú' } as Annotation);
    expect(readAnnotations(doc, DOC).map((a) => a.id)).toEqual(['a', 'bb']);
    expect(patchAnnotation(doc, 'a', { color: 'green', text: 'Cần xem lại' }, '2025-01-02T00:00:00Z')).toBe(true);
    expect(getAnnotation(doc, 'a')).toMatchObject({ color: 'green', text: 'Cần xem lại', updatedAt: '2025-01-02T00:00:00Z' });
    expect(patchAnnotation(doc, 'a', { color: 'purple' as never }, 'x')).toBe(false);
    expect(patchAnnotation(doc, 'missing', { text: 'x' }, 'x')).toBe(false);
    expect(deleteAnnotation(doc, 'a')?.id).toBe('a');
    expect(readAnnotations(doc).map((a) => a.id)).toEqual(['bb']);
  });

  it('merges concurrent edits of different fields from two laptops', () => {
    const a = new Y.Doc();
    putAnnotation(a, hl('a'));
    const b = peerOf(a);
    patchAnnotation(a, 'a', { color: 'blue' }, '2025-01-02T00:00:00Z');
    patchAnnotation(b, 'a', translated(getAnnotation(b, 'a')!, 5, -5), '2025-01-02T00:00:01Z');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(getAnnotation(a, 'a')).toEqual(getAnnotation(b, 'a'));
    expect(getAnnotation(a, 'a')).toMatchObject({ color: 'blue', rects: [[15, 695, 205, 707]] });
  });

  it('skips entries that do not validate (a tampered peer)', () => {
    const doc = new Y.Doc();
    putAnnotation(doc, hl('good'));
    const bad = new Y.Map<unknown>();
    bad.set('id', 'bad');
    bad.set('kind', 'highlight');
    bad.set('rects', [[1, 2, 3]]);
    annotationsMap(doc).set('bad', bad);
    expect(readAnnotations(doc).map((a) => a.id)).toEqual(['good']);
    expect(parseAnnotation({ ...hl('x'), page: 0 })).toBeNull();
    expect(parseAnnotation({ ...hl('x'), rects: [[0, 0, Infinity, 1]] })).toBeNull();
    expect(parseAnnotation({ ...hl('x'), kind: 'ink', strokes: [[1, 2, 3]], width: 2 })).toBeNull();
    expect(() => putAnnotation(doc, { ...hl('x'), page: -1 })).toThrow();
  });

  it('undoes and redoes local changes only, with Y.UndoManager', () => {
    const doc = new Y.Doc();
    const local = { local: true };
    const um = new Y.UndoManager(annotationsMap(doc), { trackedOrigins: new Set([local]), captureTimeout: 0 });
    putAnnotation(doc, hl('a'), local);
    patchAnnotation(doc, 'a', { color: 'pink' }, 'later', local);
    putAnnotation(doc, hl('remote'), 'remote');
    um.undo();
    expect(getAnnotation(doc, 'a')?.color).toBe('yellow');
    um.undo();
    expect(getAnnotation(doc, 'a')).toBeNull();
    expect(getAnnotation(doc, 'remote')).not.toBeNull();
    um.redo();
    um.redo();
    expect(getAnnotation(doc, 'a')?.color).toBe('pink');
  });
});

describe('geometry', () => {
  it('merges glyph-run rects into one rect per line', () => {
    const merged = mergeLineRects([
      [10, 700, 50, 712],
      [50.5, 700, 90, 712.5],
      [10, 680, 60, 692],
      [91, 699, 120, 711],
      [200, 700, 220, 712],
    ]);
    // The far-away run on the first line stays separate (a gap wider than a space).
    expect(merged).toEqual([
      [10, 699, 120, 712.5],
      [200, 700, 220, 712],
      [10, 680, 60, 692],
    ]);
  });

  it('bounds and moves every kind', () => {
    const ink: Annotation = {
      ...hl('i'),
      kind: 'ink',
      strokes: [
        [0, 0, 10, 20],
        [5, 5],
      ],
      width: 2,
    } as Annotation;
    expect(boundsOf(ink)).toEqual([0, 0, 10, 20]);
    expect(translated(ink, 1, 2)).toEqual({
      strokes: [
        [1, 2, 11, 22],
        [6, 7],
      ],
    });
    const note = { ...hl('n'), kind: 'note', at: [3, 4] } as Annotation;
    expect(translated(note, -3, -4)).toEqual({ at: [0, 0] });
  });

  it('thins freehand points but keeps the ends', () => {
    const s = simplifyStroke([0, 0, 0.1, 0.1, 0.2, 0.2, 5, 5, 5.1, 5.1]);
    expect(s).toEqual([0, 0, 5, 5, 5.1, 5.1]);
  });
});

describe('rooms', () => {
  it('names and parses rooms, refusing odd names', () => {
    expect(parseRoom(privateRoom(ALICE))).toEqual({ kind: 'private', userId: ALICE, name: 'annotations-private:alice' });
    expect(parseRoom(sharedRoom(DOC))).toEqual({ kind: 'shared', documentId: DOC, name: 'annotations-shared:doc1' });
    expect(parseRoom('annotations-private:../x')).toBeNull();
    expect(parseRoom('meeting:1')).toBeNull();
    expect(parseRoom(42)).toBeNull();
  });
});

describe('shared room guard', () => {
  const shared = (id: string, author: UserId) => hl(id, { authorId: author, sharedAt: '2025-01-01T01:00:00Z' });

  it('lets an author add, edit and delete their own shared annotation', () => {
    const server = new Y.Doc();
    const alice = peerOf(server);
    const add = updateOf(alice, () => putAnnotation(alice, shared('a', ALICE)));
    expect(checkSharedUpdate(server, add, ALICE, DOC)).toEqual({ ok: true, touched: ['a'] });
    Y.applyUpdate(server, add);
    const edit = updateOf(alice, () => patchAnnotation(alice, 'a', { text: 'Góp ý' }, 'later'));
    expect(checkSharedUpdate(server, edit, ALICE, DOC).ok).toBe(true);
    Y.applyUpdate(server, edit);
    const del = updateOf(alice, () => deleteAnnotation(alice, 'a'));
    expect(checkSharedUpdate(server, del, ALICE, DOC).ok).toBe(true);
  });

  it("refuses edits and deletions of someone else's annotation, and impersonation", () => {
    const server = new Y.Doc();
    putAnnotation(server, shared('a', ALICE));
    const bob = peerOf(server);
    expect(
      checkSharedUpdate(
        server,
        updateOf(bob, () => patchAnnotation(bob, 'a', { text: 'x' }, 'l')),
        BOB,
        DOC,
      ),
    ).toMatchObject({ ok: false, reason: 'not-author' });
    const bob2 = peerOf(server);
    expect(
      checkSharedUpdate(
        server,
        updateOf(bob2, () => deleteAnnotation(bob2, 'a')),
        BOB,
        DOC,
      ),
    ).toMatchObject({ ok: false, reason: 'not-author' });
    const bob3 = peerOf(server);
    expect(
      checkSharedUpdate(
        server,
        updateOf(bob3, () => putAnnotation(bob3, shared('fake', ALICE))),
        BOB,
        DOC,
      ),
    ).toMatchObject({ ok: false, reason: 'not-author' });
    // The secretariat may remove it, but not rewrite it.
    const sec = peerOf(server);
    expect(
      checkSharedUpdate(
        server,
        updateOf(sec, () => deleteAnnotation(sec, 'a')),
        BOB,
        DOC,
        { moderator: true },
      ).ok,
    ).toBe(true);
  });

  it('refuses private-looking, misplaced, malformed and incomplete updates', () => {
    const server = new Y.Doc();
    const p = peerOf(server);
    expect(
      checkSharedUpdate(
        server,
        updateOf(p, () => putAnnotation(p, hl('x'))),
        ALICE,
        DOC,
      ),
    ).toMatchObject({ reason: 'not-shared' });
    const q = peerOf(server);
    const other = { ...shared('y', ALICE), documentId: 'doc2' as DocumentId };
    expect(
      checkSharedUpdate(
        server,
        updateOf(q, () => putAnnotation(q, other)),
        ALICE,
        DOC,
      ),
    ).toMatchObject({ reason: 'wrong-document' });
    const r = peerOf(server);
    expect(
      checkSharedUpdate(
        server,
        updateOf(r, () => r.getMap('other').set('k', 1)),
        ALICE,
        DOC,
      ),
    ).toMatchObject({ reason: 'outside-annotations' });
    expect(checkSharedUpdate(server, new Uint8Array([1, 2, 3, 250, 251]), ALICE, DOC)).toMatchObject({ ok: false });
    const s = peerOf(server);
    updateOf(s, () => putAnnotation(s, shared('first', ALICE)));
    const second = updateOf(s, () => patchAnnotation(s, 'first', { text: 't' }, 'l'));
    expect(checkSharedUpdate(server, second, ALICE, DOC)).toMatchObject({ reason: 'missing-dependencies' });
    expect(checkPrivateUpdate(server, second)).toMatchObject({ reason: 'missing-dependencies' });
  });
});

describe('private notes on a confidential document', () => {
  const SECRET = 'mat1' as DocumentId;
  const note = (id: string, over: Partial<HighlightAnnotation> = {}) => hl(id, { documentId: SECRET, ...over });

  it('names, parses and chooses the room by confidentiality', () => {
    expect(privateDocRoom(ALICE, SECRET)).toBe('annotations-private-doc:alice.mat1');
    expect(parseRoom('annotations-private-doc:alice.mat1')).toEqual({
      kind: 'private-doc',
      userId: ALICE,
      documentId: SECRET,
      name: 'annotations-private-doc:alice.mat1',
    });
    for (const bad of [
      'annotations-private-doc:alice',
      'annotations-private-doc:a.b.c',
      'annotations-private-doc:.mat1',
      'annotations-private-doc:a/b.c',
    ])
      expect(parseRoom(bad)).toBeNull();
    expect(notesRoomFor(ALICE, { id: SECRET, confidentiality: 'mat' })).toBe('annotations-private-doc:alice.mat1');
    expect(notesRoomFor(ALICE, { id: DOC, confidentiality: 'thuong' })).toBe('annotations-private:alice');
  });

  it("holds only the owner's notes on that document", () => {
    const room = new Y.Doc();
    const rules = { owner: ALICE, documentId: SECRET };
    const mine = peerOf(room);
    expect(
      checkPrivateUpdate(
        room,
        updateOf(mine, () => putAnnotation(mine, note('a'))),
        rules,
      ),
    ).toMatchObject({ ok: true });
    const other = peerOf(room);
    expect(
      checkPrivateUpdate(
        room,
        updateOf(other, () => putAnnotation(other, hl('b'))),
        rules,
      ),
    ).toMatchObject({ reason: 'wrong-document' });
    const forged = peerOf(room);
    expect(
      checkPrivateUpdate(
        room,
        updateOf(forged, () => putAnnotation(forged, note('c', { authorId: BOB }))),
        rules,
      ),
    ).toMatchObject({
      reason: 'not-author',
    });
  });

  it('keeps them out of the common private room', () => {
    const room = new Y.Doc();
    const rules = { refuseDocument: (id: DocumentId) => id === SECRET };
    const p = peerOf(room);
    expect(
      checkPrivateUpdate(
        room,
        updateOf(p, () => putAnnotation(p, hl('a'))),
        rules,
      ).ok,
    ).toBe(true);
    const q = peerOf(room);
    expect(
      checkPrivateUpdate(
        room,
        updateOf(q, () => putAnnotation(q, note('b'))),
        rules,
      ),
    ).toMatchObject({ reason: 'wrong-document' });
  });
});
