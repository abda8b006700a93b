import type { Brand } from '../util/brand';

export type MeetingId = Brand<string, 'MeetingId'>;
export type AgendaItemId = Brand<string, 'AgendaItemId'>;
export type DocumentId = Brand<string, 'DocumentId'>;
export type UserId = Brand<string, 'UserId'>;
/** Lower-case hex SHA-256 of a file's bytes: the key of the content-addressed store. */
export type Sha256 = Brand<string, 'Sha256'>;
/**
 * A laptop installation's id: 128 random bits (32 lower-case hex), created once in its database. Self-declared
 * to the relay: bookkeeping only (which laptops received confidential material), never authority.
 */
export type LaptopId = Brand<string, 'LaptopId'>;

const ID_RE = /^[A-Za-z0-9_-]{1,64}$/;
export const isIdShape = (s: unknown): s is string => typeof s === 'string' && ID_RE.test(s);
export const isSha256 = (s: unknown): s is Sha256 => typeof s === 'string' && /^[0-9a-f]{64}$/.test(s);
export const isLaptopId = (s: unknown): s is LaptopId => typeof s === 'string' && /^[0-9a-f]{32}$/.test(s);
