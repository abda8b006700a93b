import * as Y from 'yjs';
import type { LocalDocs } from './local-docs';

/** One renderer connection (an Electron window or a browser tab): how to reach it and who it is now. */
export type BridgeClient = { send(room: string, update: Uint8Array): void };

export type YdocBridge<C extends BridgeClient = BridgeClient> = {
  /** Subscribes `client` to `room` and returns the room's full state as one update. */
  open(client: C, room: string): Uint8Array;
  /** Applies a client's update (already checked); every other subscriber receives it. */
  apply(client: C, room: string, update: Uint8Array): void;
  close(client: C, room: string): void;
  /** Forgets a client everywhere (its connection closed). */
  drop(client: C): void;
  subscribers(room: string): number;
};

/**
 * Relays Yjs updates between the laptop's docs and the renderer windows that opened them. Updates from
 * anywhere else (the relay sync client) reach every subscriber. `mayReceive` is asked again before each
 * delivery: a window may have signed out, or a document's visibility may have changed, since it opened.
 */
export function createYdocBridge<C extends BridgeClient>(docs: LocalDocs, mayReceive: (client: C, room: string) => boolean): YdocBridge<C> {
  const subs = new Map<string, { clients: Set<C>; off: () => void }>();

  function ensure(room: string) {
    const existing = subs.get(room);
    if (existing) return existing;
    const doc = docs.get(room);
    const clients = new Set<C>();
    const onUpdate = (update: Uint8Array, origin: unknown) => {
      for (const c of clients) {
        if (c === origin) continue;
        if (!mayReceive(c, room)) {
          clients.delete(c);
          continue;
        }
        c.send(room, update);
      }
    };
    doc.on('update', onUpdate);
    const entry = { clients, off: () => doc.off('update', onUpdate) };
    subs.set(room, entry);
    return entry;
  }

  function release(room: string) {
    const entry = subs.get(room);
    if (entry && entry.clients.size === 0) {
      entry.off();
      subs.delete(room);
    }
  }

  return {
    open(client, room) {
      ensure(room).clients.add(client);
      return Y.encodeStateAsUpdate(docs.get(room));
    },
    apply(client, room, update) {
      ensure(room);
      Y.applyUpdate(docs.get(room), update, client);
      release(room);
    },
    close(client, room) {
      subs.get(room)?.clients.delete(client);
      release(room);
    },
    drop(client) {
      for (const [room, entry] of subs) {
        entry.clients.delete(client);
        release(room);
      }
    },
    subscribers: (room) => subs.get(room)?.clients.size ?? 0,
  };
}
