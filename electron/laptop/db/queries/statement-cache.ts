import type { Statement } from 'better-sqlite3';
import type { Db } from '../../../common/sqlite/connection';

/**
 * Prepared statements kept per connection, for queries on hot paths (a search runs several per keystroke):
 * preparing costs more than running them. Held weakly, so a closed database takes its statements along.
 */
const cache = new WeakMap<Db, Map<string, Statement>>();

export function cachedStatement(db: Db, sql: string): Statement {
  let byDb = cache.get(db);
  if (!byDb) cache.set(db, (byDb = new Map()));
  let st = byDb.get(sql);
  if (!st) byDb.set(sql, (st = db.prepare(sql)));
  return st;
}
