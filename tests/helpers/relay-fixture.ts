import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword } from '../../electron/common/password';
import type { AgendaItemId, DocumentId, MeetingId, Sha256, UserId } from '../../shared/model/ids';
import type { MeetingPackage, PackagedParticipant } from '../../shared/model/package';
import { MEETING_PACKAGE_FORMAT } from '../../shared/model/package';
import type { Confidentiality, DocumentMeta, MeetingRole, Visibility } from '../../shared/model/types';
import { seededRandom } from './random';

/** Re-exported: fixtures and the code that uses them draw from the same generator. */
export { seededRandom };

/**
 * Builds a small published meeting (package + blob folder) for relay tests. Passwords are hashed with the
 * real scrypt (≈50 ms each), so keep the user count small; pass `sharedHash` to reuse one hash for many
 * users when only sessions matter (benchmarks).
 */
export type FixtureUserSpec = { key: string; role: MeetingRole; group?: string; password?: string };
export type FixtureDocSpec = {
  key: string;
  title?: string;
  sizeBytes?: number;
  confidentiality?: Confidentiality;
  visibility?: Visibility | { kind: 'delegates'; userKeys: string[] };
};

export type FixtureUser = { id: UserId; username: string; password: string; role: MeetingRole; group: string };
export type FixtureDoc = { id: DocumentId; sha256: Sha256; bytes: Uint8Array; meta: DocumentMeta };

export type MeetingFixture = {
  /** Folder holding `blobs/` (and `package.json` after writeExportedPackage). */
  dir: string;
  pkg: MeetingPackage;
  blobDir: string;
  meetingId: MeetingId;
  users: Record<string, FixtureUser>;
  docs: Record<string, FixtureDoc>;
};

export function fakePdfBytes(size: number, rand: () => number): Uint8Array {
  const out = new Uint8Array(Math.max(size, 16));
  out.set(new TextEncoder().encode('%PDF-1.4\n'), 0);
  for (let i = 9; i < out.length; i++) out[i] = Math.floor(rand() * 256);
  return out;
}

export const DEFAULT_USERS: FixtureUserSpec[] = [
  { key: 'secretary', role: 'secretariat' },
  { key: 'chair', role: 'chair' },
  { key: 'd1', role: 'delegate', group: 'to-1' },
  { key: 'd2', role: 'delegate', group: 'to-2' },
];

export const DEFAULT_DOCS: FixtureDocSpec[] = [
  { key: 'public', title: 'Tờ trình số 12/TTr-UBND', sizeBytes: 180_000 },
  {
    key: 'secretForD1',
    title: 'Báo cáo mật',
    sizeBytes: 90_000,
    confidentiality: 'mat',
    visibility: { kind: 'delegates', userKeys: ['d1'] },
  },
  { key: 'group2', title: 'Tài liệu tổ 2', sizeBytes: 40_000, visibility: { kind: 'groups', groups: ['to-2'] } },
];

export async function makeMeetingFixture(
  opts: { dir?: string; seed?: number; users?: FixtureUserSpec[]; docs?: FixtureDocSpec[]; sharedHash?: string; meetingId?: string } = {},
): Promise<MeetingFixture> {
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'phg-relay-fixture-'));
  const rand = seededRandom(opts.seed ?? 1);
  const blobDir = join(dir, 'blobs');
  mkdirSync(blobDir, { recursive: true });
  const meetingId = (opts.meetingId ?? 'm-ky-hop-1') as MeetingId;
  const agendaId = 'a-1' as AgendaItemId;
  const createdAt = '2025-01-15T08:00:00.000Z';

  const specs = opts.users ?? DEFAULT_USERS;
  const users: Record<string, FixtureUser> = {};
  const participants: PackagedParticipant[] = await Promise.all(
    specs.map(async (s, i) => {
      const password = s.password ?? `mk-${s.key}-2025`;
      const id = `u-${s.key}` as UserId;
      users[s.key] = { id, username: s.key, password, role: s.role, group: s.group ?? '' };
      return {
        userId: id,
        meetingId,
        username: s.key,
        fullName: `Nguyễn Văn ${s.key.toUpperCase()} ${i}`,
        title: 'Đại biểu',
        unit: 'HĐND tỉnh',
        group: s.group ?? '',
        role: s.role,
        passwordHash: opts.sharedHash ?? (await hashPassword(password)),
      };
    }),
  );

  const docs: Record<string, FixtureDoc> = {};
  const documents: DocumentMeta[] = (opts.docs ?? DEFAULT_DOCS).map((s, i) => {
    const bytes = fakePdfBytes(s.sizeBytes ?? 50_000, rand);
    const sha = createHash('sha256').update(bytes).digest('hex') as Sha256;
    writeFileSync(join(blobDir, `${sha}.pdf`), bytes);
    const v = s.visibility ?? { kind: 'everyone' };
    const visibility: Visibility =
      v.kind === 'delegates' && 'userKeys' in v ? { kind: 'delegates', userIds: v.userKeys.map((k) => users[k]!.id) } : (v as Visibility);
    const meta: DocumentMeta = {
      id: `doc-${s.key}` as DocumentId,
      meetingId,
      agendaItemId: agendaId,
      title: s.title ?? s.key,
      docType: 'to_trinh',
      version: 1,
      supersedesId: null,
      superseded: false,
      confidentiality: s.confidentiality ?? 'thuong',
      visibility,
      sha256: sha,
      pages: 1,
      sizeBytes: bytes.length,
      fileName: `${s.key}.pdf`,
      pdfTitle: `Tiêu đề PDF ${s.key}`,
      createdAt,
    };
    docs[s.key] = { id: meta.id, sha256: sha, bytes, meta };
    void i;
    return meta;
  });

  const pkg: MeetingPackage = {
    format: MEETING_PACKAGE_FORMAT,
    exportedAt: createdAt,
    meeting: {
      id: meetingId,
      bodyKind: 'hdnd',
      title: 'Kỳ họp thứ 21 HĐND tỉnh',
      date: '2025-01-15',
      time: '08:00',
      place: 'Hội trường tỉnh',
      meetingType: 'thuong_le',
      status: 'published',
      publishedAt: createdAt,
      createdAt,
    },
    agenda: [{ id: agendaId, meetingId, parentId: null, position: 0, title: 'Khai mạc', presenter: 'Chủ tọa', durationMin: 15 }],
    documents,
    participants,
  };
  return { dir, pkg, blobDir, meetingId, users, docs };
}

/** Writes the package as the secretariat exports it (`package.json` next to `blobs/`); returns that folder. */
export function writeExportedPackage(fx: MeetingFixture): string {
  writeFileSync(join(fx.dir, 'package.json'), JSON.stringify(fx.pkg, null, 2));
  return fx.dir;
}
