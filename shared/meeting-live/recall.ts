import type { UserId } from '../model/ids';
import type { MeetingRole } from '../model/types';

/**
 * Recall of a meeting's confidential ("mật") documents: once the meeting is closed (or the secretariat orders
 * it), laptops delete their sealed copies at their next connection and confirm to the relay
 * (PROTOCOL.md "Confidential documents"). Part of the live view (`MeetingLiveView.recall`).
 */
export type RecallSource = 'meeting_close' | 'secretariat';
export const RECALL_SOURCES: readonly RecallSource[] = ['meeting_close', 'secretariat'];

/** When and why the recall began (POST /api/recall answers with it). */
export type RecallStarted = { startedAt: number; source: RecallSource };

export type RecallLaptop = { userId: UserId; fullName: string; role: MeetingRole; confirmedAt: number | null };

export type RecallView = {
  active: boolean;
  startedAt: number | null;
  source: RecallSource | null;
  /** This viewer: whether their laptop holds confidential material to give back, and when it confirmed. */
  me: { expected: boolean; confirmedAt: number | null };
  /**
   * Chair and secretariat: every participant who may have received confidential documents (entitled to at
   * least one; not the secretariat, which keeps the originals), confirmed or still pending.
   */
  laptops?: RecallLaptop[];
};
