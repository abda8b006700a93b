import Database from 'better-sqlite3';
import type { ElectionCandidateView, RoundResult, RoundKind } from '../../../shared/meeting-live/election-state';
import type { FrozenDenominator } from '../../../shared/voting/denominator';

/*
 * Read-only access to the election tables of a command database for the record program: every closed round
 * with what it froze at open, its stored count, the counting board's confirmations and the announcement.
 * Ballots are never read here (the stored count is the record).
 */

export type ClosedRoundRecord = {
  electionId: string;
  kind: 'election' | 'rating';
  office: string;
  round: number;
  roundKind: RoundKind;
  candidates: ElectionCandidateView[];
  /** Counting-board user ids, in the order they sign. */
  board: string[];
  n: number;
  presentAtOpen: number | null;
  denominator: Omit<FrozenDenominator, 'members'> | null;
  openedAt: number;
  closedAt: number;
  result: RoundResult;
  confirmations: { userId: string; at: number }[];
  announcedAt: number | null;
};

type Row = {
  election_id: string;
  kind: 'election' | 'rating';
  office: string;
  round: number;
  round_kind: RoundKind;
  candidates_json: string;
  board_json: string;
  n: number;
  present_at_open: number | null;
  denominator_json: string | null;
  opened_at: number;
  closed_at: number;
  result_json: string;
  id: string;
};

/** Closed rounds, in the order the elections were prepared and the rounds held; [] for databases without elections. */
export function readClosedRounds(file: string): ClosedRoundRecord[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'elections'").get();
    if (!has) return [];
    return db.transaction(() => {
      const rows = db
        .prepare<[], Row>(
          `SELECT r.id, r.election_id, r.kind, r.office, r.round, r.round_kind, e.candidates_json, e.board_json, r.n,
                  r.present_at_open, r.denominator_json, r.opened_at, r.closed_at, r.result_json
             FROM election_rounds r JOIN elections e ON e.id = r.election_id
            WHERE r.status = 'closed' ORDER BY e.seq, r.round`,
        )
        .all();
      const confirmations = db.prepare<[string], { user_id: string; at: number }>(
        'SELECT user_id, at FROM election_confirmations WHERE round_id = ? ORDER BY at, user_id',
      );
      const announced = db.prepare<[string], { at: number }>('SELECT at FROM election_announcements WHERE round_id = ?');
      return rows.map((r) => ({
        electionId: r.election_id,
        kind: r.kind,
        office: r.office,
        round: r.round,
        roundKind: r.round_kind,
        candidates: JSON.parse(r.candidates_json) as ElectionCandidateView[],
        board: JSON.parse(r.board_json) as string[],
        n: r.n,
        presentAtOpen: r.present_at_open,
        denominator: r.denominator_json ? (JSON.parse(r.denominator_json) as ClosedRoundRecord['denominator']) : null,
        openedAt: r.opened_at,
        closedAt: r.closed_at,
        result: JSON.parse(r.result_json) as RoundResult,
        confirmations: confirmations.all(r.id).map((c) => ({ userId: c.user_id, at: c.at })),
        announcedAt: announced.get(r.id)?.at ?? null,
      }));
    })();
  } finally {
    db.close();
  }
}
