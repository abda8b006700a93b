import type { UserId } from '../../../shared/model/ids';
import type { Db } from '../../common/sqlite/connection';
import { getUser, getUserWithHashByUsername, upsertUserFromRelay } from '../db/queries/users';
import type { PublicMeetingPackage, RelayUser } from '../../../shared/relay-protocol/types';
import { applyMeetingPackage } from '../meeting-package';
import { getRelayAccount } from './account-store';

/** The username a displaced account gets: `<username>~<id prefix>`, unique per id. */
const displacedName = (username: string, id: UserId): string => `${username}~${id.slice(0, 8)}`;

/**
 * The laptop's copy of relay identities. The relay is the authority for a meeting's people: once a person
 * signs in through the relay here, the relay's user id takes over that username, and whatever this laptop had
 * under it (e.g. a demo meeting loaded locally with other ids) is renamed `<username>~<id prefix>` and keeps
 * its data. Roster entries of people who have not signed in through the relay here do not displace an
 * account made on this laptop (it keeps its username and password: local sign-in keeps working for it);
 * they wait under the `~` name until their owner signs in through the relay.
 */
function freeUsername(db: Db, username: string, forUserId: UserId): void {
  const other = getUserWithHashByUsername(db, username);
  if (!other || other.id === forUserId) return;
  db.prepare('UPDATE users SET username = ? WHERE id = ?').run(displacedName(other.username, other.id), other.id);
}

/** An account created on this laptop (it has a password here and did not come from a relay) holds `username`. */
function heldByLocalAccount(db: Db, username: string, forUserId: UserId): boolean {
  const other = getUserWithHashByUsername(db, username);
  return !!other && other.id !== forUserId && other.passwordHash.startsWith('scrypt$') && getRelayAccount(db, other.id) === null;
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

/**
 * Applies a manifest received from the relay (one transaction). Each participant gets its username, taken
 * from a roster entry of another relay if need be, but never from an account made on this laptop.
 */
export function applyRelayPackage(db: Db, pkg: PublicMeetingPackage): void {
  db.transaction(() => {
    const participants = pkg.participants.map((p) => {
      if (heldByLocalAccount(db, p.username, p.userId)) return { ...p, username: displacedName(p.username, p.userId) };
      freeUsername(db, p.username, p.userId);
      return p;
    });
    applyMeetingPackage(db, { ...pkg, participants });
  })();
}
