import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppServices } from '../../electron/laptop/create-services';
import type { DocumentMeta } from '../../shared/model/types';
import { startServices } from '../helpers/services';
import { copyOf, demoTemplate, signIn, type DemoTemplate } from './search-fixtures';

/**
 * Leak deterrence (issue 13) through the real services on the demo meeting: `viewer:protection` decides the
 * window's content protection from the document's confidentiality in the database and names the reader for
 * the watermark; the annotated export refuses a confidential document.
 */
describe('viewer:protection and the refused export of confidential documents', () => {
  let template: DemoTemplate;
  beforeAll(async () => {
    template = await demoTemplate();
  });
  const open: AppServices[] = [];
  afterEach(async () => {
    for (const app of open.splice(0)) await app.close();
  });

  async function delegate(username: string) {
    const app = startServices(copyOf(template));
    open.push(app);
    const caller = await signIn(app, username, 'daibieu');
    const applied: boolean[] = [];
    caller.ctx.setContentProtection = (on) => void applied.push(on);
    const docs = (await caller.must('meetings:get', { meetingId: template.meetingId })).documents;
    return { app, caller, applied, docs };
  }
  const secretOf = (docs: DocumentMeta[]) => docs.find((d) => d.confidentiality === 'mat')!;
  const ordinaryOf = (docs: DocumentMeta[]) => docs.find((d) => d.confidentiality === 'thuong')!;

  it('protects the window while any viewer shows a confidential document, and names the reader', async () => {
    const { caller, applied, docs } = await delegate('daibieu01');
    const secret = secretOf(docs);
    const ordinary = ordinaryOf(docs);
    expect(secret).toBeDefined();

    expect(await caller.must('viewer:protection', { viewerId: 'a', documentId: ordinary.id })).toEqual({
      protected: false,
      watermark: null,
    });
    expect(applied).toEqual([]);

    // Viewer a switches in place to the confidential document: protected, the roster entry to mark pages with.
    expect(await caller.must('viewer:protection', { viewerId: 'a', documentId: secret.id })).toEqual({
      protected: true,
      watermark: {
        fullName: 'Nguyễn Văn Đức',
        unit: 'Ban Kinh tế - Ngân sách HĐND tỉnh',
        group: 'Tổ đại biểu phường Phan Đình Phùng',
      },
    });
    expect(applied).toEqual([true]);

    // A second viewer (the live screen's reading mode) on the same document, then the first one closes: still on.
    expect((await caller.must('viewer:protection', { viewerId: 'b', documentId: secret.id })).protected).toBe(true);
    expect(await caller.must('viewer:protection', { viewerId: 'a', documentId: null })).toEqual({ protected: true, watermark: null });
    expect(applied).toEqual([true]);
    // The last one moves to an ordinary document: off, applied once.
    expect((await caller.must('viewer:protection', { viewerId: 'b', documentId: ordinary.id })).protected).toBe(false);
    expect(applied).toEqual([true, false]);
    expect((await caller.must('viewer:protection', { viewerId: 'b', documentId: null })).protected).toBe(false);
    expect(applied).toEqual([true, false]);
  });

  it('keeps each window its own decision and refuses what the caller may not see', async () => {
    const { app, caller, applied, docs } = await delegate('daibieu01');
    await caller.must('viewer:protection', { viewerId: 'a', documentId: secretOf(docs).id });
    const other = await signIn(app, 'daibieu02', 'daibieu');
    expect((await other.must('viewer:protection', { viewerId: 'a', documentId: null })).protected).toBe(false);
    expect(applied).toEqual([true]);

    // daibieu09 is in another delegate group: the confidential document does not exist for them.
    const outsider = await signIn(app, 'daibieu09', 'daibieu');
    const refused = await outsider.call('viewer:protection', { viewerId: 'x', documentId: secretOf(docs).id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const bad = await caller.call('viewer:protection', { viewerId: 'x'.repeat(65), documentId: null });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', key: 'error.input.tooLong' } });
  });

  it('refuses the annotated export of a confidential document, not of an ordinary one', async () => {
    const { caller, docs } = await delegate('daibieu01');
    const refused = await caller.call('annotations:export', { documentId: secretOf(docs).id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'error.document.confidentialExport' } });
    const exported = await caller.must('annotations:export', { documentId: ordinaryOf(docs).id });
    expect(exported.bytes.byteLength).toBeGreaterThan(1000);
    expect(exported.fileName).toMatch(/\.pdf$/);
  });
});
