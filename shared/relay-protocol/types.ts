import type { CommandAck } from '../meeting-live/commands';
import type { LiveStatePatch } from './live-patch';
import type { MeetingLiveView } from '../meeting-live/live-state';
import type { LaptopId, MeetingId, UserId } from '../model/ids';
import type { MeetingPackage } from '../model/package';
import type { AgendaItem, Meeting, MeetingRole, Participant } from '../model/types';
import type { Result } from '../util/result';

/** HTTP and command-channel payloads of the relay (PROTOCOL.md). */
/**
 * `laptop`: the installation signing in (its id and host name), so the relay can tell which laptops received
 * confidential material and which confirmed its recall (PROTOCOL.md "Confidential documents"). Optional: a
 * client without one counts as its user's one unnamed laptop.
 */
export type LoginRequest = { username: string; password: string; laptop?: LaptopIdentity };
export type LaptopIdentity = { id: LaptopId; label: string };
export type RelayUser = { id: UserId; fullName: string; role: MeetingRole };
/** POST /api/projector-session: the code to type on the big screen's laptop, and when it stops working. */
export type ProjectorSessionResponse = { code: string; expiresMs: number };
/** GET /api/projector/meeting: the title and agenda the big screen prints around the live view. */
export type ProjectorMeetingResponse = {
  meeting: Pick<Meeting, 'id' | 'title' | 'date' | 'time' | 'place' | 'bodyKind'>;
  agenda: AgendaItem[];
};
/**
 * `meetingKey`: the 256-bit key (base64) sealing the meeting's confidential documents on laptops, only for a
 * participant entitled to at least one of them and until they are recalled (PROTOCOL.md "Confidential documents").
 * Keep it in memory only.
 */
/**
 * `meetingKey`: the confidential documents' key, for an entitled person's admitted laptop. `confidentialRefused`:
 * entitled, but this laptop gets no confidential material because the person already holds it on the limit of
 * laptops (the laptop says so; relay/confidential.ts).
 */
export type LoginResponse = {
  token: string;
  user: RelayUser;
  meetingId: MeetingId;
  meetingKey?: string;
  confidentialRefused?: 'laptop_limit';
};
/** POST /api/recall/confirm answer: when the relay recorded this laptop's deletion. */
export type RecallConfirmResponse = { ok: true; confirmedAt: number };
export type SessionResponse = { user: RelayUser; meetingId: MeetingId };

/** The meeting package as one viewer receives it: invisible documents removed, no password hashes. */
export type PublicMeetingPackage = Omit<MeetingPackage, 'participants'> & { participants: Participant[] };

export type PresenceResponse = { online: UserId[] };
export type HealthResponse = { ok: true; meetingId: MeetingId | null; rooms: number; connections: number };

/** Command channel frames. */
export type ClientCommandFrame = { type: 'command'; id: string; command: unknown };
/** Relay → laptop: a command's acknowledgement (or refusal), the live view for this user, presence. */
export type ServerCommandFrame =
  | { type: 'ack'; id: string; result: Result<CommandAck> }
  | { type: 'state'; state: MeetingLiveView | null }
  /** Only to a laptop that asked for patches (live-patch.ts): the fields that changed since the last view. */
  | ({ type: 'statePatch' } & LiveStatePatch)
  | { type: 'presence'; online: UserId[] };
