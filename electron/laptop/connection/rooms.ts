import { privateDocRoom, privateRoom, sharedRoom } from '../../../shared/annotations/rooms';
import type { UserId } from '../../../shared/model/ids';
import type { Participant } from '../../../shared/model/types';
import { canSeeDocument } from '../../../shared/model/visibility';
import { roomName } from '../../../shared/relay-protocol/constants';
import type { PublicMeetingPackage } from '../../../shared/relay-protocol/types';

/**
 * The Yjs rooms a laptop keeps in sync for its signed-in user: the meeting doc, the user's own private
 * annotations (never anyone else's; those on a confidential document in a room of their own), and the shared
 * annotations of each document the user may see.
 * A relay manifest already holds only visible documents; the rule is applied again so a manifest built
 * locally (the hosting laptop) gives the same answer.
 */
export function roomsFor(userId: UserId, pkg: PublicMeetingPackage): string[] {
  const me: Participant | undefined = pkg.participants.find((p) => p.userId === userId);
  const docs = pkg.documents.filter((d) => canSeeDocument(d, me ?? null));
  const confidential = docs.filter((d) => d.confidentiality === 'mat');
  return [
    roomName('meeting', pkg.meeting.id),
    privateRoom(userId),
    ...docs.map((d) => sharedRoom(d.id)),
    ...confidential.map((d) => privateDocRoom(userId, d.id)),
  ];
}
