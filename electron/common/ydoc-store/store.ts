import * as Y from 'yjs';
import type { Db } from '../sqlite/connection';

/**
 * Yjs persistence shared by the laptops and the relay: updates are appended, never rewritten;
 * compaction folds a doc's updates into its snapshot and deletes them in the same transaction,
 * so a crash at any point leaves either the old rows or the new snapshot, never neither.
 * Requires the `ydoc_updates` / `ydoc_snapshots` tables (schema.ts, run by both programs' migrations).
 */
export const COMPACT_AFTER_UPDATES = 500;

export function appendUpdate(db: Db, doc: string, update: Uint8Array): number {
  const r = db.prepare('INSERT INTO ydoc_updates (doc, update_) VALUES (?, ?)').run(doc, Buffer.from(update));
  return Number(r.lastInsertRowid);
}

export function pendingUpdateCount(db: Db, doc: string): number {
  const row = db.prepare('SELECT count(*) AS n FROM ydoc_updates WHERE doc = ?').get(doc) as { n: number };
  return row.n;
}

/** Loads the doc's persisted state (snapshot + later updates) into `ydoc`. Returns whether anything existed. */
export function loadInto(db: Db, doc: string, ydoc: Y.Doc, origin: unknown = 'persistence'): boolean {
  const snap = db.prepare('SELECT state FROM ydoc_snapshots WHERE doc = ?').get(doc) as { state: Buffer } | undefined;
  const rows = db.prepare('SELECT update_ FROM ydoc_updates WHERE doc = ? ORDER BY seq').all(doc) as { update_: Buffer }[];
  Y.transact(
    ydoc,
    () => {
      if (snap) Y.applyUpdate(ydoc, new Uint8Array(snap.state), origin);
      for (const r of rows) Y.applyUpdate(ydoc, new Uint8Array(r.update_), origin);
    },
    origin,
  );
  return Boolean(snap) || rows.length > 0;
}

/** Folds all of a doc's updates into its snapshot. Loading + re-encoding is far faster than Y.mergeUpdates. */
export function compact(db: Db, doc: string): void {
  db.transaction(() => {
    const max = db.prepare('SELECT max(seq) AS s FROM ydoc_updates WHERE doc = ?').get(doc) as { s: number | null };
    if (max.s === null) return;
    const ydoc = new Y.Doc();
    try {
      loadInto(db, doc, ydoc);
      const state = Y.encodeStateAsUpdate(ydoc);
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
export function persistUpdate(db: Db, doc: string, update: Uint8Array): void {
  appendUpdate(db, doc, update);
  if (pendingUpdateCount(db, doc) >= COMPACT_AFTER_UPDATES) compact(db, doc);
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
