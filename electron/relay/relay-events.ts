import type { UserId } from '../../shared/model/ids';

/** What a relay reports to whoever embeds it (tests, the hosting laptop). */
export type RelayEvent =
  | { type: 'presence'; online: UserId[] }
  | { type: 'refused'; room: string; userId: UserId; reason: string }
  | { type: 'closed'; channel: 'yjs' | 'commands'; room: string | null; userId: UserId; code: number; reason: string }
  | { type: 'update'; room: string; byRelay: boolean };

export type RelayStats = { rooms: number; connections: number; refusedWrites: number; malformedFrames: number };
