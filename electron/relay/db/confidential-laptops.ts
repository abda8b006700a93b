import type { LaptopId, MeetingId, UserId } from '../../../shared/model/ids';
import type { Db } from '../../common/sqlite/connection';

/**
 * Laptops that received a meeting's confidential material, per person (`confidential_laptops`, relay migration
 * 5), and when each confirmed the recall. A laptop is named by its self-declared id (bookkeeping only); a
 * client that named none is its person's one unnamed laptop (`laptop_id` '-', label NULL).
 */
export type ConfidentialLaptopRow = {
  userId: UserId;
  laptopId: LaptopId | null;
  label: string | null;
  receivedMs: number;
  confirmedMs: number | null;
};

/** The stored key of a laptop: its id, or '-' for a person's unnamed laptop (never a valid LaptopId). */
const UNNAMED = '-';
const keyOf = (laptopId: LaptopId | null): string => laptopId ?? UNNAMED;

export type ConfidentialLaptopsTable = {
  find(meetingId: MeetingId, userId: UserId, laptopId: LaptopId | null): ConfidentialLaptopRow | null;
  /** How many laptops this person has on record for the meeting. */
  countFor(meetingId: MeetingId, userId: UserId): number;
  /** Records the laptop (the first receipt's time is kept; the label follows the latest sign-in). */
  record(meetingId: MeetingId, userId: UserId, laptopId: LaptopId | null, label: string | null, atMs: number): void;
  /** Marks the laptop's confirmation (the first one is kept); true when it changed, false when none or already. */
  confirm(meetingId: MeetingId, userId: UserId, laptopId: LaptopId | null, atMs: number): boolean;
  all(meetingId: MeetingId): ConfidentialLaptopRow[];
};

type Raw = { user_id: string; laptop_id: string; label: string | null; received_ms: number; confirmed_ms: number | null };
const fromRaw = (r: Raw): ConfidentialLaptopRow => ({
  userId: r.user_id as UserId,
  laptopId: r.laptop_id === UNNAMED ? null : (r.laptop_id as LaptopId),
  label: r.label,
  receivedMs: r.received_ms,
  confirmedMs: r.confirmed_ms,
});

export function createConfidentialLaptopsTable(db: Db): ConfidentialLaptopsTable {
  const COLUMNS = 'user_id, laptop_id, label, received_ms, confirmed_ms';
  const find = db.prepare<[string, string, string], Raw>(
    `SELECT ${COLUMNS} FROM confidential_laptops WHERE meeting_id = ? AND user_id = ? AND laptop_id = ?`,
  );
  const count = db.prepare<[string, string], { n: number }>(
    'SELECT count(*) AS n FROM confidential_laptops WHERE meeting_id = ? AND user_id = ?',
  );
  const record = db.prepare<[string, string, string, string | null, number]>(
    `INSERT INTO confidential_laptops (meeting_id, user_id, laptop_id, label, received_ms) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (meeting_id, user_id, laptop_id) DO UPDATE SET label = excluded.label WHERE label IS NOT excluded.label`,
  );
  const confirm = db.prepare<[number, string, string, string]>(
    'UPDATE confidential_laptops SET confirmed_ms = ? WHERE meeting_id = ? AND user_id = ? AND laptop_id = ? AND confirmed_ms IS NULL',
  );
  const all = db.prepare<[string], Raw>(`SELECT ${COLUMNS} FROM confidential_laptops WHERE meeting_id = ? ORDER BY received_ms`);
  return {
    find(meetingId, userId, laptopId) {
      const r = find.get(meetingId, userId, keyOf(laptopId));
      return r ? fromRaw(r) : null;
    },
    countFor: (meetingId, userId) => count.get(meetingId, userId)!.n,
    record(meetingId, userId, laptopId, label, atMs) {
      record.run(meetingId, userId, keyOf(laptopId), laptopId ? label : null, atMs);
    },
    confirm: (meetingId, userId, laptopId, atMs) => confirm.run(atMs, meetingId, userId, keyOf(laptopId)).changes === 1,
    all: (meetingId) => all.all(meetingId).map(fromRaw),
  };
}
