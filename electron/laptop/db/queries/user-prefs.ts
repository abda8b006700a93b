import type { UserId } from '../../../../shared/model/ids';
import { TEXT_SCALES, type TextScale, type UserPrefs } from '../../../../shared/ipc/slices/viewer';
import type { Db } from '../../../common/sqlite/connection';
import { getSetting, setSetting } from './settings';

/** A user's display preferences live in the settings table (migration 0005) under one key per user. */
const keyOf = (userId: UserId) => `user-prefs:${userId}`;
export const DEFAULT_PREFS: UserPrefs = { textScale: 100 };

const isTextScale = (v: unknown): v is TextScale => (TEXT_SCALES as readonly unknown[]).includes(v);

export function getUserPrefs(db: Db, userId: UserId): UserPrefs {
  const v = getSetting<Partial<UserPrefs>>(db, keyOf(userId));
  return { textScale: isTextScale(v?.textScale) ? v.textScale : DEFAULT_PREFS.textScale };
}

export function setUserPrefs(db: Db, userId: UserId, prefs: UserPrefs, now: string): void {
  setSetting(db, keyOf(userId), prefs, now);
}

export { isTextScale };
