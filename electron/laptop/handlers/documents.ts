import type { Message, MessageKey } from '../../../shared/i18n';
import type { AgendaItemId, DocumentId, MeetingId, UserId } from '../../../shared/model/ids';
import { DOC_TYPES, type DocType, type DocumentMeta, type Visibility } from '../../../shared/model/types';
import { canSeeDocument } from '../../../shared/model/visibility';
import type { DocumentInput } from '../../../shared/ipc/slices/core';
import { fail, ok, type Result } from '../../../shared/util/result';
import { getAgendaItem } from '../db/queries/agenda-items';
import { upsertBlob } from '../db/queries/blobs';
import { deleteDocument, getDocument, insertDocument, nextDocumentPosition, updateDocumentMeta } from '../db/queries/documents';
import { meetingAccess, requireEditor } from '../access';
import { isRecalled } from '../confidential/recall';
import type { CallContext, DomainHandlers, Services } from '../context';
import { bytes, invalid, obj, oneOf, text } from '../validate';

const MAX_VISIBILITY_ENTRIES = 1000;

export function parseVisibility(v: unknown): Visibility {
  const r = obj(v);
  const kind = oneOf(r.kind, ['everyone', 'groups', 'delegates'] as const, 'visibility', 'error.field.visibility');
  const list = (key: string, label: MessageKey): string[] => {
    const arr = r[key];
    if (!Array.isArray(arr) || arr.length === 0) invalid('error.input.pickOne', { label }, 'visibility');
    if (arr.length > MAX_VISIBILITY_ENTRIES) invalid('error.input.tooMany', { label }, 'visibility');
    return [...new Set(arr.map((x) => text(x, 'visibility', label, { max: 200 })))];
  };
  switch (kind) {
    case 'everyone':
      return { kind };
    case 'groups':
      return { kind, groups: list('groups', 'error.field.visibilityGroups') };
    case 'delegates':
      return { kind, userIds: list('userIds', 'error.field.visibilityDelegates') as UserId[] };
    default: {
      const never: never = kind;
      return never;
    }
  }
}

function parseDocumentInput(v: unknown, base?: DocumentMeta): DocumentInput {
  const r = obj(v);
  const pick = <K extends keyof DocumentInput>(k: K): unknown => (r[k] === undefined && base ? base[k] : r[k]);
  return {
    title: text(pick('title'), 'title', 'error.field.docTitle', { max: 500 }),
    docType: oneOf<DocType>(pick('docType'), DOC_TYPES, 'docType', 'error.field.docType'),
    confidentiality: oneOf(pick('confidentiality'), ['thuong', 'mat'] as const, 'confidentiality', 'error.field.confidentiality'),
    visibility: parseVisibility(pick('visibility')),
  };
}

function cleanFileName(v: unknown): string {
  const name = text(v, 'fileName', 'error.field.fileName', { max: 255 });
  return name.replace(/[\\/]/g, '_');
}

