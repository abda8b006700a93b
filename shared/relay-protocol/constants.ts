/**
 * Wire constants shared by the relay and the Node sync client (see PROTOCOL.md).
 * Yjs message types are those of y-websocket / y-protocols; close codes follow y-websocket's convention:
 * 4400–4499 = permanent (the provider stops reconnecting), 4500–4599 = "try again later".
 */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

export const CLOSE_NORMAL = 1000;
export const CLOSE_GOING_AWAY = 1001;
/** Sent by the ws library itself when a frame exceeds maxPayload. */
export const CLOSE_TOO_BIG = 1009;
export const CLOSE_INTERNAL = 1011;
export const CLOSE_MALFORMED = 4400;
export const CLOSE_UNAUTHENTICATED = 4401;
export const CLOSE_FORBIDDEN = 4403;
export const CLOSE_NOT_FOUND = 4404;
/** A storage quota of the room or of the user is full, or too many updates with missing dependencies. */
export const CLOSE_QUOTA = 4413;
export const CLOSE_SLOW_CONSUMER = 4508;
export const CLOSE_RATE_LIMITED = 4529;
export const CLOSE_OVERLOADED = 4503;

/**
 * An awareness update that lists zero clients: y-websocket applies it as a no-op, but it counts as
 * "a message received", which keeps the provider's 30 s silence watchdog from dropping idle rooms
 * (the relay does not echo awareness renewals of read-only peers, which is what normally feeds it).
 */
export const KEEPALIVE_FRAME: Uint8Array = Uint8Array.of(MESSAGE_AWARENESS, 1, 0);

/** Room name prefixes (`<kind>:<id>`). */
export const ROOM_KINDS = ['meeting', 'annotations-shared', 'annotations-private', 'annotations-private-doc', 'results'] as const;
export type RoomKind = (typeof ROOM_KINDS)[number];

export const roomName = (kind: RoomKind, id: string): string => `${kind}:${id}`;

/**
 * Laptops per person that may hold a meeting's confidential copies (key, files, rooms): every copy handed out can
 * be recalled and accounted for. A further laptop signs in but receives none (login `confidentialRefused`).
 */
export const MAX_CONFIDENTIAL_LAPTOPS_PER_USER = 4;

/** Path prefixes on the relay's HTTP server. */
export const YJS_PATH_PREFIX = '/yjs/';
export const COMMANDS_PATH = '/commands';

/** The relay's default TCP port: the relay CLI, the hosting laptop's form and the sign-in example agree on it. */
export const DEFAULT_RELAY_PORT = 4455;

/**
 * The big screen's read-only session (issued by the chair or the secretariat, POST /api/projector-session): it
 * sees the public live view on /commands and nothing else. Its session row carries this user id, which no
 * participant can have (ids never contain "~").
 */
export const PROJECTOR_USER_ID = '~projector';
/** A projector code: 10 characters of an alphabet without look-alikes (I/O/0/1), shown as "ABCDE-FGHJK". */
export const PROJECTOR_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const PROJECTOR_CODE_LENGTH = 10;
export const PROJECTOR_SESSION_TTL_MS = 12 * 3600 * 1000;
/** "abcde fghjk", "ABCDE-FGHJK" → "ABCDEFGHJK"; null when it cannot be a code. */
export function normalizeProjectorCode(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const s = input.toUpperCase().replace(/[\s-]/g, '');
  if (s.length !== PROJECTOR_CODE_LENGTH) return null;
  for (const ch of s) if (!PROJECTOR_CODE_ALPHABET.includes(ch)) return null;
  return s;
}

/** Longest laptop label (a host name) a login may name; longer ones are refused (PROTOCOL.md "Login and sessions"). */
export const LAPTOP_LABEL_MAX_CHARS = 64;
