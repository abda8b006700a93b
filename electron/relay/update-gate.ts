import * as Y from 'yjs';
import type { DocumentId, UserId } from '../../shared/model/ids';
import type { MeetingRole } from '../../shared/model/types';
import { splitPrivateDocId } from '../../shared/annotations/rooms';
import { applyWhole, checkPrivateUpdateOn, checkSharedUpdateOn, type GuardResult } from '../../shared/annotations/shared-guard';
import { assertNever } from '../../shared/util/result';
import type { RelayLimits } from './config';
import type { Refusal } from './refusal';
import { toMiB } from './refusal';
import { parseRoomName } from './room-access';
import type { Room } from './room-manager';

/**
 * Decides whether one update from one writer may enter a room, without touching the room. The update is first
 * applied to the room's *shadow*, a copy of its doc this module keeps in step with it, so an update that throws
 * halfway, leaves structs waiting for dependencies, breaks a shared room's authorship rules or does not fit the
 * annotation schema is refused whole and the live doc never sees any of it. An admitted update leaves the shadow
 * equal to what the live doc becomes once the caller applies it (one update's work, not a room's). A refused one
 * spoils the shadow, which is rebuilt from the live doc at the next check — a whole-room copy, so each user may
 * cause only `refusedUpdatesPerMinute` of them; beyond that its writes are turned away unchecked (close 4529).
 * Storage quotas (per room, per user) are checked first.
 */
export type UpdateSender = { userId: UserId; role: MeetingRole; storedBytes: number };

export type GateVerdict =
  | { ok: true }
  /** Refused whole; the peer is told why; malformed and throttled also close the connection. */
  | ({ ok: false; kind: 'malformed' | 'forbidden' | 'quota' | 'throttled' } & Refusal)
  /** Depends on structs the relay never got: nothing is kept; the peer is sent the relay's state vector. */
  | { ok: false; kind: 'missing'; reason: string };

export type UpdateGate = { check(room: Room, update: Uint8Array, sender: UpdateSender): GateVerdict };

const MALFORMED: GateVerdict = {
  ok: false,
  kind: 'malformed',
  key: 'error.relay.updateMalformed',
  reason: 'update rejected: cannot be applied',
};
const MISSING: GateVerdict = { ok: false, kind: 'missing', reason: 'update depends on missing structs' };
const forbidden = (key: Refusal['key'], reason: string): GateVerdict => ({ ok: false, kind: 'forbidden', key, reason });

function sharedVerdict(shadow: Y.Doc, room: Room, update: Uint8Array, sender: UpdateSender, documentId: DocumentId): GateVerdict {
  return guardVerdict(
    checkSharedUpdateOn(shadow, room.doc, update, sender.userId, documentId, { moderator: sender.role === 'secretariat' }),
  );
}

function guardVerdict(r: GuardResult): GateVerdict {
  if (r.ok) return { ok: true };
  switch (r.reason) {
    case 'malformed':
      return MALFORMED;
    case 'missing-dependencies':
      return MISSING;
    case 'not-author':
      return forbidden('error.relay.notAuthor', 'forbidden: not the author');
    case 'wrong-document':
      return forbidden('error.relay.wrongDocument', 'forbidden: wrong document');
    case 'not-shared':
      return forbidden('error.relay.notShared', 'forbidden: not shared');
    default:
      // 'invalid', 'outside-annotations' and anything a newer guard may add: not an annotation.
      return forbidden('error.relay.notAnnotation', 'forbidden: not a valid annotation');
  }
}

const sameState = (a: Y.Doc, b: Y.Doc): boolean => Buffer.from(Y.encodeStateVector(a)).equals(Buffer.from(Y.encodeStateVector(b)));

/** `isConfidential`: whether a document of the current meeting is confidential (its notes have their own rooms). */
export function createUpdateGate(
  limits: RelayLimits,
  monoMs: () => number,
  isConfidential: (id: DocumentId) => boolean = () => false,
): UpdateGate {
  const shadows = new WeakMap<Room, Y.Doc>();
  /** Per user: refusals (each costing a shadow rebuild) still allowed, refilled at refusedUpdatesPerMinute. */
  const budgets = new Map<UserId, { tokens: number; at: number }>();
  const perMs = limits.refusedUpdatesPerMinute / 60_000;

  const budgetOf = (userId: UserId) => {
    const t = monoMs();
    const b = budgets.get(userId) ?? { tokens: limits.refusedUpdatesPerMinute, at: t };
    b.tokens = Math.min(limits.refusedUpdatesPerMinute, b.tokens + (t - b.at) * perMs);
    b.at = t;
    budgets.set(userId, b);
    return b;
  };

  const shadowOf = (room: Room): Y.Doc => {
    const kept = shadows.get(room);
    // The relay's own writes (results rooms) bypass the gate: a shadow that fell behind is rebuilt.
    if (kept && sameState(kept, room.doc)) return kept;
    kept?.destroy();
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(room.doc));
    shadows.set(room, fresh);
    return fresh;
  };

  function judge(room: Room, update: Uint8Array, sender: UpdateSender): GateVerdict {
    const shadow = shadowOf(room);
    const parsed = parseRoomName(room.name);
    const kind = parsed?.kind ?? null;
    switch (kind) {
      case 'annotations-shared':
        return sharedVerdict(shadow, room, update, sender, parsed!.id as DocumentId);
      case 'annotations-private':
        // Notes on a confidential document never enter the common private room (laptops store that one unsealed).
        return guardVerdict(checkPrivateUpdateOn(shadow, update, { allowForeign: true, refuseDocument: isConfidential }));
      case 'annotations-private-doc': {
        const ids = splitPrivateDocId(parsed!.id);
        if (!ids) return MALFORMED;
        return guardVerdict(checkPrivateUpdateOn(shadow, update, { owner: ids.userId, documentId: ids.documentId }));
      }
      case 'meeting':
      case 'results':
      case null: {
        const r = applyWhole(shadow, update);
        return r === 'ok' ? { ok: true } : r === 'missing-dependencies' ? MISSING : MALFORMED;
      }
      default:
        return assertNever(kind, 'room kind');
    }
  }

  return {
    check(room, update, sender) {
      if (room.storedBytes + update.byteLength > limits.maxRoomBytes) {
        return {
          ok: false,
          kind: 'quota',
          key: 'error.relay.roomQuota',
          params: { limitMiB: toMiB(limits.maxRoomBytes) },
          reason: 'quota: room storage full',
        };
      }
      if (sender.storedBytes + update.byteLength > limits.maxUserBytes) {
        return {
          ok: false,
          kind: 'quota',
          key: 'error.relay.userQuota',
          params: { limitMiB: toMiB(limits.maxUserBytes) },
          reason: 'quota: user storage full',
        };
      }
      const budget = budgetOf(sender.userId);
      if (budget.tokens < 1) {
        return {
          ok: false,
          kind: 'throttled',
          key: 'error.relay.tooManyRefused',
          params: { perMinute: limits.refusedUpdatesPerMinute },
          reason: 'too many refused updates; retry later',
        };
      }
      const verdict = judge(room, update, sender);
      if (!verdict.ok) {
        // The shadow now holds part of a refused update: drop it; the next check rebuilds it from the live doc.
        shadows.get(room)?.destroy();
        shadows.delete(room);
        budget.tokens -= 1;
      }
      return verdict;
    },
  };
}
