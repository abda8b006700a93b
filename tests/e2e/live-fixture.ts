import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import type { AgendaItemId, DocumentId, Sha256 } from '../../shared/model/ids';
import type { AgendaItem, DocType, DocumentMeta } from '../../shared/model/types';
import { repoRoot } from '../helpers/laptop';
import { makeMeetingFixture, writeExportedPackage, type MeetingFixture } from '../helpers/relay-fixture';

/**
 * A small published HĐND meeting for the live e2e (not a spec): chair + 3 delegates (4 members, quorum
 * ceil(2·4/3) = 3, so the relay lets votes open once they check in) and a secretariat; three agenda items,
 * the second with two real Vietnamese PDFs from seeds/pdfs so the followed document actually renders.
 */
export const PEOPLE = {
  secretary: { key: 'thuky', fullName: 'Đỗ Minh Thư', role: 'secretariat' as const },
  chair: { key: 'chutoa', fullName: 'Phạm Hoàng Sơn', role: 'chair' as const },
  d1: { key: 'ngoc', fullName: 'Nguyễn Thị Bích Ngọc', role: 'delegate' as const, group: 'Tổ đại biểu số 1' },
  d2: { key: 'hung', fullName: 'Trần Văn Hùng', role: 'delegate' as const, group: 'Tổ đại biểu số 1' },
  d3: { key: 'ha', fullName: 'Lê Thị Thu Hà', role: 'delegate' as const, group: 'Tổ đại biểu số 2' },
};
export type PersonKey = keyof typeof PEOPLE;

export const ITEMS = [
  { id: 'a-khai-mac', title: 'Khai mạc kỳ họp', presenter: 'Chủ tọa kỳ họp', durationMin: 15 },
  {
    id: 'a-to-trinh',
    title: 'Tờ trình và dự thảo Nghị quyết về Chương trình chuyển đổi số tỉnh giai đoạn 2021 - 2025',
    presenter: 'Phó Chủ tịch UBND tỉnh',
    durationMin: 45,
  },
  {
    id: 'a-bieu-quyet',
    title: 'Biểu quyết thông qua Nghị quyết về Chương trình chuyển đổi số',
    presenter: 'Chủ tọa kỳ họp',
    durationMin: 20,
  },
] as const;

const DOCS: { id: string; file: string; title: string; docType: DocType; item: string }[] = [
  {
    id: 'doc-to-trinh',
    file: 'to-trinh-chuyen-doi-so.pdf',
    title: 'Tờ trình số 125/TTr-UBND về Chương trình chuyển đổi số',
    docType: 'to_trinh',
    item: 'a-to-trinh',
  },
  {
    id: 'doc-du-thao',
    file: 'du-thao-nghi-quyet-chuyen-doi-so.pdf',
    title: 'Dự thảo Nghị quyết về Chương trình chuyển đổi số',
    docType: 'du_thao_nghi_quyet',
    item: 'a-to-trinh',
  },
];

export type LiveMeeting = MeetingFixture & { packageDir: string; docMeta: DocumentMeta[] };

export async function buildLiveMeeting(): Promise<LiveMeeting> {
  const people = Object.values(PEOPLE);
  const fx = await makeMeetingFixture({
    meetingId: 'm-ky-hop-live',
    users: people.map((p) => ({ key: p.key, role: p.role, ...('group' in p ? { group: p.group } : {}) })),
    docs: [],
  });
  fx.pkg.meeting.title = 'Kỳ họp thứ 9 (chuyên đề) HĐND tỉnh Thái Nguyên khóa XIV';
  fx.pkg.meeting.meetingType = 'ky_hop_chuyen_de';
  for (const p of fx.pkg.participants) {
    const person = people.find((x) => x.key === p.username)!;
    p.fullName = person.fullName;
    p.title =
      person.role === 'chair' ? 'Chủ tịch HĐND tỉnh' : person.role === 'secretariat' ? 'Chuyên viên Văn phòng' : 'Đại biểu HĐND tỉnh';
  }
  fx.pkg.agenda = ITEMS.map((it, i): AgendaItem => ({
    id: it.id as AgendaItemId,
    meetingId: fx.meetingId,
    parentId: null,
    position: i,
    title: it.title,
    presenter: it.presenter,
    durationMin: it.durationMin,
  }));
  const docMeta: DocumentMeta[] = [];
  for (const d of DOCS) {
    const src = join(repoRoot, 'seeds', 'pdfs', d.file);
    const bytes = readFileSync(src);
    const sha = createHash('sha256').update(bytes).digest('hex') as Sha256;
    copyFileSync(src, join(fx.blobDir, `${sha}.pdf`));
    const pages = (await PDFDocument.load(bytes, { ignoreEncryption: true })).getPageCount();
    docMeta.push({
      id: d.id as DocumentId,
      meetingId: fx.meetingId,
      agendaItemId: d.item as AgendaItemId,
      title: d.title,
      docType: d.docType,
      version: 1,
      supersedesId: null,
      superseded: false,
      confidentiality: 'thuong',
      visibility: { kind: 'everyone' },
      sha256: sha,
      pages,
      sizeBytes: bytes.length,
      fileName: d.file,
      pdfTitle: null,
      createdAt: fx.pkg.exportedAt,
    });
  }
  fx.pkg.documents = docMeta;
  return { ...fx, packageDir: writeExportedPackage(fx), docMeta };
}

export const credentials = (fx: MeetingFixture, who: PersonKey) => {
  const u = fx.users[PEOPLE[who].key]!;
  return { username: u.username, password: u.password };
};
