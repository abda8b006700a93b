import type { BodyKind } from '../../model/bodies';
import type { AgendaItemId, DocumentId, MeetingId, UserId } from '../../model/ids';
import type { Message } from '../../i18n';
import type { AppError } from '../../util/result';
import type {
  AgendaItem,
  Confidentiality,
  DocType,
  DocumentMeta,
  Meeting,
  MeetingDetail,
  MeetingRole,
  MeetingSummary,
  Participant,
  Session,
  Visibility,
} from '../../model/types';

export type AppInfo = { version: string; mode: 'electron' | 'browser'; dataDir: string };

export type MeetingInput = {
  bodyKind: BodyKind;
  title: string;
  date: string;
  time: string;
  place: string;
  meetingType: string;
};

export type AgendaInput = { title: string; presenter: string; durationMin: number };

export type DocumentInput = {
  title: string;
  docType: DocType;
  confidentiality: Confidentiality;
  visibility: Visibility;
};

export type ParticipantInput = {
  fullName: string;
  title: string;
  unit: string;
  group: string;
  role: MeetingRole;
  username: string;
  /** Required when creating a new account; for an existing username, sets a new password (empty keeps it). */
  password?: string;
};

export type CsvImportReport = {
  /** Added / updated (a preview: would be). */
  added: number;
  updated: number;
  /** Refused lines; `error` renders in the user's language (errorText). */
  errors: { line: number; error: AppError }[];
  /** Data rows in the file (after the header). */
  rows: number;
  /** Usernames that appear more than once in the file (only the first is taken). */
  duplicates: string[];
};

/** The foundation slice: meetings, agenda, documents, roster, sessions. Channels are `domain:verb`. */
export type CoreContract = {
  'app:info': { req: void; res: AppInfo };

  'auth:login': { req: { username: string; password: string }; res: Session };
  'auth:resume': { req: { token: string }; res: Session };
  'auth:logout': { req: void; res: null };
  'auth:me': { req: void; res: Session | null };

  'meetings:list': { req: void; res: MeetingSummary[] };
  'meetings:get': { req: { meetingId: MeetingId }; res: MeetingDetail };
  'meetings:create': { req: MeetingInput; res: Meeting };
  'meetings:update': { req: { meetingId: MeetingId; patch: Partial<MeetingInput> }; res: Meeting };
  'meetings:publish': { req: { meetingId: MeetingId }; res: Meeting };

  'agenda:add': { req: { meetingId: MeetingId; parentId: AgendaItemId | null; item: AgendaInput }; res: AgendaItem[] };
  'agenda:update': { req: { itemId: AgendaItemId; patch: Partial<AgendaInput> }; res: AgendaItem[] };
  'agenda:remove': { req: { itemId: AgendaItemId }; res: AgendaItem[] };
  /** Move an item to `index` among the children of `parentId` (null = top level). */
  'agenda:move': { req: { itemId: AgendaItemId; parentId: AgendaItemId | null; index: number }; res: AgendaItem[] };

  /** Imports a PDF: validated with pdf.js, stored by SHA-256. Progress arrives as `documents:import-progress`. */
  'documents:import': {
    req: {
      meetingId: MeetingId;
      agendaItemId: AgendaItemId;
      importId: string;
      fileName: string;
      bytes: Uint8Array;
      meta: DocumentInput;
      /** For a password-protected PDF: the password, checked at import and asked again by the viewer. */
      password?: string;
    };
    res: DocumentMeta;
  };
  /** A new version of a document; the only way to change a published meeting's documents. */
  'documents:add-version': {
    req: { documentId: DocumentId; importId: string; fileName: string; bytes: Uint8Array };
    res: DocumentMeta;
  };
  'documents:update': { req: { documentId: DocumentId; patch: Partial<DocumentInput> }; res: DocumentMeta };
  'documents:remove': { req: { documentId: DocumentId }; res: null };
  'documents:read': { req: { documentId: DocumentId }; res: { meta: DocumentMeta; bytes: Uint8Array } };

  'roster:list': { req: { meetingId: MeetingId }; res: Participant[] };
  'roster:upsert': { req: { meetingId: MeetingId; participant: ParticipantInput }; res: Participant[] };
  'roster:remove': { req: { meetingId: MeetingId; userId: UserId }; res: Participant[] };
  'roster:set-password': { req: { userId: UserId; password: string }; res: null };
  /** `dryRun`: the preview — every row checked, nothing written. */
  'roster:import-csv': { req: { meetingId: MeetingId; csv: string; dryRun?: boolean }; res: CsvImportReport };
};

export type ImportPhase = 'reading' | 'hashing' | 'validating' | 'storing' | 'done' | 'failed';

export type CoreEvents = {
  'documents:import-progress': {
    importId: string;
    phase: ImportPhase;
    /** 0..1 */
    fraction: number;
    /** At 'done': the PDF's warnings; at 'failed': why. Rendered in the user's language with t(key, params). */
    notices?: Message[];
  };
  'meetings:changed': { meetingId: MeetingId };
};
