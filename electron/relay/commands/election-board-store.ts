import type { Db } from '../../common/sqlite/connection';

export type ElectionRow = {
  id: string;
  seq: number;
  agenda_item_id: string;
  kind: 'election' | 'rating';
  office: string;
  seats: number;
  candidates_json: string;
  board_json: string;
  basis_json: string;
  prepared_at: number;
};

/** Statements of the prepared elections, the counting board's confirmations and announcements (migration 6). */
export function createElectionBoardStore(db: Db) {
  return {
    insertElection: db.prepare<ElectionRow>(
      `INSERT INTO elections (id, seq, agenda_item_id, kind, office, seats, candidates_json, board_json, basis_json, prepared_at)
       VALUES (@id, @seq, @agenda_item_id, @kind, @office, @seats, @candidates_json, @board_json, @basis_json, @prepared_at)`,
    ),
    nextSeq: db.prepare<[], { next: number }>('SELECT coalesce(max(seq), 0) + 1 AS next FROM elections'),
    getElection: db.prepare<[string], ElectionRow>('SELECT * FROM elections WHERE id = ?'),
    listElections: db.prepare<[], ElectionRow>('SELECT * FROM elections ORDER BY seq'),
    setRoundFacts: db.prepare<{ id: string; present: number; denominator: string }>(
      'UPDATE election_rounds SET present_at_open = @present, denominator_json = @denominator WHERE id = @id',
    ),
    insertConfirmation: db.prepare<[string, string, number]>('INSERT INTO election_confirmations (round_id, user_id, at) VALUES (?, ?, ?)'),
    listConfirmations: db.prepare<[string], { user_id: string; at: number }>(
      'SELECT user_id, at FROM election_confirmations WHERE round_id = ? ORDER BY at, user_id',
    ),
    insertAnnouncement: db.prepare<[string, number]>('INSERT INTO election_announcements (round_id, at) VALUES (?, ?)'),
    getAnnouncement: db.prepare<[string], { at: number }>('SELECT at FROM election_announcements WHERE round_id = ?'),
  };
}
export type ElectionBoardStore = ReturnType<typeof createElectionBoardStore>;
