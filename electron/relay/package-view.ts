import type { Sha256 } from '../../shared/model/ids';
import type { MeetingPackage, PackagedParticipant } from '../../shared/model/package';
import type { Participant } from '../../shared/model/types';
import { canSeeDocument } from '../../shared/model/visibility';
import type { PublicMeetingPackage } from '../../shared/relay-protocol/types';

/** Pure views of a meeting package for one viewer: the only place the relay decides who sees what. */

export function stripHash(p: PackagedParticipant): Participant {
  const { passwordHash: _omit, ...rest } = p;
  return rest;
}

/** A document this viewer receives: visible to them, and not a confidential one withheld after its recall. */
const receives = (d: MeetingPackage['documents'][number], viewer: Participant, confidentialWithheld: boolean) =>
  canSeeDocument(d, viewer) && !(confidentialWithheld && d.confidentiality === 'mat');

export function packageForViewer(pkg: MeetingPackage, viewer: Participant, confidentialWithheld = false): PublicMeetingPackage {
  return {
    format: pkg.format,
    exportedAt: pkg.exportedAt,
    meeting: pkg.meeting,
    agenda: pkg.agenda,
    // A confidential PDF's own title (its metadata, i.e. its content) never travels in the manifest, which laptops
    // keep in clear; the agenda title the secretariat gave it does.
    documents: pkg.documents
      .filter((d) => receives(d, viewer, confidentialWithheld))
      .map((d) => (d.confidentiality === 'mat' && d.pdfTitle !== null ? { ...d, pdfTitle: null } : d)),
    participants: pkg.participants.map(stripHash),
  };
}

/** True when some document the viewer may see has these bytes (content addressing: one hash, many documents). */
export function viewerMaySeeBlob(pkg: MeetingPackage, viewer: Participant, sha: Sha256, confidentialWithheld = false): boolean {
  return pkg.documents.some((d) => d.sha256 === sha && receives(d, viewer, confidentialWithheld));
}

export const normalizeUsername = (s: string): string => s.normalize('NFC').trim().toLowerCase();

export function findParticipantByUsername(pkg: MeetingPackage, username: string): PackagedParticipant | null {
  const wanted = normalizeUsername(username);
  return pkg.participants.find((p) => normalizeUsername(p.username) === wanted) ?? null;
}
