import type { Db } from '../../common/sqlite/connection';

export type VoteBasisRow = { vote_id: string; round: number; revote_of: string | null; basis_json: string };

/** Statements of the vote_basis table (migration-vote-basis.ts). */
export function createLegalStore(db: Db) {
  return {
    insertBasis: db.prepare<{ vote_id: string; round: number; revote_of: string | null; basis_json: string }>(
      'INSERT INTO vote_basis (vote_id, round, revote_of, basis_json) VALUES (@vote_id, @round, @revote_of, @basis_json)',
    ),
    getBasis: db.prepare<[string], VoteBasisRow>('SELECT * FROM vote_basis WHERE vote_id = ?'),
    revoteOf: db.prepare<[string], { vote_id: string }>('SELECT vote_id FROM vote_basis WHERE revote_of = ?'),
  };
}
export type LegalStore = ReturnType<typeof createLegalStore>;
