import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n';
import type { AgendaItemId, UserId } from '../../shared/model/ids';
import type { Meeting } from '../../shared/model/types';
import { insertUser } from '../../electron/laptop/db/queries/users';
import { getSearchBlob } from '../../electron/laptop/db/queries/search-blobs';
import { hashPassword } from '../../electron/common/password';
import type { AppServices } from '../../electron/laptop/create-services';
import { newCaller, startServices, tempDir } from '../helpers/services';

const repoRoot = resolve(__dirname, '..', '..');
const corpus = resolve(repoRoot, 'tests', 'fixtures', 'pdf-corpus');
const validPdf = () => new Uint8Array(readFileSync(join(corpus, 'tracemonkey.pdf')));
// A PDF header followed by garbage: what a download cut short by a proxy's error page looks like.
const brokenPdf = () => new TextEncoder().encode('%PDF-1.7\n<html><body>502 Bad Gateway</body></html>\n');

const open: AppServices[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

async function boot(dataDir = tempDir()) {
  const app = startServices(dataDir);
  open.push(app);
  return app;
}

async function withSecretariat(app: AppServices) {
  insertUser(app.services.db, {
    id: 'sec-1' as UserId,
    username: 'thuky',
    fullName: 'Lương Thị Thư',
    title: 'Chuyên viên',
    unit: 'Văn phòng',
    systemRole: 'secretariat',
    passwordHash: await hashPassword('thuky'),
    createdAt: new Date().toISOString(),
  });
  const sec = newCaller(app);
  await sec.must('auth:login', { username: 'thuky', password: 'thuky' });
  return sec;
}

const meetingInput = {
  bodyKind: 'hdnd' as const,
  title: 'Kỳ họp thứ 10 HĐND tỉnh',
  date: '2025-12-09',
  time: '08:00',
  place: 'Hội trường A',
  meetingType: 'ky_hop_thuong_le',
};

async function prepared(app: AppServices) {
  const sec = await withSecretariat(app);
  const meeting = await sec.must('meetings:create', meetingInput);
  for (const title of ['Khai mạc', 'Tờ trình chuyển đổi số', 'Bế mạc']) {
    await sec.must('agenda:add', { meetingId: meeting.id, parentId: null, item: { title, presenter: '', durationMin: 15 } });
  }
  return { sec, meeting };
}

describe('sign-in', () => {
  it('refuses a wrong password and an unknown user with the same message', async () => {
    const app = await boot();
    await withSecretariat(app);
    const c = newCaller(app);
    const a = await c.call('auth:login', { username: 'thuky', password: 'sai' });
    const b = await c.call('auth:login', { username: 'khongco', password: 'sai' });
    expect(a.ok || b.ok).toBe(false);
    expect(!a.ok && !b.ok && a.error.message === b.error.message).toBe(true);
    expect(!a.ok && a.error).toMatchObject({
      code: 'unauthenticated',
      key: 'error.badLogin',
      message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    });
    expect((await c.call('meetings:list')).ok).toBe(false);
  });
});

describe('meetings and agenda', () => {
  it('validates meeting input with messages in both languages', async () => {
    const app = await boot();
    const sec = await withSecretariat(app);
    const bad = await sec.call('meetings:create', { ...meetingInput, date: '2025-02-30' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatchObject({ code: 'invalid_input', detail: { field: 'date' } });
    const wrongType = await sec.call('meetings:create', { ...meetingInput, meetingType: 'hoi_nghi_bch' });
    expect(!wrongType.ok && wrongType.error.message).toMatch(/Loại cuộc họp/);
    if (!wrongType.ok)
      expect(translate('en', wrongType.error.key!, wrongType.error.params)).toBe('The meeting type does not fit the selected body.');
    // A field check thrown deep in validation reaches the caller as a key with the field's label as a parameter.
    const noTitle = await sec.call('meetings:create', { ...meetingInput, title: '   ' });
    expect(noTitle.ok).toBe(false);
    if (!noTitle.ok) {
      expect(noTitle.error).toMatchObject({
        code: 'invalid_input',
        key: 'error.input.empty',
        params: { label: 'error.field.meetingTitle' },
        detail: { field: 'title' },
      });
      expect(noTitle.error.message).toBe('Tên cuộc họp không được để trống.');
      expect(translate('en', noTitle.error.key!, noTitle.error.params)).toBe('Meeting title must not be empty.');
    }
  });

  it('moves items between levels and keeps positions contiguous', async () => {
    const app = await boot();
    const { sec, meeting } = await prepared(app);
    let agenda = (await sec.must('meetings:get', { meetingId: meeting.id })).agenda;
    const [a, b, c] = agenda;
    // b becomes a sub-item of a, then c moves to the top
    agenda = await sec.must('agenda:move', { itemId: b!.id, parentId: a!.id, index: 0 });
    expect(agenda.map((i) => [i.title, i.parentId === null ? null : 'child', i.position])).toEqual([
      ['Khai mạc', null, 0],
      ['Tờ trình chuyển đổi số', 'child', 0],
      ['Bế mạc', null, 1],
    ]);
    agenda = await sec.must('agenda:move', { itemId: c!.id, parentId: null, index: 0 });
    expect(agenda.map((i) => i.title)).toEqual(['Bế mạc', 'Khai mạc', 'Tờ trình chuyển đổi số']);
    // only one level of sub-items
    const deeper = await sec.call('agenda:add', {
      meetingId: meeting.id,
      parentId: b!.id as AgendaItemId,
      item: { title: 'x', presenter: '', durationMin: 1 },
    });
    expect(deeper.ok).toBe(false);
    const cycle = await sec.call('agenda:move', { itemId: a!.id, parentId: c!.id, index: 0 });
    expect(cycle.ok).toBe(false);
  });
});

describe('documents', () => {
  it('imports a valid PDF, rejects a broken one clearly, and keeps everything else intact', async () => {
    const app = await boot();
    const { sec, meeting } = await prepared(app);
    const item = (await sec.must('meetings:get', { meetingId: meeting.id })).agenda[1]!;
    const meta = {
      title: 'Tờ trình',
      docType: 'to_trinh' as const,
      confidentiality: 'thuong' as const,
      visibility: { kind: 'everyone' as const },
    };
    const doc = await sec.must('documents:import', {
      meetingId: meeting.id,
      agendaItemId: item.id,
      importId: 'i1',
      fileName: 'tracemonkey.pdf',
      bytes: validPdf(),
      meta,
    });
    expect(doc.pages).toBe(14);
    // Indexing for search starts at import, before anyone searches.
    await app.services.search.indexer.idle();
    expect(getSearchBlob(app.services.db, doc.sha256)).toMatchObject({ state: 'done', pagesTotal: 14 });
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(sec.events.some((e) => e.event === 'documents:import-progress' && (e.payload as { phase: string }).phase === 'done')).toBe(true);

    const broken = await sec.call('documents:import', {
      meetingId: meeting.id,
      agendaItemId: item.id,
      importId: 'i2',
      fileName: 'hong.pdf',
      bytes: brokenPdf(),
      meta,
    });
    expect(broken.ok).toBe(false);
    if (!broken.ok) {
      expect(broken.error.code).toMatch(/^pdf_/);
      expect(broken.error.message).toMatch(/PDF/);
    }
    const after = await sec.must('meetings:get', { meetingId: meeting.id });
    expect(after.documents.map((d) => d.id)).toEqual([doc.id]);
    expect(after.agenda).toHaveLength(3);
  });

  it('publishing freezes documents except through a new version; delegates see only what is visible to them', async () => {
    const dataDir = tempDir();
    const app = await boot(dataDir);
    const { sec, meeting } = await prepared(app);
    const item = (await sec.must('meetings:get', { meetingId: meeting.id })).agenda[1]!;
    const csv =
      'ho_ten,chuc_vu,don_vi,to_dai_bieu,vai_tro,ten_dang_nhap,mat_khau\n' +
      'Nguyễn Văn Bình,Đại biểu,"Sở Tài chính, tỉnh",Tổ 1,đại biểu,binh,matkhau1\n' +
      'Trần Thị Ánh,Đại biểu,UBND huyện Đại Từ,Tổ 2,delegate,anh,matkhau2\n' +
      'Lê Văn Cường,Khách,Báo Thái Nguyên,,khách mời,cuong,matkhau3\n' +
      'Sai Vai Trò,,,,giám đốc,sai,matkhau4\n' +
      'Thiếu Mật Khẩu,,,,delegate,thieu,\n';
    // The preview checks every row and writes nothing; a repeated username is listed.
    const before = await sec.must('roster:list', { meetingId: meeting.id });
    const preview = await sec.must('roster:import-csv', {
      meetingId: meeting.id,
      csv: csv + 'Bình Lặp,,,,delegate,binh,matkhau9\n',
      dryRun: true,
    });
    expect(preview).toMatchObject({ rows: 6, added: 3, updated: 0, duplicates: ['binh'] });
    expect(preview.errors.map((e) => e.line)).toEqual([5, 6, 7]);
    expect(await sec.must('roster:list', { meetingId: meeting.id })).toEqual(before);
    const unbalanced = await sec.call('roster:import-csv', {
      meetingId: meeting.id,
      csv: csv + '"Không đóng ngoặc,,,,delegate,x,matkhau5\n',
      dryRun: true,
    });
    expect(unbalanced).toMatchObject({ ok: false, error: { key: 'error.csv.unclosedQuote', params: { line: 7 } } });
    const roster = await sec.must('roster:import-csv', { meetingId: meeting.id, csv });
    expect(roster.added).toBe(3);
    expect(roster.errors.map((e) => e.line)).toEqual([5, 6]);
    const list = await sec.must('roster:list', { meetingId: meeting.id });
    expect(list.map((p) => p.fullName)).toEqual(['Trần Thị Ánh', 'Nguyễn Văn Bình', 'Lê Văn Cường', 'Lương Thị Thư']);

    const base = { docType: 'bao_cao' as const, confidentiality: 'thuong' as const };
    const everyone = await sec.must('documents:import', {
      meetingId: meeting.id,
      agendaItemId: item.id,
      importId: 'a',
      fileName: 'a.pdf',
      bytes: validPdf(),
      meta: { ...base, title: 'Công khai', visibility: { kind: 'everyone' } },
    });
    await sec.must('documents:import', {
      meetingId: meeting.id,
      agendaItemId: item.id,
      importId: 'b',
      fileName: 'b.pdf',
      bytes: validPdf(),
      meta: { ...base, title: 'Tổ 2', visibility: { kind: 'groups', groups: ['Tổ 2'] } },
    });
    await sec.must('documents:import', {
      meetingId: meeting.id,
      agendaItemId: item.id,
      importId: 'c',
      fileName: 'c.pdf',
      bytes: validPdf(),
      meta: { ...base, title: 'Mật', confidentiality: 'mat', visibility: { kind: 'everyone' } },
    });

    // a delegate sees nothing of a draft
    const binh = newCaller(app);
    await binh.must('auth:login', { username: 'binh', password: 'matkhau1' });
    expect(await binh.must('meetings:list')).toEqual([]);

    const published: Meeting = await sec.must('meetings:publish', { meetingId: meeting.id });
    expect(published.status).toBe('published');
    const frozen = await sec.call('documents:update', { documentId: everyone.id, patch: { title: 'đổi' } });
    expect(!frozen.ok && frozen.error.code).toBe('frozen');
    const v2 = await sec.must('documents:add-version', {
      documentId: everyone.id,
      importId: 'v2',
      fileName: 'a2.pdf',
      bytes: new Uint8Array(readFileSync(join(corpus, 'basicapi.pdf'))),
    });
    expect(v2).toMatchObject({ version: 2, supersedesId: everyone.id });

    await app.close();
    open.pop();
    // restart on the same data: everything is still there
    const again = await boot(dataDir);
    const titles = async (username: string, password: string) => {
      const c = newCaller(again);
      await c.must('auth:login', { username, password });
      const d = await c.must('meetings:get', { meetingId: meeting.id });
      return d.documents.map((x) => `${x.title}${x.superseded ? ' (cũ)' : ''}`).sort();
    };
    expect(await titles('binh', 'matkhau1')).toEqual(['Công khai', 'Công khai (cũ)', 'Mật']);
    expect(await titles('anh', 'matkhau2')).toEqual(['Công khai', 'Công khai (cũ)', 'Mật', 'Tổ 2']);
    expect(await titles('cuong', 'matkhau3')).toEqual(['Công khai', 'Công khai (cũ)']);

    // a hidden document is not readable either, and looks like a missing one
    const c = newCaller(again);
    await c.must('auth:login', { username: 'cuong', password: 'matkhau3' });
    const sec2 = newCaller(again);
    await sec2.must('auth:login', { username: 'thuky', password: 'thuky' });
    const hidden = (await sec2.must('meetings:get', { meetingId: meeting.id })).documents.find((d) => d.title === 'Mật')!;
    const read = await c.call('documents:read', { documentId: hidden.id });
    expect(!read.ok && read.error.code).toBe('not_found');
    const readable = await c.must('documents:read', { documentId: v2.id });
    expect(readable.bytes.byteLength).toBe(v2.sizeBytes);
    // a delegate cannot edit
    const denied = await c.call('agenda:add', {
      meetingId: meeting.id,
      parentId: null,
      item: { title: 'x', presenter: '', durationMin: 1 },
    });
    expect(!denied.ok && denied.error.code).toBe('forbidden');
  });
});
