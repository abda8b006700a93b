import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecallView } from '../../shared/meeting-live/recall';
import type { LoginResponse, PublicMeetingPackage } from '../../shared/relay-protocol/types';
import type { Relay } from '../../electron/relay';
import { createRelay } from '../../electron/relay';
import { RELAY_MIGRATIONS } from '../../electron/relay/db/migrations';
import { closeDb, openDb } from '../../electron/common/sqlite/connection';
import { installationId } from '../../electron/laptop/db/queries/installation';
import { dataPaths } from '../../electron/laptop/paths';
import { recallRows } from '../../renderer/features/attendance/recall-view';
import type { MeetingFixture } from '../helpers/relay-fixture';
import { makeMeetingFixture } from '../helpers/relay-fixture';
import { removeDir, tempDir } from '../helpers/relay-harness';
import type { TestLaptop } from '../helpers/relay-laptops';
import { openLaptop, untilDownloaded, untilLive } from '../helpers/relay-laptops';
import { connectLean } from '../helpers/relay-lean-client';
import { sharedRoom } from '../../shared/annotations/rooms';
import { CLOSE_NOT_FOUND } from '../../shared/relay-protocol/constants';

/*
 * Issue 13: recall confirmations per laptop, not per person. Delegate d1 signs in on two laptops (each has its
 * installation id, made once in its own SQLite); both receive the confidential document. After the recall the
 * secretariat's panel lists each laptop: the one that reconnects confirms, the one switched off stays pending
 * until it comes back. A real relay and real laptop services; fixture: only d1 may see `secretForD1`.
 */
let fx: MeetingFixture;
let relay: Relay;
let relayDir: string;
const laptops: TestLaptop[] = [];
const dirs: string[] = [];

const open = (name: string, dataDir?: string): TestLaptop => {
  const l = openLaptop(name, dataDir);
  laptops.push(l);
  if (!dataDir) dirs.push(l.dataDir);
  return l;
};
const sealedFile = (l: TestLaptop) => join(dataPaths(l.dataDir).blobDir, `${fx.docs.secretForD1!.sha256}.mat`);

beforeAll(async () => {
  fx = await makeMeetingFixture({ seed: 1313 });
  relayDir = tempDir('recall-laptops-relay');
  dirs.push(relayDir, fx.dir);
  relay = await createRelay({ dataDir: relayDir, port: 0 });
  relay.loadPackage(fx.pkg, fx.blobDir);
});
afterAll(async () => {
  for (const l of laptops) await l.close();
  await relay?.close();
  for (const d of dirs) removeDir(d);
});

