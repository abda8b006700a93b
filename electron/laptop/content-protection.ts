/**
 * Whether a window must be protected (Electron content protection: screen capture and screen sharing show
 * it black): while at least one of its viewers shows a confidential ("mật") document. Plain state, one per
 * window (CallContext); the Electron shell only applies the decision when it changes.
 */

/** Confidential viewers remembered per window: a renderer cannot grow this without bound. */
export const MAX_CONFIDENTIAL_VIEWERS = 16;

export type ProtectionChange = { on: boolean; changed: boolean };

export type ProtectionTracker = {
  /** Viewer `viewerId` now shows a confidential document (true) or an ordinary one / nothing (false). */
  show(viewerId: string, confidential: boolean): ProtectionChange;
  readonly on: boolean;
};

export function createProtectionTracker(): ProtectionTracker {
  // Insertion order: the oldest entry goes first when full (the set stays non-empty, so still protected).
  const confidentialViewers = new Set<string>();
  return {
    show(viewerId, confidential) {
      const before = confidentialViewers.size > 0;
      if (confidential) {
        confidentialViewers.delete(viewerId);
        confidentialViewers.add(viewerId);
        if (confidentialViewers.size > MAX_CONFIDENTIAL_VIEWERS) {
          const oldest = confidentialViewers.values().next().value;
          if (oldest !== undefined) confidentialViewers.delete(oldest);
        }
      } else confidentialViewers.delete(viewerId);
      const on = confidentialViewers.size > 0;
      return { on, changed: on !== before };
    },
    get on() {
      return confidentialViewers.size > 0;
    },
  };
}
