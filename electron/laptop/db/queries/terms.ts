import type { BodyId, Term, TermId } from '../../../../shared/model/roster';
import type { Db } from '../../../common/sqlite/connection';

type Row = { id: string; body_id: string; label: string; start_date: string; end_date: string | null };
const toTerm = (r: Row): Term => ({
  id: r.id as TermId,
  bodyId: r.body_id as BodyId,
  label: r.label,
  startDate: r.start_date,
  endDate: r.end_date,
});

export function insertTerm(db: Db, t: Term): void {
  db.prepare('INSERT INTO terms (id, body_id, label, start_date, end_date) VALUES (@id, @bodyId, @label, @startDate, @endDate)').run(t);
}

export function getTerm(db: Db, id: TermId): Term | null {
  const r = db.prepare('SELECT * FROM terms WHERE id = ?').get(id) as Row | undefined;
  return r ? toTerm(r) : null;
}

export function listTerms(db: Db, bodyId: BodyId): Term[] {
  return (db.prepare('SELECT * FROM terms WHERE body_id = ? ORDER BY start_date DESC').all(bodyId) as Row[]).map(toTerm);
}