describe('one delegate, two laptops', () => {
  it('lists each laptop that received confidential material; each confirms the recall by itself', async () => {
    const desk = open('d1-desk');
    const spare = open('d1-spare');
    const secretary = open('secretary');
    for (const [l, who] of [
      [desk, 'd1'],
      [spare, 'd1'],
      [secretary, 'secretary'],
    ] as const) {
      await l.win.must('relay:login', { relayUrl: relay.url, username: who, password: fx.users[who]!.password });
      await untilDownloaded(l);
    }
    for (const l of [desk, spare]) expect(existsSync(sealedFile(l))).toBe(true);
    const deskId = installationId(desk.app.services.db);
    const spareId = installationId(spare.app.services.db);
    expect(deskId).toMatch(/^[0-9a-f]{32}$/);
    expect(spareId).not.toBe(deskId);
    // Stable: the same database names the same laptop after a restart.
    const spareDir = spare.dataDir;

    const recallOf = (l: TestLaptop): RecallView | undefined => l.conn.live().view?.recall;
    const row = (id: string) => recallOf(secretary)?.laptops?.find((x) => x.laptopId === id);
    // Before any recall the secretariat already knows both laptops (the panel shows them once it starts).
    await untilLive(secretary.conn, () => row(deskId) !== undefined && row(spareId) !== undefined, 'both laptops recorded');
    expect(recallOf(secretary)?.laptops).toHaveLength(2);
    for (const id of [deskId, spareId])
      expect(row(id)).toMatchObject({ userId: fx.users.d1!.id, fullName: expect.any(String), label: hostname(), confirmedAt: null });
    expect(recallOf(desk)?.me).toEqual({ expected: true, confirmedAt: null });

    // The spare laptop is switched off; the secretariat recalls the confidential documents.
    await spare.close();
    expect(await secretary.win.must('relay:recall')).toMatchObject({ source: 'secretariat' });
    await untilLive(secretary.conn, () => row(deskId)?.confirmedAt != null, 'the desk laptop confirmed');
    expect(existsSync(sealedFile(desk))).toBe(false);
    await untilLive(desk.conn, (s) => s.view?.recall?.me.confirmedAt != null, 'the desk laptop sees its confirmation');

    // The panel's data: the same person twice, the pending laptop first, one of two confirmed.
    expect(row(spareId)?.confirmedAt).toBeNull();
    const shown = recallRows(recallOf(secretary))!;
    expect(shown).toMatchObject({ confirmed: 1, total: 2 });
    expect(shown.rows.map((r) => [r.laptopId, r.confirmedAt === null])).toEqual([
      [spareId, true],
      [deskId, false],
    ]);

    // The spare laptop comes back (same data folder: same id), deletes its copy at this connection and confirms.
    const back = open('d1-spare', spareDir);
    expect(installationId(back.app.services.db)).toBe(spareId);
    await back.win.must('auth:login', { username: 'd1', password: fx.users.d1!.password });
    await untilLive(secretary.conn, () => row(spareId)?.confirmedAt != null, 'the spare laptop confirmed');
    expect(existsSync(sealedFile(back))).toBe(false);
    expect(recallRows(recallOf(secretary))).toMatchObject({ confirmed: 2, total: 2 });
    expect(recallOf(secretary)?.laptops).toHaveLength(2);
  });
});

