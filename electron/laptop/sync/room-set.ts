import type { WebSocket as WsWebSocket } from 'ws';
import type * as Y from 'yjs';
import type { Db } from '../../common/sqlite/connection';
import type { Backoff } from './backoff';
import type { RoomProvider, RoomStatus } from './room-provider';
import { createRoomProvider } from './room-provider';

/**
 * The rooms a sync client keeps open. They connect and disconnect together with the control connection (one
 * backoff per laptop, not one per room); a room the relay drops while the laptop stays online (1011 could not
 * persist, 4529 rate limited, a refused upgrade after a new package) is reconnected after `backoff`.
 */
export type RoomDocProvider = { get(room: string): Y.Doc; persisted: boolean };

export type RoomSet = {
  open(name: string): Y.Doc;
  close(name: string): void;
  status(name: string): RoomStatus | null;
  onStatus(name: string, listener: (s: RoomStatus) => void): () => void;
  whenAcknowledged(name: string, timeoutMs: number): Promise<void>;
  /** Online with this token: every room connects. */
  connectAll(): void;
  disconnectAll(): void;
  destroy(): void;
};

export function createRoomSet(opts: {
  db: Db;
  wsUrl: string;
  WebSocketImpl: typeof WsWebSocket;
  docs?: RoomDocProvider;
  /** The session token while the control connection is online; null while offline. */
  onlineToken: () => string | null;
  backoff: Backoff;
}): RoomSet {
  const rooms = new Map<string, { provider: RoomProvider; retry: NodeJS.Timeout | null }>();

  const connect = (name: string) => {
    const r = rooms.get(name);
    const token = opts.onlineToken();
    if (r && token) r.provider.connect(token);
  };
  const clearRetry = (r: { retry: NodeJS.Timeout | null }) => {
    if (r.retry) clearTimeout(r.retry);
    r.retry = null;
  };
  const scheduleRetry = (name: string) => {
    const r = rooms.get(name);
    if (!r || r.retry || !opts.onlineToken()) return;
    r.retry = setTimeout(() => {
      r.retry = null;
      connect(name);
    }, opts.backoff.next());
    r.retry.unref();
  };

  return {
    open(name) {
      const existing = rooms.get(name);
      if (existing) return existing.provider.doc;
      const provider = createRoomProvider({
        name,
        db: opts.db,
        wsUrl: opts.wsUrl,
        WebSocketImpl: opts.WebSocketImpl,
        ...(opts.docs ? { doc: opts.docs.get(name), persisted: opts.docs.persisted } : {}),
        onDropped: () => scheduleRetry(name),
      });
      rooms.set(name, { provider, retry: null });
      connect(name);
      return provider.doc;
    },
    close(name) {
      const r = rooms.get(name);
      if (!r) return;
      clearRetry(r);
      r.provider.destroy();
      rooms.delete(name);
    },
    status: (name) => rooms.get(name)?.provider.status() ?? null,
    onStatus: (name, l) => rooms.get(name)?.provider.onStatus(l) ?? (() => {}),
    whenAcknowledged(name, timeoutMs) {
      const r = rooms.get(name);
      if (!r) return Promise.reject(new Error(`room ${name} is not open`));
      return r.provider.whenAcknowledged(timeoutMs);
    },
    connectAll() {
      opts.backoff.reset();
      for (const name of rooms.keys()) connect(name);
    },
    disconnectAll() {
      for (const r of rooms.values()) {
        clearRetry(r);
        r.provider.disconnect();
      }
    },
    destroy() {
      for (const r of rooms.values()) {
        clearRetry(r);
        r.provider.destroy();
      }
      rooms.clear();
    },
  };
}
