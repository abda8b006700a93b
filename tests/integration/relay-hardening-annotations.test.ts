import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import * as decoding from 'lib0/decoding';
import {
  annotationsMap,
  deleteAnnotation,
  getAnnotation,
  patchAnnotation,
  putAnnotation,
  readAnnotations,
} from '../../shared/annotations/ydoc-model';
import { sharedNote } from '../helpers/annotation-notes';
import type { TestRelay } from '../helpers/relay-harness';
import {
  loginAs,
  nextRelayEvent,
  removeDir,
  startTestRelay,
  until,
  untilDoc,
  whenProviderSynced,
  provider,
} from '../helpers/relay-harness';

/**
 * Point 1 of the relay hardening: a tampered delegate laptop with a stock y-websocket WebsocketProvider and its
 * own token cannot rewrite, delete or forge another delegate's shared annotation, nor store anything that is not
 * an annotation. Every such update is refused whole by the relay, the provider is told why (auth message), and
 * the honest peers in the room keep syncing and never see any of it.
 */
let t: TestRelay;
let tokens: Record<'d1' | 'd2' | 'chair', string>;
let room: string;
const cleanup: (() => void)[] = [];

beforeAll(async () => {
  t = await startTestRelay();
  tokens = {
    d1: (await loginAs(t.relay.url, 'd1', t.fx.users.d1!.password)).token,
    d2: (await loginAs(t.relay.url, 'd2', t.fx.users.d2!.password)).token,
    chair: (await loginAs(t.relay.url, 'chair', t.fx.users.chair!.password)).token,
  };
  room = `annotations-shared:${t.fx.docs.public!.id}`;
});
afterAll(async () => {
  for (const c of cleanup) c();
  await t.relay.close();
  removeDir(t.dataDir);
  removeDir(t.fx.dir);
});

/** A stock provider, plus the permission-denied reasons the relay sent it (read off its own socket). */
async function connect(who: keyof typeof tokens): Promise<{ p: WebsocketProvider; doc: Y.Doc; denied: string[] }> {
  const p = provider(t.relay.url, room, tokens[who]);
  cleanup.push(() => p.destroy());
  const denied: string[] = [];
  await whenProviderSynced(p);
  p.ws!.addEventListener('message', (ev: { data: unknown }) => {
    const data = ev.data as ArrayBuffer | Buffer;
    const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    const d = decoding.createDecoder(bytes);
    if (decoding.readVarUint(d) === 2 && decoding.readVarUint(d) === 0) denied.push(decoding.readVarString(d));
  });
  return { p, doc: p.doc, denied };
}

const relayDoc = () => {
  const d = new Y.Doc();
  Y.applyUpdate(d, t.relay.roomState(room));
  return d;
};
const texts = (d: Y.Doc) =>
  readAnnotations(d)
    .map((a) => `${a.authorId}:${a.text}`)
    .sort();

