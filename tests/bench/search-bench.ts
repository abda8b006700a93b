/*
 * Search benchmark: latency of `search:query` (through the real services dispatcher, visibility checks
 * included) over a meeting of 5,000 pages, and the throughput of background text extraction + indexing.
 *
 *   npx tsx tests/bench/search-bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { AgendaItemId, DocumentId, MeetingId, UserId } from '../../shared/model/ids';
import type { User } from '../../shared/model/types';
import { foldText } from '../../shared/search/normalize';
import { insertAgendaItem } from '../../electron/laptop/db/queries/agenda-items';
import { upsertBlob } from '../../electron/laptop/db/queries/blobs';
import { insertDocument } from '../../electron/laptop/db/queries/documents';
import { insertMeeting } from '../../electron/laptop/db/queries/meetings';
import { upsertParticipant } from '../../electron/laptop/db/queries/participants';
import { finishSearchBlob, resetSearchBlob } from '../../electron/laptop/db/queries/search-blobs';
import { insertPages } from '../../electron/laptop/db/queries/search-pages';
import { insertUser } from '../../electron/laptop/db/queries/users';
import type { CallContext } from '../../electron/laptop/context';
import { createServices } from '../../electron/laptop/create-services';
import { EXTRACTOR_VERSION } from '../../electron/laptop/search/indexer';
import { percentile, round, type Metric } from './metric';
import { cachedTextPdf, seedSentences } from './viewer-pdf';

export const MEETING_PAGES = 5_000;
const DOCUMENTS = 50;
const PAGE_CHARS = 2_600;
const QUERY_ROUNDS = 15;
/** Typed the way delegates type: no diacritics, a prefix for the last word sometimes. */
const QUERIES = [
  'chuyen doi so', 'phong hop khong giay', 'nghi quyet', 'ha tang so', 'dang bo tinh', 'chinh quyen so', 'kinh te so',
  'xa hoi so', 'thai nguyen', 'nguoi dung dau', 'cai cach hanh chinh', 'du lieu', 'cong nghe thong tin', 'doanh nghiep',
  'dich vu cong truc tuyen', 'nang luc canh tranh', 'hoi dong nhan dan', 'chuyen doi', 'truyen thong cach mang', 'nhiem vu trong tam',
];

/** Deterministic text: the seed articles' sentences in a seeded order. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedMeeting(app: ReturnType<typeof createServices>): { meetingId: MeetingId; user: User } {
  const { db } = app.services;
  const now = new Date().toISOString();
  const user: User = { id: 'bench-delegate' as UserId, username: 'bench', fullName: 'Đại biểu thử', title: '', unit: '', systemRole: 'member' };
  insertUser(db, { ...user, passwordHash: 'x', createdAt: now });
  const meetingId = 'bench-meeting' as MeetingId;
  insertMeeting(db, { id: meetingId, bodyKind: 'hdnd', title: 'Kỳ họp thử', date: '2025-01-01', time: '', place: '', meetingType: 'ky_hop_thuong_le', status: 'published', publishedAt: now, createdAt: now });
  upsertParticipant(db, { meetingId, userId: user.id, role: 'delegate', group: '' });
  const itemId = 'bench-item' as AgendaItemId;
  insertAgendaItem(db, { id: itemId, meetingId, parentId: null, position: 0, title: 'Mục', presenter: '', durationMin: 0 });
  const sentences = seedSentences();
  const rnd = mulberry32(42);
  const perDoc = MEETING_PAGES / DOCUMENTS;
  db.transaction(() => {
    for (let d = 0; d < DOCUMENTS; d++) {
      const sha = (d.toString(16).padStart(2, '0') + 'ab'.repeat(31)) as never;
      upsertBlob(db, { sha256: sha, sizeBytes: 1, pages: perDoc, pdfTitle: null });
      insertDocument(db, {
        id: `bench-doc-${d}` as DocumentId, meetingId, agendaItemId: itemId, title: `Tài liệu ${d + 1}`, docType: 'tai_lieu_khac', version: 1,
        supersedesId: null, confidentiality: 'thuong', visibility: { kind: 'everyone' }, sha256: sha, fileName: `d${d}.pdf`, position: d, createdAt: now,
      });
      resetSearchBlob(db, sha, perDoc, EXTRACTOR_VERSION, now);
      const pages = [];
      for (let p = 1; p <= perDoc; p++) {
        let body = '';
        while (body.length < PAGE_CHARS) body += `${sentences[Math.floor(rnd() * sentences.length)]}\n`;
        pages.push({ page: p, body, folded: foldText(body) });
      }
      insertPages(db, sha, pages, now);
      finishSearchBlob(db, sha, 'done', '', now, EXTRACTOR_VERSION);
    }
  })();
  return { meetingId, user };
}

export async function runSearchBench(): Promise<Metric[]> {
  const dir = mkdtempSync(join(tmpdir(), 'phg-search-bench-'));
  const app = createServices({ dataDir: dir, mode: 'browser', version: 'bench', log: () => {} });
  try {
    const t0 = performance.now();
    const { meetingId, user } = seedMeeting(app);
    const seedMs = performance.now() - t0;
    const ctx: CallContext = { session: { token: 'bench', user }, setSession: () => {}, emit: () => {} };

    // Warm-up, then every query several times in a fixed order.
    for (const q of QUERIES) await app.dispatch(ctx, 'search:query', { meetingId, query: q });
    const times: number[] = [];
    let hits = 0;
    for (let r = 0; r < QUERY_ROUNDS; r++) {
      for (const q of QUERIES) {
        const s = performance.now();
        const res = await app.dispatch(ctx, 'search:query', { meetingId, query: q });
        times.push(performance.now() - s);
        if (!res.ok) throw new Error(`search failed: ${res.error.message}`);
        hits += (res.value as { hits: unknown[] }).hits.length;
      }
    }
    if (hits === 0) throw new Error('search bench found nothing');

    // Background extraction + indexing of a generated 300-page PDF through the real worker thread.
    const pdf = await cachedTextPdf(300);
    const sha = app.services.blobs.put(pdf);
    upsertBlob(app.services.db, { sha256: sha, sizeBytes: pdf.byteLength, pages: 300, pdfTitle: null });
    const i0 = performance.now();
    app.services.search.indexer.ensure([sha]);
    await app.services.search.indexer.idle();
    const indexMs = performance.now() - i0;

    return [
      { metric: `search latency p50 (${MEETING_PAGES} pages, ${times.length} queries)`, value: round(percentile(times, 50)), unit: 'ms' },
      { metric: `search latency p99 (${MEETING_PAGES} pages, ${times.length} queries)`, value: round(percentile(times, 99)), unit: 'ms' },
      { metric: `search index build from stored text (${MEETING_PAGES} pages, fold + FTS5 insert)`, value: round(seedMs), unit: 'ms' },
      { metric: 'search background extraction + indexing, 300-page PDF (worker thread)', value: round(indexMs), unit: 'ms' },
    ];
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runSearchBench().then((m) => console.log(JSON.stringify(m, null, 2)), (e) => (console.error(e), process.exit(1)));
}