describe('what a client may register', () => {
  let t: { relay: Relay; dir: string; fx: MeetingFixture };
  beforeAll(async () => {
    const f = await makeMeetingFixture({ seed: 1314 });
    const dir = tempDir('recall-bound-relay');
    const r = await createRelay({ dataDir: dir, port: 0 });
    r.loadPackage(f.pkg, f.blobDir);
    t = { relay: r, dir, fx: f };
  });
  afterAll(async () => {
    await t.relay.close();
    removeDir(t.dir);
    removeDir(t.fx.dir);
  });

  const login = async (laptop: unknown): Promise<Response> =>
    fetch(`${t.relay.url}/api/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'd1', password: t.fx.users.d1!.password, laptop }),
    });
  const laptopId = () => randomBytes(16).toString('hex');
  const authed = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });

  it('refuses a malformed laptop, and gives confidential material to at most four laptops per person', async () => {
    for (const bad of [{ id: 'not-hex', label: 'x' }, { id: laptopId(), label: '' }, { id: laptopId(), label: 'a\u0000b' }, 'x']) {
      const r = await login(bad);
      expect(r.status).toBe(400);
      expect(await r.json()).toMatchObject({ ok: false, error: { code: 'invalid_input', key: 'error.relay.laptopInvalid' } });
    }
    const ids = [laptopId(), laptopId(), laptopId(), laptopId(), laptopId()];
    const logins: LoginResponse[] = [];
    for (const [i, id] of ids.entries()) logins.push((await (await login({ id, label: `MAY-${i}` })).json()) as LoginResponse);
    expect(logins.slice(0, 4).every((l) => l.meetingKey)).toBe(true);
    // The fifth laptop signs in (the person can still take part) but receives nothing confidential.
    const fifth = logins[4]!;
    expect(fifth.token).toBeTruthy();
    expect(fifth.meetingKey).toBeUndefined();
    expect(fifth.confidentialRefused).toBe('laptop_limit');
    expect(logins.slice(0, 4).some((l) => l.confidentialRefused)).toBe(false);
    const pkg = (await (await fetch(`${t.relay.url}/api/package`, authed(fifth.token))).json()) as PublicMeetingPackage;
    expect(pkg.documents.map((d) => d.id)).not.toContain(t.fx.docs.secretForD1!.id);
    expect(pkg.documents.map((d) => d.id)).toContain(t.fx.docs.public!.id);
    const sha = t.fx.docs.secretForD1!.sha256;
    expect((await fetch(`${t.relay.url}/api/blobs/${sha}`, authed(fifth.token))).status).toBe(404);
    expect((await fetch(`${t.relay.url}/api/blobs/${sha}`, authed(logins[0]!.token))).status).toBe(200);
    // Nor the annotation rooms of the confidential document (a stock y-websocket client), which an admitted laptop opens.
    const roomOf = (token: string) => connectLean({ relayUrl: t.relay.url, room: sharedRoom(t.fx.docs.secretForD1!.id), token });
    const refused = roomOf(fifth.token);
    expect((await refused.closed).code).toBe(CLOSE_NOT_FOUND);
    const admitted = roomOf(logins[0]!.token);
    await admitted.synced;
    admitted.close();
    // A real laptop beyond the limit says why it holds no confidential document (the connection's message).
    const extra = open('d1-sixth');
    await extra.win.must('relay:login', { relayUrl: t.relay.url, username: 'd1', password: t.fx.users.d1!.password });
    await untilDownloaded(extra);
    const status = await extra.win.must('relay:status');
    expect(status).toMatchObject({ state: 'online', message: { key: 'error.confidential.laptopLimit', params: { max: 4 } } });
    expect(status.message?.message).toMatch(/^Tài liệu mật không được tải về máy này: bạn đã nhận tài liệu mật của cuộc họp trên 4 máy/);
    expect(existsSync(join(dataPaths(extra.dataDir).blobDir, `${sha}.mat`))).toBe(false);
    // A recorded laptop signing in again (renamed) still gets the key; the table did not grow.
    const again = (await (await login({ id: ids[1], label: 'MAY-1-MOI' })).json()) as LoginResponse;
    expect(again.meetingKey).toBe(logins[0]!.meetingKey);
    const db = new Database(join(t.dir, 'relay.db'), { readonly: true });
    try {
      const rows = db.prepare('SELECT laptop_id, label FROM confidential_laptops WHERE user_id = ?').all(t.fx.users.d1!.id) as {
        laptop_id: string;
        label: string;
      }[];
      expect(rows.map((r) => r.laptop_id).sort()).toEqual(ids.slice(0, 4).sort());
      expect(rows.find((r) => r.laptop_id === ids[1])?.label).toBe('MAY-1-MOI');
    } finally {
      db.close();
    }
  });
});

describe('a relay database from before per-laptop confirmations', () => {
  it("keeps each person's earlier confirmation as their unnamed laptop, and sessions without a laptop", () => {
    const dir = tempDir('recall-migrate');
    dirs.push(dir);
    const file = join(dir, 'relay.db');
    const old = openDb({ file, migrations: RELAY_MIGRATIONS.slice(0, 4) });
    old.prepare("INSERT INTO recall_confirmations (meeting_id, user_id, confirmed_ms) VALUES ('m1', 'u1', 1234)").run();
    old.prepare("INSERT INTO sessions (token_hash, user_id, meeting_id, created_ms, expires_ms) VALUES ('h', 'u1', 'm1', 1, 2)").run();
    closeDb(old);
    const db = openDb({ file, migrations: RELAY_MIGRATIONS });
    try {
      expect(db.prepare('SELECT * FROM confidential_laptops').all()).toEqual([
        { meeting_id: 'm1', user_id: 'u1', laptop_id: '-', label: null, received_ms: 1234, confirmed_ms: 1234 },
      ]);
      expect(db.prepare('SELECT laptop_id, laptop_label FROM sessions').get()).toEqual({ laptop_id: null, laptop_label: null });
      expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'recall_confirmations'").all()).toEqual([]);
    } finally {
      closeDb(db);
    }
  });
});
