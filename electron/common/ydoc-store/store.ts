import * as Y from 'yjs';
import type { Db } from '../sqlite/connection';

/**
 * Yjs persistence shared by the laptops and the relay: updates are appended, never rewritten;
 * compaction folds a doc's updates into its snapshot and deletes them in the same transaction,
 * so a crash at any point leaves either the old rows or the new snapshot, never neither.
 * Requires the `ydoc_updates` / `ydoc_snapshots` tables (schema.ts, run by both programs' migrations).
 */
export const COMPACT_AFTER_UPDATES = 500;

/**
 * How a doc's updates and snapshot are stored: as they are (the default), or transformed, e.g. sealed with a
 * key (a laptop's rooms of confidential documents). `decode` throws when stored bytes cannot be opened; the
 * load or compaction then fails whole instead of dropping what it could not read.
 */
export type UpdateCodec = { encode(plain: Uint8Array): Uint8Array; decode(stored: Uint8Array): Uint8Array };

export const PLAIN: UpdateCodec = { encode: (u) => u, decode: (b) => b };

export function appendUpdate(db: Db, doc: string, update: Uint8Array, codec: UpdateCodec = PLAIN): number {
  const r = db.prepare('INSERT INTO ydoc_updates (doc, update_) VALUES (?, ?)').run(doc, Buffer.from(codec.encode(update)));
  return Number(r.lastInsertRowid);
}

export function pendingUpdateCount(db: Db, doc: string): number {
  const row = db.prepare('SELECT count(*) AS n FROM ydoc_updates WHERE doc = ?').get(doc) as { n: number };
  return row.n;
}

/** Loads the doc's persisted state (snapshot + later updates) into `ydoc`. Returns whether anything existed. */
export function loadInto(db: Db, doc: string, ydoc: Y.Doc, origin: unknown = 'persistence', codec: UpdateCodec = PLAIN): boolean {
  const snap = db.prepare('SELECT state FROM ydoc_snapshots WHERE doc = ?').get(doc) as { state: Buffer } | undefined;
  const rows = db.prepare('SELECT update_ FROM ydoc_updates WHERE doc = ? ORDER BY seq').all(doc) as { update_: Buffer }[];
  // Decoded first: a row that cannot be opened leaves `ydoc` untouched.
  const updates = [...(snap ? [snap.state] : []), ...rows.map((r) => r.update_)].map((b) => codec.decode(new Uint8Array(b)));
  Y.transact(
    ydoc,
    () => {
      for (const u of updates) Y.applyUpdate(ydoc, u, origin);
    },
    origin,
  );
  return Boolean(snap) || rows.length > 0;
}

/** Folds all of a doc's updates into its snapshot. Loading + re-encoding is far faster than Y.mergeUpdates. */
export function compact(db: Db, doc: string, codec: UpdateCodec = PLAIN): void {
  db.transaction(() => {
    const max = db.prepare('SELECT max(seq) AS s FROM ydoc_updates WHERE doc = ?').get(doc) as { s: number | null };
    if (max.s === null) return;
    const ydoc = new Y.Doc();
    try {
      loadInto(db, doc, ydoc, 'persistence', codec);
      const state = codec.encode(Y.encodeStateAsUpdate(ydoc));
      db.prepare(
        `INSERT INTO ydoc_snapshots (doc, state, upto_seq, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(doc) DO UPDATE SET state = excluded.state, upto_seq = excluded.upto_seq, updated_at = excluded.updated_at`,
      ).run(doc, Buffer.from(state), max.s, new Date().toISOString());
      db.prepare('DELETE FROM ydoc_updates WHERE doc = ? AND seq <= ?').run(doc, max.s);
    } finally {
      ydoc.destroy();
    }
  })();
}

/** Appends and compacts when the doc has accumulated enough updates. */
export function persistUpdate(db: Db, doc: string, update: Uint8Array, codec: UpdateCodec = PLAIN): void {
  appendUpdate(db, doc, update, codec);
  if (pendingUpdateCount(db, doc) >= COMPACT_AFTER_UPDATES) compact(db, doc, codec);
}

export function listDocs(db: Db): string[] {
  const rows = db.prepare('SELECT doc FROM ydoc_snapshots UNION SELECT DISTINCT doc FROM ydoc_updates ORDER BY 1').all() as {
    doc: string;
  }[];
  return rows.map((r) => r.doc);
}

/** Deletes a doc's snapshot and updates (a laptop giving back a recalled document's annotations). */
export function deleteDoc(db: Db, doc: string): void {
  db.transaction(() => {
    db.prepare('DELETE FROM ydoc_updates WHERE doc = ?').run(doc);
    db.prepare('DELETE FROM ydoc_snapshots WHERE doc = ?').run(doc);
  })();
}
