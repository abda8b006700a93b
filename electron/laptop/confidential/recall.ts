import { readdirSync } from 'node:fs';
import { parseRoom, privateDocRoom, privateRoom, sharedRoom } from '../../../shared/annotations/rooms';
import { deleteAnnotation, readAnnotations } from '../../../shared/annotations/ydoc-model';
import type { MeetingId, Sha256, UserId } from '../../../shared/model/ids';
import { isSha256 } from '../../../shared/model/ids';
import type { Db } from '../../common/sqlite/connection';
import { compact } from '../../common/ydoc-store/store';
import type { BlobStore } from '../blob-store';
import { getCachedManifest, saveCachedManifest } from '../connection/account-store';
import { listDocuments } from '../db/queries/documents';
import { deleteSearchBlob } from '../db/queries/search-blobs';
import { sealedShas } from '../db/queries/search-sealed-pages';
import { getSetting, setSetting } from '../db/queries/settings';
import type { LocalDocs } from '../ydocs/local-docs';

/**
 * The recall of a meeting's confidential documents on this laptop (the relay's live view says `recall.active`):
 * its sealed files (`<sha>.mat`, partial downloads included), their sealed search text, the decrypted text in
 * memory, the meeting key, the confidential entries of the cached manifest, the shared and private-doc annotation
 * rooms of the confidential documents (and any note on them an older version kept in the common private room,
 * which is then compacted) are deleted; the meeting is marked recalled (so opening such a document says so). Plain files (the
 * secretariat's own imports) are never touched. Deleted rows are zero-filled (secure_delete) and the WAL is
 * truncated, so no old page image keeps them. Idempotent: a second run finds nothing.
 */
const recalledKey = (meetingId: MeetingId) => `confidential.recalled:${meetingId}`;

export const isRecalled = (db: Db, meetingId: MeetingId): boolean => getSetting<{ at: string }>(db, recalledKey(meetingId)) !== null;

/** Forgetting the key also drops the decrypted search text from memory (sealed-search.ts listens to the ring). */
export type PurgeDeps = {
  db: Db;
  blobs: BlobStore;
  ydocs: LocalDocs;
  now: () => Date;
  /** Stops syncing these rooms with the relay before their docs are deleted. */
  closeRooms: (rooms: string[]) => void;
};

export function purgeConfidential(deps: PurgeDeps, meetingId: MeetingId, userId: UserId, relayUrl: string): { files: number } {
  const { db, blobs } = deps;
  blobs.keys.forget(meetingId);
  const docs = listDocuments(db, meetingId).filter((d) => d.confidentiality === 'mat');
  const confidential = new Set<Sha256>(docs.map((d) => d.sha256));
  // Any sealed file of this meeting, listed in the database or not.
  for (const name of readdirSync(blobs.dir)) {
    const sha = name.slice(0, 64) as Sha256;
    if (/\.mat(\.part)?$/.test(name) && isSha256(sha) && blobs.sealedMeeting(sha) === meetingId) confidential.add(sha);
  }
  let files = 0;
  for (const sha of confidential) {
    if (blobs.sealedMeeting(sha) === meetingId && blobs.removeSealed(sha)) files++;
    else blobs.removeSealed(sha); // a partial download without a complete file
  }
  db.pragma('secure_delete = ON');
  const recalledIds = new Set(docs.map((d) => d.id));
  // Every person's notes on them kept on this laptop, not only the signed-in one's.
  const notesRooms = [...new Set([...deps.ydocs.stored(), ...deps.ydocs.loaded()])].filter((name) => {
    const room = parseRoom(name);
    return room?.kind === 'private-doc' && recalledIds.has(room.documentId);
  });
  const rooms = [...new Set([...docs.map((d) => sharedRoom(d.id)), ...docs.map((d) => privateDocRoom(userId, d.id)), ...notesRooms])];
  deps.closeRooms(rooms);
  for (const room of rooms) deps.ydocs.drop(room);
  // Notes an older version kept in the common private room.
  const mine = deps.ydocs.get(privateRoom(userId));
  const notes = readAnnotations(mine).filter((a) => recalledIds.has(a.documentId));
  for (const a of notes) deleteAnnotation(mine, a.id);
  // The deletions are stored as updates: folding them into the snapshot drops the deleted content itself.
  if (notes.length > 0) compact(db, privateRoom(userId));
  db.transaction(() => {
    for (const sha of sealedShas(db, [...confidential])) deleteSearchBlob(db, sha);
    const cached = getCachedManifest(db, userId, relayUrl);
    if (cached && cached.package.meeting.id === meetingId) {
      const documents = cached.package.documents.filter((d) => d.confidentiality !== 'mat');
      saveCachedManifest(db, userId, { relayUrl, etag: null, package: { ...cached.package, documents } }, deps.now());
    }
    setSetting(db, recalledKey(meetingId), { at: deps.now().toISOString() }, deps.now().toISOString());
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  return { files };
}
