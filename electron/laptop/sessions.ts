import { randomBytes } from 'node:crypto';
import type { UserId } from '../../shared/model/ids';

/**
 * Local sessions: a token per signed-in window. Kept in memory on purpose: restarting the services signs
 * everyone out of this laptop, which is what a shared meeting-room laptop should do.
 */
export type SessionStore = {
  create(userId: UserId): string;
  get(token: string): UserId | null;
  revoke(token: string): void;
  /** Ends every session of a user (the account was disabled). */
  revokeUser(userId: UserId): void;
};

export function createSessionStore(): SessionStore {
  const tokens = new Map<string, UserId>();
  return {
    create(userId) {
      const token = randomBytes(24).toString('base64url');
      tokens.set(token, userId);
      return token;
    },
    get: (token) => tokens.get(token) ?? null,
    revoke: (token) => void tokens.delete(token),
    revokeUser(userId) {
      for (const [token, id] of tokens) if (id === userId) tokens.delete(token);
    },
  };
}
