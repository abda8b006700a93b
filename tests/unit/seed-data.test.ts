import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { seedDocuments, validateDemoMeeting, type DemoMeetingFile, type SeedAccount } from '../../seeds/demo-meeting.schema';
import type { UserId } from '../../shared/model/ids';
import type { Participant, Visibility } from '../../shared/model/types';
import { canSeeDocument } from '../../shared/model/visibility';
import type { BodyId, Membership, MembershipId, TermId } from '../../shared/model/roster';
import { computeDenominator, summarizeDenominator } from '../../shared/voting/denominator';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const demo = JSON.parse(readFileSync(`${SEEDS}demo-meeting.json`, 'utf8')) as DemoMeetingFile;
const pdfFiles = new Set(readdirSync(`${SEEDS}pdfs`).filter((f) => f.endsWith('.pdf')));

const byRole = (role: SeedAccount['role']): SeedAccount[] => demo.accounts.filter((a) => a.role === role);
/** Vietnamese names put the given name last. */
const givenName = (fullName: string): string => fullName.trim().split(/\s+/u).pop()!;

describe('demo-meeting.json', () => {
  it('is valid against the shared model (enums, files, usernames, visibility)', () => {
    expect(validateDemoMeeting(demo, pdfFiles)).toEqual([]);
  });

  it('has about fifty delegates in district groups, one chair, one secretariat "thuky" and a guest', () => {
    const delegates = byRole('delegate');
    expect(delegates.length).toBeGreaterThanOrEqual(45);
    expect(delegates.length).toBeLessThanOrEqual(55);
    for (const d of delegates) expect(d.group).toMatch(/^Tổ đại biểu /u);
    expect(new Set(delegates.map((d) => d.group)).size).toBeGreaterThanOrEqual(5);
    expect(byRole('chair')).toHaveLength(1);
    expect(byRole('guest').length).toBeGreaterThanOrEqual(1);
    const secretariat = demo.accounts.filter((a) => a.systemRole === 'secretariat');
    expect(secretariat.map((a) => [a.username, a.role])).toEqual([['thuky', 'secretariat']]);
  });

  it('uses realistic Vietnamese names whose given names exercise collation (Đ, Ư, Â)', () => {
    const initials = new Set(demo.accounts.map((a) => givenName(a.fullName).charAt(0)));
    for (const letter of ['Đ', 'Ư', 'Â']) expect(initials, `a given name starting with ${letter}`).toContain(letter);
    for (const a of demo.accounts) expect(a.fullName.split(/\s+/u).length).toBeGreaterThanOrEqual(2);
  });

  it('keeps the real officials named in the source articles out of the accounts', () => {
    const real = ['Nguyễn Thanh Hải', 'Trịnh Việt Hùng', 'Đặng Xuân Trường'];
    for (const a of demo.accounts) expect(real).not.toContain(a.fullName);
  });

  it('documents the simple demo passwords', () => {
    const readme = readFileSync(`${SEEDS}README.md`, 'utf8');
    for (const pw of new Set(demo.accounts.map((a) => a.password))) expect(readme).toContain(`\`${pw}\``);
  });

  it('has 4–6 agenda items, some with 1–3 sub-items', () => {
    expect(demo.agenda.length).toBeGreaterThanOrEqual(4);
    expect(demo.agenda.length).toBeLessThanOrEqual(6);
    const childCounts = demo.agenda.map((item) => item.children?.length ?? 0);
    expect(childCounts.some((n) => n > 0)).toBe(true);
    for (const n of childCounts) expect(n).toBeLessThanOrEqual(3);
  });

  it('hides the confidential document from guests and from delegates outside its group (canSeeDocument)', () => {
    const participant = (a: SeedAccount): Pick<Participant, 'userId' | 'group' | 'role'> => ({
      userId: a.username as UserId,
      group: a.group,
      role: a.role,
    });
    const toVisibility = (v: DemoMeetingFile['agenda'][number]['documents'][number]['visibility']): Visibility =>
      v.kind === 'delegates' ? { kind: 'delegates', userIds: v.usernames.map((u) => u as UserId) } : v;
    const secret = seedDocuments(demo)
      .map((d) => d.doc)
      .filter((d) => d.confidentiality === 'mat');
    expect(secret.length).toBeGreaterThanOrEqual(1);
    for (const doc of secret) {
      const meta = { confidentiality: doc.confidentiality, visibility: toVisibility(doc.visibility) };
      const seeing = byRole('delegate').filter((a) => canSeeDocument(meta, participant(a)));
      const notSeeing = byRole('delegate').filter((a) => !canSeeDocument(meta, participant(a)));
      expect(seeing.length).toBeGreaterThan(0);
      expect(notSeeing.length).toBeGreaterThan(0);
      for (const g of byRole('guest')) expect(canSeeDocument(meta, participant(g))).toBe(false);
      for (const c of byRole('chair')) expect(canSeeDocument(meta, participant(c))).toBe(true);
    }
    const byDelegate = seedDocuments(demo).filter((d) => d.doc.visibility.kind === 'delegates');
    expect(byDelegate.length, 'one document shared with named delegates').toBeGreaterThanOrEqual(1);
  });
});

