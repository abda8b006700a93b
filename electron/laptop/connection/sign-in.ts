import type { UserId } from '../../../shared/model/ids';
import type { LoginResponse } from '../../../shared/relay-protocol/types';
import type { Result } from '../../../shared/util/result';
import { fail, ok } from '../../../shared/util/result';
import type { Db } from '../../common/sqlite/connection';
import { hashPassword, verifyPassword } from '../../common/password';
import { getUserWithHashByUsername } from '../db/queries/users';
import type { FetchLike } from '../sync/relay-http';
import { relayLogin } from '../sync/relay-http';
import { saveRelayAccount } from './account-store';
import { laptopIdentity } from './laptop-identity';
import { rememberRelayUser } from './local-account';

/**
 * Signing in through a relay, with the offline fallback. Reachable and accepted → the local user gets the
 * relay's id and a local scrypt hash of the password (offline sign-in later), and the relay is remembered for
 * this user. Unreachable → a person who signed in through a relay on this laptop before is checked against
 * that local hash and works offline (the link keeps retrying). Refused → the relay's error.
 */
export type SignedIn = { kind: 'online'; userId: UserId; login: LoginResponse } | { kind: 'offline'; userId: UserId };

export async function signInThroughRelay(
  deps: { db: Db; fetchImpl: FetchLike; now: () => Date; /** False once the services are closing. */ alive: () => boolean },
  req: { relayUrl: string; username: string; password: string },
): Promise<Result<SignedIn>> {
  const { db } = deps;
  const r = await relayLogin(deps.fetchImpl, req.relayUrl, req.username, req.password, laptopIdentity(db));
  if (!deps.alive()) return fail('offline', 'error.sync.notConnected');
  if (r.ok) {
    const user = r.value.user;
    const hash = await hashPassword(req.password);
    rememberRelayUser(db, user, req.username, hash, deps.now());
    saveRelayAccount(db, user.id, { relayUrl: req.relayUrl, username: req.username }, deps.now());
    return ok({ kind: 'online', userId: user.id, login: r.value });
  }
  if (r.error.code !== 'offline') return { ok: false, error: r.error };
  const found = getUserWithHashByUsername(db, req.username);
  // Roster entries received from the relay carry no password ('!'): only people who signed in here do.
  const local = found && found.passwordHash.startsWith('scrypt$') ? found : null;
  // Checked even for an unknown user (against a hash that never matches), so both take the same time.
  const valid = await verifyPassword(req.password, local?.passwordHash ?? '!');
  if (!local) return fail('offline', 'error.sync.unreachableUnknownUser');
  if (!valid) return fail('unauthenticated', 'error.sync.badLogin');
  saveRelayAccount(db, local.id, { relayUrl: req.relayUrl, username: req.username }, deps.now());
  return ok({ kind: 'offline', userId: local.id });
}
