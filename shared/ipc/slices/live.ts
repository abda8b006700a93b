import type { RecallStarted } from '../../meeting-live/recall';
import type { MeetingId, DocumentId, UserId } from '../../model/ids';
import type { Session } from '../../model/types';
import type { CommandAck } from '../../meeting-live/commands';
import type { MeetingLiveView } from '../../meeting-live/live-state';
import type { AppError } from '../../util/result';

/** Connection of this laptop to the meeting-room relay, as shown at all times in the UI. */
export type RelayConnectionState = 'not_configured' | 'offline' | 'connecting' | 'online' | 'auth_failed';

export type DocumentDownload = {
  documentId: DocumentId;
  receivedBytes: number;
  totalBytes: number;
  status: 'queued' | 'downloading' | 'done' | 'error';
  /** Why it failed, as a message key: rendered in the reader's language. */
  error?: AppError;
};

export type RelayStatus = {
  state: RelayConnectionState;
  /** http://host:port of the relay, when configured. */
  relayUrl: string | null;
  /** Why the link is not (fully) working — offline, connecting, sign-in refused, package failing — as a message key. */
  message: AppError | null;
  /** Meeting package download: per document and overall. */
  download: {
    documents: DocumentDownload[];
    receivedBytes: number;
    totalBytes: number;
    documentsDone: number;
    documentsTotal: number;
  } | null;
  /**
   * Whose link it is, seen from the asking window: its own user's, another person's (someone else signed in
   * on this laptop and took the link over: `relay:replaced`), or nobody's.
   */
  linkOwner: 'self' | 'other' | 'none';
  /**
   * When this laptop hosts the relay (secretariat "host this meeting"): the https address delegates enter and
   * the served certificate, whose short code the hosting screen shows for delegates to compare at first sign-in.
   */
  hosting: { url: string; meetingId: MeetingId; certificate: { fingerprint256: string; code: string } } | null;
};

export type LiveContract = {
  /**
   * Sign in through the meeting-room relay: the relay checks the credentials the secretariat set, the
   * laptop stores a local hash so the same delegate can sign in again offline, applies the meeting package
   * and starts syncing. Falls back to the local account when the relay is unreachable.
   */
  'relay:login': { req: { relayUrl: string; username: string; password: string }; res: Session };
  /**
   * First sign-in to an https relay fails with `error.sync.certificateUnconfirmed` (its detail carries the
   * fingerprint and code); once the user compared the code with the relay's screen, this pins the certificate.
   */
  'relay:confirm-certificate': { req: { relayUrl: string; fingerprint: string }; res: { fingerprint: string; code: string } };
  'relay:status': { req: void; res: RelayStatus };
  /** Retry now instead of waiting for the backoff. */
  'relay:reconnect': { req: void; res: RelayStatus };
  /**
   * Move to another relay address without signing out (the connection panel): signed in there with the
   * credentials this laptop's link holds; `password` only when asked for (`conn.changeNeedsPassword`).
   */
  'relay:change-address': { req: { relayUrl: string; password?: string }; res: RelayStatus };
  /** Secretariat: export the published meeting and run the relay inside this app. */
  'relay:host': { req: { meetingId: MeetingId; port: number; host?: string }; res: RelayStatus };
  'relay:stop-hosting': { req: void; res: RelayStatus };
  /** Secretariat: recall the meeting's confidential documents now (before or without the close). */
  'relay:recall': { req: void; res: RecallStarted | null };

  /** Authoritative commands (attendance, speakers, votes, current item): acknowledged only after the relay commits. */
  'live:command': { req: { command: unknown }; res: CommandAck };
  /** The relay-published live state of the meeting as this user may see it (null before the first push). */
  'live:state': { req: void; res: { view: MeetingLiveView | null; online: UserId[] } };
};

export type LiveEvents = {
  'relay:status': RelayStatus;
  'live:state': { view: MeetingLiveView | null; online: UserId[] };
  /**
   * One laptop = one relay link: someone else signed in on this laptop and took the link over. Sent to the
   * windows of the user who lost it (their live panel stops; `notice` says why, key `sync.replaced`).
   */
  'relay:replaced': { userId: UserId; notice: AppError };
};

export const LIVE_CHANNELS = [
  'relay:login',
  'relay:confirm-certificate',
  'relay:status',
  'relay:reconnect',
  'relay:change-address',
  'relay:host',
  'relay:stop-hosting',
  'relay:recall',
  'live:command',
  'live:state',
] as const satisfies readonly (keyof LiveContract)[];
export const LIVE_EVENTS = ['relay:status', 'live:state', 'relay:replaced'] as const satisfies readonly (keyof LiveEvents)[];