/** RFC 4180 parsing, just enough to check the sample (quoted fields, doubled quotes, commas). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe('roster-sample.csv', () => {
  const text = readFileSync(`${SEEDS}roster-sample.csv`, 'utf8');
  const rows = parseCsv(text);

  it('is NFC UTF-8 with the agreed header and 8 rows of 7 fields', () => {
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text).toBe(text.normalize('NFC'));
    expect(rows[0]).toEqual(['ho_ten', 'chuc_vu', 'don_vi', 'to_dai_bieu', 'vai_tro', 'ten_dang_nhap', 'mat_khau']);
    expect(rows.slice(1)).toHaveLength(8);
    for (const r of rows.slice(1)) expect(r).toHaveLength(7);
  });

  it('mixes English and Vietnamese role values and has quoted fields with commas and quotes', () => {
    const roles = new Set(rows.slice(1).map((r) => r[4]));
    for (const v of ['delegate', 'chair', 'secretariat', 'guest', 'đại biểu', 'chủ tọa', 'thư ký', 'khách mời']) expect(roles).toContain(v);
    expect(rows.slice(1).some((r) => r.some((f) => f.includes(',')))).toBe(true);
    expect(rows.slice(1).some((r) => r.some((f) => f.includes('"')))).toBe(true);
    const usernames = rows.slice(1).map((r) => r[5]!);
    expect(new Set(usernames).size).toBe(usernames.length);
    for (const u of usernames) expect(u).toMatch(/^[a-z0-9._-]+$/u);
  });
});

describe('demo body and term (the current state after the 2025 reform)', () => {
  it('is the merged HĐND tỉnh Thái Nguyên in the 2026–2031 term, with communes and wards, not districts', () => {
    expect(demo.body).toMatchObject({ type: 'hdnd', level: 'tinh', name: 'HĐND tỉnh Thái Nguyên', term: { startDate: '2026-03-15' } });
    expect(demo.meeting.title).toMatch(/2026–2031/u);
    const text = JSON.stringify(demo.accounts);
    expect(text).not.toMatch(/huyện|Huyện ủy|Thành ủy|TP /u);
    for (const d of byRole('delegate')) expect(d.group).toMatch(/^Tổ đại biểu (xã|phường) /u);
  });

  it('gives N = 51 on the meeting date: 53 members of the term, one resigned and one deceased', () => {
    const b = demo.body!;
    const memberships: Membership[] = [
      ...demo.accounts
        .filter((a) => a.role === 'chair' || a.role === 'delegate')
        .map((a) => ({
          fullName: a.fullName,
          position: a.title,
          startDate: b.term.startDate,
          endDate: null,
          endKind: null,
          endReason: null,
        })),
      ...b.formerMembers,
    ].map((m, i) => ({
      ...m,
      id: `m${i}` as MembershipId,
      termId: 't' as TermId,
      userId: null,
      isHead: false,
      startKind: 'elected',
      formerBody: null,
      liftedOn: null,
    }));
    const roster = {
      body: { id: 'b' as BodyId, type: b.type, level: b.level, name: b.name, parentId: null },
      term: { id: 't' as TermId, bodyId: 'b' as BodyId, ...b.term, endDate: null },
      memberships,
    };
    const d = computeDenominator(roster, demo.meeting.date, ['resigned', 'dismissed', 'died', 'transferred'], null);
    expect(summarizeDenominator(d, 'vi')).toBe('N = 51 (53 thành viên; 1 thôi nhiệm vụ 5/2026, 1 từ trần 8/2026)');
  });
});
