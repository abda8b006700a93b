import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { RelayLimits } from './config';
import { createRateLimiter } from './rate-limit';
import type { Refusal } from './refusal';
import type { Room, RoomPeer } from './room-manager';

/**
 * Bounds what one connection's awareness (cursors, names) costs everyone else: every awareness update is
 * relayed to every peer of the room, so the size of each state, the number of client states a connection may
 * announce and their rate are capped. Entries about client ids another peer introduced are dropped: y-websocket
 * echoes the states it receives (harmless, same clock), and a tampered peer must not speak for someone else.
 * The peer is told why when its own states are dropped; honest providers send a few hundred bytes at a time.
 */
export type AwarenessVerdict = { ok: true; update: Uint8Array | null } | { ok: false; refusal: Refusal };

export type AwarenessGate = { admit(room: Room, peer: RoomPeer, update: Uint8Array): AwarenessVerdict };

type Entry = { id: number; clock: number; state: string };

/** The entries of an awareness update, or null if it does not decode (applyAwarenessUpdate then refuses it). */
function entriesOf(update: Uint8Array): Entry[] | null {
  try {
    const d = decoding.createDecoder(update);
    const n = decoding.readVarUint(d);
    const out: Entry[] = [];
    for (let i = 0; i < n; i++) out.push({ id: decoding.readVarUint(d), clock: decoding.readVarUint(d), state: decoding.readVarString(d) });
    return decoding.hasContent(d) ? null : out;
  } catch {
    return null;
  }
}

function encodeEntries(entries: readonly Entry[]): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, entries.length);
  for (const e of entries) {
    encoding.writeVarUint(enc, e.id);
    encoding.writeVarUint(enc, e.clock);
    encoding.writeVarString(enc, e.state);
  }
  return encoding.toUint8Array(enc);
}

export function createAwarenessGate(limits: RelayLimits, monoMs: () => number): AwarenessGate {
  const bucket = createRateLimiter(limits.awarenessPerSecond, limits.awarenessBurst, monoMs);
  const refuse = (refusal: Refusal): AwarenessVerdict => ({ ok: false, refusal });
  let toldRate = false;
  return {
    admit(room, peer, update) {
      const entries = entriesOf(update);
      // Undecodable: let applyAwarenessUpdate throw, which closes the connection as malformed.
      if (!entries) return { ok: true, update };
      const ownedByOther = (id: number) => [...room.peers].some((p) => p !== peer && p.awarenessIds.has(id));
      const own = entries.filter((e) => !ownedByOther(e.id));
      if (own.length === 0) return { ok: true, update: null };
      if (
        own.some(
          (e) => e.state.length * 3 > limits.maxAwarenessBytes && new TextEncoder().encode(e.state).byteLength > limits.maxAwarenessBytes,
        )
      ) {
        return refuse({
          key: 'error.relay.awarenessTooLarge',
          params: { limitBytes: limits.maxAwarenessBytes },
          reason: 'awareness too large',
        });
      }
      const fresh = new Set(own.filter((e) => !peer.awarenessIds.has(e.id) && e.state !== 'null').map((e) => e.id));
      if (peer.awarenessIds.size + fresh.size > limits.maxAwarenessClientsPerPeer) {
        return refuse({
          key: 'error.relay.awarenessClients',
          params: { limit: limits.maxAwarenessClientsPerPeer },
          reason: 'awareness clients',
        });
      }
      if (!bucket.take()) {
        // Told once per connection: a fast cursor is not worth a message per drop.
        if (toldRate) return { ok: true, update: null };
        toldRate = true;
        return refuse({ key: 'error.relay.awarenessRate', params: { perSecond: limits.awarenessPerSecond }, reason: 'awareness rate' });
      }
      return { ok: true, update: own.length === entries.length ? update : encodeEntries(own) };
    },
  };
}
