import type { WebSocket as WsWebSocket } from 'ws';
import * as Y from 'yjs';
import * as authProtocol from 'y-protocols/auth';
import * as syncProtocol from 'y-protocols/sync';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Db } from '../../common/sqlite/connection';
import { loadInto, persistUpdate } from '../../common/ydoc-store/store';
import {
  MESSAGE_AUTH,
  MESSAGE_AWARENESS,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SYNC,
  YJS_PATH_PREFIX,
} from '../../../shared/relay-protocol/constants';

/**
 * One Yjs room on a laptop, spoken directly with y-protocols' sync messages over one `ws` socket (the same
 * frames the relay handles in electron/relay/yjs-frames.ts, PROTOCOL.md). The doc loads from local SQLite
 * (so it opens offline) and every update — local or remote — is persisted locally as it happens. Offline
 * edits need no queue: on connect we send our state vector (step 1), the relay answers with what we lack
 * (step 2) and its own state vector, and we answer that with what it lacks.
 *
 * The provider never reconnects by itself: the sync client connects and disconnects every room with its
 * control connection, and retries a room the relay dropped (see `onDropped`). Close codes 4400–4499 are
 * permanent (forbidden, not found, malformed): the room stays closed and says so in its status.
 */
export type RoomStatus = {
  synced: boolean;
  /** Last permission-denied reason from the relay (a write it refused), if any. */
  denied: string | null;
  /** Set when the relay closed the room for good (4400–4499: forbidden, not found, malformed). */
  closed: { code: number; reason: string } | null;
};

export type RoomProvider = {
  readonly name: string;
  readonly doc: Y.Doc;
  status(): RoomStatus;
  onStatus(listener: (s: RoomStatus) => void): () => void;
  /** Opens the socket with this session token (no-op while open, or once closed for good). */
  connect(token: string): void;
  disconnect(): void;
  /** Resolves when the relay has announced a state vector covering this doc's current state (= persisted there). */
  whenAcknowledged(timeoutMs: number): Promise<void>;
  destroy(): void;
};

/** Local SQLite key of a room's doc. The room name is globally meaningful (`meeting:<id>`, ...). */
export const localDocKey = (room: string): string => room;

/** Extra state-vector requests per acknowledgement wait (each is one small frame). */
const MAX_REASKS = 5;
const isPermanentClose = (code: number): boolean => code >= 4400 && code < 4500;

const coversSv = (have: Map<number, number>, want: Map<number, number>): boolean => {
  for (const [client, clock] of want) if ((have.get(client) ?? 0) < clock) return false;
  return true;
};

const syncFrame = (write: (enc: encoding.Encoder) => void): Uint8Array => {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MESSAGE_SYNC);
  write(enc);
  return encoding.toUint8Array(enc);
};

