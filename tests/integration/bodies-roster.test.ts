import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parseRosterCsv } from '../../electron/laptop/roster-csv';
import type { UserId } from '../../shared/model/ids';
import { computeDenominator, summarizeDenominator } from '../../shared/voting/denominator';
import { hashPassword } from '../../electron/common/password';
import type { AppServices } from '../../electron/laptop/create-services';
import { insertUser } from '../../electron/laptop/db/queries/users';
import { buildMeetingPackage } from '../../electron/laptop/meeting-package';
import { newCaller, startServices } from '../helpers/services';

const open: AppServices[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

async function setup() {
  const app = startServices();
  open.push(app);
  const hash = await hashPassword('matkhau1');
  const at = new Date().toISOString();
  insertUser(app.services.db, {
    id: 'sec' as UserId,
    username: 'thuky',
    fullName: 'Lương Thị Thư',
    title: '',
    unit: '',
    systemRole: 'secretariat',
    passwordHash: hash,
    createdAt: at,
  });
  insertUser(app.services.db, {
    id: 'u-a' as UserId,
    username: 'daibieu01',
    fullName: 'Nguyễn Văn An',
    title: '',
    unit: '',
    systemRole: 'member',
    passwordHash: hash,
    createdAt: at,
  });
  insertUser(app.services.db, {
    id: 'u-b' as UserId,
    username: 'daibieu02',
    fullName: 'Trần Thị Bình',
    title: '',
    unit: '',
    systemRole: 'member',
    passwordHash: hash,
    createdAt: at,
  });
  const sec = newCaller(app);
  await sec.must('auth:login', { username: 'thuky', password: 'matkhau1' });
  const bodies = await sec.must('bodies:create', {
    type: 'hdnd',
    level: 'tinh',
    name: 'HĐND tỉnh Thái Nguyên',
    parentId: null,
    term: { label: 'Nhiệm kỳ 2026–2031', startDate: '2026-03-20', endDate: null },
  });
  return { app, sec, termId: bodies[0]!.terms[0]!.id };
}

const CSV = [
  'ho_ten,ten_dang_nhap,chuc_vu,chu_tich,ngay_bat_dau,hinh_thuc,co_quan_cu,ngay_ket_thuc,ket_thuc,ly_do',
  'Nguyễn Văn An,daibieu01,Chủ tịch HĐND,x,20/03/2026,hợp nhất,HĐND tỉnh Thái Nguyên (cũ),,,',
  'Trần Thị Bình,daibieu02,Đại biểu,,20/03/2026,hợp nhất,HĐND tỉnh Bắc Kạn (cũ),,,',
  '"Lê Văn Cường",,Đại biểu,,20/03/2026,trúng cử,,15/06/2026,thôi nhiệm vụ,"Xin thôi, được HĐND chấp thuận"',
  'Phạm Thị Dung,,Đại biểu,,20/03/2026,,,02/08/2026,từ trần,',
  'Hà Văn Em,,Đại biểu,,01/10/2026,bầu bổ sung,,,,',
].join('\n');

describe('bodies, terms and memberships on the laptop', () => {
  it('CSV import: preview by line, nothing applied until a clean confirm; the package carries the roster and N follows it', async () => {
    const { app, sec, termId } = await setup();
    const broken = `${CSV}\n,x,,,01/01/2026\nVũ Văn Giang,,,,31/02/2026,,,,,\nĐỗ Văn Hải,khongco,,,20/03/2026,,,,,\nMai Văn Ích,,,,20/03/2026,,,01/05/2026,nghỉ,`;
    const p = await sec.must('bodies:import-preview', { termId, csv: broken });
    expect(p.problems.map((x) => [x.line, x.key])).toEqual([
      [7, 'rosterCsv.noName'],
      [8, 'rosterCsv.badDate'],
      [9, 'rosterCsv.unknownUser'],
      [10, 'rosterCsv.badEndKind'],
    ]);
    expect(p.rows.map((r) => [r.line, r.fullName, r.action])).toEqual([
      [2, 'Nguyễn Văn An', 'add'],
      [3, 'Trần Thị Bình', 'add'],
      [4, 'Lê Văn Cường', 'add'],
      [5, 'Phạm Thị Dung', 'add'],
      [6, 'Hà Văn Em', 'add'],
    ]);
    const refused = await sec.call('bodies:import-confirm', { termId, csv: broken });
    expect(!refused.ok && refused.error).toMatchObject({ key: 'rosterCsv.hasProblems', params: { count: 4 } });
    expect((await sec.must('bodies:roster', { termId })).memberships).toHaveLength(0);

    const done = await sec.must('bodies:import-confirm', { termId, csv: CSV });
    expect(done).toMatchObject({ added: 5, updated: 0 });
    const roster = done.roster;
    expect(roster.memberships.find((m) => m.fullName === 'Lê Văn Cường')).toMatchObject({
      endKind: 'resigned',
      endDate: '2026-06-15',
      endReason: 'Xin thôi, được HĐND chấp thuận',
    });
    expect(roster.memberships.find((m) => m.fullName === 'Trần Thị Bình')).toMatchObject({
      userId: 'u-b',
      startKind: 'merged',
      formerBody: 'HĐND tỉnh Bắc Kạn (cũ)',
    });
    // importing again updates instead of duplicating
    expect(await sec.must('bodies:import-confirm', { termId, csv: CSV })).toMatchObject({ added: 0, updated: 5 });

    const d = computeDenominator(roster, '2026-09-01', ['resigned', 'dismissed', 'died', 'transferred'], null);
    expect(summarizeDenominator(d, 'vi')).toBe('N = 2 (4 thành viên; 1 thôi nhiệm vụ 6/2026, 1 từ trần 8/2026)');

    // a meeting of the body exports its roster for the relay; guests stay in participants only
    const meeting = await sec.must('meetings:create', {
      bodyKind: 'hdnd',
      title: 'Kỳ họp thứ hai',
      date: '2026-09-01',
      time: '08:00',
      place: 'Hội trường',
      meetingType: 'ky_hop_thuong_le',
    });
    await sec.must('bodies:set-meeting-term', { meetingId: meeting.id, termId });
    expect(await sec.must('bodies:meeting-term', { meetingId: meeting.id })).toEqual({ termId });
    const db = app.services.db;
    // publishing needs documents; this test is about the roster, so the status is set directly
    db.prepare("UPDATE meetings SET status = 'published' WHERE id = ?").run(meeting.id);
    const pkg = buildMeetingPackage(db, meeting.id, new Date());
    expect(pkg.body?.memberships).toHaveLength(5);
    expect(pkg.body?.body.name).toBe('HĐND tỉnh Thái Nguyên');
  });

  it('a member records an end by hand, and only the secretariat may edit', async () => {
    const { app, sec, termId } = await setup();
    await sec.must('bodies:import-confirm', { termId, csv: CSV });
    const roster = await sec.must('bodies:roster', { termId });
    const an = roster.memberships.find((m) => m.fullName === 'Nguyễn Văn An')!;
    const updated = await sec.must('bodies:membership-save', {
      termId,
      membership: {
        ...an,
        username: 'daibieu01',
        endDate: '2026-11-02',
        endKind: 'transferred',
        endReason: 'Điều động công tác',
        liftedOn: null,
      },
    });
    expect(updated.memberships.find((m) => m.id === an.id)).toMatchObject({ endKind: 'transferred', isHead: true });
    const bad = await sec.call('bodies:membership-save', {
      termId,
      membership: { ...an, username: null, endDate: '2026-01-01', endKind: 'died', liftedOn: null },
    });
    expect(!bad.ok && bad.error).toMatchObject({ key: 'error.bodies.invalid', params: { field: 'endDate' } });

    const member = newCaller(app);
    await member.must('auth:login', { username: 'daibieu01', password: 'matkhau1' });
    const r = await member.call('bodies:roster', { termId });
    expect(!r.ok && r.error.key).toBe('error.bodies.forbidden');
  });
});

describe('the sample body roster in seeds/', () => {
  it('parses without problems: a suspension lifted, a by-election, a resignation and a death', () => {
    const parsed = parseRosterCsv(readFileSync(fileURLToPath(new URL('../../seeds/body-roster-sample.csv', import.meta.url)), 'utf8'));
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.map((r) => [r.fullName, r.startKind, r.endKind, r.liftedOn])).toEqual([
      ['Triệu Đức Khang', 'elected', null, null],
      ['Nguyễn Văn Đức', 'elected', null, null],
      ['Lê Thị Thanh Xuân', 'elected', 'resigned', null],
      ['Nông Văn Thắng', 'elected', 'died', null],
      ['Hà Thị Mơ', 'elected', 'suspended', '2026-09-10'],
      ['Đặng Văn Yên', 'by_election', null, null],
    ]);
    expect(parsed.rows[0]!.isHead).toBe(true);
  });
});
