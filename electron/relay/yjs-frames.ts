import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as authProtocol from 'y-protocols/auth';
import * as syncProtocol from 'y-protocols/sync';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Room, RoomPeer } from './room-manager';
import { encodeAwareness } from './room-manager';
import type { GateVerdict } from './update-gate';
import type { AwarenessVerdict } from './awareness-gate';
import { refusalText } from './refusal';
import { MESSAGE_AUTH, MESSAGE_AWARENESS, MESSAGE_QUERY_AWARENESS, MESSAGE_SYNC } from '../../shared/relay-protocol/constants';

/**
 * One y-websocket frame from one peer, handled against its room. Everything is parsed completely before
 * anything is applied, so a truncated or garbled update is rejected whole, never half-applied; the caller
 * closes that peer's connection on MalformedFrame and nobody else notices.
 */
export class MalformedFrame extends Error {}
/** A well-formed update the relay refuses whole (it would throw halfway): the peer is told, then closed 4400. */
export class RejectedUpdate extends MalformedFrame {}

/**
 * ok; applied (an update with content entered the room); refused (told why, stays connected); missing (dependencies absent: dropped, relay state vector sent);
 * quota / throttled (told why; the caller closes).
 */
export type FrameOutcome = 'ok' | 'applied' | 'refused' | 'missing' | 'quota' | 'throttled';

/** What the connection decides about a writer's update and awareness (update-gate.ts, awareness-gate.ts). */
export type FrameHooks = {
  admitUpdate(update: Uint8Array): GateVerdict;
  admitAwareness(update: Uint8Array): AwarenessVerdict;
};

function ensureConsumed(decoder: decoding.Decoder): void {
  if (decoding.hasContent(decoder)) throw new MalformedFrame('trailing bytes after message');
}

function readBytes(decoder: decoding.Decoder): Uint8Array {
  try {
    const bytes = decoding.readVarUint8Array(decoder);
    ensureConsumed(decoder);
    return bytes;
  } catch (e) {
    throw e instanceof MalformedFrame ? e : new MalformedFrame(`unreadable payload: ${String(e)}`);
  }
}

/** Decodes the whole update; throws MalformedFrame if any part is unreadable. Returns whether it carries anything. */
function validateUpdate(update: Uint8Array): boolean {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch (e) {
    throw new MalformedFrame(`invalid Yjs update: ${String(e)}`);
  }
  return decoded.structs.length > 0 || decoded.ds.clients.size > 0;
}

export const encodeStep1 = (doc: Y.Doc): Uint8Array => {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(enc, doc);
  return encoding.toUint8Array(enc);
};

export const encodePermissionDenied = (reason: string): Uint8Array => {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MESSAGE_AUTH);
  authProtocol.writePermissionDenied(enc, reason);
  return encoding.toUint8Array(enc);
};

export type PeerAccess = { canWrite: boolean; readOnlyReason: string };

export function handleYjsFrame(room: Room, peer: RoomPeer, access: PeerAccess, frame: Uint8Array, hooks: FrameHooks): FrameOutcome {
  const decoder = decoding.createDecoder(frame);
  let type: number;
  try {
    type = decoding.readVarUint(decoder);
  } catch {
    throw new MalformedFrame('empty frame');
  }
  switch (type) {
    case MESSAGE_SYNC: {
      let syncType: number;
      try {
        syncType = decoding.readVarUint(decoder);
      } catch {
        throw new MalformedFrame('sync message without a type');
      }
      if (syncType === syncProtocol.messageYjsSyncStep1) {
        const sv = readBytes(decoder);
        let update: Uint8Array;
        try {
          update = Y.encodeStateAsUpdate(room.doc, sv);
        } catch (e) {
          throw new MalformedFrame(`invalid state vector: ${String(e)}`);
        }
        const enc = encoding.createEncoder();
        encoding.writeVarUint(enc, MESSAGE_SYNC);
        encoding.writeVarUint(enc, syncProtocol.messageYjsSyncStep2);
        encoding.writeVarUint8Array(enc, update);
        peer.send(encoding.toUint8Array(enc));
        // Our state vector lets the peer send what we lack, and lets it know what we have durably stored.
        peer.send(encodeStep1(room.doc));
        return 'ok';
      }
      if (syncType === syncProtocol.messageYjsSyncStep2 || syncType === syncProtocol.messageYjsUpdate) {
        const update = readBytes(decoder);
        const hasContent = validateUpdate(update);
        // A reader answering our step 1 with "nothing new" is honest; only real writes are refused.
        if (!hasContent) return 'ok';
        if (!access.canWrite) {
          peer.send(encodePermissionDenied(access.readOnlyReason));
          return 'refused';
        }
        // Checked on a scratch copy first: the live doc only ever sees updates that apply whole.
        const verdict = hooks.admitUpdate(update);
        if (verdict.ok) {
          Y.applyUpdate(room.doc, update, peer);
          return 'applied';
        }
        if (verdict.kind === 'malformed') throw new RejectedUpdate(verdict.reason);
        if (verdict.kind === 'missing') {
          // Not an error for an honest peer (an edit overtook the part it depends on): our state vector makes
          // it send everything we lack, gap included. Only a peer that keeps doing it is told and closed.
          peer.send(encodeStep1(room.doc));
          return 'missing';
        }
        peer.send(encodePermissionDenied(refusalText(verdict.key, verdict.params)));
        return verdict.kind === 'quota' || verdict.kind === 'throttled' ? verdict.kind : 'refused';
      }
      throw new MalformedFrame(`unknown sync message type ${syncType}`);
    }
    case MESSAGE_AWARENESS: {
      const update = readBytes(decoder);
      // Awareness (cursors, names) is relayed only for peers that may write: 500 read-only delegates renewing
      // awareness every 15 s would be N² traffic, and presence comes from the relay's heartbeat anyway.
      if (!access.canWrite) return 'ok';
      const verdict = hooks.admitAwareness(update);
      if (!verdict.ok) {
        peer.send(encodePermissionDenied(refusalText(verdict.refusal.key, verdict.refusal.params)));
        return 'refused';
      }
      if (!verdict.update) return 'ok';
      try {
        awarenessProtocol.applyAwarenessUpdate(room.awareness, verdict.update, peer);
      } catch (e) {
        throw new MalformedFrame(`invalid awareness update: ${String(e)}`);
      }
      return 'ok';
    }
    case MESSAGE_QUERY_AWARENESS: {
      ensureConsumed(decoder);
      peer.send(encodeAwareness(room.awareness, [...room.awareness.getStates().keys()]));
      return 'ok';
    }
    case MESSAGE_AUTH:
      // Only the relay sends auth messages; a peer's are ignored.
      return 'ok';
    default:
      throw new MalformedFrame(`unknown message type ${type}`);
  }
}
