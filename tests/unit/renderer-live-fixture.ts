import type { MeetingLiveView } from '../../shared/meeting-live/live-state';
import type { AgendaItemId, MeetingId, UserId } from '../../shared/model/ids';
import { BUILTIN_RULES } from '../../shared/voting/rule-data';
import { resolveRuleSet } from '../../shared/voting/rule-set';
import { computeQuorum } from '../../shared/voting/quorum';

const resolved = resolveRuleSet(BUILTIN_RULES, 'hdnd', '2026-06-01');
if (!resolved.ok) throw new Error('no HĐND rules in force on 2026-06-01');
/** The HĐND rule set in force in mid-2026 (Law 72/2025/QH15). */
export const HDND_RULES = resolved.value;

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
      counts: {
        counted: 3,
        checkedInLaptop: 3,
        checkedInSecretariat: 0,
        presentOffline: 0,
        absent: 0,
        absentWithReason: 0,
        notCheckedIn: 1,
      },
      quorum: computeQuorum(HDND_RULES.quorum, 4, 3),
    },
    speakers: { queue: [], current: null, stats: [], limitSec: 300 },
    vote: null,
    results: [],
    rules: null,
    elections: [],
    me: { userId: 'u-d1' as UserId, role: 'delegate', isMember: true, attendance: 'present', speakerRequest: null, vote: null },
  };
  return { ...base, ...over };
}
