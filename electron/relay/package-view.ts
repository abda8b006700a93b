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

export function packageForViewer(pkg: MeetingPackage, viewer: Participant): PublicMeetingPackage {
  return {
    format: pkg.format,
    exportedAt: pkg.exportedAt,
    meeting: pkg.meeting,
    agenda: pkg.agenda,
    documents: pkg.documents.filter((d) => canSeeDocument(d, viewer)),
    participants: pkg.participants.map(stripHash),
  };
}

/** True when some document the viewer may see has these bytes (content addressing: one hash, many documents). */
export function viewerMaySeeBlob(pkg: MeetingPackage, viewer: Participant, sha: Sha256): boolean {
  return pkg.documents.some((d) => d.sha256 === sha && canSeeDocument(d, viewer));
}

export const normalizeUsername = (s: string): string => s.normalize('NFC').trim().toLowerCase();

export function findParticipantByUsername(pkg: MeetingPackage, username: string): PackagedParticipant | null {
  const wanted = normalizeUsername(username);
  return pkg.participants.find((p) => normalizeUsername(p.username) === wanted) ?? null;
}
