import * as Y from 'yjs';
import { appError } from '../../../shared/util/result';
import type { Db } from '../../common/sqlite/connection';
import { deleteDoc, listDocs, loadInto, persistUpdate, PLAIN, type UpdateCodec } from '../../common/ydoc-store/store';
import { Denied } from '../denied';
import type { RoomStorage } from '../confidential/sealed-rooms';

/** Origin of updates replayed from the database: they are already stored. */
export const PERSISTENCE_ORIGIN = Symbol('ydoc-persistence');

export type LocalDocs = {
  /**
   * The one in-memory Y.Doc of a room on this laptop, loaded from SQLite on first use. Every later update,
   * whoever applies it (the renderer bridge, the relay sync client), is appended to the database
   * synchronously before `Y.applyUpdate` returns, so an acknowledged edit survives a crash.
   * A locked room (a confidential document's annotations without the meeting key) throws `Denied`
   * (`error.confidential.locked`); one whose stored state fails to open, `error.confidential.damaged`.
   */
  get(room: string): Y.Doc;
  /** Whether get(room) would give the room now (false while it is locked). */
  canOpen(room: string): boolean;
  /** Rooms already loaded in memory. */
  loaded(): string[];
  /** Rooms with persisted state. */
  stored(): string[];
  /** Forgets a room: its doc is destroyed and its stored state deleted (the next get() starts empty). */
  drop(room: string): void;
  /** Stops persisting and frees the docs; call before closing the database. */
  close(): void;
};

export type LocalDocsConfig = {
  db: Db;
  /** How each room is stored (plain, sealed with a meeting key, or locked); plain when not given. */
  storage?: (room: string) => RoomStorage;
  log?: (msg: string, e?: unknown) => void;
};

const locked = () => new Denied(appError('forbidden', 'error.confidential.locked'));

/** Yjs docs of this laptop, persisted with ydoc-store (append-only updates, compacted into snapshots). */
export function createLocalDocs(config: LocalDocsConfig): LocalDocs {
  const { db } = config;
  const log = config.log ?? ((m, e) => console.error(m, e));
  const storageOf = config.storage ?? (() => ({ kind: 'plain' }) as const);
  const docs = new Map<string, { doc: Y.Doc; off: () => void }>();
  let closed = false;

  const codecOf = (room: string): UpdateCodec => {
    const s = storageOf(room);
    switch (s.kind) {
      case 'plain':
        return PLAIN;
      case 'sealed':
        return s.codec;
      case 'locked':
        throw locked();
      default: {
        const never: never = s;
        return never;
      }
    }
  };

  return {
    get(room) {
      if (closed) throw new Error('local docs are closed');
      const existing = docs.get(room);
      if (existing) return existing.doc;
      const codec = codecOf(room);
      const doc = new Y.Doc();
      try {
        loadInto(db, room, doc, PERSISTENCE_ORIGIN, codec);
      } catch (e) {
        doc.destroy();
        log(`[ydocs] loading ${room} failed`, e);
        throw new Denied(appError('internal', 'error.confidential.damaged'));
      }
      const onUpdate = (update: Uint8Array, origin: unknown) => {
        if (origin === PERSISTENCE_ORIGIN) return;
        try {
          persistUpdate(db, room, update, codec);
        } catch (e) {
          // The edit stays in memory and reaches the relay; only a crash before the next write loses it.
          log(`[ydocs] persisting ${room} failed`, e);
        }
      };
      doc.on('update', onUpdate);
      docs.set(room, { doc, off: () => doc.off('update', onUpdate) });
      return doc;
    },
    canOpen: (room) => docs.has(room) || storageOf(room).kind !== 'locked',
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
