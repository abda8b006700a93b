import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Db } from '../../electron/common/sqlite/connection';
import { closeDb, openDb } from '../../electron/common/sqlite/connection';
import { LOCAL_MIGRATIONS } from '../../electron/laptop/db/migrations';
import type { SyncClient } from '../../electron/laptop/sync/sync-client';
import { createSyncClient } from '../../electron/laptop/sync/sync-client';
import type { Relay, RelayEvent } from '../../electron/relay';
import { createRelay } from '../../electron/relay';
import { CLOSE_RATE_LIMITED } from '../../shared/relay-protocol/constants';
import type { MeetingFixture } from '../helpers/relay-fixture';
import { makeMeetingFixture, seededRandom } from '../helpers/relay-fixture';
import { removeDir, tempDir, until } from '../helpers/relay-harness';

/**
 * The laptop's room provider against a real relay whose rate limit is low: a room the relay drops while the
 * control connection stays online is reconnected by the sync client and converges; a room the relay closes
 * for good (4403) stays closed and says why.
 */
const BURST = 20;
let fx: MeetingFixture;
let relay: Relay;
let relayDir: string;
const dirs: string[] = [];
const dbs: Db[] = [];
const clients: SyncClient[] = [];

function client(who: string): SyncClient {
  const dir = tempDir(`sync-rooms-${who}`);
  dirs.push(dir);
  const db = openDb({ file: join(dir, 'local.db'), migrations: LOCAL_MIGRATIONS });
  dbs.push(db);
  const c = createSyncClient({
    relayUrl: relay.url,
    username: who,
    password: fx.users[who]!.password,
    db,
    backoff: { initialMs: 20, maxMs: 200 },
    random: seededRandom(who.length * 13),
  });
  clients.push(c);
  return c;
}

beforeAll(async () => {
  fx = await makeMeetingFixture({ seed: 17 });
  relayDir = tempDir('sync-rooms-relay');
  dirs.push(relayDir, fx.dir);
  relay = await createRelay({ dataDir: relayDir, port: 0, limits: { messagesPerSecond: BURST, messageBurst: BURST } });
  relay.loadPackage(fx.pkg, fx.blobDir);
});

afterAll(async () => {
  for (const c of clients) await c.close();
  await relay.close();
  for (const db of dbs) closeDb(db);
  for (const d of dirs) removeDir(d);
});

const relayNotes = (room: string): number => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, relay.roomState(room));
  const n = doc.getArray('notes').length;
  doc.destroy();
  return n;
};

describe('rooms of the sync client', () => {
  it('reconnects a room the relay dropped while the laptop stays online, and the relay gets every edit', async () => {
    // d1's own private room takes any content from d1 (shared annotation rooms take only annotations).
    const room = `annotations-private:${fx.users.d1!.id}`;
    const c = client('d1');
    const doc = c.openRoom(room);
    await until(
      (cb) => c.onRoomStatus(room, cb),
      () => c.roomStatus(room)!.synced,
      'room synced',
    );
    const closes: RelayEvent[] = [];
    const off = relay.onEvent((e) => {
      if (e.type === 'closed' && e.room === room) closes.push(e);
    });
    const states: string[] = [];
    const offState = c.onState((s) => states.push(s));

    // One frame per edit, three times the burst: the relay closes the room with "retry later".
    const EDITS = BURST * 3;
    for (let i = 0; i < EDITS; i++) doc.getArray<string>('notes').push([`note-${i}`]);
    await until(
      (cb) => relay.onEvent(cb),
      () => closes.some((e) => e.type === 'closed' && e.code === CLOSE_RATE_LIMITED),
      'relay rate-limits the room',
    );
    // The room comes back by itself (the control connection never went offline) and the relay converges.
    await until(
      (cb) => relay.onEvent(cb),
      () => relayNotes(room) === EDITS,
      'relay has every edit',
      15_000,
    );
    await c.whenAcknowledged(room);
    expect(c.roomStatus(room)!.closed).toBeNull();
    expect(states).toEqual([]);
    off();
    offState();
  });

  it("keeps a room the relay closes for good closed, with the relay's code", async () => {
    const c = client('d2');
    const mine = `annotations-private:${fx.users.d1!.id}`;
    c.openRoom(mine);
    await until(
      (cb) => c.onRoomStatus(mine, cb),
      () => c.roomStatus(mine)?.closed !== null,
      'relay closes another user’s private room',
    );
    expect(c.roomStatus(mine)!.closed!.code).toBe(4403);
    await expect(c.whenAcknowledged(mine, 5000)).rejects.toThrow(/closed/);
  });
});
