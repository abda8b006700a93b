import { parseRoom, type AnnotationRoom } from '../../../shared/annotations/rooms';
import { checkPrivateUpdate, checkSharedUpdate } from '../../../shared/annotations/shared-guard';
import { err, ok } from '../../../shared/util/result';
import { Denied, requireSession } from '../access';
import type { CallContext, DomainHandlers, Services } from '../context';
import { createYdocBridge, type BridgeClient } from '../ydocs/bridge';
import { roomRight, type RoomRight } from '../ydocs/room-access';
import { bytes, obj } from '../validate';

/** An annotation update is a few hundred bytes; a whole room resent after a gap stays far below this. */
export const MAX_YDOC_UPDATE_BYTES = 4 * 1024 * 1024;

type Client = BridgeClient & { ctx: CallContext };

const REJECTIONS: Record<string, string> = {
  malformed: 'Dữ liệu ghi chú bị hỏng; thay đổi không được lưu.',
  'missing-dependencies': 'Thiếu thay đổi trước đó; cần đồng bộ lại toàn bộ ghi chú.',
  'outside-annotations': 'Thay đổi nằm ngoài phần ghi chú; không được lưu.',
  invalid: 'Ghi chú không hợp lệ; thay đổi không được lưu.',
  'not-author': 'Chỉ người viết mới được sửa hoặc xóa ghi chú đã chia sẻ.',
  'wrong-document': 'Ghi chú không thuộc tài liệu này.',
  'not-shared': 'Ghi chú trong phần chia sẻ phải có thời điểm chia sẻ.',
};

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
    if (!room || !right) throw new Denied(err('not_found', 'Không tìm thấy sổ ghi chú này.').error);
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
      if (update.byteLength > MAX_YDOC_UPDATE_BYTES) return err('invalid_input', 'Thay đổi ghi chú quá lớn.');
      const doc = svc.ydocs.get(room.name);
      const check =
        room.kind === 'shared'
          ? checkSharedUpdate(doc, update, ctx.session!.user.id, room.documentId, { moderator: right.moderator })
          : checkPrivateUpdate(doc, update);
      if (!check.ok) {
        const code = check.reason === 'not-author' ? 'forbidden' : check.reason === 'missing-dependencies' ? 'conflict' : 'invalid_input';
        return err(code, REJECTIONS[check.reason] ?? 'Thay đổi ghi chú không hợp lệ.', { reason: check.reason });
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
