import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { Db } from '../../electron/common/sqlite/connection';
import { closeDb, openDb } from '../../electron/common/sqlite/connection';
import { LOCAL_MIGRATIONS } from '../../electron/laptop/db/migrations';
import { createRelay } from '../../electron/relay';
import type { Relay } from '../../electron/relay';
import type { ConnectionState, SyncClient } from '../../electron/laptop/sync/sync-client';
import { createSyncClient } from '../../electron/laptop/sync/sync-client';
import type { MeetingFixture } from '../helpers/relay-fixture';
import { makeMeetingFixture, seededRandom } from '../helpers/relay-fixture';
import { removeDir, tempDir, until, untilDocs } from '../helpers/relay-harness';

/**
 * The laptop-side sync client against a real relay: connection state, reconnect by itself, rooms persisted
 * in local SQLite (open offline, edit offline, merge when the relay is back), commands queued offline.
 */
let fx: MeetingFixture;
let relayDir: string;
let relay: Relay | null = null;
let port = 0;
const dirs: string[] = [];
const clients: SyncClient[] = [];
const dbs: Db[] = [];

async function startRelay(): Promise<Relay> {
  relay = await createRelay({ dataDir: relayDir, port });
  port = relay.port;
  if (!relay.currentPackage()) relay.loadPackage(fx.pkg, fx.blobDir);
  return relay;
}

function localDb(name: string): Db {
  const dir = tempDir(`laptop-${name}`);
  dirs.push(dir);
  const db = openDb({ file: join(dir, 'local.db'), migrations: LOCAL_MIGRATIONS });
  dbs.push(db);
  return db;
}

function client(who: string, db: Db, password?: string, autoStart = true): SyncClient {
  const c = createSyncClient({
    autoStart,
    relayUrl: `http://127.0.0.1:${port}`,
    username: who,
    password: password ?? fx.users[who]!.password,
    db,
    backoff: { initialMs: 20, maxMs: 200 },
    random: seededRandom(who.length * 7),
  });
  clients.push(c);
  return c;
}

const untilState = (c: SyncClient, want: ConnectionState) =>
  until(
    (cb) => c.onState(cb),
    () => c.state() === want,
    `state ${want}`,
  );

beforeAll(async () => {
  fx = await makeMeetingFixture({ seed: 8 });
  relayDir = tempDir('relay-sync-client');
  dirs.push(relayDir, fx.dir);
  await startRelay();
});
afterAll(async () => {
  for (const c of clients) await c.close();
  if (relay) await relay.close();
  for (const db of dbs) closeDb(db);
  for (const d of dirs) removeDir(d);
});

describe('sync client connection state', () => {
  it('goes connecting → online, and reports auth_failed with a Vietnamese reason for a wrong password', async () => {
    const seen: ConnectionState[] = [];
    const c = client('d1', localDb('state'), undefined, false);
    c.onState((s) => seen.push(s));
    expect(c.state()).toBe('offline');
    c.start();
    await untilState(c, 'online');
    expect(seen).toEqual(['connecting', 'online']);
    expect(c.session()?.user.role).toBe('delegate');

    const bad = client('d2', localDb('bad'), 'sai');
    await untilState(bad, 'auth_failed');
    expect(bad.authError()?.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    bad.setCredentials('d2', fx.users.d2!.password);
    await untilState(bad, 'online');
  });
});

describe('offline-first rooms', () => {
  it('reopens a room from local SQLite with the relay down, edits offline, and merges when the relay is back', async () => {
    const dbA = localDb('a');
    // The meeting doc takes any content from its writers (shared annotation rooms take only annotations).
    const roomName = `meeting:${fx.meetingId}`;
    const a = client('chair', dbA);
    const b = client('secretary', localDb('b'));
    const docA = a.openRoom(roomName);
    const docB = b.openRoom(roomName);
    await Promise.all([untilState(a, 'online'), untilState(b, 'online')]);
    docA.getArray<string>('notes').push(['a-online']);
    await a.whenAcknowledged(roomName);
    await untilDocs([docB], () => docB.getArray('notes').length === 1, 'b sees a-online');

    // The laptop is closed: client A goes away; then the relay goes down too.
    await a.close();
    const waitOffline = untilState(b, 'offline');
    await relay!.close();
    relay = null;
    await waitOffline;

    // Reopened offline: the doc comes from local SQLite, edits are kept locally.
    const a2 = client('chair', dbA);
    const docA2 = a2.openRoom(roomName);
    expect(docA2.getArray('notes').toArray()).toEqual(['a-online']);
    const rand = seededRandom(77);
    for (let i = 0; i < 10; i++)
      docA2.getArray<string>('notes').insert(Math.floor(rand() * (docA2.getArray('notes').length + 1)), [`a-offline-${i}`]);
    docB.getArray<string>('notes').push(['b-offline']);
    expect(a2.state()).not.toBe('online');

    // Relay back on the same port: both reconnect by themselves and converge.
    await startRelay();
    await Promise.all([untilState(a2, 'online'), untilState(b, 'online')]);
    const docs: Y.Doc[] = [docA2, docB];
    await untilDocs(docs, () => docs.every((d) => d.getArray('notes').length === 12), 'both have all 12 notes', 15_000);
    expect(docA2.getArray('notes').toJSON()).toEqual(docB.getArray('notes').toJSON());
    await Promise.all([a2.whenAcknowledged(roomName), b.whenAcknowledged(roomName)]);
  });

  it('reports a refused write in the room status and rejects the acknowledgement wait', async () => {
    const c = client('d2', localDb('refused'));
    const room = `meeting:${fx.meetingId}`;
    const doc = c.openRoom(room);
    await untilState(c, 'online');
    await until(
      (cb) => c.onRoomStatus(room, cb),
      () => c.roomStatus(room)!.synced,
      'meeting room synced',
    );
    doc.getMap('meeting').set('currentItem', 'forged');
    await expect(c.whenAcknowledged(room, 5000)).rejects.toThrow(/refused/);
    expect(c.roomStatus(room)!.denied).toMatch(/Chỉ thư ký và chủ tọa/);
  });
});

describe('commands through the sync client', () => {
  it('queues a command while offline, gets its acknowledgement once online, and receives live state', async () => {
    const c = createSyncClient({
      relayUrl: `http://127.0.0.1:${port}`,
      username: 'chair',
      password: fx.users.chair!.password,
      db: localDb('cmd'),
      autoStart: false,
    });
    clients.push(c);
    const acked = c.sendCommand({ type: 'meeting:open', commandId: 'cmd-open-1' }, 'frame-1');
    c.start();
    const result = await acked;
    expect(result).toMatchObject({ ok: true, value: { commandId: 'cmd-open-1', type: 'meeting:open' } });
    // Resending the same command is safe: the relay answers with the same acknowledgement.
    expect(await c.sendCommand({ type: 'meeting:open', commandId: 'cmd-open-1' })).toEqual(result);
    // A delegate may not open the meeting: refused as a value, with a Vietnamese message.
    const d = createSyncClient({
      relayUrl: `http://127.0.0.1:${port}`,
      username: 'd1',
      password: fx.users.d1!.password,
      db: localDb('cmd-d1'),
    });
    clients.push(d);
    const refused = await d.sendCommand({ type: 'meeting:close', commandId: 'cmd-close-1' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await until(
      (cb) => d.onCommandState(cb),
      () => d.commandState() !== null,
      'live state pushed',
    );
    expect(c.presence()).toContain(fx.users.chair!.id);
  });
});
