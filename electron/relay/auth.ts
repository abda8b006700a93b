import type { MeetingId, UserId } from '../../shared/model/ids';
import type { MeetingPackage, PackagedParticipant } from '../../shared/model/package';
import type { Participant } from '../../shared/model/types';
import type { Result } from '../../shared/util/result';
import { fail, ok } from '../../shared/util/result';
import type { Db } from '../common/sqlite/connection';
import { verifyPassword } from '../common/password';
import { createSession, deleteSession, findSession } from './db/sessions';
import { findParticipantByUsername, normalizeUsername, stripHash } from './package-view';
import type { LaptopIdentity, LoginResponse } from '../../shared/relay-protocol/types';
import { isProjectorUser, projectorParticipant } from './projector';

/**
 * Login against the published package's password hashes, and token → session resolution. The role is
 * re-read from the current package on every request, so a role change or a new package takes effect at
 * once, and a session of another meeting stops working.
 */
/**
 * `projector`: the big screen's read-only session (projector.ts): the public live view and nothing else.
 * `laptop`: the laptop the session was issued to, as it named itself (self-declared: bookkeeping of who holds
 * confidential material, never authority); null when it named none.
 */
export type RelaySession = {
  token: string;
  userId: UserId;
  meetingId: MeetingId;
  participant: Participant;
  laptop: LaptopIdentity | null;
  projector?: true;
};

export type RelayAuth = {
  /** `laptop`: already validated (http-api.ts), null when the client named none. */
  login(username: unknown, password: unknown, laptop?: LaptopIdentity | null): Promise<Result<LoginResponse>>;
  resolve(token: string | null | undefined): RelaySession | null;
  logout(token: string): void;
  /**
   * A session for a participant without a password check. Only for the app that embeds the relay (the
   * secretariat's laptop connecting to the relay it hosts); never reachable over the network.
   */
  issue(userId: UserId): LoginResponse | null;
};

const MAX_FIELD = 256;
/** Verified when the username is unknown, so timing does not reveal which usernames exist. */
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export function createRelayAuth(deps: {
  db: Db;
  currentPackage: () => MeetingPackage | null;
  now: () => number;
  sessionTtlMs: number;
  failuresPerMinute: number;
  /** The confidential documents' meeting key for this participant on this laptop (base64), or null (confidential.ts). */
  meetingKey?: (pkg: MeetingPackage, p: Participant, laptop: LaptopIdentity | null) => string | null;
  /** Whether the key was refused because of the per-person laptop limit (the laptop tells its user why). */
  overLaptopLimit?: (pkg: MeetingPackage, p: Participant, laptop: LaptopIdentity | null) => boolean;
}): RelayAuth {
  const response = (token: string, pkg: MeetingPackage, p: PackagedParticipant, laptop: LaptopIdentity | null): LoginResponse => {
    const key = deps.meetingKey?.(pkg, stripHash(p), laptop) ?? null;
    const refused = key === null && deps.overLaptopLimit?.(pkg, stripHash(p), laptop) === true;
    return {
      token,
      user: { id: p.userId, fullName: p.fullName, role: p.role },
      meetingId: pkg.meeting.id,
      ...(key ? { meetingKey: key } : {}),
      ...(refused ? { confidentialRefused: 'laptop_limit' as const } : {}),
    };
  };
  const failures = new Map<string, { windowStart: number; count: number }>();

  const tooManyFailures = (key: string): boolean => {
    const f = failures.get(key);
    if (!f) return false;
    if (deps.now() - f.windowStart >= 60_000) {
      failures.delete(key);
      return false;
    }
    return f.count >= deps.failuresPerMinute;
  };
  const recordFailure = (key: string) => {
    const t = deps.now();
    const f = failures.get(key);
    if (!f || t - f.windowStart >= 60_000) failures.set(key, { windowStart: t, count: 1 });
    else f.count++;
  };

  return {
    async login(username, password, laptop = null) {
      if (typeof username !== 'string' || typeof password !== 'string' || username.length > MAX_FIELD || password.length > MAX_FIELD) {
        return fail('invalid_input', 'error.relay.loginMissing');
      }
      const pkg = deps.currentPackage();
      if (!pkg) return fail('not_found', 'error.relay.noMeetingPublished');
      const key = normalizeUsername(username);
      if (tooManyFailures(key)) {
        return fail('forbidden', 'error.relay.loginThrottled', undefined, { retryAfterS: 60 });
      }
      const p = findParticipantByUsername(pkg, username);
      const valid = await verifyPassword(password, p?.passwordHash ?? DUMMY_HASH);
      if (!p || !valid) {
        recordFailure(key);
        return fail('unauthenticated', 'error.relay.badLogin');
      }
      failures.delete(key);
      // The package may have been replaced while scrypt ran: issue the session for the meeting we checked against.
      const token = createSession(deps.db, p.userId, pkg.meeting.id, deps.now(), deps.sessionTtlMs, undefined, laptop);
      return ok(response(token, pkg, p, laptop));
    },
    resolve(token) {
      if (!token || token.length > MAX_FIELD) return null;
      const pkg = deps.currentPackage();
      if (!pkg) return null;
      const row = findSession(deps.db, token, deps.now());
      if (!row || row.meetingId !== pkg.meeting.id) return null;
      if (isProjectorUser(row.userId))
        return {
          token,
          userId: row.userId,
          meetingId: row.meetingId,
          participant: projectorParticipant(row.meetingId),
          laptop: null,
          projector: true,
        };
      const p = pkg.participants.find((x) => x.userId === row.userId);
      if (!p) return null;
      return { token, userId: row.userId, meetingId: row.meetingId, participant: stripHash(p), laptop: row.laptop };
    },
    logout(token) {
      deleteSession(deps.db, token);
    },
    issue(userId) {
      const pkg = deps.currentPackage();
      const p = pkg?.participants.find((x) => x.userId === userId);
      if (!pkg || !p) return null;
      const token = createSession(deps.db, p.userId, pkg.meeting.id, deps.now(), deps.sessionTtlMs);
      return response(token, pkg, p, null);
    },
  };
}