export function createRoomProvider(opts: {
  name: string;
  db: Db;
  /** ws(s)://host:port of the relay. */
  wsUrl: string;
  WebSocketImpl: typeof WsWebSocket;
  /**
   * The room's doc owned by someone else (the laptop's LocalDocs): synced in place, never destroyed here.
   * With `persisted: true` its owner already stores every update, so it is neither loaded nor stored again.
   */
  doc?: Y.Doc;
  persisted?: boolean;
  /** The relay closed the socket for a reason that is not permanent (1011, 4529, 1009…): the caller retries. */
  onDropped?: () => void;
}): RoomProvider {
  const external = opts.doc !== undefined;
  const doc = opts.doc ?? new Y.Doc();
  const persistHere = !(external && opts.persisted);
  const origin = { room: opts.name };
  let ws: WsWebSocket | null = null;
  let relaySv: Map<number, number> | null = null;
  const svWaiters = new Set<() => void>();
  let status: RoomStatus = { synced: false, denied: null, closed: null };
  const listeners = new Set<(s: RoomStatus) => void>();

  const setStatus = (patch: Partial<RoomStatus>) => {
    status = { ...status, ...patch };
    for (const l of [...listeners]) l(status);
  };
  const send = (frame: Uint8Array) => {
    if (ws && ws.readyState === ws.OPEN) ws.send(frame);
  };
  const sendStep1 = () => send(syncFrame((enc) => syncProtocol.writeSyncStep1(enc, doc)));
  const wakeWaiters = () => {
    for (const w of [...svWaiters]) w();
  };

  const onPersist = (update: Uint8Array) => persistUpdate(opts.db, localDocKey(opts.name), update);
  if (persistHere) {
    loadInto(opts.db, localDocKey(opts.name), doc);
    doc.on('update', onPersist);
  }
  // Our edits (and anything another local writer applies) go to the relay; what came from it does not go back.
  const onUpdate = (update: Uint8Array, from: unknown) => {
    if (from !== origin) send(syncFrame((enc) => syncProtocol.writeUpdate(enc, update)));
  };
  doc.on('update', onUpdate);

  const onMessage = (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MESSAGE_SYNC: {
        const peek = decoding.clone(decoder);
        const syncType = decoding.readVarUint(peek);
        const reply = encoding.createEncoder();
        encoding.writeVarUint(reply, MESSAGE_SYNC);
        syncProtocol.readSyncMessage(decoder, reply, doc, origin);
        // A relay step 1 is answered with our step 2 (what it lacks) before anyone looks at its state vector.
        if (encoding.length(reply) > 1) send(encoding.toUint8Array(reply));
        if (syncType === syncProtocol.messageYjsSyncStep1) {
          relaySv = Y.decodeStateVector(decoding.readVarUint8Array(peek));
          wakeWaiters();
        } else if (syncType === syncProtocol.messageYjsSyncStep2 && !status.synced) {
          setStatus({ synced: true });
        }
        return;
      }
      case MESSAGE_AUTH:
        authProtocol.readAuthMessage(decoder, doc, (_d, reason) => {
          setStatus({ denied: reason });
          wakeWaiters();
        });
        return;
      case MESSAGE_AWARENESS:
      case MESSAGE_QUERY_AWARENESS:
        // No cursors on laptops: presence comes from the relay's heartbeat (awareness frames are keepalives).
        return;
      default:
        // Message types of a newer relay are ignored rather than fatal.
        return;
    }
  };

  const drop = () => {
    const s = ws;
    ws = null;
    if (!s) return;
    s.removeAllListeners();
    s.on('error', () => {});
    if (s.readyState === s.CONNECTING) s.terminate();
    else s.close();
  };

  return {
    name: opts.name,
    doc,
    status: () => status,
    onStatus(l) {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    connect(token) {
      if (ws || status.closed) return;
      const url = `${opts.wsUrl}${YJS_PATH_PREFIX}${encodeURIComponent(opts.name)}?token=${encodeURIComponent(token)}`;
      const socket = new opts.WebSocketImpl(url, { perMessageDeflate: false });
      ws = socket;
      socket.on('open', sendStep1);
      socket.on('message', (data: Buffer, isBinary: boolean) => {
        if (!isBinary) return;
        try {
          onMessage(data);
        } catch {
          // An unreadable frame from the relay: start over on a fresh socket.
          drop();
          if (status.synced) setStatus({ synced: false });
          opts.onDropped?.();
        }
      });
      // Errors end in 'close' (a refused upgrade: 401 → the control channel logs in again and reconnects us).
      socket.on('error', () => {});
      socket.on('close', (code: number, reason: Buffer) => {
        if (ws !== socket) return;
        ws = null;
        if (isPermanentClose(code)) {
          setStatus({ closed: { code, reason: reason.toString('utf8') }, synced: false });
          wakeWaiters();
          return;
        }
        if (status.synced) setStatus({ synced: false });
        opts.onDropped?.();
      });
    },
    disconnect() {
      drop();
      if (status.synced) setStatus({ synced: false });
    },
    whenAcknowledged(timeoutMs) {
      const want = Y.decodeStateVector(Y.encodeStateVector(doc));
      if (relaySv && coversSv(relaySv, want)) return Promise.resolve();
      if (status.closed) return Promise.reject(new Error(`room closed by the relay: ${status.closed.code}`));
      return new Promise<void>((resolve, reject) => {
        const deniedBefore = status.denied;
        let reasks = 0;
        const done = (e?: Error) => {
          clearTimeout(timer);
          svWaiters.delete(check);
          if (e) reject(e);
          else resolve();
        };
        const check = () => {
          if (relaySv && coversSv(relaySv, want)) return done();
          if (status.denied && status.denied !== deniedBefore) return done(new Error(`refused by the relay: ${status.denied}`));
          if (status.closed) return done(new Error(`room closed by the relay: ${status.closed.code}`));
          // Our answer to the relay's step 1 has gone out already (onMessage): ask for its state vector again.
          if (reasks < MAX_REASKS) {
            reasks++;
            sendStep1();
          }
        };
        const timer = setTimeout(() => done(new Error(`not acknowledged within ${timeoutMs} ms`)), timeoutMs);
        svWaiters.add(check);
        // If offline, the step 1 the relay sends after our reconnect starts the same exchange.
        sendStep1();
      });
    },
    destroy() {
      drop();
      doc.off('update', onUpdate);
      if (persistHere) doc.off('update', onPersist);
      if (!external) doc.destroy();
      listeners.clear();
      svWaiters.clear();
    },
  };
}
