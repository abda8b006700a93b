import type { MessageKey, MessageParams } from '../../i18n';
import type { MeetingId } from '../../model/ids';

/*
 * The official record from the app (electron/record through the laptop): the secretariat's minutes editor,
 * downloads of the minutes and exports after the close, and importing an archive on another laptop.
 */

export type MinutesStatus = 'draft' | 'final';
export type MinutesVersionView = { version: number; status: MinutesStatus; basedOn: number | null; reason: string | null };
/** One editable section: the generated text, and the text printed (the secretariat's edit where there is one). */
export type MinutesSectionView = { key: string; label: string; generated: string; text: string; edited: boolean };
export type MinutesDraftView = MinutesVersionView & {
  meetingId: MeetingId;
  /** The meeting has been closed (editing and finalising need it). */
  closed: boolean;
  versions: MinutesVersionView[];
  sections: MinutesSectionView[];
};

/** 'count-records': the biên bản kiểm phiếu (PDF and CSV) of every closed election round and confidence rating. */
export type RecordFileKind = 'minutes-pdf' | 'minutes-docx' | 'csv' | 'xlsx' | 'archive' | 'count-records';
export const RECORD_FILE_KINDS: readonly RecordFileKind[] = ['minutes-pdf', 'minutes-docx', 'csv', 'xlsx', 'archive', 'count-records'];
export type RecordFile = { name: string; mime: string; bytes: Uint8Array };

export type VerifyLine = { ok: boolean; key: MessageKey; params: MessageParams };
/** A meeting read from an imported archive, read-only. */
export type ArchivedMeetingView = {
  meetingId: MeetingId;
  title: string;
  date: string;
  place: string;
  verified: boolean;
  checks: VerifyLine[];
  agenda: {
    number: string;
    title: string;
    presenter: string;
    conclusions: string[];
    dissents: string[];
    documents: { title: string; version: number; pages: number; sha256: string }[];
  }[];
  results: {
    question: string;
    kind: string;
    passed: boolean | null;
    options: { label: string; count: number | null; percentOfN: string | null }[];
  }[];
  minutes: MinutesDraftView;
};

export type RecordContract = {
  /** Secretariat: the minutes of a meeting this laptop hosted, per section, with its version and status. */
  'record:minutes': { req: { meetingId: MeetingId }; res: MinutesDraftView };
  /** Secretariat: the minutes (PDF/DOCX), the CSV or XLSX exports, or the archive, as files to save. */
  'record:files': { req: { meetingId: MeetingId; kind: RecordFileKind }; res: RecordFile[] };
  /** Secretariat on any laptop: verify an archive (.tar.gz) and, only if intact, keep it read-only and show it. */
  'record:import': { req: { bytes: Uint8Array; fileName?: string }; res: ArchivedMeetingView };
  /** Secretariat linked to the relay: the biên bản kiểm phiếu (PDF, CSV) of a closed election round, from its committed count. */
  'record:count-record': { req: { meetingId: MeetingId; roundId: string }; res: RecordFile[] };
};

export const RECORD_CHANNELS = [
  'record:minutes',
  'record:files',
  'record:import',
  'record:count-record',
] as const satisfies readonly (keyof RecordContract)[];
