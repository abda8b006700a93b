import type { AgendaItemId, DocumentId, MeetingId, UserId } from '../../../shared/model/ids';
import { DOC_TYPES, type DocType, type DocumentMeta, type Visibility } from '../../../shared/model/types';
import { canSeeDocument } from '../../../shared/model/visibility';
import type { DocumentInput } from '../../../shared/ipc/slices/core';
import { err, ok, type Result } from '../../../shared/util/result';
import { getAgendaItem } from '../db/queries/agenda-items';
import { upsertBlob } from '../db/queries/blobs';
import { deleteDocument, getDocument, insertDocument, nextDocumentPosition, updateDocumentMeta } from '../db/queries/documents';
import { meetingAccess, requireEditor } from '../access';
import type { CallContext, DomainHandlers, Services } from '../context';
import { bytes, fail, obj, oneOf, text } from '../validate';

const MAX_VISIBILITY_ENTRIES = 1000;

export function parseVisibility(v: unknown): Visibility {
  const r = obj(v, 'quyền xem');
  const kind = oneOf(r.kind, ['everyone', 'groups', 'delegates'] as const, 'visibility', 'Phạm vi xem');
  const list = (key: string, label: string): string[] => {
    const arr = r[key];
    if (!Array.isArray(arr) || arr.length === 0) fail(`${label}: cần chọn ít nhất một.`, 'visibility');
    if (arr.length > MAX_VISIBILITY_ENTRIES) fail(`${label}: quá nhiều mục.`, 'visibility');
    return [...new Set(arr.map((x) => text(x, 'visibility', label, { max: 200 })))];
  };
  switch (kind) {
    case 'everyone':
      return { kind };
    case 'groups':
      return { kind, groups: list('groups', 'Tổ đại biểu') };
    case 'delegates':
      return { kind, userIds: list('userIds', 'Đại biểu') as UserId[] };
    default: {
      const never: never = kind;
      return never;
    }
  }
}

function parseDocumentInput(v: unknown, base?: DocumentMeta): DocumentInput {
  const r = obj(v, 'tài liệu');
  const pick = <K extends keyof DocumentInput>(k: K): unknown => (r[k] === undefined && base ? base[k] : r[k]);
  return {
    title: text(pick('title'), 'title', 'Tên tài liệu', { max: 500 }),
    docType: oneOf<DocType>(pick('docType'), DOC_TYPES, 'docType', 'Loại tài liệu'),
    confidentiality: oneOf(pick('confidentiality'), ['thuong', 'mat'] as const, 'confidentiality', 'Độ mật'),
    visibility: parseVisibility(pick('visibility')),
  };
}

function cleanFileName(v: unknown): string {
  const name = text(v, 'fileName', 'Tên tệp', { max: 255 });
  return name.replace(/[\\/]/g, '_');
}

