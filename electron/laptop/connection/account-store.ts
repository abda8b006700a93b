import type { UserId } from '../../../shared/model/ids';
import type { Db } from '../../common/sqlite/connection';
import { getSetting, setSetting } from '../db/queries/settings';
import type { PublicMeetingPackage } from '../../../shared/relay-protocol/types';

/**
 * What this laptop remembers about relays, in the settings table (migration 0005):
 * - `relay.account:<userId>` — the relay this user signs in through, so a later local sign-in resumes syncing;
 * - `relay.last` — the last relay used on this laptop (to prefill the sign-in form);
 * - `relay.manifest:<userId>` — the last manifest (as this user may see it) and its ETag, so the meeting's
 *   rooms open offline after a restart and an unchanged package costs one 304.
 * Never a password: only the local scrypt hash in `users` (see local-account.ts).
 */
export type RelayAccount = { relayUrl: string; username: string };
export type CachedManifest = { relayUrl: string; etag: string | null; package: PublicMeetingPackage };

const accountKey = (userId: UserId) => `relay.account:${userId}`;
const manifestKey = (userId: UserId) => `relay.manifest:${userId}`;
const LAST_KEY = 'relay.last';

export const getRelayAccount = (db: Db, userId: UserId): RelayAccount | null => getSetting<RelayAccount>(db, accountKey(userId));

export function saveRelayAccount(db: Db, userId: UserId, account: RelayAccount, at: Date): void {
  db.transaction(() => {
    setSetting(db, accountKey(userId), account, at.toISOString());
    setSetting(db, LAST_KEY, account, at.toISOString());
  })();
}

export const getLastRelay = (db: Db): RelayAccount | null => getSetting<RelayAccount>(db, LAST_KEY);

export function getCachedManifest(db: Db, userId: UserId, relayUrl: string): CachedManifest | null {
  const m = getSetting<CachedManifest>(db, manifestKey(userId));
  return m && m.relayUrl === relayUrl && m.package?.meeting?.id ? m : null;
}

export function saveCachedManifest(db: Db, userId: UserId, manifest: CachedManifest, at: Date): void {
  setSetting(db, manifestKey(userId), manifest, at.toISOString());
}
