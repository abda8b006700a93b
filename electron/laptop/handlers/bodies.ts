import type { MembershipInput, RosterImportPreview } from '../../../shared/ipc/slices/bodies';
import type { MeetingId, UserId } from '../../../shared/model/ids';
import type { BodyId, BodyRoster, Membership, MembershipId, TermId } from '../../../shared/model/roster';
import { BODY_TYPES, isIsoDate, MEMBERSHIP_END_KINDS, MEMBERSHIP_START_KINDS, TEMPORARY_END_KINDS } from '../../../shared/model/roster';
import type { Result } from '../../../shared/util/result';
import { fail, ok } from '../../../shared/util/result';
import { compareByGivenName } from '../../../shared/util/vn-collate';
import { meetingAccess, requireSession } from '../access';
import type { CallContext, DomainHandlers, Services } from '../context';
import { getBody, insertBody, listBodies } from '../db/queries/bodies';
import { getMeetingTerm, setMeetingTerm } from '../db/queries/meeting-bodies';
import { getMembership, listMemberships, upsertMembership } from '../db/queries/memberships';
import { getTerm, insertTerm, listTerms } from '../db/queries/terms';
import { getUserWithHashByUsername } from '../db/queries/users';
import { parseRosterCsv } from '../roster-csv';

/*
 * The secretariat maintains bodies, terms and dated memberships (UI and CSV import with preview/confirm).
 * Memberships are never deleted: an end (resigned, died...) is recorded with its date and reason, so the
 * roster of any past date can be rebuilt and N recomputed.
 */

type R = Record<string, unknown>;
const isObj = (v: unknown): v is R => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max = 300): string | null =>
  typeof v === 'string' && v.normalize('NFC').trim().length <= max ? v.normalize('NFC').trim() : null;
const bad = (field: string) => fail('invalid_input', 'error.bodies.invalid', { field }, { field });

function secretariat(ctx: CallContext): Result<UserId> {
  const s = requireSession(ctx);
  return s.user.systemRole === 'secretariat' ? ok(s.user.id) : fail('forbidden', 'error.bodies.forbidden');
}

export function rosterOf(svc: Services, termId: TermId): BodyRoster | null {
  const term = getTerm(svc.db, termId);
  const body = term ? getBody(svc.db, term.bodyId) : null;
  if (!term || !body) return null;
  return { body, term, memberships: listMemberships(svc.db, termId).sort((a, b) => compareByGivenName(a.fullName, b.fullName)) };
}

function parseMembership(v: unknown): Result<MembershipInput> {
  if (!isObj(v)) return bad('membership');
  const fullName = str(v['fullName'], 200);
  if (!fullName) return bad('fullName');
  const optional = (k: string): string | null => (v[k] === null || v[k] === undefined || v[k] === '' ? null : str(v[k]));
  const startDate = v['startDate'];
  if (!isIsoDate(startDate)) return bad('startDate');
  const startKind = MEMBERSHIP_START_KINDS.find((k) => k === v['startKind']);
  if (!startKind) return bad('startKind');
  const endKind =
    v['endKind'] === null || v['endKind'] === undefined ? null : (MEMBERSHIP_END_KINDS.find((k) => k === v['endKind']) ?? undefined);
  if (endKind === undefined) return bad('endKind');
  const endDate = optional('endDate');
  if (endDate !== null && (!isIsoDate(endDate) || endDate < startDate)) return bad('endDate');
  if ((endDate === null) !== (endKind === null)) return bad('endDate');
  const liftedOn = optional('liftedOn');
  if (liftedOn !== null && (!isIsoDate(liftedOn) || !endKind || !TEMPORARY_END_KINDS.includes(endKind))) return bad('liftedOn');
  const id = optional('id');
  return ok({
    id: id as MembershipId | null,
    fullName,
    username: optional('username')?.toLowerCase() ?? null,
    position: optional('position') ?? '',
    isHead: v['isHead'] === true,
    startDate,
    startKind,
    formerBody: optional('formerBody'),
    endDate,
    endKind,
    endReason: optional('endReason'),
    liftedOn,
  });
}

