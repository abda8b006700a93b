/**
 * The counting board (Ban kiểm phiếu, Quyết định 190-QĐ/TW Art. 8): its members, who are not candidates,
 * each confirm the count; only then may the chair announce the result. Pure state transitions; the relay
 * stores the state and applies them in a command's transaction.
 */
import type { Result } from '../util/result';
import { fail, ok } from '../util/result';

export type CountingBoard = {
  /** User ids, in the order they sign the record. */
  members: readonly string[];
  confirmed: readonly string[];
  announced: boolean;
};

/** A board for a round: at least one member, distinct, none of them a candidate of the round. */
export function formBoard(members: readonly string[], candidates: ReadonlyMap<string, string>): Result<CountingBoard> {
  if (members.length === 0) return fail('invalid_input', 'election.board.empty');
  if (new Set(members).size !== members.length) return fail('invalid_input', 'election.board.duplicate');
  const candidate = members.find((m) => candidates.has(m));
  if (candidate !== undefined)
    return fail('invalid_input', 'election.board.candidate', { name: candidates.get(candidate)! }, { userId: candidate });
  return ok({ members: [...members], confirmed: [], announced: false });
}

export function confirmCount(board: CountingBoard, userId: string): Result<CountingBoard> {
  if (board.announced) return fail('conflict', 'election.board.announced', undefined, { reason: 'announced' });
  if (!board.members.includes(userId)) return fail('forbidden', 'election.board.notMember', undefined, { reason: 'not_board_member' });
  if (board.confirmed.includes(userId)) return fail('conflict', 'election.board.already', undefined, { reason: 'already_confirmed' });
  return ok({ ...board, confirmed: [...board.confirmed, userId] });
}

/** The chair announces once every member has confirmed. */
export function announce(board: CountingBoard): Result<CountingBoard> {
  if (board.announced) return fail('conflict', 'election.board.announced', undefined, { reason: 'announced' });
  const pending = board.members.filter((m) => !board.confirmed.includes(m)).length;
  if (pending > 0) return fail('conflict', 'election.board.pending', { count: pending }, { reason: 'board_pending', pending });
  return ok({ ...board, announced: true });
}
