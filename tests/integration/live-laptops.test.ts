import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { privateRoom, sharedRoom } from '../../shared/annotations/rooms';
import type { RelayStatus } from '../../shared/ipc/slices/live';
import type { CommandAck } from '../../shared/meeting-live/commands';
import type { Relay } from '../../electron/relay';
import { createRelay } from '../../electron/relay';
import { closeDb, openDb } from '../../electron/common/sqlite/connection';
import { LOCAL_MIGRATIONS } from '../../electron/laptop/db/migrations';
import { createSyncClient } from '../../electron/laptop/sync/sync-client';
import type { MeetingFixture } from '../helpers/relay-fixture';
import { makeMeetingFixture } from '../helpers/relay-fixture';
import { removeDir, tempDir, until } from '../helpers/relay-harness';
import { newCaller } from '../helpers/services';
import type { TestLaptop } from '../helpers/relay-laptops';
import {
  annotate,
  blobPath,
  inspectLaptopDb,
  note,
  noteTexts,
  openLaptop,
  untilDownloaded,
  untilLive,
  untilNotes,
  untilStatus,
} from '../helpers/relay-laptops';

/**
 * Laptops (real services on temp dirs) signing in through a real relay (in-process, real sockets on
 * 127.0.0.1): package download with progress, annotation sync through the laptops' own Y.Docs, private
 * rooms that never leave their owner, offline work and convergence, offline sign-in after a restart,
 * and live commands (a vote round trip; an offline vote refused at once).
 * Fixture: d1 sees `public` + `secretForD1`; d2 sees `public` + `group2`.
 */
let fx: MeetingFixture;
let relayDir: string;
let relay: Relay | null = null;
let port = 0;
let relayUrl = '';
const laptops: TestLaptop[] = [];
const dirs: string[] = [];

async function startRelay(): Promise<Relay> {
  relay = await createRelay({ dataDir: relayDir, port });
  port = relay.port;
  relayUrl = relay.url;
  if (!relay.currentPackage()) relay.loadPackage(fx.pkg, fx.blobDir);
  return relay;
}

function laptop(name: string, dataDir?: string): TestLaptop {
  const l = openLaptop(name, dataDir);
  laptops.push(l);
  dirs.push(l.dataDir);
  return l;
}

let a: TestLaptop; // d1
let b: TestLaptop; // d2
let c: TestLaptop; // chair

/** Buffer.equals: vitest's deep equality walks 100-KB buffers byte by byte (seconds). */
const sameBytes = (x: Uint8Array, y: Uint8Array) =>
  Buffer.from(x.buffer, x.byteOffset, x.byteLength).equals(Buffer.from(y.buffer, y.byteOffset, y.byteLength));

const statuses = (l: TestLaptop) => l.win.events.filter((e) => e.event === 'relay:status').map((e) => e.payload as RelayStatus);

beforeAll(async () => {
  fx = await makeMeetingFixture({ seed: 21 });
  relayDir = tempDir('live-relay');
  dirs.push(relayDir, fx.dir);
  await startRelay();
  a = laptop('a');
  b = laptop('b');
  c = laptop('chair');
});

afterAll(async () => {
  for (const l of laptops) await l.close();
  if (relay) await relay.close();
  for (const d of dirs) removeDir(d);
});

