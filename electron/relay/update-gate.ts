import * as Y from 'yjs';
import type { DocumentId, UserId } from '../../shared/model/ids';
import type { MeetingRole } from '../../shared/model/types';
import { checkSharedUpdate } from '../../shared/annotations/shared-guard';
import { assertNever } from '../../shared/util/result';
import type { RelayLimits } from './config';
import type { Refusal } from './refusal';
import { toMiB } from './refusal';
import { parseRoomName } from './room-access';
import type { Room } from './room-manager';

/**
 * Decides whether one update from one writer may enter a room, without touching the room: the update is
 * applied to a scratch copy of the room's doc first, so an update that throws halfway, leaves structs waiting
 * for dependencies, breaks a shared room's authorship rules or does not fit the annotation schema is refused
 * whole and the live doc never sees any of it. Storage quotas (per room, per user) are checked here too.
 */
export type UpdateSender = { userId: UserId; role: MeetingRole; storedBytes: number };

export type GateVerdict =
  | { ok: true }
  /** Refused whole; the peer is told why and (for malformed) closed. */
  | ({ ok: false; kind: 'malformed' | 'forbidden' | 'quota' } & Refusal)
  /** Depends on structs the relay never got: nothing is kept; the peer is sent the relay's state vector. */
  | ({ ok: false; kind: 'missing' } & Refusal);

const pendingOf = (doc: Y.Doc): number =>
  (doc.store.pendingStructs ? doc.store.pendingStructs.update.byteLength : 0) + (doc.store.pendingDs ? doc.store.pendingDs.byteLength : 0);

/** Applies `update` to a copy of `doc`: throws nothing, reports whether it applied fully. */
function replay(doc: Y.Doc, update: Uint8Array): 'ok' | 'malformed' | 'missing' {
  const copy = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    const before = pendingOf(copy);
    try {
      Y.applyUpdate(copy, update);
    } catch {
      return 'malformed';
    }
    return pendingOf(copy) > before ? 'missing' : 'ok';
  } finally {
    copy.destroy();
  }
}

const MALFORMED: GateVerdict = { ok: false, kind: 'malformed', key: 'error.relay.updateMalformed', reason: 'update rejected: cannot be applied' };
const MISSING: GateVerdict = { ok: false, kind: 'missing', key: 'error.relay.missingDependencies', reason: 'update depends on missing structs' };

function sharedVerdict(room: Room, update: Uint8Array, sender: UpdateSender, documentId: DocumentId): GateVerdict {
  const r = checkSharedUpdate(room.doc, update, sender.userId, documentId, { moderator: sender.role === 'secretariat' });
  if (r.ok) return { ok: true };
  switch (r.reason) {
    case 'malformed':
      return MALFORMED;
    case 'missing-dependencies':
      return MISSING;
    case 'not-author':
      return { ok: false, kind: 'forbidden', key: 'error.relay.notAuthor', reason: 'forbidden: not the author' };
    case 'wrong-document':
      return { ok: false, kind: 'forbidden', key: 'error.relay.wrongDocument', reason: 'forbidden: wrong document' };
    case 'not-shared':
      return { ok: false, kind: 'forbidden', key: 'error.relay.notShared', reason: 'forbidden: not shared' };
    default:
      // 'invalid', 'outside-annotations' and anything a newer guard may add: not an annotation.
      return { ok: false, kind: 'forbidden', key: 'error.relay.notAnnotation', reason: 'forbidden: not a valid annotation' };
  }
}

export function checkUpdate(room: Room, update: Uint8Array, sender: UpdateSender, limits: RelayLimits): GateVerdict {
  if (room.storedBytes + update.byteLength > limits.maxRoomBytes) {
    return { ok: false, kind: 'quota', key: 'error.relay.roomQuota', params: { limitMiB: toMiB(limits.maxRoomBytes) }, reason: 'quota: room storage full' };
  }
  if (sender.storedBytes + update.byteLength > limits.maxUserBytes) {
    return { ok: false, kind: 'quota', key: 'error.relay.userQuota', params: { limitMiB: toMiB(limits.maxUserBytes) }, reason: 'quota: user storage full' };
  }
  const parsed = parseRoomName(room.name);
  const kind = parsed?.kind ?? null;
  switch (kind) {
    case 'annotations-shared':
      return sharedVerdict(room, update, sender, parsed!.id as DocumentId);
    case 'annotations-private':
    case 'meeting':
    case 'results':
    case null: {
      const r = replay(room.doc, update);
      return r === 'ok' ? { ok: true } : r === 'missing' ? MISSING : MALFORMED;
    }
    default:
      return assertNever(kind, 'room kind');
  }
}
