import type { BodyKind } from '../../shared/model/bodies';
import type { DocType } from '../../shared/model/types';

/** The minutes (biên bản) as data: built from committed rows only; rendered to PDF, DOCX and JSON. */

export const MINUTES_FORMAT = 1;

export type MinutesPerson = { userId: string; fullName: string; title: string; unit: string };

export type AttendanceEntry = MinutesPerson & {
  status: 'present' | 'absent' | 'absent_with_reason' | 'not_recorded';
  checkedInAt: number | null;
  /** Who recorded the presence: the member on their laptop, or the secretariat. */
  recordedBy: 'laptop' | 'secretariat' | null;
  late: boolean;
  reason: string | null;
};

export type SpeechEntry = {
  order: number;
  userId: string;
  fullName: string;
  kind: 'phat_bieu' | 'tranh_luan' | 'chat_van';
  topic: string | null;
  startedAt: number;
  endedAt: number | null;
  durationSec: number | null;
};

export type VoteEntry = {
  seq: number;
  voteId: string;
  question: string;
  kind: 'public' | 'named' | 'secret';
  status: 'open' | 'closed';
  openedAt: number;
  closedAt: number | null;
  rule: { id: string; label: string; legalBasis: string; base: 'total' | 'present' };
  /** A question with its own meaning of the result (a confidence vote): the deciding option and the outcome texts. */
  decides?: { option: string; passed: string; notPassed: string };
  /** The legal denominator N frozen at open, the members and those present then. */
  n: number;
  members: number;
  presentAtOpen: number;
  quorumMetAtOpen: boolean;
  cast: number | null;
  notCast: number | null;
  options: { optionId: string; label: string; count: number | null; percentOfN: string | null }[];
  favourCount: number | null;
  required: number | null;
  passed: boolean | null;
  /** Named (roll-call) votes only. */
  choices: { userId: string; fullName: string; optionLabel: string | null }[] | null;
};

export type ItemEntry = {
  id: string;
  number: string;
  title: string;
  presenter: string;
  depth: 0 | 1;
  documents: { documentId: string; title: string; docType: DocType; version: number; superseded: boolean; sha256: string; pages: number }[];
  speeches: SpeechEntry[];
  conclusions: { text: string; at: number }[];
  dissents: { userId: string; fullName: string; text: string; at: number }[];
  votes: VoteEntry[];
};

export type MinutesStatus = 'draft' | 'final';
export type MinutesVersionInfo = {
  version: number;
  status: MinutesStatus;
  basedOn: number | null;
  reason: string | null;
  createdAt: number | null;
  finalisedAt: number | null;
};

/** Which version is rendered, every version kept, and the secretariat's text per section (section key -> text). */
export type MinutesEdition = MinutesVersionInfo & { versions: MinutesVersionInfo[]; edits: Record<string, string> };

export type Minutes = {
  format: typeof MINUTES_FORMAT;
  meeting: {
    id: string;
    title: string;
    bodyKind: BodyKind;
    bodyName: string;
    meetingType: string;
    date: string;
    time: string;
    place: string;
  };
  header: { style: 'state' | 'party'; parentAgency: string; agency: string[]; number: string; placeDate: string; province: string };
  openedAt: number | null;
  closedAt: number | null;
  chair: MinutesPerson | null;
  secretary: MinutesPerson | null;
  attendance: {
    members: number;
    present: number;
    late: number;
    absentWithLeave: number;
    absentWithoutLeave: number;
    notRecorded: number;
    entries: AttendanceEntry[];
  };
  items: ItemEntry[];
  /** Speeches, votes and notes not tied to a published agenda item. */
  other: ItemEntry | null;
  edition: MinutesEdition;
  record: {
    entries: number;
    headSeq: number;
    headHash: string;
    keys: string[];
    checkpoints: { seq: number; hash: string; at: number; reason: string }[];
  };
};
