import type { UserId } from '../../../shared/model/ids';
import type { Db } from '../../common/sqlite/connection';
import { getUser, getUserWithHashByUsername, upsertUserFromRelay } from '../db/queries/users';
import type { PublicMeetingPackage, RelayUser } from '../../../shared/relay-protocol/types';
import { applyMeetingPackage } from '../meeting-package';

/**
 * The laptop's copy of relay identities. The relay is the authority for a meeting's people: its user ids
 * replace whatever this laptop had under the same username (e.g. a demo meeting loaded locally with other
 * ids), whose local account is renamed `<username>~<id prefix>` and keeps its data.
 */
function freeUsername(db: Db, username: string, forUserId: UserId): void {
  const other = getUserWithHashByUsername(db, username);
  if (!other || other.id === forUserId) return;
  const renamed = `${other.username}~${other.id.slice(0, 8)}`;
  db.prepare('UPDATE users SET username = ? WHERE id = ?').run(renamed, other.id);
}

/**
 * After a successful relay login: the local user gets the relay's id and a local scrypt hash of the
 * password just accepted by the relay, so the same person can sign in on this laptop while offline.
 */
export function rememberRelayUser(db: Db, user: RelayUser, username: string, passwordHash: string, at: Date): void {
  db.transaction(() => {
    freeUsername(db, username, user.id);
    const existing = getUser(db, user.id);
    upsertUserFromRelay(db, {
      id: user.id,
      username: existing?.username && existing.username.toLowerCase() === username.toLowerCase() ? existing.username : username,
      fullName: user.fullName,
      title: existing?.title ?? '',
      unit: existing?.unit ?? '',
      systemRole: existing?.systemRole ?? 'member',
      passwordHash,
      createdAt: at.toISOString(),
    });
  })();
}

/** Applies a manifest received from the relay (one transaction), making room for the relay's usernames first. */
export function applyRelayPackage(db: Db, pkg: PublicMeetingPackage): void {
  db.transaction(() => {
    for (const p of pkg.participants) freeUsername(db, p.username, p.userId);
    applyMeetingPackage(db, pkg);
  })();
}
