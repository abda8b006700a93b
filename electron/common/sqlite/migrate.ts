import type Database from 'better-sqlite3';

type Db = Database.Database;

export type Migration = {
  /** 1-based, contiguous: migration N moves user_version from N-1 to N. */
  version: number;
  name: string;
  up: (db: Db) => void;
};

export class MigrationError extends Error {}

/**
 * Applies pending migrations in order, each in its own transaction together with its user_version bump,
 * so a crash leaves the database at a well-defined version.
 */
export function migrate(db: Db, migrations: readonly Migration[], target?: number): number {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new MigrationError(`migration #${i} has version ${m.version}, expected ${i + 1}`);
  });
  const latest = target ?? migrations.length;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new MigrationError(
      `database schema version ${current} is newer than this app (${migrations.length}); update the app instead of opening it with an older one`,
    );
  }
  for (const m of migrations.slice(current, latest)) {
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return db.pragma('user_version', { simple: true }) as number;
}
