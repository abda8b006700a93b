import { mergeLineRects, simplifyStroke, translated } from '../../../shared/annotations/geometry';
import { notesRoomFor, sharedRoom } from '../../../shared/annotations/rooms';
import type { Annotation, AnnotationColor, AnnotationPatch, PdfPoint, PdfRect } from '../../../shared/annotations/types';
import {
  annotationsMap,
  deleteAnnotation,
  getAnnotation,
  patchAnnotation,
  putAnnotation,
  readAnnotations,
} from '../../../shared/annotations/ydoc-model';
import type { Api } from '../../../shared/ipc/contract';
import type { DocumentId, UserId } from '../../../shared/model/ids';
import type { Confidentiality } from '../../../shared/model/types';
import type { AppError } from '../../../shared/util/result';
import { openRoomDoc, type RoomDoc } from './room-doc';
import { CombinedUndo, type UndoScope } from './undo';

export type AnnotationView = Annotation & { scope: UndoScope; mine: boolean };

export type AnnotationSnapshot = {
  ready: boolean;
  error: AppError | null;
  list: AnnotationView[];
  byPage: ReadonlyMap<number, AnnotationView[]>;
  selectedId: string | null;
  canUndo: boolean;
  canRedo: boolean;
};

export type Me = { id: UserId; fullName: string };

/** What the store needs to know of its document. */
export type AnnotatedDocument = { id: DocumentId; confidentiality: Confidentiality };

/** Ink line width in PDF points. */
export const INK_WIDTH_PT = 1.5;

const newId = (): string =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * The annotations of one document as the viewer sees them: the delegate's private ones (their private
 * room, filtered to this document) and the document's shared ones (everyone's), with undo/redo over both.
 * Only one's own annotations can be changed; sharing moves one from the private room to the shared room.
 */
export class AnnotationStore {
  private readonly priv: RoomDoc;
  private readonly shared: RoomDoc;
  private readonly origin = { local: true };
  private readonly undo: CombinedUndo;
  private readonly listeners = new Set<() => void>();
  private snap: AnnotationSnapshot = {
    ready: false,
    error: null,
    list: [],
    byPage: new Map(),
    selectedId: null,
    canUndo: false,
    canRedo: false,
  };
  private scheduled = false;
  private destroyed = false;

  private readonly documentId: DocumentId;

  constructor(
    api: Api,
    doc: AnnotatedDocument,
    private readonly me: Me,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.documentId = doc.id;
    const onError = (error: AppError) => this.patchSnap({ error });
    // Private notes on a confidential document live in a room of their own (stored sealed, recalled whole).
    this.priv = openRoomDoc(api, notesRoomFor(me.id, doc), onError);
    this.shared = openRoomDoc(api, sharedRoom(doc.id), onError);
    this.undo = new CombinedUndo({ private: annotationsMap(this.priv.doc), shared: annotationsMap(this.shared.doc) }, this.origin, () =>
      this.schedule(),
    );
    this.priv.doc.on('update', () => this.schedule());
    this.shared.doc.on('update', () => this.schedule());
    void Promise.all([this.priv.ready, this.shared.ready]).then(([a, b]) => {
      if (this.destroyed) return;
      const failed = !a.ok ? a : !b.ok ? b : null;
      this.snap = { ...this.build(), ready: true, error: failed && !failed.ok ? failed.error : null };
      this.emit();
    });
  }

  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  getSnapshot = (): AnnotationSnapshot => this.snap;

