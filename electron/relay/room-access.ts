import type { MessageKey } from '../../shared/i18n';
import { translate } from '../../shared/i18n';
import type { DocumentId } from '../../shared/model/ids';
import { isIdShape } from '../../shared/model/ids';
import type { MeetingPackage } from '../../shared/model/package';
import type { Participant } from '../../shared/model/types';
import { assertNever } from '../../shared/util/result';
import { splitPrivateDocId } from '../../shared/annotations/rooms';
import { canSeeDocument } from '../../shared/model/visibility';
import type { RoomKind } from '../../shared/relay-protocol/constants';
import { CLOSE_FORBIDDEN, CLOSE_NOT_FOUND, ROOM_KINDS } from '../../shared/relay-protocol/constants';

/**
 * Room names and write rules: one pure function decides, for a viewer and a room, whether the relay
 * lets them write, only read, or not connect at all. Permissions cannot live inside a Y.Doc, so every
 * doc is split by who may write it (DESIGN-NOTES, Yjs).
 */
export type ParsedRoom = { name: string; kind: RoomKind; id: string };

export function parseRoomName(name: string): ParsedRoom | null {
  const i = name.indexOf(':');
  if (i <= 0) return null;
  const kind = name.slice(0, i);
  const id = name.slice(i + 1);
  if (!(ROOM_KINDS as readonly string[]).includes(kind)) return null;
  // A private-doc room's id is "<userId>.<documentId>" (shared/annotations/rooms.ts); every other id is one id.
  if (!(kind === 'annotations-private-doc' ? splitPrivateDocId(id) !== null : isIdShape(id))) return null;
  return { name, kind: kind as RoomKind, id };
}

export type RoomAccess = { access: 'write' | 'read'; readOnlyReason: string } | { access: 'none'; closeCode: number; reason: string };

const WRITE = { access: 'write', readOnlyReason: '' } as const;

/**
 * The permission-denied reason on the wire is one string (y-protocols), read by laptops in either language:
 * both texts of the message key, Vietnamese first, then the room for logs.
 */
const readOnly = (key: MessageKey, room: ParsedRoom): string => `${translate('vi', key)} (${translate('en', key)} [${room.name}])`;

/** `confidentialWithheld`: the meeting's confidential documents were recalled for this viewer (confidential.ts). */
export function roomAccess(room: ParsedRoom, viewer: Participant, pkg: MeetingPackage, confidentialWithheld = false): RoomAccess {
  switch (room.kind) {
    case 'meeting':
      if (room.id !== pkg.meeting.id || viewer.meetingId !== pkg.meeting.id) return notFound(room);
      return viewer.role === 'secretariat' || viewer.role === 'chair'
        ? WRITE
        : {
            access: 'read',
            readOnlyReason: readOnly('error.relay.readOnlyMeeting', room),
          };
    case 'annotations-shared': {
      const doc = pkg.documents.find((d) => d.id === (room.id as DocumentId));
      // Same answer for "does not exist" and "not yours": a delegate learns nothing about confidential documents.
      if (!doc || !canSeeDocument(doc, viewer)) return notFound(room);
      if (confidentialWithheld && doc.confidentiality === 'mat') return notFound(room);
      return WRITE;
    }
    case 'annotations-private':
      return room.id === viewer.userId
        ? WRITE
        : { access: 'none', closeCode: CLOSE_FORBIDDEN, reason: 'forbidden: private annotations of another user' };
    case 'annotations-private-doc': {
      // One user's notes on one confidential document: that user, while they may see the document.
      const ids = splitPrivateDocId(room.id);
      if (!ids) return notFound(room);
      if (ids.userId !== viewer.userId)
        return { access: 'none', closeCode: CLOSE_FORBIDDEN, reason: 'forbidden: private annotations of another user' };
      const doc = pkg.documents.find((d) => d.id === ids.documentId);
      if (!doc || doc.confidentiality !== 'mat' || !canSeeDocument(doc, viewer) || confidentialWithheld) return notFound(room);
      return WRITE;
    }
    case 'results':
      if (room.id !== pkg.meeting.id) return notFound(room);
      return {
        access: 'read',
        readOnlyReason: readOnly('error.relay.readOnlyResults', room),
      };
    default:
      return assertNever(room.kind, 'room kind');
  }
}

const notFound = (_room: ParsedRoom): RoomAccess => ({ access: 'none', closeCode: CLOSE_NOT_FOUND, reason: 'not found: no such room' });
