import type { Body, BodyId, BodyLevel, BodyType } from '../../../../shared/model/roster';
import type { Db } from '../../../common/sqlite/connection';

type Row = { id: string; type: BodyType; level: BodyLevel; name: string; parent_id: string | null };
const toBody = (r: Row): Body => ({
  id: r.id as BodyId,
  type: r.type,
  level: r.level,
  name: r.name,
  parentId: r.parent_id as BodyId | null,
});

export function insertBody(db: Db, b: Body): void {
  db.prepare('INSERT INTO bodies (id, type, level, name, parent_id) VALUES (@id, @type, @level, @name, @parentId)').run(b);
}

export function getBody(db: Db, id: BodyId): Body | null {
  const r = db.prepare('SELECT * FROM bodies WHERE id = ?').get(id) as Row | undefined;
  return r ? toBody(r) : null;
}

export function listBodies(db: Db): Body[] {
  return (db.prepare('SELECT * FROM bodies ORDER BY rowid').all() as Row[]).map(toBody);
}
