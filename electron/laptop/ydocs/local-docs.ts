import * as Y from 'yjs';
import type { Db } from '../../common/sqlite/connection';
import { deleteDoc, listDocs, loadInto, persistUpdate } from '../../common/ydoc-store/store';

/** Origin of updates replayed from the database: they are already stored. */
export const PERSISTENCE_ORIGIN = Symbol('ydoc-persistence');

export type LocalDocs = {
  /**
   * The one in-memory Y.Doc of a room on this laptop, loaded from SQLite on first use. Every later update,
   * whoever applies it (the renderer bridge, the relay sync client), is appended to the database
   * synchronously before `Y.applyUpdate` returns, so an acknowledged edit survives a crash.
   */
  get(room: string): Y.Doc;
  /** Rooms already loaded in memory. */
  loaded(): string[];
  /** Rooms with persisted state. */
  stored(): string[];
  /** Forgets a room: its doc is destroyed and its stored state deleted (the next get() starts empty). */
  drop(room: string): void;
  /** Stops persisting and frees the docs; call before closing the database. */
  close(): void;
};

export type LocalDocsConfig = { db: Db; log?: (msg: string, e?: unknown) => void };

/** Yjs docs of this laptop, persisted with ydoc-store (append-only updates, compacted into snapshots). */
export function createLocalDocs(config: LocalDocsConfig): LocalDocs {
  const { db } = config;
  const log = config.log ?? ((m, e) => console.error(m, e));
  const docs = new Map<string, { doc: Y.Doc; off: () => void }>();
  let closed = false;

  return {
    get(room) {
      if (closed) throw new Error('local docs are closed');
      const existing = docs.get(room);
      if (existing) return existing.doc;
      const doc = new Y.Doc();
      loadInto(db, room, doc, PERSISTENCE_ORIGIN);
      const onUpdate = (update: Uint8Array, origin: unknown) => {
        if (origin === PERSISTENCE_ORIGIN) return;
        try {
          persistUpdate(db, room, update);
        } catch (e) {
          // The edit stays in memory and reaches the relay; only a crash before the next write loses it.
          log(`[ydocs] persisting ${room} failed`, e);
        }
      };
      doc.on('update', onUpdate);
      docs.set(room, { doc, off: () => doc.off('update', onUpdate) });
      return doc;
    },
    loaded: () => [...docs.keys()],
    stored: () => listDocs(db),
    drop(room) {
      const entry = docs.get(room);
      if (entry) {
        entry.off();
        entry.doc.destroy();
        docs.delete(room);
      }
      deleteDoc(db, room);
    },
    close() {
      closed = true;
      for (const { doc, off } of docs.values()) {
        off();
        doc.destroy();
      }
      docs.clear();
    },
  };
}
