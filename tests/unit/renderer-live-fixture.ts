import type { MeetingLiveView } from '../../shared/meeting-live/live-state';
import type { AgendaItemId, MeetingId, UserId } from '../../shared/model/ids';
import { BODY_PRESETS } from '../../shared/model/bodies';
import { computeQuorum } from '../../shared/voting/quorum';

/** A plausible live view for pure view-logic tests; override what a test is about. */
export function makeView(over: Partial<MeetingLiveView> = {}): MeetingLiveView {
  const base: MeetingLiveView = {
    meetingId: 'm-1' as MeetingId,
    version: 1,
    serverNow: 1_700_000_000_000,
    phase: 'open',
    openedAt: 1_700_000_000_000 - 60_000,
    closedAt: null,
    current: { agendaItemId: 'a-1' as AgendaItemId, documentId: null, page: null, changedAt: 1_700_000_000_000 - 30_000 },
    attendance: {
      counts: { counted: 3, presentOffline: 0, absent: 0, absentWithReason: 0, notCheckedIn: 1 },
      quorum: computeQuorum(BODY_PRESETS.hdnd.quorum, 4, 3),
    },
    speakers: { queue: [], current: null, stats: [], limitSec: 300 },
    vote: null,
    results: [],
    me: { userId: 'u-d1' as UserId, role: 'delegate', isMember: true, attendance: 'present', speakerRequest: null, vote: null },
  };
  return { ...base, ...over };
}
