import type { UserId } from '../../../../shared/model/ids';
import type { Membership, MembershipEndKind, MembershipId, MembershipStartKind, TermId } from '../../../../shared/model/roster';
import type { Db } from '../../../common/sqlite/connection';

type Row = {
  id: string;
  term_id: string;
  user_id: string | null;
  full_name: string;
  position: string;
  is_head: number;
  start_date: string;
  start_kind: MembershipStartKind;
  former_body: string | null;
  end_date: string | null;
  end_kind: MembershipEndKind | null;
  end_reason: string | null;
  lifted_on: string | null;
};

const toMembership = (r: Row): Membership => ({
  id: r.id as MembershipId,
  termId: r.term_id as TermId,
  userId: r.user_id as UserId | null,
  fullName: r.full_name,
  position: r.position,
  isHead: r.is_head === 1,
  startDate: r.start_date,
  startKind: r.start_kind,
  formerBody: r.former_body,
  endDate: r.end_date,
  endKind: r.end_kind,
  endReason: r.end_reason,
  liftedOn: r.lifted_on,
});

/** Inserts or replaces one membership; who recorded it and when are kept with it. */
export function upsertMembership(db: Db, m: Membership, recorded: { at: string; by: UserId }): void {
  db.prepare(
    `INSERT INTO memberships (id, term_id, user_id, full_name, position, is_head, start_date, start_kind, former_body,
                              end_date, end_kind, end_reason, lifted_on, recorded_at, recorded_by)
     VALUES (@id, @termId, @userId, @fullName, @position, @isHead, @startDate, @startKind, @formerBody,
             @endDate, @endKind, @endReason, @liftedOn, @at, @by)
     ON CONFLICT(id) DO UPDATE SET user_id = excluded.user_id, full_name = excluded.full_name, position = excluded.position,
       is_head = excluded.is_head, start_date = excluded.start_date, start_kind = excluded.start_kind,
       former_body = excluded.former_body, end_date = excluded.end_date, end_kind = excluded.end_kind,
       end_reason = excluded.end_reason, lifted_on = excluded.lifted_on, recorded_at = excluded.recorded_at,
       recorded_by = excluded.recorded_by`,
  ).run({ ...m, isHead: m.isHead ? 1 : 0, at: recorded.at, by: recorded.by });
}

export function getMembership(db: Db, id: MembershipId): Membership | null {
  const r = db.prepare('SELECT * FROM memberships WHERE id = ?').get(id) as Row | undefined;
  return r ? toMembership(r) : null;
}

/** Unsorted: callers sort in Vietnamese order. */
export function listMemberships(db: Db, termId: TermId): Membership[] {
  return (db.prepare('SELECT * FROM memberships WHERE term_id = ?').all(termId) as Row[]).map(toMembership);
}

export function findMembershipByUser(db: Db, termId: TermId, userId: UserId): Membership | null {
  const r = db.prepare('SELECT * FROM memberships WHERE term_id = ? AND user_id = ?').get(termId, userId) as Row | undefined;
  return r ? toMembership(r) : null;
}
