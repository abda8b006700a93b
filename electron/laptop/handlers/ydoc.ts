import type * as Y from 'yjs';
import type { MessageKey } from '../../../shared/i18n';
import { parseRoom, type AnnotationRoom } from '../../../shared/annotations/rooms';
import { checkPrivateUpdate, checkSharedUpdate, type GuardResult } from '../../../shared/annotations/shared-guard';
import { assertNever, fail, ok } from '../../../shared/util/result';
import { getDocument } from '../db/queries/documents';
import { Denied, requireSession } from '../access';
import type { CallContext, DomainHandlers, Services } from '../context';
import { createYdocBridge, type BridgeClient } from '../ydocs/bridge';
import { roomRight, type RoomRight } from '../ydocs/room-access';
import { bytes, obj } from '../validate';

/** An annotation update is a few hundred bytes; a whole room resent after a gap stays far below this. */
export const MAX_YDOC_UPDATE_BYTES = 4 * 1024 * 1024;

type Client = BridgeClient & { ctx: CallContext };

const REJECTIONS: Record<string, MessageKey> = {
  malformed: 'error.ydoc.malformed',
  'missing-dependencies': 'error.ydoc.missingDependencies',
  'outside-annotations': 'error.ydoc.outsideAnnotations',
  invalid: 'error.ydoc.invalid',
  'not-author': 'error.ydoc.notAuthor',
  'wrong-document': 'error.ydoc.wrongDocument',
  'not-shared': 'error.ydoc.notShared',
};

/** The annotation rules of the room (the relay applies the same ones, authoritatively). */
function checkUpdate(svc: Services, ctx: CallContext, room: AnnotationRoom, right: RoomRight, doc: Y.Doc, update: Uint8Array): GuardResult {
  switch (room.kind) {
    case 'shared':
      return checkSharedUpdate(doc, update, ctx.session!.user.id, room.documentId, { moderator: right.moderator });
    case 'private':
      // Notes on a confidential document go to its own room (stored sealed), never to the common one.
      return checkPrivateUpdate(doc, update, { refuseDocument: (id) => getDocument(svc.db, id)?.confidentiality === 'mat' });
    case 'private-doc':
      return checkPrivateUpdate(doc, update, { owner: room.userId, documentId: room.documentId });
    default:
      return assertNever(room, 'annotation room');
  }
}

/** Bridges the laptop's annotation Y.Docs (services/ydocs) to renderer windows, with permission checks. */
export function ydocHandlers(svc: Services) {
  const clients = new WeakMap<CallContext, Client>();
  const clientOf = (ctx: CallContext): Client => {
    let c = clients.get(ctx);
    if (!c) {
      c = { ctx, send: (room, update) => ctx.emit('ydoc:update', { room, update }) };
      clients.set(ctx, c);
    }
    return c;
  };
  const bridge = createYdocBridge<Client>(svc.ydocs, (c, name) => {
    const room = parseRoom(name);
    return room !== null && roomRight(svc, c.ctx, room) !== null;
  });

  const resolve = (ctx: CallContext, name: unknown): { room: AnnotationRoom; right: RoomRight } => {
    requireSession(ctx);
    const room = parseRoom(name);
    const right = room ? roomRight(svc, ctx, room) : null;
    // Same answer for a malformed name, someone else's private room and a hidden document.
    if (!room || !right) throw new Denied(fail('not_found', 'error.ydoc.notebookNotFound').error);
    return { room, right };
  };

  return {
    'ydoc:open': (ctx, req) => {
      const { room } = resolve(ctx, obj(req).room);
      return ok({ update: bridge.open(clientOf(ctx), room.name) });
    },
    'ydoc:update': (ctx, req) => {
      const r = obj(req);
      const { room, right } = resolve(ctx, r.room);
      const update = bytes(r.update, 'update');
      if (update.byteLength > MAX_YDOC_UPDATE_BYTES) return fail('invalid_input', 'error.ydoc.tooLarge');
      const doc = svc.ydocs.get(room.name);
      const check = checkUpdate(svc, ctx, room, right, doc, update);
      if (!check.ok) {
        const code = check.reason === 'not-author' ? 'forbidden' : check.reason === 'missing-dependencies' ? 'conflict' : 'invalid_input';
        return fail(code, REJECTIONS[check.reason] ?? 'error.ydoc.rejected', undefined, { reason: check.reason });
      }
      bridge.apply(clientOf(ctx), room.name, update);
      return ok(null);
    },
    'ydoc:close': (ctx, req) => {
      const room = parseRoom(obj(req).room);
      if (room) bridge.close(clientOf(ctx), room.name);
      return ok(null);
    },
  } satisfies DomainHandlers<'ydoc'>;
}
