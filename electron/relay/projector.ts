import { randomBytes } from 'node:crypto';
import type { MeetingId, UserId } from '../../shared/model/ids';
import type { Participant } from '../../shared/model/types';
import {
  PROJECTOR_CODE_ALPHABET,
  PROJECTOR_CODE_LENGTH,
  PROJECTOR_SESSION_TTL_MS,
  PROJECTOR_USER_ID,
} from '../../shared/relay-protocol/constants';
import type { ProjectorSessionResponse } from '../../shared/relay-protocol/types';
import type { Result } from '../../shared/util/result';
import { fail, ok } from '../../shared/util/result';
import type { Db } from '../common/sqlite/connection';
import { createSession } from './db/sessions';

/*
 * The big screen's read-only session (PROTOCOL.md "Projector"). The chair or the secretariat asks for one; the
 * code (50 random bits, 12 h) is typed on the projector's laptop, which then sees the public live view on
 * /commands. A projector session opens no Yjs room, downloads nothing and sends no command.
 */

export const isProjectorUser = (userId: string): boolean => userId === PROJECTOR_USER_ID;

/** 10 characters of a 32-letter alphabet: each random byte maps without bias (256 = 8 × 32). */
function newCode(): string {
  const bytes = randomBytes(PROJECTOR_CODE_LENGTH);
  let code = '';
  for (const b of bytes) code += PROJECTOR_CODE_ALPHABET[b % PROJECTOR_CODE_ALPHABET.length];
  return code;
}

export function issueProjectorSession(
  db: Db,
  by: { role: Participant['role']; meetingId: MeetingId },
  nowMs: number,
): Result<ProjectorSessionResponse> {
  if (by.role !== 'chair' && by.role !== 'secretariat') {
    return fail('forbidden', 'error.relay.projectorIssuer', undefined, { reason: 'role' });
  }
  const code = newCode();
  createSession(db, PROJECTOR_USER_ID as UserId, by.meetingId, nowMs, PROJECTOR_SESSION_TTL_MS, code);
  return ok({ code: `${code.slice(0, 5)}-${code.slice(5)}`, expiresMs: nowMs + PROJECTOR_SESSION_TTL_MS });
}

/** What the relay's views and limits see of a projector: a guest that is not in the meeting's list. */
export function projectorParticipant(meetingId: MeetingId): Participant {
  return {
    userId: PROJECTOR_USER_ID as UserId,
    meetingId,
    username: '',
    fullName: '',
    title: '',
    unit: '',
    group: '',
    role: 'guest',
  };
}
