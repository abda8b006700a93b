import * as Y from 'yjs';
import type { Api } from '../../../shared/ipc/contract';
import type { AppError } from '../../../shared/util/result';

/** Origin of updates that came from the services: never sent back, never undoable. */
export const REMOTE_ORIGIN = Symbol('remote');

export type RoomDoc = {
  room: string;
  doc: Y.Doc;
  /** Resolves once the room's stored state is in `doc` (or with the reason it could not be opened). */
  ready: Promise<{ ok: true } | { ok: false; error: AppError }>;
  close(): void;
};

/** Resending a whole room after a refused or lost update is bounded, so a refusal can't loop forever. */
const MAX_RESYNCS = 3;

/**
 * A renderer copy of one annotation room, kept in step with the laptop's services over the API: local
 * changes go out as `ydoc:update` in order, changes from elsewhere arrive as `ydoc:update` events. If an
 * update is lost (connection dropped) or refused for a gap, the whole state is sent again, which Yjs
 * merges idempotently.
 */
export function openRoomDoc(api: Api, room: string, onError: (error: AppError) => void): RoomDoc {
  const doc = new Y.Doc();
  let closed = false;
  let resyncs = 0;
  let chain: Promise<unknown> = Promise.resolve();

  const offEvents = api.on('ydoc:update', (p) => {
    if (!closed && p.room === room) Y.applyUpdate(doc, p.update, REMOTE_ORIGIN);
  });

  const send = (update: Uint8Array) => {
    chain = chain.then(async () => {
      if (closed) return;
      const r = await api.invoke('ydoc:update', { room, update });
      if (r.ok) {
        resyncs = 0;
        return;
      }
      if ((r.error.code === 'offline' || r.error.code === 'conflict') && resyncs < MAX_RESYNCS && !closed) {
        resyncs++;
        send(Y.encodeStateAsUpdate(doc));
        return;
      }
      onError(r.error);
    });
  };

  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE_ORIGIN) send(update);
  };
  doc.on('update', onUpdate);

  const ready = api.invoke('ydoc:open', { room }).then((r) => {
    if (!r.ok) return { ok: false as const, error: r.error };
    if (!closed) Y.applyUpdate(doc, r.value.update, REMOTE_ORIGIN);
    return { ok: true as const };
  });

  return {
    room,
    doc,
    ready,
    close() {
      if (closed) return;
      closed = true;
      offEvents();
      doc.off('update', onUpdate);
      // Let queued updates finish before saying goodbye, so nothing typed last is dropped.
      void chain.then(() => api.invoke('ydoc:close', { room })).finally(() => doc.destroy());
    },
  };
}
