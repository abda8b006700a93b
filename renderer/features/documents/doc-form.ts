import type { DocumentInput } from '../../../shared/ipc/slices/core';
import type { DocumentId } from '../../../shared/model/ids';
import type { DocumentMeta, Participant, Visibility } from '../../../shared/model/types';
import type { Result } from '../../../shared/util/result';
import { compareVi } from '../../../shared/util/vn-collate';
import { validated } from '../../app/validation';

export const MAX_DOC_TITLE_CHARS = 500;

/** "to-trinh_so-12.pdf" → "to-trinh so-12": a readable default the secretariat can edit. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.pdf$/i, '');
  const spaced = base.replace(/_+/g, ' ').replace(/\s+/g, ' ').trim();
  return (spaced || base).normalize('NFC').slice(0, MAX_DOC_TITLE_CHARS);
}

export const emptyDocumentInput = (): DocumentInput => ({
  title: '',
  docType: 'to_trinh',
  confidentiality: 'thuong',
  visibility: { kind: 'everyone' },
});

export const documentInputOf = (d: DocumentMeta): DocumentInput => ({
  title: d.title,
  docType: d.docType,
  confidentiality: d.confidentiality,
  visibility: d.visibility,
});

/** The document's metadata as the service takes it (title trimmed), or every field's problem at once. */
export function checkDocumentInput(v: DocumentInput): Result<DocumentInput> {
  const noneChosen =
    (v.visibility.kind === 'groups' && v.visibility.groups.length === 0) ||
    (v.visibility.kind === 'delegates' && v.visibility.userIds.length === 0);
  return validated(
    { title: v.title.trim() ? undefined : 'documents.titleRequired', visibility: noneChosen ? 'visibility.pickOne' : undefined },
    () => ({ ...v, title: v.title.trim() }),
  );
}

/** Groups present in the roster, in Vietnamese order. */
export function rosterGroups(people: readonly Participant[]): string[] {
  return [...new Set(people.map((p) => p.group.trim()).filter(Boolean))].sort(compareVi);
}

/** Switching kind keeps nothing from the previous kind: a stale list would silently widen access. */
export function visibilityOfKind(kind: Visibility['kind']): Visibility {
  switch (kind) {
    case 'everyone':
      return { kind };
    case 'groups':
      return { kind, groups: [] };
    case 'delegates':
      return { kind, userIds: [] };
    default: {
      const never: never = kind;
      return never;
    }
  }
}

export function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  const rest = list.filter((x) => x !== value);
  return on ? [...rest, value] : rest;
}

export type DocLineage = { current: DocumentMeta; older: DocumentMeta[] };

/** Current versions in service order, each with its superseded predecessors (newest first). */
export function lineages(docs: readonly DocumentMeta[]): DocLineage[] {
  const byId = new Map<DocumentId, DocumentMeta>(docs.map((d) => [d.id, d]));
  return docs
    .filter((d) => !d.superseded)
    .map((current) => {
      const older: DocumentMeta[] = [];
      const seen = new Set<DocumentId>([current.id]);
      for (let prev = current.supersedesId ? byId.get(current.supersedesId) : undefined; prev && !seen.has(prev.id);) {
        seen.add(prev.id);
        older.push(prev);
        prev = prev.supersedesId ? byId.get(prev.supersedesId) : undefined;
      }
      return { current, older };
    });
}

/** A fresh id for one import, to match its progress events. */
export function newImportId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}
