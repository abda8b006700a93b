import type { MeetingId, UserId } from '../../../shared/model/ids';
import { MEETING_ROLES, type MeetingRole, type Participant } from '../../../shared/model/types';
import type { CsvImportReport, ParticipantInput } from '../../../shared/ipc/slices/core';
import { compareByGivenName } from '../../../shared/util/vn-collate';
import { fail, ok } from '../../../shared/util/result';
import { getParticipant, listParticipants, removeParticipant, upsertParticipant } from '../db/queries/participants';
import { getUser, getUserWithHashByUsername, insertUser, setPasswordHash, updateUserProfile } from '../db/queries/users';
import { meetingAccess, requireEditor, requireSession } from '../access';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../../common/password';
import type { DomainHandlers, Services } from '../context';
import { parseCsv } from '../csv';
import { invalid, InvalidInput, obj, oneOf, text } from '../validate';

const USERNAME_RE = /^[a-z0-9][a-z0-9._-]{1,63}$/;

/** Vietnamese spellings accepted in CSV files for each role. */
const ROLE_ALIASES: Record<string, MeetingRole> = {
  delegate: 'delegate',
  'đại biểu': 'delegate',
  'dai bieu': 'delegate',
  'thành viên': 'delegate',
  'ủy viên': 'delegate',
  chair: 'chair',
  'chủ tọa': 'chair',
  'chu toa': 'chair',
  'chủ trì': 'chair',
  secretariat: 'secretariat',
  'thư ký': 'secretariat',
  'thu ky': 'secretariat',
  guest: 'guest',
  'khách mời': 'guest',
  'khach moi': 'guest',
  'đại biểu khách mời': 'guest',
};

export const sortParticipants = (list: Participant[]): Participant[] =>
  [...list].sort((a, b) => compareByGivenName(a.fullName, b.fullName));

function parseParticipant(v: unknown): ParticipantInput {
  const r = obj(v);
  const username = text(r.username, 'username', 'error.field.username', { max: 64 }).toLowerCase();
  if (!USERNAME_RE.test(username)) invalid('error.roster.usernameFormat', undefined, 'username');
  const password =
    r.password === undefined || r.password === '' ? undefined : text(r.password, 'password', 'error.field.password', { max: 200 });
  if (password !== undefined && password.length < MIN_PASSWORD_LENGTH)
    invalid('error.roster.passwordShort', { min: MIN_PASSWORD_LENGTH }, 'password');
  return {
    fullName: text(r.fullName, 'fullName', 'error.field.fullName', { max: 200 }).replace(/\s+/g, ' '),
    title: text(r.title ?? '', 'title', 'error.field.jobTitle', { max: 200, allowEmpty: true }),
    unit: text(r.unit ?? '', 'unit', 'error.field.unit', { max: 200, allowEmpty: true }),
    group: text(r.group ?? '', 'group', 'error.field.group', { max: 200, allowEmpty: true }),
    role: oneOf<MeetingRole>(r.role, MEETING_ROLES, 'role', 'error.field.role'),
    username,
    ...(password !== undefined ? { password } : {}),
  };
}

