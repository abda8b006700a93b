import type { RecallLaptop, RecallSource, RecallView } from '../../shared/meeting-live/recall';
import type { MeetingId, UserId } from '../../shared/model/ids';
import type { MeetingPackage } from '../../shared/model/package';
import type { Participant } from '../../shared/model/types';
import { canSeeDocument } from '../../shared/model/visibility';
import type { Db } from '../common/sqlite/connection';
import type { RecallRow } from './db/recalls';
import { createRecallTables } from './db/recalls';
import { createMeetingKeys } from './meeting-keys';

/**
 * Confidential ("mật") documents at the relay: who receives the meeting key at sign-in, and the recall
 * (PROTOCOL.md "Confidential documents"). A participant entitled to at least one confidential document
 * (never a guest: canSeeDocument) gets the key until the meeting's confidential material is recalled; from
 * then on, everyone but the secretariat (who keeps the originals) is refused confidential documents, blobs
 * and the key, and each laptop's confirmation that it deleted its copies is recorded.
 */
export type Confidential = {
  /** The meeting key for this participant (base64), or null: not entitled, or recalled. */
  keyFor(pkg: MeetingPackage, p: Participant): string | null;
  /** Confidential documents are withheld from this participant (recalled; never for the secretariat). */
  withheld(meetingId: MeetingId, p: Pick<Participant, 'role'>): boolean;
  recall(meetingId: MeetingId): RecallRow | null;
  /** Starts the recall (once; later calls change nothing). */
  startRecall(meetingId: MeetingId, source: RecallSource, at: number): void;
  /** A laptop deleted its copies: null when no recall is under way. */
  confirm(meetingId: MeetingId, userId: UserId, at: number): number | null;
  view(pkg: MeetingPackage, viewer: Participant): RecallView;
  onChange(listener: () => void): () => void;
};

/** May this participant's laptop receive confidential documents of the meeting at all? */
export const holdsConfidential = (pkg: MeetingPackage, p: Pick<Participant, 'userId' | 'group' | 'role'>): boolean =>
  p.role !== 'secretariat' && pkg.documents.some((d) => d.confidentiality === 'mat' && canSeeDocument(d, p));

const mayReceiveKey = (pkg: MeetingPackage, p: Participant): boolean =>
  p.role !== 'guest' && pkg.documents.some((d) => d.confidentiality === 'mat' && canSeeDocument(d, p));

const mayOverseeRecall = (p: Pick<Participant, 'role'>): boolean => p.role === 'secretariat' || p.role === 'chair';

export function createConfidential(deps: { db: Db; dataDir: string }): Confidential {
  const tables = createRecallTables(deps.db);
  const keys = createMeetingKeys(deps.dataDir);
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const l of [...listeners]) l();
  };
  const withheld = (meetingId: MeetingId, p: Pick<Participant, 'role'>) => p.role !== 'secretariat' && tables.get(meetingId) !== null;

  return {
    keyFor(pkg, p) {
      if (!mayReceiveKey(pkg, p) || withheld(pkg.meeting.id, p)) return null;
      return keys.keyOf(pkg.meeting.id).toString('base64');
    },
    withheld,
    recall: (meetingId) => tables.get(meetingId),
    startRecall(meetingId, source, at) {
      if (tables.start(meetingId, source, at)) changed();
    },
    confirm(meetingId, userId, at) {
      if (!tables.get(meetingId)) return null;
      const before = tables.confirmations(meetingId).get(userId);
      const confirmedAt = tables.confirm(meetingId, userId, at);
      if (before === undefined) changed();
      return confirmedAt;
    },
    view(pkg, viewer) {
      const row = tables.get(pkg.meeting.id);
      const confirmed = row ? tables.confirmations(pkg.meeting.id) : new Map<UserId, number>();
      const view: RecallView = {
        active: row !== null,
        startedAt: row?.startedAt ?? null,
        source: row?.source ?? null,
        me: { expected: holdsConfidential(pkg, viewer), confirmedAt: confirmed.get(viewer.userId) ?? null },
      };
      if (mayOverseeRecall(viewer)) {
        view.laptops = pkg.participants
          .filter((p) => holdsConfidential(pkg, p))
          .map((p): RecallLaptop => ({
            userId: p.userId,
            fullName: p.fullName,
            role: p.role,
            confirmedAt: confirmed.get(p.userId) ?? null,
          }));
      }
      return view;
    },
    onChange(l) {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
  };
}
