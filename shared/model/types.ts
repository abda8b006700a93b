import type { BodyKind } from './bodies';
import type { AgendaItemId, DocumentId, MeetingId, Sha256, UserId } from './ids';

/** Role of a person within one meeting. */
export type MeetingRole = 'delegate' | 'chair' | 'secretariat' | 'guest';
export const MEETING_ROLES: readonly MeetingRole[] = ['delegate', 'chair', 'secretariat', 'guest'];

/** System-wide role: only 'secretariat' accounts may create meetings. */
export type SystemRole = 'secretariat' | 'member';

export type MeetingStatus = 'draft' | 'published';

export type User = {
  id: UserId;
  username: string;
  fullName: string;
  title: string;
  unit: string;
  systemRole: SystemRole;
};

export type Meeting = {
  id: MeetingId;
  bodyKind: BodyKind;
  title: string;
  /** ISO date (yyyy-mm-dd); displayed dd/mm/yyyy. */
  date: string;
  /** Optional start time "HH:MM". */
  time: string;
  place: string;
  meetingType: string;
  status: MeetingStatus;
  /** ISO timestamp of publication, null while a draft. */
  publishedAt: string | null;
  createdAt: string;
};

export type AgendaItem = {
  id: AgendaItemId;
  meetingId: MeetingId;
  /** null for a top-level item; one level of sub-items only. */
  parentId: AgendaItemId | null;
  /** 0-based position among its siblings. */
  position: number;
  title: string;
  presenter: string;
  durationMin: number;
};

export type DocType = 'to_trinh' | 'du_thao_nghi_quyet' | 'bao_cao' | 'bao_cao_tham_tra' | 'tai_lieu_khac';
export const DOC_TYPES: readonly DocType[] = ['to_trinh', 'du_thao_nghi_quyet', 'bao_cao', 'bao_cao_tham_tra', 'tai_lieu_khac'];

export type Confidentiality = 'thuong' | 'mat';

export type Visibility = { kind: 'everyone' } | { kind: 'groups'; groups: string[] } | { kind: 'delegates'; userIds: UserId[] };

export type DocumentMeta = {
  id: DocumentId;
  meetingId: MeetingId;
  agendaItemId: AgendaItemId;
  title: string;
  docType: DocType;
  /** Human version label, increasing: 1, 2, 3... */
  version: number;
  /** The document this one replaces (a new version after publication), if any. */
  supersedesId: DocumentId | null;
  /** True when a newer version exists; superseded documents stay readable but are marked. */
  superseded: boolean;
  confidentiality: Confidentiality;
  visibility: Visibility;
  sha256: Sha256;
  pages: number;
  sizeBytes: number;
  fileName: string;
  /** Title from the PDF's metadata, if any. */
  pdfTitle: string | null;
  createdAt: string;
};

export type Participant = {
  userId: UserId;
  meetingId: MeetingId;
  username: string;
  fullName: string;
  title: string;
  unit: string;
  /** Delegate group (tổ đại biểu), may be empty. */
  group: string;
  role: MeetingRole;
  /** Display order assigned by the secretariat isn't used: lists sort by Vietnamese given name. */
};

export type MeetingSummary = Meeting & { myRole: MeetingRole | null; documentCount: number; participantCount: number };

export type MeetingDetail = {
  meeting: Meeting;
  agenda: AgendaItem[];
  /** Only the documents the caller may see. */
  documents: DocumentMeta[];
  myRole: MeetingRole | null;
  /** True when the caller may edit (secretariat). */
  canEdit: boolean;
};

export type Session = {
  token: string;
  user: User;
};
