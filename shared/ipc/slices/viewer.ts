import type { Message } from '../../i18n';
import type { DocumentId, MeetingId } from '../../model/ids';

/** Zoom of the viewer: fit the page width, fit the whole page, or a fixed scale (1 = 100 %). */
export type ZoomSetting = 'page-width' | 'page-fit' | number;
export type ViewRotation = 0 | 90 | 180 | 270;

/** Where a delegate left a document, remembered per user on this laptop. */
export type ViewerState = { page: number; zoom: ZoomSetting; rotation: ViewRotation };

export type SearchHit = {
  documentId: DocumentId;
  documentTitle: string;
  version: number;
  superseded: boolean;
  /** 1-based. */
  page: number;
  /** Excerpt of the page's original text around the first match. */
  snippet: string;
  /** Matched ranges within `snippet`, [start, end). */
  highlights: [number, number][];
  /** True when the words were found next to each other (ranked first). */
  phrase: boolean;
};

export type SearchDocState = 'pending' | 'indexing' | 'done' | 'failed' | 'encrypted';

export type SearchStatus = {
  meetingId: MeetingId;
  /** Documents of the meeting the caller may see. */
  documents: number;
  indexed: number;
  /** Documents whose text could not be read (broken, password-protected): searched without them. */
  unavailable: {
    documentId: DocumentId;
    title: string;
    state: SearchDocState;
    /** Why, in the user's language: t(reason.key, reason.params). */
    reason: Message;
  }[];
  /** Pages extracted so far / in all visible documents (pages of a document still queued count as 0 done). */
  pagesDone: number;
  pagesTotal: number;
  running: boolean;
};

/** Text size of the whole interface, a per-user choice kept on this laptop (large-text setting). */
export const TEXT_SCALES = [100, 125, 150] as const;
export type TextScale = (typeof TEXT_SCALES)[number];
export type UserPrefs = { textScale: TextScale };

/** The reader a confidential document's pages are marked with: this meeting's roster entry (or the account). */
export type WatermarkIdentity = { fullName: string; unit: string; group: string };

/** Viewer, search and annotation channels (issue 3). */
export type ViewerContract = {
  /**
   * Full-text search over the meeting's documents the caller may see; diacritics and case don't matter.
   * `documentId` restricts it to one document. Starts background indexing of anything not yet indexed.
   */
  'search:query': {
    req: { meetingId: MeetingId; query: string; documentId?: DocumentId; limit?: number };
    res: { hits: SearchHit[]; status: SearchStatus };
  };
  /** Index state of a meeting; starts indexing what is missing. Progress follows as `search:progress`. */
  'search:status': { req: { meetingId: MeetingId }; res: SearchStatus };

  'viewer:get-state': { req: { documentId: DocumentId }; res: ViewerState | null };
  'viewer:set-state': { req: { documentId: DocumentId; state: ViewerState }; res: null };
  /** The signed-in user's display preferences on this laptop (large text); defaults when never set. */
  'viewer:get-prefs': { req: void; res: UserPrefs };
  'viewer:set-prefs': { req: UserPrefs; res: UserPrefs };
  /**
   * One viewer of the calling window now shows `documentId` (null: it closed; `viewerId` is the viewer's own
   * random id). While any viewer of the window shows a confidential ("mật") document, the window is protected
   * (Electron: content protection; browser mode: nothing to apply). `watermark`: who to mark the pages with,
   * for a confidential document; null for an ordinary one.
   */
  'viewer:protection': {
    req: { viewerId: string; documentId: DocumentId | null };
    res: { protected: boolean; watermark: WatermarkIdentity | null };
  };

  /**
   * Opens an annotation room (see shared/annotations/rooms.ts) and returns its full state as one Yjs
   * update; later changes arrive as `ydoc:update` events until `ydoc:close`.
   */
  'ydoc:open': { req: { room: string }; res: { update: Uint8Array } };
  /** A local Yjs update for a room; persisted before the call returns. */
  'ydoc:update': { req: { room: string; update: Uint8Array }; res: null };
  'ydoc:close': { req: { room: string }; res: null };

  /**
   * "Xuất bản có ghi chú của tôi": the document with the caller's annotations (private and those they
   * shared) as real PDF annotations. Password-protected files are refused (pdf_encrypted).
   */
  'annotations:export': {
    req: { documentId: DocumentId };
    res: { fileName: string; bytes: Uint8Array; annotations: number };
  };
};

export type ViewerEvents = {
  'search:progress': SearchStatus;
  'ydoc:update': { room: string; update: Uint8Array };
};

export const VIEWER_CHANNELS = [
  'search:query',
  'search:status',
  'viewer:get-state',
  'viewer:set-state',
  'viewer:get-prefs',
  'viewer:set-prefs',
  'viewer:protection',
  'ydoc:open',
  'ydoc:update',
  'ydoc:close',
  'annotations:export',
] as const;

export const VIEWER_EVENTS = ['search:progress', 'ydoc:update'] as const;
