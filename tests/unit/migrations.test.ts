import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDb, closeDb } from '../../electron/common/sqlite/connection';
import { LOCAL_MIGRATIONS } from '../../electron/laptop/db/migrations';
import { migrate, MigrationError } from '../../electron/common/sqlite/migrate';

const tmp = () => join(mkdtempSync(join(tmpdir(), 'phg-mig-')), 'test.db');
const schemaOf = (db: Database.Database) =>
  db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all();

describe('local migrations', () => {
  it('a fresh database reaches the latest version in WAL mode with foreign keys on', () => {
    const db = openDb({ file: tmp(), migrations: LOCAL_MIGRATIONS });
    expect(db.pragma('user_version', { simple: true })).toBe(LOCAL_MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    closeDb(db);
  });

  it('step-by-step migration produces the same schema as a fresh one', () => {
    const fresh = openDb({ file: tmp(), migrations: LOCAL_MIGRATIONS });
    const file = tmp();
    const stepwise = new Database(file);
    for (let v = 1; v <= LOCAL_MIGRATIONS.length; v++) {
      expect(migrate(stepwise, LOCAL_MIGRATIONS, v)).toBe(v);
    }
    expect(schemaOf(stepwise)).toEqual(schemaOf(fresh));
    stepwise.close();
    closeDb(fresh);
  });

  it('reopening is a no-op and keeps data', () => {
    const file = tmp();
    const db = openDb({ file, migrations: LOCAL_MIGRATIONS });
    db.prepare(
      "INSERT INTO users (id, username, full_name, title, unit, system_role, password_hash, created_at) VALUES ('u1','an','An','','','member','x','2025-01-01')",
    ).run();
    closeDb(db);
    const again = openDb({ file, migrations: LOCAL_MIGRATIONS });
    expect(again.prepare('SELECT username FROM users').all()).toEqual([{ username: 'an' }]);
    closeDb(again);
  });

  it('refuses a database from a newer app version instead of corrupting it', () => {
    const file = tmp();
    const db = new Database(file);
    db.pragma(`user_version = ${LOCAL_MIGRATIONS.length + 1}`);
    expect(() => migrate(db, LOCAL_MIGRATIONS)).toThrow(MigrationError);
    db.close();
  });

  it('a failing migration leaves the previous version intact', () => {
    const db = new Database(':memory:');
    const broken = [
      ...LOCAL_MIGRATIONS,
      {
        version: LOCAL_MIGRATIONS.length + 1,
        name: 'broken',
        up: (d: Database.Database) => d.exec('CREATE TABLE ok_table(x); SELECT nope FROM missing;'),
      },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(LOCAL_MIGRATIONS.length);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'ok_table'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('rejects a gap in migration numbering', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, [{ version: 2, name: 'x', up: () => {} }])).toThrow(MigrationError);
    db.close();
  });
});