export function documentHandlers(svc: Services) {
  /** Validates with pdf.js and stores by content hash, reporting progress to the caller's window. */
  async function ingest(ctx: CallContext, importId: string, data: Uint8Array, password?: string): Promise<Result<{ sha: DocumentMeta['sha256'] }>> {
    const progress = (phase: 'reading' | 'hashing' | 'validating' | 'storing' | 'done' | 'failed', fraction: number, message?: string) =>
      ctx.emit('documents:import-progress', message ? { importId, phase, fraction, message } : { importId, phase, fraction });
    progress('reading', 0);
    const info = await svc.pdf.inspect(data, {
      ...(password ? { password } : {}),
      onProgress: (p) => progress(p.phase, p.fraction),
    });
    if (!info.ok) {
      progress('failed', 1, info.error.message);
      return info;
    }
    progress('storing', 0);
    const sha = svc.blobs.put(data);
    upsertBlob(svc.db, { sha256: sha, sizeBytes: data.byteLength, pages: info.value.pages, pdfTitle: info.value.title });
    progress('done', 1, info.value.warnings.join(' ') || undefined);
    return ok({ sha });
  }

  const docAccess = (ctx: CallContext, documentId: unknown) => {
    const doc = typeof documentId === 'string' ? getDocument(svc.db, documentId as DocumentId) : null;
    if (!doc) fail('Không tìm thấy tài liệu.', 'documentId');
    return { doc, a: meetingAccess(svc, ctx, doc.meetingId) };
  };

  return {
    'documents:import': async (ctx, req) => {
      const r = obj(req);
      const a = meetingAccess(svc, ctx, r.meetingId as MeetingId);
      requireEditor(a);
      if (a.meeting.status === 'published') {
        return err('frozen', 'Cuộc họp đã phát hành: tài liệu đã được khóa. Hãy thêm phiên bản mới cho tài liệu cần thay đổi.');
      }
      const item = typeof r.agendaItemId === 'string' ? getAgendaItem(svc.db, r.agendaItemId as AgendaItemId) : null;
      if (!item || item.meetingId !== a.meeting.id) return err('not_found', 'Không tìm thấy mục chương trình.');
      const meta = parseDocumentInput(r.meta);
      const fileName = cleanFileName(r.fileName);
      const importId = text(r.importId, 'importId', 'Mã lần nhập', { max: 100 });
      const stored = await ingest(ctx, importId, bytes(r.bytes, 'bytes'), typeof r.password === 'string' ? r.password : undefined);
      if (!stored.ok) return stored;
      const id = svc.newId() as DocumentId;
      insertDocument(svc.db, {
        id, meetingId: a.meeting.id, agendaItemId: item.id, ...meta, version: 1, supersedesId: null,
        sha256: stored.value.sha, fileName, position: nextDocumentPosition(svc.db, item.id), createdAt: svc.now().toISOString(),
      });
      svc.search.indexer.ensure([stored.value.sha]); // indexed from import on, not at the first search
      ctx.emit('meetings:changed', { meetingId: a.meeting.id });
      return ok(getDocument(svc.db, id)!);
    },
    'documents:add-version': async (ctx, req) => {
      const r = obj(req);
      const { doc, a } = docAccess(ctx, r.documentId);
      requireEditor(a);
      if (doc.superseded) return err('conflict', 'Tài liệu này đã có phiên bản mới hơn; hãy thêm phiên bản cho bản mới nhất.');
      const importId = text(r.importId, 'importId', 'Mã lần nhập', { max: 100 });
      const stored = await ingest(ctx, importId, bytes(r.bytes, 'bytes'));
      if (!stored.ok) return stored;
      if (stored.value.sha === doc.sha256) return err('conflict', 'Tệp mới giống hệt phiên bản hiện tại.');
      const id = svc.newId() as DocumentId;
      insertDocument(svc.db, {
        ...doc, id, version: doc.version + 1, supersedesId: doc.id, sha256: stored.value.sha,
        fileName: cleanFileName(r.fileName), position: nextDocumentPosition(svc.db, doc.agendaItemId), createdAt: svc.now().toISOString(),
      });
      svc.search.indexer.ensure([stored.value.sha]);
      ctx.emit('meetings:changed', { meetingId: doc.meetingId });
      return ok(getDocument(svc.db, id)!);
    },
    'documents:update': (ctx, req) => {
      const r = obj(req);
      const { doc, a } = docAccess(ctx, r.documentId);
      requireEditor(a);
      if (a.meeting.status === 'published') return err('frozen', 'Cuộc họp đã phát hành: thông tin tài liệu đã được khóa.');
      const input = parseDocumentInput(r.patch, doc);
      updateDocumentMeta(svc.db, doc.id, input);
      ctx.emit('meetings:changed', { meetingId: doc.meetingId });
      return ok(getDocument(svc.db, doc.id)!);
    },
    'documents:remove': (ctx, req) => {
      const { doc, a } = docAccess(ctx, obj(req).documentId);
      requireEditor(a);
      if (a.meeting.status === 'published') return err('frozen', 'Cuộc họp đã phát hành: không thể xóa tài liệu.');
      deleteDocument(svc.db, doc.id);
      ctx.emit('meetings:changed', { meetingId: doc.meetingId });
      return ok(null);
    },
    'documents:read': (ctx, req) => {
      const { doc, a } = docAccess(ctx, obj(req).documentId);
      // Same answer as a missing document: don't reveal that a hidden one exists.
      if (!canSeeDocument(doc, a.participant, a.session.user.systemRole === 'secretariat')) return err('not_found', 'Không tìm thấy tài liệu.');
      if (!svc.blobs.has(doc.sha256)) return err('not_found', 'Tệp của tài liệu chưa có trên máy này (đang chờ tải về).');
      return ok({ meta: doc, bytes: svc.blobs.read(doc.sha256) });
    },
  } satisfies DomainHandlers<'documents'>;
}
