import { MAX_CONFIDENTIAL_LAPTOPS_PER_USER } from '../../shared/relay-protocol/constants';
import type { RecallLaptop, RecallSource, RecallView } from '../../shared/meeting-live/recall';
import type { LaptopId, MeetingId, UserId } from '../../shared/model/ids';
import type { MeetingPackage } from '../../shared/model/package';
import type { Participant } from '../../shared/model/types';
import { canSeeDocument } from '../../shared/model/visibility';
import type { LaptopIdentity } from '../../shared/relay-protocol/types';
import type { Db } from '../common/sqlite/connection';
import { createConfidentialLaptopsTable } from './db/confidential-laptops';
import type { RecallRow } from './db/recalls';
import { createRecallTables } from './db/recalls';
import { createMeetingKeys } from './meeting-keys';

/**
 * Confidential ("mật") documents at the relay: who receives the meeting key at sign-in, on which laptops, and
 * the recall (PROTOCOL.md "Confidential documents"). A participant entitled to at least one confidential
 * document (never a guest: canSeeDocument) gets the key until the meeting's confidential material is recalled;
 * from then on, everyone but the secretariat (who keeps the originals) is refused confidential documents,
 * blobs and the key. Each laptop that receives confidential material (the key, the manifest's confidential
 * entries, a sealed file) is recorded per person, and the recall is confirmed per laptop. A laptop names
 * itself (self-declared): the record is bookkeeping, never authority, and a person may have at most
 * MAX_CONFIDENTIAL_LAPTOPS_PER_USER laptops on record per meeting; a further laptop receives no confidential
 * material (so every copy handed out can be recalled and accounted for).
 */

export type Confidential = {
  /** The meeting key for this participant on this laptop (base64), or null: not entitled, recalled, or refused. */
  keyFor(pkg: MeetingPackage, p: Participant, laptop: LaptopIdentity | null): string | null;
  /** An entitled participant's laptop refused only because the person already holds copies on the limit of laptops. */
  overLaptopLimit(pkg: MeetingPackage, p: Participant, laptop: LaptopIdentity | null): boolean;
  /** Confidential documents are withheld from this participant (recalled; never for the secretariat). */
  withheld(meetingId: MeetingId, p: Pick<Participant, 'role'>): boolean;
  /**
   * May confidential material of the meeting go to this participant on this laptop? False once recalled
   * (never for the secretariat) and for a laptop over the per-person limit; a laptop of an entitled participant
   * that may is recorded as having received it.
   */
  admit(pkg: MeetingPackage, p: Participant, laptop: LaptopIdentity | null): boolean;
  recall(meetingId: MeetingId): RecallRow | null;
  /** Starts the recall (once; later calls change nothing). */
  startRecall(meetingId: MeetingId, source: RecallSource, at: number): void;
  /**
   * A laptop deleted its copies: the time recorded for it (a laptop that never received any gets `at`), or
   * null when no recall is under way.
   */
  confirm(meetingId: MeetingId, userId: UserId, laptopId: LaptopId | null, at: number): number | null;
  /** The recall as this viewer sees it on this laptop (`laptopId` null: a session that named none). */
  view(pkg: MeetingPackage, viewer: Participant, laptopId: LaptopId | null): RecallView;
  onChange(listener: () => void): () => void;
};

/** May this participant's laptop receive confidential documents of the meeting at all? */
export const holdsConfidential = (pkg: MeetingPackage, p: Pick<Participant, 'userId' | 'group' | 'role'>): boolean =>
  p.role !== 'secretariat' && pkg.documents.some((d) => d.confidentiality === 'mat' && canSeeDocument(d, p));

const mayReceiveKey = (pkg: MeetingPackage, p: Participant): boolean =>
  p.role !== 'guest' && pkg.documents.some((d) => d.confidentiality === 'mat' && canSeeDocument(d, p));

const mayOverseeRecall = (p: Pick<Participant, 'role'>): boolean => p.role === 'secretariat' || p.role === 'chair';

export function createConfidential(deps: { db: Db; dataDir: string; now: () => number }): Confidential {
  const tables = createRecallTables(deps.db);
  const laptops = createConfidentialLaptopsTable(deps.db);
  const keys = createMeetingKeys(deps.dataDir);
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const l of [...listeners]) l();
  };
  const withheld = (meetingId: MeetingId, p: Pick<Participant, 'role'>) => p.role !== 'secretariat' && tables.get(meetingId) !== null;

  const admit = (pkg: MeetingPackage, p: Participant, laptop: LaptopIdentity | null): boolean => {
    const meetingId = pkg.meeting.id;
    if (withheld(meetingId, p)) return false;
    if (!holdsConfidential(pkg, p)) return true; // nothing to account for (the secretariat keeps the originals)
    const laptopId = laptop?.id ?? null;
    const known = laptops.find(meetingId, p.userId, laptopId);
    if (known) {
      // Renamed since: the panel shows the latest name.
      if (laptop && known.label !== laptop.label) laptops.record(meetingId, p.userId, laptopId, laptop.label, deps.now());
      return true;
    }
    if (laptops.countFor(meetingId, p.userId) >= MAX_CONFIDENTIAL_LAPTOPS_PER_USER) return false;
    laptops.record(meetingId, p.userId, laptopId, laptop?.label ?? null, deps.now());
    changed();
    return true;
  };

  return {
    keyFor(pkg, p, laptop) {
      if (!mayReceiveKey(pkg, p) || !admit(pkg, p, laptop)) return null;
      return keys.keyOf(pkg.meeting.id).toString('base64');
    },
    overLaptopLimit: (pkg, p, laptop) => mayReceiveKey(pkg, p) && !withheld(pkg.meeting.id, p) && !admit(pkg, p, laptop),
    withheld,
    admit,
    recall: (meetingId) => tables.get(meetingId),
    startRecall(meetingId, source, at) {
      if (tables.start(meetingId, source, at)) changed();
    },
    confirm(meetingId, userId, laptopId, at) {
      if (!tables.get(meetingId)) return null;
      if (laptops.confirm(meetingId, userId, laptopId, at)) changed();
      return laptops.find(meetingId, userId, laptopId)?.confirmedMs ?? at;
    },
    view(pkg, viewer, laptopId) {
      const row = tables.get(pkg.meeting.id);
      const mine = holdsConfidential(pkg, viewer) ? laptops.find(pkg.meeting.id, viewer.userId, laptopId) : null;
      const view: RecallView = {
        active: row !== null,
        startedAt: row?.startedAt ?? null,
        source: row?.source ?? null,
        me: { expected: mine !== null, confirmedAt: row ? (mine?.confirmedMs ?? null) : null },
      };
      if (mayOverseeRecall(viewer)) {
        const people = new Map(pkg.participants.filter((p) => holdsConfidential(pkg, p)).map((p) => [p.userId, p]));
        view.laptops = laptops.all(pkg.meeting.id).flatMap((l): RecallLaptop[] => {
          const p = people.get(l.userId);
          if (!p) return [];
          return [
            {
              userId: p.userId,
              fullName: p.fullName,
              role: p.role,
              laptopId: l.laptopId,
              label: l.label,
              receivedAt: l.receivedMs,
              confirmedAt: l.confirmedMs,
            },
          ];
        });
      }
      return view;
    },
    onChange(l) {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
  };
}
