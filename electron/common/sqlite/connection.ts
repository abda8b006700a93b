import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Migration } from './migrate';
import { migrate } from './migrate';

export type Db = Database.Database;

export type OpenOptions = {
  /** File path, or ':memory:' for tests that don't need a file. */
  file: string;
  migrations: readonly Migration[];
};

/** Opens a database in WAL mode with foreign keys on, and brings its schema up to date. */
export function openDb({ file, migrations }: OpenOptions): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // Local edits are acknowledged to the user on commit: FULL survives power loss, NORMAL may not.
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  migrate(db, migrations);
  return db;
}

/** Checkpoints the WAL into the main file before closing, so a copied .db file is complete. */
export function closeDb(db: Db): void {
  if (!db.open) return;
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}