export function documentHandlers(svc: Services) {
  /** Validates with pdf.js and stores by content hash, reporting progress to the caller's window. */
  async function ingest(
    ctx: CallContext,
    importId: string,
    data: Uint8Array,
    password?: string,
  ): Promise<Result<{ sha: DocumentMeta['sha256'] }>> {
    const progress = (phase: 'reading' | 'hashing' | 'validating' | 'storing' | 'done' | 'failed', fraction: number, notices?: Message[]) =>
      ctx.emit('documents:import-progress', notices?.length ? { importId, phase, fraction, notices } : { importId, phase, fraction });
    progress('reading', 0);
    const info = await svc.pdf.inspect(data, {
      ...(password ? { password } : {}),
      onProgress: (p) => progress(p.phase, p.fraction),
    });
    if (!info.ok) {
      progress('failed', 1, info.error.key ? [{ key: info.error.key, ...(info.error.params ? { params: info.error.params } : {}) }] : []);
      return info;
    }
    progress('storing', 0);
    const sha = svc.blobs.put(data);
    upsertBlob(svc.db, { sha256: sha, sizeBytes: data.byteLength, pages: info.value.pages, pdfTitle: info.value.title });
    progress('done', 1, info.value.warnings);
    return ok({ sha });
  }

  const docAccess = (ctx: CallContext, documentId: unknown) => {
    const doc = typeof documentId === 'string' ? getDocument(svc.db, documentId as DocumentId) : null;
    if (!doc) invalid('error.document.notFound', undefined, 'documentId');
    return { doc, a: meetingAccess(svc, ctx, doc.meetingId) };
  };

  return {
    'documents:import': async (ctx, req) => {
      const r = obj(req);
      const a = meetingAccess(svc, ctx, r.meetingId as MeetingId);
      requireEditor(a);
      if (a.meeting.status === 'published') {
        return fail('frozen', 'error.document.frozen');
      }
      const item = typeof r.agendaItemId === 'string' ? getAgendaItem(svc.db, r.agendaItemId as AgendaItemId) : null;
      if (!item || item.meetingId !== a.meeting.id) return fail('not_found', 'error.agenda.itemNotFound');
      const meta = parseDocumentInput(r.meta);
      const fileName = cleanFileName(r.fileName);
      const importId = text(r.importId, 'importId', 'error.field.importId', { max: 100 });
      const stored = await ingest(ctx, importId, bytes(r.bytes, 'bytes'), typeof r.password === 'string' ? r.password : undefined);
      if (!stored.ok) return stored;
      const id = svc.newId() as DocumentId;
      insertDocument(svc.db, {
        id,
        meetingId: a.meeting.id,
        agendaItemId: item.id,
        ...meta,
        version: 1,
        supersedesId: null,
        sha256: stored.value.sha,
        fileName,
        position: nextDocumentPosition(svc.db, item.id),
        createdAt: svc.now().toISOString(),
      });
      svc.search.indexer.ensure([stored.value.sha]); // indexed from import on, not at the first search
      ctx.emit('meetings:changed', { meetingId: a.meeting.id });
      return ok(getDocument(svc.db, id)!);
    },
    'documents:add-version': async (ctx, req) => {
      const r = obj(req);
      const { doc, a } = docAccess(ctx, r.documentId);
      requireEditor(a);
      if (doc.superseded) return fail('conflict', 'error.document.superseded');
      const importId = text(r.importId, 'importId', 'error.field.importId', { max: 100 });
      const stored = await ingest(ctx, importId, bytes(r.bytes, 'bytes'));
      if (!stored.ok) return stored;
      if (stored.value.sha === doc.sha256) return fail('conflict', 'error.document.sameFile');
      const id = svc.newId() as DocumentId;
      insertDocument(svc.db, {
        ...doc,
        id,
        version: doc.version + 1,
        supersedesId: doc.id,
        sha256: stored.value.sha,
        fileName: cleanFileName(r.fileName),
        position: nextDocumentPosition(svc.db, doc.agendaItemId),
        createdAt: svc.now().toISOString(),
      });
      svc.search.indexer.ensure([stored.value.sha]);
      ctx.emit('meetings:changed', { meetingId: doc.meetingId });
      return ok(getDocument(svc.db, id)!);
    },
    'documents:update': (ctx, req) => {
      const r = obj(req);
      const { doc, a } = docAccess(ctx, r.documentId);
      requireEditor(a);
      if (a.meeting.status === 'published') return fail('frozen', 'error.document.frozenInfo');
      const input = parseDocumentInput(r.patch, doc);
      updateDocumentMeta(svc.db, doc.id, input);
      ctx.emit('meetings:changed', { meetingId: doc.meetingId });
      return ok(getDocument(svc.db, doc.id)!);
    },
    'documents:remove': (ctx, req) => {
      const { doc, a } = docAccess(ctx, obj(req).documentId);
      requireEditor(a);
      if (a.meeting.status === 'published') return fail('frozen', 'error.document.frozenDelete');
      deleteDocument(svc.db, doc.id);
      ctx.emit('meetings:changed', { meetingId: doc.meetingId });
      return ok(null);
    },
    'documents:read': (ctx, req) => {
      const { doc, a } = docAccess(ctx, obj(req).documentId);
      // Same answer as a missing document: don't reveal that a hidden one exists.
      if (!canSeeDocument(doc, a.participant, a.session.user.systemRole === 'secretariat'))
        return fail('not_found', 'error.document.notFound');
      if (!svc.blobs.has(doc.sha256)) {
        const recalled = doc.confidentiality === 'mat' && isRecalled(svc.db, doc.meetingId);
        return fail('not_found', recalled ? 'error.confidential.recalled' : 'error.document.blobPending');
      }
      // A confidential file is sealed: it opens only with the meeting key of a sign-in through the relay.
      const opened = svc.blobs.open(doc.sha256);
      return opened.ok ? ok({ meta: doc, bytes: opened.value.bytes }) : opened;
    },
  } satisfies DomainHandlers<'documents'>;
}