describe('shared annotations: the relay enforces authorship and the schema', () => {
  let victim: Awaited<ReturnType<typeof connect>>;
  let observer: Awaited<ReturnType<typeof connect>>;
  const docId = () => t.fx.docs.public!.id;

  beforeAll(async () => {
    victim = await connect('d1');
    observer = await connect('chair');
    putAnnotation(victim.doc, sharedNote('v1', docId(), t.fx.users.d1!.id, 'ý kiến của đại biểu 1', 'Đại biểu 1'));
    await untilDoc(observer.doc, () => getAnnotation(observer.doc, 'v1') !== null, 'observer sees the victim note');
  });

  /** The honest peers still sync both ways, and neither they nor the relay hold anything of the attack. */
  async function honestPeersUnaffected(mark: string): Promise<void> {
    putAnnotation(victim.doc, sharedNote(mark, docId(), t.fx.users.d1!.id, mark, 'Đại biểu 1'));
    await untilDoc(observer.doc, () => getAnnotation(observer.doc, mark) !== null, `observer sees ${mark}`);
    putAnnotation(observer.doc, sharedNote(`${mark}-c`, docId(), t.fx.users.chair!.id, `${mark}-c`));
    await untilDoc(victim.doc, () => getAnnotation(victim.doc, `${mark}-c`) !== null, `victim sees ${mark}-c`);
    expect(getAnnotation(relayDoc(), 'v1')).toMatchObject({ authorId: t.fx.users.d1!.id, text: 'ý kiến của đại biểu 1' });
    expect(texts(victim.doc)).toEqual(texts(relayDoc()));
    expect(texts(observer.doc)).toEqual(texts(relayDoc()));
  }

  async function refused(attacker: Awaited<ReturnType<typeof connect>>, act: () => void, what: string): Promise<string> {
    const event = nextRelayEvent(t.relay, 'refused', (e) => e.userId === t.fx.users.d2!.id);
    act();
    await event;
    await until(
      (cb) => {
        const h = () => cb();
        attacker.p.ws!.addEventListener('message', h);
        return () => attacker.p.ws!.removeEventListener('message', h);
      },
      () => attacker.denied.length > 0,
      `${what}: attacker told why`,
    );
    // Not closed: a refused write leaves the provider connected (as for read-only peers).
    expect(attacker.p.wsconnected).toBe(true);
    return attacker.denied[0]!;
  }

  it('accepts the attacker delegate’s own shared note (the check is not a blanket refusal)', async () => {
    const a = await connect('d2');
    putAnnotation(a.doc, sharedNote('own', docId(), t.fx.users.d2!.id, 'ghi chú của đại biểu 2'));
    await untilDoc(observer.doc, () => getAnnotation(observer.doc, 'own') !== null, 'observer sees own note');
    expect(a.denied).toEqual([]);
  });

  it('refuses rewriting another delegate’s note (which would still show under the victim’s name)', async () => {
    const a = await connect('d2');
    const reason = await refused(
      a,
      () => patchAnnotation(a.doc, 'v1', { text: 'nội dung bị sửa trộm' }, '2025-01-15T10:00:00.000Z'),
      'rewrite',
    );
    expect(reason).toMatch(/Chỉ được thêm, sửa hoặc xoá ghi chú chung do chính mình tạo/);
    expect(reason).toMatch(/only add, change or delete your own/);
    await honestPeersUnaffected('after-rewrite');
  });

  it('refuses deleting another delegate’s note', async () => {
    const a = await connect('d2');
    const reason = await refused(a, () => deleteAnnotation(a.doc, 'v1'), 'delete');
    expect(reason).toMatch(/do chính mình tạo/);
    await honestPeersUnaffected('after-delete');
  });

  it('refuses a note forged under another delegate’s id, and replacing the victim’s entry', async () => {
    const a = await connect('d2');
    const reason = await refused(
      a,
      () => putAnnotation(a.doc, sharedNote('forged', docId(), t.fx.users.d1!.id, 'tôi đồng ý bãi nhiệm', 'Đại biểu 1')),
      'forge',
    );
    expect(reason).toMatch(/do chính mình tạo/);
    const b = await connect('d2');
    await refused(b, () => putAnnotation(b.doc, sharedNote('v1', docId(), t.fx.users.d2!.id, 'thay thế')), 'replace');
    await honestPeersUnaffected('after-forge');
    expect(getAnnotation(relayDoc(), 'forged')).toBeNull();
  });

  it('refuses non-annotation data: a foreign top-level type with 5 × 200 kB values, extra fields on an own note', async () => {
    const big = 'x'.repeat(200 * 1024);
    const a = await connect('d2');
    const reason = await refused(
      a,
      () =>
        a.doc.transact(() => {
          for (let i = 0; i < 5; i++) a.doc.getMap('junk').set(`k${i}`, big);
        }),
      'foreign type',
    );
    expect(reason).toMatch(/không phải ghi chú hợp lệ/);
    const b = await connect('d2');
    await refused(
      b,
      () =>
        b.doc.transact(() => {
          putAnnotation(b.doc, sharedNote('padded', docId(), t.fx.users.d2!.id, 'ghi chú'));
          annotationsMap(b.doc).get('padded')!.set('payload', big);
        }),
      'extra field',
    );
    await honestPeersUnaffected('after-junk');
    const state = t.relay.roomState(room);
    expect(state.byteLength).toBeLessThan(64 * 1024);
    expect(relayDoc().share.has('junk')).toBe(false);
    expect(observer.doc.share.has('junk') && observer.doc.getMap('junk').size > 0).toBe(false);
    expect(getAnnotation(relayDoc(), 'padded')).toBeNull();
  });
});