describe('signing in through the relay', () => {
  it('refuses a malformed relay address and wrong credentials with Vietnamese messages', async () => {
    const bad = await a.win.call('relay:login', { relayUrl: 'ftp://127.0.0.1:1', username: 'd1', password: 'x' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(bad.ok ? '' : bad.error.message).toMatch(/^Địa chỉ máy chủ phòng họp không hợp lệ/);
    const wrong = await a.win.call('relay:login', { relayUrl, username: 'd1', password: 'sai-mat-khau' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'unauthenticated', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' } });
    expect(a.win.ctx.session).toBeNull();
    expect(a.conn.status(null).state).toBe('not_configured');
  });

  it('gives each laptop the meeting and only the documents its delegate may see, with progress', async () => {
    // Progress is watched on the connection itself: the window only owns the link once sign-in returns, and a
    // fast local download may be over by then (the window is then told the finished state at once).
    const progress = new Map<TestLaptop, RelayStatus[]>([
      [a, []],
      [b, []],
    ]);
    const unsubscribe = [a, b].map((l) => l.conn.onStatus((s) => progress.get(l)!.push(s)));
    const [ra, rb] = await Promise.all([
      a.win.call('relay:login', { relayUrl, username: 'd1', password: fx.users.d1!.password }),
      b.win.call('relay:login', { relayUrl: `  ${relayUrl}/ `, username: 'd2', password: fx.users.d2!.password }),
    ]);
    expect(ra).toMatchObject({ ok: true, value: { user: { id: fx.users.d1!.id, username: 'd1' } } });
    expect(rb).toMatchObject({ ok: true, value: { user: { id: fx.users.d2!.id } } });
    expect(a.win.ctx.session?.user.id).toBe(fx.users.d1!.id);

    // Signed in = the meeting is in the local database (its PDFs may still be arriving).
    const detailA = await a.win.must('meetings:get', { meetingId: fx.meetingId });
    expect(detailA.documents.map((d) => d.id).sort()).toEqual([fx.docs.public!.id, fx.docs.secretForD1!.id].sort());
    const detailB = await b.win.must('meetings:get', { meetingId: fx.meetingId });
    expect(detailB.documents.map((d) => d.id).sort()).toEqual([fx.docs.group2!.id, fx.docs.public!.id].sort());

    await Promise.all([untilDownloaded(a), untilDownloaded(b)]);
    await untilStatus(a.conn, (s) => s.state === 'online', 'a online');
    for (const [l, mine, other] of [
      [a, ['public', 'secretForD1'], 'group2'],
      [b, ['public', 'group2'], 'secretForD1'],
    ] as const) {
      for (const key of mine) {
        // A confidential (mật) document is stored sealed (`.mat`): only documents:read gives its bytes back.
        const sealed = fx.docs[key]!.meta.confidentiality === 'mat';
        expect(existsSync(blobPath(l, fx.docs[key]!.sha256))).toBe(!sealed);
        const bytes = sealed
          ? (await l.win.must('documents:read', { documentId: fx.docs[key]!.id })).bytes
          : readFileSync(blobPath(l, fx.docs[key]!.sha256));
        expect(sameBytes(bytes, fx.docs[key]!.bytes)).toBe(true);
      }
      expect(existsSync(blobPath(l, fx.docs[other]!.sha256))).toBe(false);
      expect(existsSync(blobPath(l, fx.docs[other]!.sha256).replace(/\.pdf$/, '.mat'))).toBe(false);
      const read = await l.win.must('documents:read', { documentId: fx.docs.public!.id });
      expect(sameBytes(read.bytes, fx.docs.public!.bytes)).toBe(true);
      // Progress went to the window: per document (downloading → done) and for the whole package.
      const seen = statuses(l);
      const last = seen[seen.length - 1]!;
      expect(last.state).toBe('online');
      expect(last.relayUrl).toBe(relayUrl);
      expect(last.download).toMatchObject({ documentsDone: 2, documentsTotal: 2 });
      expect(last.download!.receivedBytes).toBe(last.download!.totalBytes);
      const publicId = fx.docs.public!.id;
      // Per document: seen before it was done (queued or downloading; a fast local download may skip the latter).
      const all = progress.get(l)!;
      expect(all.some((s) => s.download?.documents.some((d) => d.documentId === publicId && d.status !== 'done'))).toBe(true);
      expect(all.some((s) => s.download !== null && s.download.documentsDone < 2)).toBe(true);
    }
    for (const u of unsubscribe) u();
    // Another window of the laptop, not signed in as d1, sees the connection but not d1's document list.
    const other = await newCaller(a.app).must('relay:status');
    expect(other).toMatchObject({ state: 'online', relayUrl, download: null });
    expect((await a.win.must('relay:status')).download?.documentsTotal).toBe(2);
    // A confidential document of d1 never reached laptop B in any form.
    await expect(b.win.call('documents:read', { documentId: fx.docs.secretForD1!.id })).resolves.toMatchObject({
      ok: false,
      error: { message: 'Không tìm thấy tài liệu.' },
    });
  });
});

describe('annotations through the relay', () => {
  it("carries a shared annotation from laptop A's docs to laptop B's docs", async () => {
    const room = sharedRoom(fx.docs.public!.id);
    await annotate(a.win, room, note('n-a-1', fx.docs.public!.id, fx.users.d1!.id, 'Ý kiến chia sẻ của đại biểu 1', true));
    await untilNotes(b, room, (t) => t.includes('Ý kiến chia sẻ của đại biểu 1'), 'B has A’s shared note');
    // B's window, subscribed to the room, receives it as an event too (the bridge from LocalDocs).
    await b.win.must('ydoc:open', { room });
    await annotate(a.win, room, note('n-a-2', fx.docs.public!.id, fx.users.d1!.id, 'Ý kiến thứ hai', true));
    await untilNotes(b, room, (t) => t.includes('Ý kiến thứ hai'), 'B has the second note');
    expect(b.win.events.some((e) => e.event === 'ydoc:update' && (e.payload as { room: string }).room === room)).toBe(true);
  });

  it("keeps a private annotation on its owner's laptop and the relay, never on another laptop", async () => {
    const secret = 'Ghi chú riêng tư KHÔNG được lộ 7f3a';
    const mine = privateRoom(fx.users.d1!.id);
    await annotate(a.win, mine, note('p-a-1', fx.docs.public!.id, fx.users.d1!.id, secret, false));
    // Acknowledged = on the relay's disk: its copy of the room holds the note.
    await until(
      (cb) => relay!.onEvent(cb),
      () => Buffer.from(relay!.roomState(mine)).includes(Buffer.from(secret)),
      'the relay has A’s private note',
    );
    // A later shared edit that B has received proves B has processed everything sent before it.
    const shared = sharedRoom(fx.docs.public!.id);
    await annotate(a.win, shared, note('n-a-3', fx.docs.public!.id, fx.users.d1!.id, 'Mốc đồng bộ', true));
    await untilNotes(b, shared, (t) => t.includes('Mốc đồng bộ'), 'B has the barrier note');

    // Even a sync client signed in as B asking for A's private room is refused by the relay.
    const probeDir = tempDir('live-probe');
    dirs.push(probeDir);
    const probeDb = openDb({ file: join(probeDir, 'local.db'), migrations: LOCAL_MIGRATIONS });
    const probe = createSyncClient({
      relayUrl,
      username: 'd2',
      password: fx.users.d2!.password,
      db: probeDb,
      backoff: { initialMs: 20, maxMs: 200 },
    });
    try {
      probe.openRoom(mine);
      await until(
        (cb) => probe.onRoomStatus(mine, cb),
        () => probe.roomStatus(mine)?.closed !== null,
        'relay closes A’s private room for B',
      );
      expect(probe.roomStatus(mine)!.closed!.code).toBe(4403);
    } finally {
      await probe.close();
      closeDb(probeDb);
    }

    const onB = inspectLaptopDb(b.dataDir, secret);
    expect(onB.containsNeedle).toBe(false);
    expect(onB.rooms).not.toContain(mine);
    expect(onB.rooms).toContain(shared);
    const onA = inspectLaptopDb(a.dataDir, secret);
    expect(onA.containsNeedle).toBe(true);
    // One doc per room on a laptop: the sync client syncs LocalDocs' instance, stored once (one edit = one row).
    const rows = a.app.services.db.prepare('SELECT count(*) AS n FROM ydoc_updates WHERE doc = ?').get(mine) as { n: number };
    expect(rows.n).toBe(1);
    expect(Buffer.from(relay!.roomState(mine)).includes(Buffer.from(secret))).toBe(true);
  });
});

describe('live commands', () => {
  let voteId: string;

  it('round-trips a vote: chair opens it, the delegate casts through live:command and gets the ack', async () => {
    const rc = await c.win.call('relay:login', { relayUrl, username: 'chair', password: fx.users.chair!.password });
    expect(rc.ok).toBe(true);
    await untilStatus(c.conn, (s) => s.state === 'online', 'chair online');
    const cmd = (l: TestLaptop, command: Record<string, unknown>) => l.win.call('live:command', { command });
    expect(await cmd(c, { type: 'meeting:open', commandId: 'open-1' })).toMatchObject({ ok: true, value: { type: 'meeting:open' } });
    for (const [l, id] of [
      [c, 'ci-c'],
      [a, 'ci-a'],
      [b, 'ci-b'],
    ] as const) {
      expect(await cmd(l, { type: 'attendance:check-in', commandId: id })).toMatchObject({ ok: true });
    }
    // A delegate may not open a vote: the relay's refusal comes back as a value, in Vietnamese.
    const refused = await cmd(a, {
      type: 'vote:open',
      commandId: 'vo-a',
      agendaItemId: 'a-1',
      question: 'Q?',
      kind: 'public',
      ruleId: 'hdnd_resolution',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(refused.ok ? '' : refused.error.message).toMatch(/chủ tọa/i);

    const opened = await cmd(c, {
      type: 'vote:open',
      commandId: 'vo-1',
      agendaItemId: 'a-1',
      question: 'Thông qua Nghị quyết về kế hoạch đầu tư công?',
      kind: 'public',
      ruleId: 'hdnd_resolution',
    });
    expect(opened.ok).toBe(true);
    voteId = (opened as { value: CommandAck }).value.voteId!;
    await untilLive(a.conn, (s) => s.view?.vote?.voteId === voteId, 'A sees the open vote');

    const cast = await cmd(a, { type: 'vote:cast', commandId: 'cast-a', voteId, optionId: 'o1' });
    expect(cast).toMatchObject({ ok: true, value: { type: 'vote:cast', commandId: 'cast-a', voteId } });
    await untilLive(a.conn, (s) => s.view?.me.vote?.hasVoted === true, 'A sees its ballot counted');
    // The window got live:state events for its own user.
    expect(a.win.events.some((e) => e.event === 'live:state' && (e.payload as { view: { vote: unknown } | null }).view?.vote)).toBe(true);
    const live = await a.win.must('live:state');
    expect(live.online).toEqual(expect.arrayContaining([fx.users.d1!.id, fx.users.d2!.id, fx.users.chair!.id]));
    // Another user's window on this laptop gets nothing of A's live view.
    const stranger = await c.win.must('live:state');
    expect(stranger.view?.me.userId).toBe(fx.users.chair!.id);
  });

  it('refuses a vote at once while offline, queues other commands, and the laptops work offline and converge', async () => {
    const shared = sharedRoom(fx.docs.public!.id);
    const waits = [a, b, c].map((l) => untilStatus(l.conn, (s) => s.state === 'offline', `${l.name} offline`));
    await relay!.close();
    relay = null;
    await Promise.all(waits);
    expect(b.conn.status(null).message).toMatchObject({
      key: 'sync.offline',
      message: expect.stringMatching(/Mất kết nối máy chủ phòng họp/),
    });

    const vote = await b.win.call('live:command', { command: { type: 'vote:cast', commandId: 'cast-b', voteId, optionId: 'o2' } });
    expect(vote).toEqual({
      ok: false,
      error: { code: 'offline', key: 'error.sync.voteOffline', message: 'Máy đang ngoại tuyến, chưa thể biểu quyết.' },
    });
    const queued = await b.win.call('live:command', {
      command: { type: 'speaker:request', commandId: 'sp-b', kind: 'phat_bieu', topic: 'Về vốn đầu tư' },
    });
    expect(queued).toMatchObject({ ok: false, error: { code: 'offline', detail: { queued: true } } });

    // Offline: documents read from the laptop, annotations kept locally on both.
    const read = await a.win.must('documents:read', { documentId: fx.docs.secretForD1!.id });
    expect(sameBytes(read.bytes, fx.docs.secretForD1!.bytes)).toBe(true);
    await annotate(a.win, shared, note('off-a', fx.docs.public!.id, fx.users.d1!.id, 'A ghi khi mất mạng', true));
    await annotate(b.win, shared, note('off-b', fx.docs.public!.id, fx.users.d2!.id, 'B ghi khi mất mạng', true));

    // Signing in through the unreachable relay falls back to the local account of a known person (in a
    // second window; B's queued command survives) and is refused for someone this laptop never saw.
    const b2 = newCaller(b.app);
    const fallback = await b2.call('relay:login', { relayUrl, username: 'd2', password: fx.users.d2!.password });
    expect(fallback).toMatchObject({ ok: true, value: { user: { id: fx.users.d2!.id } } });
    expect(b.conn.status(null).state).toBe('offline');
    expect(await b2.call('relay:login', { relayUrl, username: 'd2', password: 'sai' })).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });
    const stranger = await b2.call('relay:login', { relayUrl, username: 'd1', password: fx.users.d1!.password });
    expect(stranger).toMatchObject({ ok: false, error: { code: 'offline' } });
    expect(stranger.ok ? '' : stranger.error.message).toMatch(/chưa từng đăng nhập tài khoản này/);

    // Laptop A is shut down and started again, still offline; the delegate signs in locally.
    const a2 = await a.restart();
    laptops.push(a2);
    a = a2;
    const local = await a.win.call('auth:login', { username: 'd1', password: fx.users.d1!.password });
    expect(local).toMatchObject({ ok: true, value: { user: { id: fx.users.d1!.id } } });
    const list = await a.win.must('meetings:list');
    expect(list.map((m) => m.id)).toContain(fx.meetingId);
    const again = await a.win.must('documents:read', { documentId: fx.docs.public!.id });
    expect(sameBytes(again.bytes, fx.docs.public!.bytes)).toBe(true);
    expect(noteTexts(a, shared)).toContain('A ghi khi mất mạng');
    // It resumed trying the relay it signed in through, with the password just entered.
    const st = await a.win.must('relay:status');
    expect(st.relayUrl).toBe(relayUrl);
    expect(['offline', 'connecting']).toContain(st.state);

    // The relay comes back on the same address: everyone reconnects and converges by themselves.
    await startRelay();
    await Promise.all([a, b, c].map((l) => untilStatus(l.conn, (s) => s.state === 'online', `${l.name} back online`)));
    const all = (t: string[]) => t.includes('A ghi khi mất mạng') && t.includes('B ghi khi mất mạng');
    await Promise.all([untilNotes(a, shared, all, 'A converged'), untilNotes(b, shared, all, 'B converged')]);
    expect(noteTexts(a, shared)).toEqual(noteTexts(b, shared));
    // The queued request for the floor went out once B was back.
    await untilLive(c.conn, (s) => s.view?.speakers.queue.some((q) => q.userId === fx.users.d2!.id) === true, 'chair sees B’s request');
    // Online again, B can vote.
    await untilLive(b.conn, (s) => s.view?.me.vote?.entitled === true && s.view.me.vote.cannotVoteReason === null, 'B may vote');
    expect(await b.win.call('live:command', { command: { type: 'vote:cast', commandId: 'cast-b', voteId, optionId: 'o2' } })).toMatchObject(
      { ok: true },
    );
  });
});
