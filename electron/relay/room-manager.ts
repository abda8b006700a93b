import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as encoding from 'lib0/encoding';
import type { Db } from '../common/sqlite/connection';
import { compact, loadInto, pendingUpdateCount, persistUpdate } from '../common/ydoc-store/store';
import type { RelayLogger } from './config';
import { CLOSE_INTERNAL, MESSAGE_AWARENESS, MESSAGE_SYNC } from '../../shared/relay-protocol/constants';

/**
 * In-memory rooms (one Y.Doc each) backed by the relay DB. Loading is synchronous (better-sqlite3), so a
 * room's persisted state is in its doc before the first message of any peer is handled: no client can
 * ever be answered with an empty doc after a restart. Every update is persisted *before* it is broadcast,
 * so anything a peer has seen from the relay survives a kill -9.
 */
export type RoomPeer = {
  readonly id: number;
  /** Who sent what this peer writes (per-user storage accounting). */
  readonly userId: string;
  readonly meetingId: string;
  send(bytes: Uint8Array): void;
  close(code: number, reason: string): void;
  /** Awareness client ids this peer introduced, removed when it disconnects. */
  readonly awarenessIds: Set<number>;
};

export type Room = {
  readonly name: string;
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  readonly peers: Set<RoomPeer>;
  /** Set when persisting failed: the room must not answer anyone any more (its memory is ahead of disk). */
  failed: boolean;
  /** Bytes stored for this room (snapshot + appended updates), for the room quota. */
  storedBytes: number;
};

/** Transaction origin of writes made by the relay itself (results). */
export const RELAY_ORIGIN = Symbol('relay');

export type RoomManager = {
  /** Returns the room, loading it from the DB first if needed. Pair with release(). */
  acquire(name: string): Room;
  /** Frees the room (compacting if worthwhile) once no peer uses it. */
  release(room: Room): void;
  /** Runs fn(doc) as one relay transaction on the room; persisted and broadcast before returning. */
  write(name: string, fn: (doc: Y.Doc) => void): void;
  /** Current full state of a room (loaded transiently if needed). */
  encodeState(name: string): Uint8Array;
  roomCount(): number;
  /** Frees every room; peers must have been closed by the caller. */
  closeAll(): void;
};

export type RoomManagerDeps = {
  db: Db;
  compactOnFreeAfterUpdates: number;
  logger: RelayLogger;
  onUpdate?: (room: string, update: Uint8Array, origin: unknown) => void;
  /** Runs in the transaction that persists an update (per-user storage accounting). */
  account?: (room: string, update: Uint8Array, origin: unknown) => void;
};

function storedBytesOf(db: Db, name: string): number {
  const row = db
    .prepare(
      `SELECT (SELECT coalesce(sum(length(update_)), 0) FROM ydoc_updates WHERE doc = ?) +
              (SELECT coalesce(sum(length(state)), 0) FROM ydoc_snapshots WHERE doc = ?) AS n`,
    )
    .get(name, name) as { n: number };
  return row.n;
}

export const encodeSyncUpdate = (update: Uint8Array): Uint8Array => {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MESSAGE_SYNC);
  syncProtocol.writeUpdate(enc, update);
  return encoding.toUint8Array(enc);
};

export const encodeAwareness = (awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array => {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(enc, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(enc);
};

export function createRoomManager(deps: RoomManagerDeps): RoomManager {
  const { db, logger } = deps;
  const rooms = new Map<string, Room & { pins: number }>();

  function load(name: string): Room & { pins: number } {
    const doc = new Y.Doc();
    loadInto(db, name, doc);
    const awareness = new awarenessProtocol.Awareness(doc);
    // The relay is not a participant: no local awareness state, nothing to renew.
    awareness.setLocalState(null);
    const room = { name, doc, awareness, peers: new Set<RoomPeer>(), pins: 0, failed: false, storedBytes: storedBytesOf(db, name) };
    const persist = db.transaction((update: Uint8Array, origin: unknown) => {
      persistUpdate(db, name, update);
      deps.account?.(name, update, origin);
    });

    doc.on('update', (update: Uint8Array, origin: unknown) => {
      try {
        persist(update, origin);
        room.storedBytes += update.byteLength;
      } catch (e) {
        logger.warn('persist failed; dropping room so peers resync from disk', { room: name, error: String(e) });
        // Memory now holds state the disk does not: stop serving it at once, then make peers reconnect
        // and resend (the doc cannot be destroyed from inside its own update event).
        room.failed = true;
        if (rooms.get(name) === room) rooms.delete(name);
        queueMicrotask(() => fail(room));
        return;
      }
      const msg = encodeSyncUpdate(update);
      for (const p of room.peers) if (p !== origin) p.send(msg);
      deps.onUpdate?.(name, update, origin);
    });

    awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      const changed = added.concat(updated, removed);
      const peer = origin as RoomPeer | null;
      if (peer && room.peers.has(peer)) {
        for (const id of added) peer.awarenessIds.add(id);
        for (const id of removed) peer.awarenessIds.delete(id);
      }
      if (changed.length === 0 || room.peers.size === 0) return;
      const msg = encodeAwareness(awareness, changed);
      for (const p of room.peers) p.send(msg);
    });
    rooms.set(name, room);
    return room;
  }

  function free(room: Room & { pins: number }): void {
    if (rooms.get(room.name) !== room) return;
    rooms.delete(room.name);
    try {
      if (pendingUpdateCount(db, room.name) >= deps.compactOnFreeAfterUpdates) compact(db, room.name);
    } catch (e) {
      logger.warn('compaction on free failed (updates stay appended)', { room: room.name, error: String(e) });
    }
    room.awareness.destroy();
    room.doc.destroy();
  }

  function fail(room: Room & { pins: number }): void {
    for (const p of [...room.peers]) p.close(CLOSE_INTERNAL, 'persist failed; reconnect');
    room.peers.clear();
    room.awareness.destroy();
    room.doc.destroy();
  }

  const acquireInternal = (name: string) => rooms.get(name) ?? load(name);

  return {
    acquire: acquireInternal,
    release(room) {
      const r = rooms.get(room.name);
      if (r === room && r.peers.size === 0 && r.pins === 0) free(r);
    },
    write(name, fn) {
      const room = acquireInternal(name);
      room.pins++;
      try {
        Y.transact(room.doc, () => fn(room.doc), RELAY_ORIGIN);
      } finally {
        room.pins--;
        if (room.peers.size === 0 && room.pins === 0) free(room);
      }
    },
    encodeState(name) {
      const room = acquireInternal(name);
      room.pins++;
      try {
        return Y.encodeStateAsUpdate(room.doc);
      } finally {
        room.pins--;
        if (room.peers.size === 0 && room.pins === 0) free(room);
      }
    },
    roomCount: () => rooms.size,
    closeAll() {
      for (const room of [...rooms.values()]) free(room);
    },
  };
}
