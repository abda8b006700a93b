import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { closeDb, openDb } from '../../electron/common/sqlite/connection';
import { loadInto } from '../../electron/common/ydoc-store/store';
import { RELAY_MIGRATIONS } from '../../electron/relay/db/migrations';
import { annotationTexts, putSharedNote } from '../helpers/annotation-notes';
import { makeMeetingFixture, seededRandom, writeExportedPackage } from '../helpers/relay-fixture';
import { loginAs, provider, removeDir, tempDir, until, untilDocs, whenProviderSynced } from '../helpers/relay-harness';
import { LOCAL_MIGRATIONS } from '../../electron/laptop/db/migrations';
import { createSyncClient } from '../../electron/laptop/sync/sync-client';
import { connectLean } from '../helpers/relay-lean-client';
import type { RelayProcess } from '../helpers/relay-process';
import { spawnRelay } from '../helpers/relay-process';

/**
 * The relay process is killed with SIGKILL mid-session and restarted on the same port.
 * "Acknowledged" = the relay let someone see it: it broadcasts an update only after persisting it, and its
 * sync step 1 (state vector) is computed from persisted state. Everything acknowledged must be on disk at
 * the moment of the kill, and served right after restart; the writer's unacknowledged edits come back
 * from its own copy when it reconnects, and everyone converges.
 */
const dirs: string[] = [];
let relayProc: RelayProcess | null = null;
afterAll(async () => {
  if (relayProc) await relayProc.stop();
  for (const d of dirs) removeDir(d);
});

/** What the relay DB holds for a room, read straight from the file after the kill. */
function persistedDoc(dataDir: string, room: string): Y.Doc {
  const db = openDb({ file: join(dataDir, 'relay.db'), migrations: RELAY_MIGRATIONS });
  try {
    const doc = new Y.Doc();
    loadInto(db, room, doc);
    return doc;
  } finally {
    closeDb(db);
  }
}

