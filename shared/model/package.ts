import type { BodyRoster } from './roster';
import type { AgendaItem, DocumentMeta, Meeting, Participant } from './types';

/**
 * A published meeting as the secretariat exports it to the relay (and the relay serves it to laptops):
 * `package.json` of this shape next to a `blobs/` folder of PDFs named by SHA-256.
 * Password hashes travel so the relay can authenticate delegates; plain passwords never leave the
 * secretariat's machine (and are never stored there either).
 */
export const MEETING_PACKAGE_FORMAT = 1;

export type PackagedParticipant = Participant & { passwordHash: string };

export type MeetingPackage = {
  format: typeof MEETING_PACKAGE_FORMAT;
  exportedAt: string;
  meeting: Meeting;
  agenda: AgendaItem[];
  documents: DocumentMeta[];
  /** The invitation list: who may sign in and in which role. It never decides N. */
  participants: PackagedParticipant[];
  /**
   * The body the meeting belongs to, with its term roster (dated memberships): N, quorum and who may vote
   * come from it. Optional so packages of earlier versions still load (N then falls back to the invitations
   * and every result says so).
   */
  body?: BodyRoster;
};
