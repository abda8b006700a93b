import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../common/sqlite/connection';
import type { LaptopId, MeetingId, UserId } from '../../../shared/model/ids';
import type { LaptopIdentity } from '../../../shared/relay-protocol/types';

/**
 * Relay sessions: pure functions of the relay DB handle. Tokens are random; only their SHA-256 is stored.
 * `laptop`: the laptop the session was issued to, as it named itself at login (null: it named none).
 */
export type SessionRow = { userId: UserId; meetingId: MeetingId; createdMs: number; expiresMs: number; laptop: LaptopIdentity | null };

const TOKEN_BYTES = 32;

export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

export function createSession(
  db: Db,
  userId: UserId,
  meetingId: MeetingId,
  nowMs: number,
  ttlMs: number,
  token: string = randomBytes(TOKEN_BYTES).toString('base64url'),
  laptop: LaptopIdentity | null = null,
): string {
  db.prepare(
    'INSERT INTO sessions (token_hash, user_id, meeting_id, created_ms, expires_ms, laptop_id, laptop_label) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(hashToken(token), userId, meetingId, nowMs, nowMs + ttlMs, laptop?.id ?? null, laptop?.label ?? null);
  return token;
}

export function findSession(db: Db, token: string, nowMs: number): SessionRow | null {
  const row = db
    .prepare('SELECT user_id, meeting_id, created_ms, expires_ms, laptop_id, laptop_label FROM sessions WHERE token_hash = ?')
    .get(hashToken(token)) as
    | { user_id: string; meeting_id: string; created_ms: number; expires_ms: number; laptop_id: string | null; laptop_label: string | null }
    | undefined;
  if (!row || row.expires_ms <= nowMs) return null;
  return {
    userId: row.user_id as UserId,
    meetingId: row.meeting_id as MeetingId,
    createdMs: row.created_ms,
    expiresMs: row.expires_ms,
    laptop: row.laptop_id ? { id: row.laptop_id as LaptopId, label: row.laptop_label ?? '' } : null,
  };
}

export function deleteSession(db: Db, token: string): void {
  db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(hashToken(token));
}

export function purgeExpiredSessions(db: Db, nowMs: number): number {
  return db.prepare('DELETE FROM sessions WHERE expires_ms <= ?').run(nowMs).changes;
}
