import { parseRoom, roomDocument } from '../../../shared/annotations/rooms';
import type { MeetingId } from '../../../shared/model/ids';
import type { Db } from '../../common/sqlite/connection';
import type { UpdateCodec } from '../../common/ydoc-store/store';
import { getDocument } from '../db/queries/documents';
import type { BlobStore } from '../blob-store';
import type { KeyRing } from './key-ring';
import { seal, sealedMeetingOf, unseal } from './seal';

/**
 * How this laptop stores a Yjs room: annotations on a confidential ("mật") document — its shared room and each
 * person's private-doc room — are sealed with the meeting's key (seal.ts, AES-256-GCM, bound to the room's
 * name), like the document itself. Without the key such a room is locked: it can be neither read nor written
 * until the person signs in through the relay again. One exception: the laptop that holds the document as a
 * plain file (the secretariat's own import) stores its rooms as it stores the file.
 */
export type RoomStorage = { kind: 'plain' } | { kind: 'sealed'; codec: UpdateCodec } | { kind: 'locked' };

const PLAIN_ROOM: RoomStorage = { kind: 'plain' };
const LOCKED: RoomStorage = { kind: 'locked' };

/** What a sealed room's stored bytes say about their room: the additional authenticated data. */
const sealContext = (room: string) => `ydoc:${room}`;

export class SealedRoomError extends Error {
  constructor(readonly room: string) {
    super(`stored state of ${room} cannot be opened with the meeting key`);
  }
}

/**
 * Seals with the key in the ring at the time of each write (a key forgotten since makes the write fail: the
 * edit stays in memory and reaches the relay, never the disk in clear). Rows stored in clear before this room
 * was sealed (an older version) are read as they are; the next compaction seals them.
 */
export function meetingCodec(keys: KeyRing, meetingId: MeetingId, room: string): UpdateCodec {
  const keyOrThrow = () => {
    const key = keys.get(meetingId);
    if (!key) throw new SealedRoomError(room);
    return key;
  };
  return {
    encode: (plain) => seal(keyOrThrow(), meetingId, sealContext(room), plain),
    decode(stored) {
      if (sealedMeetingOf(stored) !== meetingId) return stored;
      const plain = unseal(keyOrThrow(), meetingId, sealContext(room), stored);
      if (!plain) throw new SealedRoomError(room);
      return new Uint8Array(plain.buffer, plain.byteOffset, plain.byteLength);
    },
  };
}

export function roomStorage(deps: { db: Db; blobs: BlobStore }, name: string): RoomStorage {
  const room = parseRoom(name);
  const documentId = room ? roomDocument(room) : null;
  if (!room || !documentId) return PLAIN_ROOM;
  const doc = getDocument(deps.db, documentId);
  // A private-doc room exists only for confidential documents: without its document, nothing can open it.
  if (!doc) return room.kind === 'private-doc' ? LOCKED : PLAIN_ROOM;
  if (doc.confidentiality !== 'mat') return PLAIN_ROOM;
  if (deps.blobs.keys.get(doc.meetingId)) return { kind: 'sealed', codec: meetingCodec(deps.blobs.keys, doc.meetingId, name) };
  const plainFile = deps.blobs.has(doc.sha256) && deps.blobs.sealedMeeting(doc.sha256) === null;
  return plainFile ? PLAIN_ROOM : LOCKED;
}
