import type { BodyKind } from '../../../shared/model/bodies';
import type { UserId } from '../../../shared/model/ids';
import type { BodyRoster, BodyType, MembershipId } from '../../../shared/model/roster';
import { FAMILY_DEFAULT_BODY_TYPE } from '../../../shared/model/roster';
import { isMemberRole } from '../../../shared/meeting-live/commands';
import type { Result } from '../../../shared/util/result';
import { fail, ok } from '../../../shared/util/result';
import { compareByGivenName } from '../../../shared/util/vn-collate';
import type { FrozenDenominator } from '../../../shared/voting/denominator';
import { computeDenominator } from '../../../shared/voting/denominator';
import type { QuorumStatus } from '../../../shared/voting/quorum';
import { computeQuorum, unresolvedQuorum } from '../../../shared/voting/quorum';
import { translate } from '../../../shared/i18n';
import type { RuleDef, RuleSet } from '../../../shared/voting/rule-set';
import { citationOf, resolveRuleSet } from '../../../shared/voting/rule-set';
import type { MeetingParticipantInfo } from './types';

/*
 * Who the body is on a date and which rules apply: the roster in office (the legal denominator N), the rule
 * set in force, and quorum. N never comes from the invitation list when the package carries a roster.
 */

const VN_OFFSET_MS = 7 * 3600 * 1000;
/** The calendar date in Vietnam (UTC+7, no daylight saving) of a relay clock reading. */
export const vietnamDate = (ms: number): string => new Date(ms + VN_OFFSET_MS).toISOString().slice(0, 10);

/** The key a member is stored under in a vote's entitled list: the account, or the membership for a member without one. */
export const entitledKey = (m: { userId: UserId | null; membershipId: MembershipId }): string => m.userId ?? `membership:${m.membershipId}`;

export type LegalBody = {
  bodyType: BodyType;
  /** Members with an account who are in office on the meeting date (or invited members without a roster), in given-name order. */
  members: readonly MeetingParticipantInfo[];
  /** Whose chair-side counts for the tie rule: the head's account, if any. */
  headUserId(date: string): UserId | null;
  ruleSet(date: string): Result<RuleSet>;
  denominator(date: string): Result<FrozenDenominator>;
  /** Quorum on a date given who is recorded present (attendance 'present', connected or not). */
  quorum(date: string, ruleDate: string, presentUserIds: ReadonlySet<string>): QuorumStatus;
};

export type LegalBodyConfig = {
  bodyKind: BodyKind;
  roster?: BodyRoster;
  participants: readonly MeetingParticipantInfo[];
  rules: readonly RuleDef[];
  /** The date members are listed for (meeting date). */
  listDate: string;
};

export function createLegalBody(config: LegalBodyConfig): LegalBody {
  const { roster } = config;
  const bodyType = roster?.body.type ?? FAMILY_DEFAULT_BODY_TYPE[config.bodyKind];
  const byUser = new Map(config.participants.map((p) => [p.userId as string, p]));
  const ruleCache = new Map<string, Result<RuleSet>>();
  const denomCache = new Map<string, Result<FrozenDenominator>>();

  function ruleSet(date: string): Result<RuleSet> {
    let r = ruleCache.get(date);
    if (!r) {
      const resolved = resolveRuleSet(config.rules, bodyType, date);
      r = resolved.ok
        ? ok(resolved.value)
        : fail('conflict', 'error.legal.noRuleInForce', { topic: resolved.problem.topic, date }, { reason: 'no_rule_in_force' });
      ruleCache.set(date, r);
    }
    return r;
  }

  function fromInvitations(date: string): FrozenDenominator {
    const members = config.participants
      .filter((p) => isMemberRole(p.role))
      .map((p) => ({ membershipId: `invited:${p.userId}` as MembershipId, userId: p.userId, fullName: p.fullName, isHead: false }));
    return {
      n: members.length,
      onDate: date,
      bodyName: '',
      bodyType,
      termLabel: '',
      seated: members.length,
      exclusions: [],
      keptInN: [],
      members,
      source: 'invitation_list',
      rule: null,
    };
  }

  function denominator(date: string): Result<FrozenDenominator> {
    let d = denomCache.get(date);
    if (!d) {
      if (!roster) d = ok(fromInvitations(date));
      else {
        const rules = ruleSet(date);
        if (!rules.ok) d = rules;
        else {
          const computed = computeDenominator(roster, date, rules.value.exclusions.excluded, citationOf(rules.value.exclusions));
          d = computed.n === 0 ? fail('conflict', 'error.legal.noRoster', { date }, { reason: 'no_roster' }) : ok(computed);
        }
      }
      denomCache.set(date, d);
    }
    return d;
  }

  const listed = denominator(config.listDate);
  const members: MeetingParticipantInfo[] = listed.ok
    ? listed.value.members
        .filter((m) => m.userId !== null)
        .map((m) => byUser.get(m.userId!) ?? { userId: m.userId!, role: 'delegate' as const, fullName: m.fullName, group: '' })
        .sort((a, b) => compareByGivenName(a.fullName, b.fullName))
    : [];

  return {
    bodyType,
    members,
    headUserId(date) {
      const d = denominator(date);
      return d.ok ? (d.value.members.find((m) => m.isHead)?.userId ?? null) : null;
    },
    ruleSet,
    denominator,
    quorum(date, ruleDate, presentUserIds) {
      const d = denominator(date);
      const rules = ruleSet(ruleDate);
      if (!d.ok || !rules.ok) {
        const e = !d.ok ? d.error : !rules.ok ? rules.error : null;
        const why = e?.key ? { vi: translate('vi', e.key, e.params), en: translate('en', e.key, e.params) } : { vi: '', en: '' };
        return unresolvedQuorum(d.ok ? d.value.n : 0, presentUserIds.size, why);
      }
      const present = d.value.members.filter((m) => m.userId !== null && presentUserIds.has(m.userId)).length;
      return computeQuorum(rules.value.quorum, d.value.n, present);
    },
  };
}
