import type { Db } from '../../common/sqlite/connection';

export type ElectionRoundRow = {
  id: string;
  election_id: string;
  round: number;
  kind: 'election' | 'rating';
  round_kind: 'first' | 'further_round' | 'runoff';
  office: string;
  seats: number;
  basis_json: string;
  n: number;
  status: 'open' | 'closed';
  opened_at: number;
  closed_at: number | null;
  result_json: string | null;
  /** Frozen at open for the record (migration 6; null on rounds opened before it). */
  present_at_open: number | null;
  denominator_json: string | null;
};
export type ElectionCandidateRow = { candidate_id: string; position: number; full_name: string; source: 'list' | 'floor' };

/** Statements of the election tables (migration-elections.ts), prepared once. */
export function createElectionStore(db: Db) {
  return {
    insertRound: db.prepare<Omit<ElectionRoundRow, 'status' | 'closed_at' | 'result_json' | 'present_at_open' | 'denominator_json'>>(
      `INSERT INTO election_rounds (id, election_id, round, kind, round_kind, office, seats, basis_json, n, status, opened_at)
       VALUES (@id, @election_id, @round, @kind, @round_kind, @office, @seats, @basis_json, @n, 'open', @opened_at)`,
    ),
    getRound: db.prepare<[string], ElectionRoundRow>('SELECT * FROM election_rounds WHERE id = ?'),
    openRound: db.prepare<[], ElectionRoundRow>("SELECT * FROM election_rounds WHERE status = 'open'"),
    latestRound: db.prepare<[string], ElectionRoundRow>('SELECT * FROM election_rounds WHERE election_id = ? ORDER BY round DESC LIMIT 1'),
    listRounds: db.prepare<[string], ElectionRoundRow>('SELECT * FROM election_rounds WHERE election_id = ? ORDER BY round'),
    closeRound: db.prepare<{ id: string; at: number; result: string }>(
      "UPDATE election_rounds SET status = 'closed', closed_at = @at, result_json = @result WHERE id = @id AND status = 'open'",
    ),
    insertCandidate: db.prepare<[string, string, number, string, string]>(
      'INSERT INTO election_candidates (round_id, candidate_id, position, full_name, source) VALUES (?, ?, ?, ?, ?)',
    ),
    listCandidates: db.prepare<[string], ElectionCandidateRow>(
      'SELECT candidate_id, position, full_name, source FROM election_candidates WHERE round_id = ? ORDER BY position',
    ),
    insertEntitled: db.prepare<[string, string]>('INSERT INTO election_entitled (round_id, user_id) VALUES (?, ?)'),
    isEntitled: db.prepare<[string, string], { one: 1 }>('SELECT 1 AS one FROM election_entitled WHERE round_id = ? AND user_id = ?'),
    listEntitled: db.prepare<[string], { user_id: string }>('SELECT user_id FROM election_entitled WHERE round_id = ?'),
    insertVoter: db.prepare<[string, string]>('INSERT INTO election_voters (round_id, user_id) VALUES (?, ?)'),
    hasVoted: db.prepare<[string, string], { one: 1 }>('SELECT 1 AS one FROM election_voters WHERE round_id = ? AND user_id = ?'),
    listVoters: db.prepare<[string], { user_id: string }>('SELECT user_id FROM election_voters WHERE round_id = ? ORDER BY user_id'),
    openRoundOf: db.prepare<[string], ElectionRoundRow>("SELECT * FROM election_rounds WHERE id = ? AND status = 'open'"),
    countVoters: db.prepare<[string], { count: number }>('SELECT count(*) AS count FROM election_voters WHERE round_id = ?'),
    deleteVoters: db.prepare<[string]>('DELETE FROM election_voters WHERE round_id = ?'),
    insertBallot: db.prepare<[string, Uint8Array, string]>('INSERT INTO election_ballots (round_id, ballot_key, marks) VALUES (?, ?, ?)'),
    listBallotMarks: db.prepare<[string], { marks: string }>('SELECT marks FROM election_ballots WHERE round_id = ?'),
    deleteBallots: db.prepare<[string]>('DELETE FROM election_ballots WHERE round_id = ?'),
  };
}
export type ElectionStore = ReturnType<typeof createElectionStore>;