  private schedule(): void {
    if (this.scheduled || this.destroyed) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      if (this.destroyed) return;
      this.snap = { ...this.snap, ...this.build() };
      this.emit();
    });
  }

  private build(): Pick<AnnotationSnapshot, 'list' | 'byPage' | 'canUndo' | 'canRedo' | 'selectedId'> {
    const mine = (a: Annotation) => a.authorId === this.me.id;
    const list: AnnotationView[] = [
      ...readAnnotations(this.priv.doc, this.documentId)
        .filter(mine)
        .map((a) => ({ ...a, scope: 'private' as const, mine: true })),
      ...readAnnotations(this.shared.doc, this.documentId).map((a) => ({ ...a, scope: 'shared' as const, mine: mine(a) })),
    ].sort((a, b) => a.page - b.page || a.createdAt.localeCompare(b.createdAt));
    const byPage = new Map<number, AnnotationView[]>();
    for (const a of list) byPage.set(a.page, [...(byPage.get(a.page) ?? []), a]);
    const selectedId = list.some((a) => a.id === this.snap.selectedId) ? this.snap.selectedId : null;
    return { list, byPage, canUndo: this.undo.canUndo, canRedo: this.undo.canRedo, selectedId };
  }

  private patchSnap(p: Partial<AnnotationSnapshot>): void {
    this.snap = { ...this.snap, ...p };
    this.emit();
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }

  select(id: string | null): void {
    if (this.snap.selectedId !== id) this.patchSnap({ selectedId: id });
  }

  private base(page: number, color: AnnotationColor, text = '') {
    const at = this.now().toISOString();
    return {
      id: newId(),
      documentId: this.documentId,
      page,
      color,
      text,
      authorId: this.me.id,
      authorName: this.me.fullName,
      createdAt: at,
      updatedAt: at,
      sharedAt: null,
    };
  }

  private add(a: Annotation): string {
    this.undo.record(() => putAnnotation(this.priv.doc, a, this.origin));
    this.snap = { ...this.snap, selectedId: a.id };
    this.schedule();
    return a.id;
  }

  addHighlight(page: number, rects: PdfRect[], quote: string, color: AnnotationColor): string | null {
    const merged = mergeLineRects(rects);
    if (merged.length === 0) return null;
    return this.add({ ...this.base(page, color), kind: 'highlight', rects: merged, quote: quote.slice(0, 2000) });
  }

  addInk(page: number, stroke: number[], color: AnnotationColor): string | null {
    const s = simplifyStroke(stroke);
    if (s.length < 2) return null;
    return this.add({ ...this.base(page, color), kind: 'ink', strokes: [s], width: INK_WIDTH_PT });
  }

  addNote(page: number, at: PdfPoint, color: AnnotationColor, text = ''): string {
    return this.add({ ...this.base(page, color, text), kind: 'note', at });
  }

  /** Where an annotation lives, if the delegate may change it. */
  private writable(id: string): { doc: RoomDoc; a: Annotation } | null {
    const v = this.snap.list.find((x) => x.id === id);
    if (!v || !v.mine) return null;
    const doc = v.scope === 'private' ? this.priv : this.shared;
    const a = getAnnotation(doc.doc, id);
    return a ? { doc, a } : null;
  }

  update(id: string, patch: AnnotationPatch): boolean {
    const w = this.writable(id);
    if (!w) return false;
    let ok = false;
    const at = this.now().toISOString();
    this.undo.record(() => (ok = patchAnnotation(w.doc.doc, id, patch, at, this.origin)));
    return ok;
  }

  move(id: string, dx: number, dy: number): boolean {
    const w = this.writable(id);
    return w ? this.update(id, translated(w.a, dx, dy)) : false;
  }

  remove(id: string): boolean {
    const w = this.writable(id);
    if (!w) return false;
    this.undo.record(() => deleteAnnotation(w.doc.doc, id, this.origin));
    if (this.snap.selectedId === id) this.snap = { ...this.snap, selectedId: null };
    return true;
  }

  /** Makes a private annotation visible to everyone who may see the document, with author and time. */
  share(id: string): boolean {
    const w = this.writable(id);
    if (!w || w.a.sharedAt !== null) return false;
    const at = this.now().toISOString();
    this.undo.record(() => {
      putAnnotation(this.shared.doc, { ...w.a, sharedAt: at, updatedAt: at }, this.origin);
      deleteAnnotation(this.priv.doc, id, this.origin);
    });
    return true;
  }

  /** Takes one's shared annotation back: private again, no longer seen by others. */
  unshare(id: string): boolean {
    const w = this.writable(id);
    if (!w || w.a.sharedAt === null) return false;
    const at = this.now().toISOString();
    this.undo.record(() => {
      putAnnotation(this.priv.doc, { ...w.a, sharedAt: null, updatedAt: at }, this.origin);
      deleteAnnotation(this.shared.doc, id, this.origin);
    });
    return true;
  }

  undoLast(): void {
    this.undo.undo();
  }

  redoLast(): void {
    this.undo.redo();
  }

  destroy(): void {
    this.destroyed = true;
    this.listeners.clear();
    this.undo.destroy();
    this.priv.close();
    this.shared.close();
  }
}