export function bodyHandlers(svc: Services): DomainHandlers<'bodies'> {
  const listAll = () => listBodies(svc.db).map((body) => ({ body, terms: listTerms(svc.db, body.id) }));

  /** The membership a row updates: same account, else same name, within the term. */
  function match(termId: TermId, m: Pick<MembershipInput, 'fullName' | 'username'>, userId: UserId | null): Membership | null {
    const all = listMemberships(svc.db, termId);
    return (
      (userId ? all.find((x) => x.userId === userId) : null) ??
      all.find((x) => x.fullName.toLowerCase() === m.fullName.toLowerCase()) ??
      null
    );
  }

  function save(termId: TermId, input: MembershipInput, by: UserId): Result<'added' | 'updated'> {
    const user = input.username ? getUserWithHashByUsername(svc.db, input.username) : null;
    if (input.username && !user) return fail('invalid_input', 'rosterCsv.unknownUser', { username: input.username }, { field: 'username' });
    const existing = input.id ? getMembership(svc.db, input.id) : match(termId, input, user?.id ?? null);
    if (input.id && (!existing || existing.termId !== termId)) return fail('not_found', 'error.bodies.notFound');
    const { username: _u, id: _id, ...rest } = input;
    // No username keeps the account link an existing membership has (the roster screens show names, not usernames).
    const m: Membership = {
      ...rest,
      id: existing?.id ?? (svc.newId() as MembershipId),
      termId,
      userId: user?.id ?? existing?.userId ?? null,
    };
    upsertMembership(svc.db, m, { at: svc.now().toISOString(), by });
    return ok(existing ? 'updated' : 'added');
  }

  function preview(termId: TermId, csv: string): RosterImportPreview {
    const parsed = parseRosterCsv(csv);
    const problems = [...parsed.problems];
    const rows: RosterImportPreview['rows'] = [];
    for (const { line, ...r } of parsed.rows) {
      const user = r.username ? getUserWithHashByUsername(svc.db, r.username) : null;
      if (r.username && !user) {
        problems.push({ line, key: 'rosterCsv.unknownUser', params: { username: r.username } });
        continue;
      }
      rows.push({ ...r, line, action: match(termId, r, user?.id ?? null) ? 'update' : 'add' });
    }
    return { rows, problems: problems.sort((a, b) => a.line - b.line) };
  }

  const termOf = (v: unknown): TermId | null => {
    const id = isObj(v) && typeof v['termId'] === 'string' ? (v['termId'] as TermId) : null;
    return id && getTerm(svc.db, id) ? id : null;
  };

  return {
    'bodies:list': (ctx) => {
      const who = secretariat(ctx);
      return who.ok ? ok(listAll()) : who;
    },
    'bodies:create': (ctx, req) => {
      const who = secretariat(ctx);
      if (!who.ok) return who;
      if (!isObj(req) || !isObj(req['term'])) return bad('body');
      const type = BODY_TYPES.find((t) => t === req['type']);
      const level = req['level'] === 'tinh' || req['level'] === 'xa' ? req['level'] : null;
      const name = str(req['name'], 200);
      const parentId = typeof req['parentId'] === 'string' ? (req['parentId'] as BodyId) : null;
      const t = req['term'];
      const label = str(t['label'], 200);
      if (!type) return bad('type');
      if (!level) return bad('level');
      if (!name) return bad('name');
      if (parentId && !getBody(svc.db, parentId)) return bad('parentId');
      if (!label) return bad('term.label');
      if (!isIsoDate(t['startDate'])) return bad('term.startDate');
      const endDate = t['endDate'] === null || t['endDate'] === undefined ? null : t['endDate'];
      if (endDate !== null && (!isIsoDate(endDate) || endDate < t['startDate'])) return bad('term.endDate');
      svc.db.transaction(() => {
        const bodyId = svc.newId() as BodyId;
        insertBody(svc.db, { id: bodyId, type, level, name, parentId });
        insertTerm(svc.db, { id: svc.newId() as TermId, bodyId, label, startDate: t['startDate'] as string, endDate });
      })();
      return ok(listAll());
    },
    'bodies:roster': (ctx, req) => {
      const who = secretariat(ctx);
      if (!who.ok) return who;
      const termId = termOf(req);
      const roster = termId ? rosterOf(svc, termId) : null;
      return roster ? ok(roster) : fail('not_found', 'error.bodies.notFound');
    },
    'bodies:membership-save': (ctx, req) => {
      const who = secretariat(ctx);
      if (!who.ok) return who;
      const termId = termOf(req);
      if (!termId) return fail('not_found', 'error.bodies.notFound');
      const input = parseMembership((req as R)['membership']);
      if (!input.ok) return input;
      const saved = svc.db.transaction(() => save(termId, input.value, who.value))();
      return saved.ok ? ok(rosterOf(svc, termId)!) : saved;
    },
    'bodies:import-preview': (ctx, req) => {
      const who = secretariat(ctx);
      if (!who.ok) return who;
      const termId = termOf(req);
      const csv = str((req as R)?.['csv'], 5_000_000);
      if (!termId) return fail('not_found', 'error.bodies.notFound');
      if (csv === null) return bad('csv');
      return ok(preview(termId, csv));
    },
    'bodies:import-confirm': (ctx, req) => {
      const who = secretariat(ctx);
      if (!who.ok) return who;
      const termId = termOf(req);
      const csv = str((req as R)?.['csv'], 5_000_000);
      if (!termId) return fail('not_found', 'error.bodies.notFound');
      if (csv === null) return bad('csv');
      const p = preview(termId, csv);
      if (p.problems.length > 0) return fail('invalid_input', 'rosterCsv.hasProblems', { count: p.problems.length });
      // All rows in one transaction: the roster never shows half an import.
      const counts = svc.db.transaction(() => {
        const c = { added: 0, updated: 0 };
        for (const { line: _line, action: _a, ...row } of p.rows) {
          const r = save(termId, { ...row, id: null }, who.value);
          if (!r.ok) throw new Error(r.error.message);
          c[r.value]++;
        }
        return c;
      })();
      return ok({ ...counts, roster: rosterOf(svc, termId)! });
    },
    'bodies:meeting-term': (ctx, req) => {
      const a = meetingAccess(svc, ctx, (req as R)?.['meetingId'] as MeetingId);
      return ok({ termId: getMeetingTerm(svc.db, a.meeting.id) });
    },
    'bodies:set-meeting-term': (ctx, req) => {
      const who = secretariat(ctx);
      if (!who.ok) return who;
      const a = meetingAccess(svc, ctx, (req as R)?.['meetingId'] as MeetingId);
      const termId = termOf(req);
      if (!termId) return fail('not_found', 'error.bodies.notFound');
      setMeetingTerm(svc.db, a.meeting.id, termId);
      ctx.emit('meetings:changed', { meetingId: a.meeting.id });
      return ok({ termId });
    },
  };
}
