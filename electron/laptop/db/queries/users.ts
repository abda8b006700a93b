import type { UserId } from '../../../../shared/model/ids';
import type { SystemRole, User } from '../../../../shared/model/types';
import type { Db } from '../../../common/sqlite/connection';

type Row = { id: string; username: string; full_name: string; title: string; unit: string; system_role: SystemRole; password_hash: string };

const toUser = (r: Row): User => ({
  id: r.id as UserId,
  username: r.username,
  fullName: r.full_name,
  title: r.title,
  unit: r.unit,
  systemRole: r.system_role,
});

export function insertUser(db: Db, u: User & { passwordHash: string; createdAt: string }): void {
  db.prepare(
    `INSERT INTO users (id, username, full_name, title, unit, system_role, password_hash, created_at)
     VALUES (@id, @username, @fullName, @title, @unit, @systemRole, @passwordHash, @createdAt)`,
  ).run(u);
}

export function updateUserProfile(db: Db, id: UserId, p: Pick<User, 'fullName' | 'title' | 'unit'>): void {
  db.prepare('UPDATE users SET full_name = @fullName, title = @title, unit = @unit WHERE id = @id').run({ ...p, id });
}

export function setPasswordHash(db: Db, id: UserId, passwordHash: string): boolean {
  return db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(passwordHash, id).changes === 1;
}

export function getUser(db: Db, id: UserId): User | null {
  const r = db.prepare('SELECT * FROM users WHERE id = ?').get(id) as Row | undefined;
  return r ? toUser(r) : null;
}

export function getUserWithHashByUsername(db: Db, username: string): (User & { passwordHash: string }) | null {
  const r = db.prepare('SELECT * FROM users WHERE username = ?').get(username) as Row | undefined;
  return r ? { ...toUser(r), passwordHash: r.password_hash } : null;
}

export function countUsers(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
}

export function getPasswordHash(db: Db, id: UserId): string | null {
  const r = db.prepare('SELECT password_hash FROM users WHERE id = ?').get(id) as { password_hash: string } | undefined;
  return r?.password_hash ?? null;
}

/** Upserts a user received from the relay; keeps the local password hash unless one is given. */
export function upsertUserFromRelay(db: Db, u: User & { passwordHash: string | null; createdAt: string }): void {
  db.prepare(
    `INSERT INTO users (id, username, full_name, title, unit, system_role, password_hash, created_at)
     VALUES (@id, @username, @fullName, @title, @unit, @systemRole, coalesce(@passwordHash, '!'), @createdAt)
     ON CONFLICT(id) DO UPDATE SET username = excluded.username, full_name = excluded.full_name, title = excluded.title,
       unit = excluded.unit, password_hash = coalesce(@passwordHash, users.password_hash)`,
  ).run(u);
}

export type AccountRow = User & { disabledAt: string | null };

/** Every account on this laptop (the secretariat's accounts screen), by username. */
export function listAccounts(db: Db): AccountRow[] {
  const rows = db.prepare('SELECT * FROM users ORDER BY username').all() as (Row & { disabled_at: string | null })[];
  return rows.map((r) => ({ ...toUser(r), disabledAt: r.disabled_at }));
}

/** Disables (a time) or enables (null) an account; false when there is no such account. */
export function setAccountDisabled(db: Db, id: UserId, at: string | null): boolean {
  return db.prepare('UPDATE users SET disabled_at = ? WHERE id = ?').run(at, id).changes === 1;
}

export function isAccountDisabled(db: Db, id: UserId): boolean {
  const r = db.prepare('SELECT disabled_at FROM users WHERE id = ?').get(id) as { disabled_at: string | null } | undefined;
  return r?.disabled_at != null;
}