export function rosterHandlers(svc: Services) {
  /** Creates the account if the username is new, otherwise updates its profile; then (re)assigns the role. */
  async function upsert(meetingId: MeetingId, p: ParticipantInput, dryRun = false): Promise<'added' | 'updated'> {
    const existing = getUserWithHashByUsername(svc.db, p.username);
    if (!existing && !p.password) invalid('error.roster.newAccountNeedsPassword', { username: p.username }, 'password');
    // A preview checks everything an import would, and writes nothing.
    if (dryRun) return existing && getParticipant(svc.db, meetingId, existing.id) !== null ? 'updated' : 'added';
    const hash = p.password ? await hashPassword(p.password) : null;
    let userId: UserId;
    const wasParticipant = existing ? getParticipant(svc.db, meetingId, existing.id) !== null : false;
    svc.db.transaction(() => {
      if (existing) {
        userId = existing.id;
        updateUserProfile(svc.db, userId, p);
        if (hash) setPasswordHash(svc.db, userId, hash);
      } else {
        userId = svc.newId() as UserId;
        insertUser(svc.db, {
          id: userId,
          username: p.username,
          fullName: p.fullName,
          title: p.title,
          unit: p.unit,
          systemRole: 'member',
          passwordHash: hash!,
          createdAt: svc.now().toISOString(),
        });
      }
      upsertParticipant(svc.db, { meetingId, userId, role: p.role, group: p.group });
    })();
    return wasParticipant ? 'updated' : 'added';
  }

  return {
    'roster:list': (ctx, req) => {
      const a = meetingAccess(svc, ctx, obj(req).meetingId as MeetingId);
      return ok(sortParticipants(listParticipants(svc.db, a.meeting.id)));
    },
    'roster:upsert': async (ctx, req) => {
      const r = obj(req);
      const a = meetingAccess(svc, ctx, r.meetingId as MeetingId);
      requireEditor(a);
      await upsert(a.meeting.id, parseParticipant(r.participant));
      ctx.emit('meetings:changed', { meetingId: a.meeting.id });
      return ok(sortParticipants(listParticipants(svc.db, a.meeting.id)));
    },
    'roster:remove': (ctx, req) => {
      const r = obj(req);
      const a = meetingAccess(svc, ctx, r.meetingId as MeetingId);
      requireEditor(a);
      if (r.userId === a.session.user.id) return fail('invalid_input', 'error.roster.removeSelf');
      if (!removeParticipant(svc.db, a.meeting.id, r.userId as UserId)) return fail('not_found', 'error.roster.participantNotFound');
      ctx.emit('meetings:changed', { meetingId: a.meeting.id });
      return ok(sortParticipants(listParticipants(svc.db, a.meeting.id)));
    },
    'roster:set-password': async (ctx, req) => {
      const s = requireSession(ctx);
      const r = obj(req);
      const target = typeof r.userId === 'string' ? getUser(svc.db, r.userId as UserId) : null;
      if (!target) return fail('not_found', 'error.roster.accountNotFound');
      if (s.user.systemRole !== 'secretariat' && s.user.id !== target.id) return fail('forbidden', 'error.roster.passwordOthers');
      const password = text(r.password, 'password', 'error.field.password', { max: 200 });
      if (password.length < MIN_PASSWORD_LENGTH) return fail('invalid_input', 'error.roster.passwordShort', { min: MIN_PASSWORD_LENGTH });
      setPasswordHash(svc.db, target.id, await hashPassword(password));
      return ok(null);
    },
    'roster:import-csv': async (ctx, req) => {
      const r = obj(req);
      const a = meetingAccess(svc, ctx, r.meetingId as MeetingId);
      requireEditor(a);
      const csv = text(r.csv, 'csv', 'error.field.csv', { max: 5_000_000 });
      const parsed = parseCsv(csv);
      if (parsed.error) return fail('invalid_input', parsed.error.key, parsed.error.params);
      const [header, ...rows] = parsed.rows;
      if (!header) return fail('invalid_input', 'error.roster.csvEmpty');
      const cols = header.fields.map((h) => h.trim().toLowerCase());
      const col = (...names: string[]) => cols.findIndex((c) => names.includes(c));
      const idx = {
        fullName: col('ho_ten', 'họ và tên', 'họ tên', 'full_name'),
        title: col('chuc_vu', 'chức vụ', 'title'),
        unit: col('don_vi', 'đơn vị', 'unit'),
        group: col('to_dai_bieu', 'tổ đại biểu', 'to', 'group'),
        role: col('vai_tro', 'vai trò', 'role'),
        username: col('ten_dang_nhap', 'tên đăng nhập', 'username'),
        password: col('mat_khau', 'mật khẩu', 'password'),
      };
      if (idx.fullName < 0 || idx.username < 0) {
        return fail('invalid_input', 'error.roster.csvColumns');
      }
      const dryRun = r.dryRun === true;
      const report: CsvImportReport = { added: 0, updated: 0, errors: [], rows: rows.length, duplicates: [] };
      const seen = new Set<string>();
      for (const row of rows) {
        const f = (i: number) => (i >= 0 ? (row.fields[i] ?? '').trim() : '');
        try {
          const roleRaw = f(idx.role).toLowerCase().normalize('NFC');
          const role = roleRaw === '' ? 'delegate' : ROLE_ALIASES[roleRaw];
          if (!role) invalid('error.roster.csvRole', { role: f(idx.role) }, 'role');
          const p = parseParticipant({
            fullName: f(idx.fullName),
            title: f(idx.title),
            unit: f(idx.unit),
            group: f(idx.group),
            role,
            username: f(idx.username),
            password: f(idx.password),
          });
          if (seen.has(p.username)) {
            if (!report.duplicates.includes(p.username)) report.duplicates.push(p.username);
            invalid('error.roster.csvDuplicate', { username: p.username }, 'username');
          }
          seen.add(p.username);
          report[(await upsert(a.meeting.id, p, dryRun)) === 'added' ? 'added' : 'updated']++;
        } catch (e) {
          if (!(e instanceof InvalidInput)) throw e;
          report.errors.push({ line: row.line, error: e.error });
        }
      }
      if (!dryRun) ctx.emit('meetings:changed', { meetingId: a.meeting.id });
      return ok(report);
    },
  } satisfies DomainHandlers<'roster'>;
}
