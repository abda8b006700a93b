import Database from 'better-sqlite3';
import { join } from 'node:path';
import * as Y from 'yjs';
import type { RelayStatus } from '../../shared/ipc/slices/live';
import type { NoteAnnotation } from '../../shared/annotations/types';
import { putAnnotation, readAnnotations } from '../../shared/annotations/ydoc-model';
import type { DocumentId, UserId } from '../../shared/model/ids';
import type { AppServices } from '../../electron/laptop/create-services';
import { createServices } from '../../electron/laptop/create-services';
import type { Connection, LiveSnapshot } from '../../electron/laptop/connection/connection';
import { dataPaths } from '../../electron/laptop/paths';
import { seededRandom } from './relay-fixture';
import { until, untilDoc } from './relay-harness';
import type { Caller } from './services';
import { newCaller, tempDir } from './services';

/**
 * Simulated laptops for relay integration tests: the real services (createServices on a temp data dir,
 * real SQLite, real sync client) in this process, each with one "window" (a Caller through dispatch).
 */
export type TestLaptop = {
  name: string;
  dataDir: string;
  app: AppServices;
  conn: Connection;
  win: Caller;
  /** Closes the services (as when the laptop is shut down) and opens them again on the same data dir. */
  restart(): Promise<TestLaptop>;
  close(): Promise<void>;
};

let seedCounter = 0;

export function openLaptop(name: string, dataDir = tempDir(`phg-laptop-${name}-`)): TestLaptop {
  const app = createServices({
    dataDir,
    mode: 'browser',
    version: 'test',
    log: () => {},
    connection: { backoff: { initialMs: 20, maxMs: 200 }, random: seededRandom(1000 + ++seedCounter), hostBind: '127.0.0.1' },
  });
  let closed = false;
  const laptop: TestLaptop = {
    name,
    dataDir,
    app,
    conn: app.services.connection,
    win: newCaller(app),
    async restart() {
      await laptop.close();
      return openLaptop(name, dataDir);
    },
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
    },
  };
  return laptop;
}

/** Waits for a connection state as any window of the laptop sees it. */
export const untilStatus = (conn: Connection, pred: (s: RelayStatus) => boolean, what: string, timeoutMs?: number) =>
  until(
    (cb) => conn.onStatus(cb),
    () => pred(conn.status(null)),
    what,
    timeoutMs,
  );

/** Waits until the laptop's window shows every document of the package downloaded (its own status). */
export const untilDownloaded = (laptop: TestLaptop, timeoutMs?: number) =>
  until(
    (cb) => laptop.conn.onStatus(cb),
    () => {
      const s = laptop.conn.status(laptop.win.ctx.session?.user.id ?? null);
      const d = s.download;
      return s.state === 'online' && d !== null && d.documentsTotal > 0 && d.documentsDone === d.documentsTotal;
    },
    `${laptop.name} has every document`,
    timeoutMs,
  );

export const untilLive = (conn: Connection, pred: (s: LiveSnapshot) => boolean, what: string, timeoutMs?: number) =>
  until(
    (cb) => conn.onLive(cb),
    () => pred(conn.live()),
    what,
    timeoutMs,
  );

export function note(id: string, documentId: DocumentId, author: UserId, text: string, shared: boolean): NoteAnnotation {
  const at = '2025-01-15T09:00:00.000Z';
  return {
    id,
    documentId,
    page: 1,
    color: 'yellow',
    text,
    authorId: author,
    authorName: `Tác giả ${author}`,
    createdAt: at,
    updatedAt: at,
    sharedAt: shared ? at : null,
    kind: 'note',
    at: [100, 200],
  };
}

/** Annotates as the renderer does: its own Y.Doc for the room, the diff sent with ydoc:update. */
export async function annotate(win: Caller, room: string, a: NoteAnnotation): Promise<void> {
  const opened = await win.must('ydoc:open', { room });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, opened.update);
  const sv = Y.encodeStateVector(doc);
  putAnnotation(doc, a);
  await win.must('ydoc:update', { room, update: Y.encodeStateAsUpdate(doc, sv) });
  await win.must('ydoc:close', { room });
  doc.destroy();
}

/** An update adding `a` from a fresh client: what a tampered renderer could send without opening the room. */
export function noteUpdate(a: NoteAnnotation): Uint8Array {
  const doc = new Y.Doc();
  putAnnotation(doc, a);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

export const noteTexts = (laptop: TestLaptop, room: string): string[] =>
  readAnnotations(laptop.app.services.ydocs.get(room))
    .map((a) => a.text)
    .sort();

export const untilNotes = (laptop: TestLaptop, room: string, check: (texts: string[]) => boolean, what: string, timeoutMs?: number) =>
  untilDoc(laptop.app.services.ydocs.get(room), () => check(noteTexts(laptop, room)), what, timeoutMs);

/**
 * Reads a laptop's database file with a connection of its own (what a forensic look at the disk would
 * find): every Yjs room stored, and whether any stored bytes contain `needle`.
 */
export function inspectLaptopDb(dataDir: string, needle: string): { rooms: string[]; containsNeedle: boolean } {
  const db = new Database(dataPaths(dataDir).dbFile, { readonly: true, fileMustExist: true });
  try {
    const rooms = (
      db.prepare('SELECT doc FROM ydoc_updates UNION SELECT doc FROM ydoc_snapshots ORDER BY doc').all() as { doc: string }[]
    ).map((r) => r.doc);
    const bytes = Buffer.from(needle, 'utf8');
    const blobs = [
      ...(db.prepare('SELECT update_ AS b FROM ydoc_updates').all() as { b: Buffer }[]),
      ...(db.prepare('SELECT state AS b FROM ydoc_snapshots').all() as { b: Buffer }[]),
      ...(db.prepare('SELECT value AS b FROM settings').all() as { b: string }[]).map((r) => ({ b: Buffer.from(r.b) })),
    ];
    return { rooms, containsNeedle: blobs.some((r) => r.b.includes(bytes)) };
  } finally {
    db.close();
  }
}

export const blobPath = (laptop: TestLaptop, sha: string) => join(dataPaths(laptop.dataDir).blobDir, `${sha}.pdf`);
