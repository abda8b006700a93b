import type { MeetingId } from '../../model/ids';
import type { DiscoveredRelay } from '../../relay-protocol/discovery';

/** Finding the meeting-room relay before signing in: LAN discovery, and a check of a typed address. */
export type DiscoveryContract = {
  /** Relays announcing themselves on the LAN (mDNS), found within about 1.5 s. */
  'discovery:find': { req: void; res: DiscoveredRelay[] };
  /** Is this address a relay with a published meeting? Unreachable / not a relay / no meeting: each its own error. */
  'discovery:probe': { req: { relayUrl: string }; res: { relayUrl: string; meetingId: MeetingId } };
};

export const DISCOVERY_CHANNELS = ['discovery:find', 'discovery:probe'] as const satisfies readonly (keyof DiscoveryContract)[];