describe('relay killed with SIGKILL mid-session', () => {
  it('keeps every acknowledged update and converges after restart', async () => {
    const fx = await makeMeetingFixture({ seed: 5 });
    const dataDir = tempDir('relay-crash');
    dirs.push(dataDir, fx.dir);
    relayProc = await spawnRelay({ dataDir, packageDir: writeExportedPackage(fx) });
    const url = relayProc.url;
    const [chair, d1, d2, sec] = await Promise.all(
      (['chair', 'd1', 'd2', 'secretary'] as const).map((k) => loginAs(url, k, fx.users[k]!.password)),
    );
    const meetingRoom = `meeting:${fx.meetingId}`;
    const annRoom = `annotations-shared:${fx.docs.public!.id}`;

    // Writer 1: a real y-websocket provider (chair) on the meeting doc. Observer: a reader that counts what it saw.
    const writer = provider(url, meetingRoom, chair!.token);
    await whenProviderSynced(writer);
    const observer = connectLean({ relayUrl: url, room: meetingRoom, token: d1!.token });
    await observer.synced;
    // Writer 2: acknowledges explicitly through the relay's state vector.
    const annotator = connectLean({ relayUrl: url, room: annRoom, token: d2!.token });
    await annotator.synced;
    for (let i = 0; i < 10; i++) putSharedNote(annotator.doc, fx.docs.public!.id, fx.users.d2!.id, `acked-${i}`);
    await annotator.acknowledged();
    for (let i = 0; i < 5; i++) putSharedNote(annotator.doc, fx.docs.public!.id, fx.users.d2!.id, `maybe-${i}`);

    // Writer 3: the laptop sync client (local SQLite, reconnects by itself) on d2's private room.
    const laptopDir = tempDir('laptop-crash');
    dirs.push(laptopDir);
    const localDb = openDb({ file: join(laptopDir, 'local.db'), migrations: LOCAL_MIGRATIONS });
    const laptop = createSyncClient({
      relayUrl: url,
      username: 'd2',
      password: fx.users.d2!.password,
      db: localDb,
      backoff: { initialMs: 50, maxMs: 300 },
      random: seededRandom(3),
    });
    const privateRoom = `annotations-private:${fx.users.d2!.id}`;
    const privateDoc = laptop.openRoom(privateRoom);
    for (let i = 0; i < 10; i++) privateDoc.getArray<string>('notes').push([`laptop-acked-${i}`]);
    await laptop.whenAcknowledged(privateRoom);
    for (let i = 0; i < 5; i++) privateDoc.getArray<string>('notes').push([`laptop-later-${i}`]);

    const killAfter = 60;
    let killed: Promise<void> | null = null;
    const watchKill = () => {
      if (!killed && observer.doc.getArray('items').length >= killAfter) killed = relayProc!.kill9();
    };
    observer.doc.on('update', watchKill);

    const rand = seededRandom(2024);
    const list = writer.doc.getArray<string>('items');
    const TOTAL = 200;
    for (let i = 0; i < TOTAL; i++) {
      writer.doc.transact(() => {
        list.push([`item-${i}`]);
        if (rand() < 0.3) writer.doc.getMap<number>('meta').set('last', i);
      });
      // Let the socket flush now and then, so the kill lands between sends, not after all of them.
      if (i % 4 === 3) await new Promise<void>((r) => setImmediate(r));
    }
    await observer.closed;
    await annotator.closed;
    expect(killed).not.toBeNull();
    await killed;

    const acknowledged = observer.doc.getArray<string>('items').toArray();
    expect(acknowledged.length).toBeGreaterThanOrEqual(killAfter);
    expect(acknowledged.length).toBeLessThan(TOTAL);

    // 1. On disk at the moment of death: everything anyone was shown, and everything acknowledged to writer 2.
    const onDisk = persistedDoc(dataDir, meetingRoom).getArray<string>('items').toArray();
    for (const item of acknowledged) expect(onDisk).toContain(item);
    const inkOnDisk = annotationTexts(persistedDoc(dataDir, annRoom));
    for (let i = 0; i < 10; i++) expect(inkOnDisk).toContain(`acked-${i}`);
    const privateOnDisk = persistedDoc(dataDir, privateRoom).getArray<string>('notes').toArray();
    for (let i = 0; i < 10; i++) expect(privateOnDisk).toContain(`laptop-acked-${i}`);

    // 2. Restart on the same port: the very first answer to a fresh client already holds the acknowledged state.
    relayProc = await spawnRelay({ dataDir, port: relayProc.port });
    const fresh = connectLean({ relayUrl: url, room: meetingRoom, token: sec!.token });
    await fresh.synced;
    const firstAnswer = fresh.doc.getArray<string>('items').toArray();
    for (const item of acknowledged) expect(firstAnswer).toContain(item);

    // 3. The writer reconnects by itself and re-sends what the relay never acknowledged: all converge.
    const complete = () => fresh.doc.getArray('items').length === TOTAL && writer.doc.getArray('items').length === TOTAL;
    await untilDocs([fresh.doc, writer.doc], complete, 'all 200 items on the relay after the writer reconnects', 20_000);
    expect(fresh.doc.getArray('items').toJSON()).toEqual(writer.doc.getArray('items').toJSON());
    expect(new Set(fresh.doc.getArray('items').toArray()).size).toBe(TOTAL);

    // The laptop reconnected by itself and got everything acknowledged, including what the relay never had.
    await until(
      (cb) => laptop.onState(cb),
      () => laptop.state() === 'online',
      'laptop back online',
      20_000,
    );
    await laptop.whenAcknowledged(privateRoom, 20_000);
    const check = connectLean({ relayUrl: url, room: privateRoom, token: d2!.token });
    await check.synced;
    expect(check.doc.getArray('notes').length).toBe(15);
    check.close();
    await laptop.close();
    closeDb(localDb);

    writer.destroy();
    fresh.close();
    // A clean stop (SIGTERM) checkpoints: the main file alone is complete.
    expect(await relayProc.stop()).toBe(0);
    relayProc = null;
    const wal = join(dataDir, 'relay.db-wal');
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
  }, 60_000);
});
