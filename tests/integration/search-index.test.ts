import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SearchStatus } from '../../shared/ipc/slices/viewer';
import { foldText } from '../../shared/search/normalize';
import type { AppServices } from '../../electron/laptop/create-services';
import { startServices } from '../helpers/services';
import { copyOf, CORPUS, demoTemplate, signIn, type DemoTemplate } from './search-fixtures';

describe('meeting search over the real demo PDFs', () => {
  let template: DemoTemplate;
  beforeAll(async () => {
    template = await demoTemplate();
  });
  const open: AppServices[] = [];
  afterEach(async () => {
    for (const app of open.splice(0)) await app.close();
  });
  const boot = (dir: string) => {
    const app = startServices(dir);
    open.push(app);
    return app;
  };

  it('indexes in the background with progress, finds text typed without diacritics, respects visibility, indexes once', async () => {
    const dir = copyOf(template);
    const app = boot(dir);
    const { meetingId } = template;
    const outsider = await signIn(app, 'daibieu20', 'daibieu');
    const insider = await signIn(app, 'daibieu01', 'daibieu');

    const first = await outsider.must('search:status', { meetingId });
    // Indexing started when the template's documents were imported; some may be done already, not all.
    expect(first.running).toBe(true);
    expect(first.indexed).toBeLessThan(first.documents);
    await app.services.search.indexer.idle();

    // Progress arrived as events, ending with everything the caller may see indexed.
    const progress = outsider.events.filter((e) => e.event === 'search:progress').map((e) => e.payload as SearchStatus);
    expect(progress.length).toBeGreaterThan(0);
    const last = progress.at(-1)!;
    expect(last).toMatchObject({ running: false, indexed: last.documents, unavailable: [] });
    expect(last.pagesDone).toBe(last.pagesTotal);
    for (let i = 1; i < progress.length; i++) expect(progress[i]!.pagesDone).toBeGreaterThanOrEqual(progress[i - 1]!.pagesDone);

    const { hits } = await outsider.must('search:query', { meetingId, query: 'chuyen doi so' });
    expect(hits.length).toBeGreaterThan(5);
    expect(hits[0]!.phrase).toBe(true);
    for (const h of hits.filter((x) => x.phrase)) {
      const [s, e] = h.highlights[0]!;
      expect(foldText(h.snippet.slice(s, e))).toBe('chuyen doi so');
    }
    // đ typed as d, capitals, no diacritics.
    const dai = await outsider.must('search:query', { meetingId, query: 'HOI DONG NHAN DAN' });
    expect(dai.hits.length).toBeGreaterThan(0);
    expect(foldText(dai.hits[0]!.snippet.slice(...dai.hits[0]!.highlights[0]!))).toBe('hoi dong nhan dan');

    // The confidential personnel document: found by a member of its group, never by an outsider.
    const secretQuery = { meetingId, query: 'uy vien uy ban nhan dan tinh nhiem ky' };
    const insiderHits = (await insider.must('search:query', secretQuery)).hits;
    const secretDoc = insiderHits.find((h) => h.documentTitle.includes('nhân sự'));
    expect(secretDoc).toBeDefined();
    const outsiderHits = (await outsider.must('search:query', secretQuery)).hits;
    expect(outsiderHits.some((h) => h.documentId === secretDoc!.documentId)).toBe(false);
    expect(await outsider.call('search:query', { ...secretQuery, documentId: secretDoc!.documentId })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });

    // One document only.
    const one = await insider.must('search:query', { meetingId, query: 'chuyen doi so', documentId: hits[0]!.documentId });
    expect(new Set(one.hits.map((h) => h.documentId))).toEqual(new Set([hits[0]!.documentId]));

    // Restart: the index is kept, nothing is extracted again.
    await app.close();
    open.splice(0);
    const again = boot(dir);
    const back = await signIn(again, 'daibieu20', 'daibieu');
    const status = await back.must('search:status', { meetingId });
    expect(status).toMatchObject({ running: false, indexed: status.documents });
    expect((await back.must('search:query', { meetingId, query: 'chuyển đổi số' })).hits.length).toBe(hits.length);
  });

  it('lists a password-protected document as unavailable instead of failing the meeting', async () => {
    const app = boot(copyOf(template));
    const { meetingId } = template;
    const sec = await signIn(app, 'thuky', 'thuky');
    // The demo meeting is published (documents frozen), so the protected file is added the way a synced
    // laptop receives one: stored by hash, then attached as a new version of a document.
    const detail = await sec.must('meetings:get', { meetingId });
    const target = detail.documents[0]!;
    const bytes = new Uint8Array(readFileSync(join(CORPUS, 'issue6010_1.pdf')));
    const sha = app.services.blobs.put(bytes);
    app.services.db
      .prepare("INSERT INTO blobs (sha256, size_bytes, pages, pdf_title, created_at) VALUES (?, ?, 1, NULL, 'now')")
      .run(sha, bytes.byteLength);
    app.services.db
      .prepare(
        `INSERT INTO documents (id, meeting_id, agenda_item_id, title, doc_type, version, supersedes_id, confidentiality, visibility,
           sha256, file_name, position, created_at)
         SELECT 'enc-doc', meeting_id, agenda_item_id, 'Tài liệu có mật khẩu', doc_type, version + 1, id, confidentiality, visibility,
           ?, 'issue6010_1.pdf', position + 100, created_at FROM documents WHERE id = ?`,
      )
      .run(sha, target.id);
    await sec.must('search:status', { meetingId });
    await app.services.search.indexer.idle();
    const status = await sec.must('search:status', { meetingId });
    expect(status.unavailable).toEqual([
      expect.objectContaining({ documentId: 'enc-doc', state: 'encrypted', reason: { key: 'error.search.encrypted' } }),
    ]);
    expect(status.indexed).toBe(status.documents - 1);
    expect(status.running).toBe(false);
  });
});
