import type { LaptopId, UserId } from '../model/ids';
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

/**
 * One laptop that received confidential material of the meeting (the meeting key, the manifest's confidential
 * entries or a sealed file) for one person. `laptopId` null and `label` null: a client that signed in without
 * naming its laptop (counted as that person's one unnamed laptop).
 */
export type RecallLaptop = {
  userId: UserId;
  fullName: string;
  role: MeetingRole;
  laptopId: LaptopId | null;
  label: string | null;
  receivedAt: number;
  confirmedAt: number | null;
};

export type RecallView = {
  active: boolean;
  startedAt: number | null;
  source: RecallSource | null;
  /**
   * This viewer on this laptop (the session's laptop): whether the relay recorded it receiving confidential
   * material to give back, and when it confirmed the deletion.
   */
  me: { expected: boolean; confirmedAt: number | null };
  /**
   * Chair and secretariat: every laptop that received confidential material, per person (not the
   * secretariat's, which keeps the originals), confirmed or still pending.
   */
  laptops?: RecallLaptop[];
};
