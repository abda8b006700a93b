import { translate, type Locale } from '../i18n';
import type { BodyRoster, BodyType, MembershipEndKind, MembershipId } from '../model/roster';
import { standingOn } from '../model/roster';
import type { UserId } from '../model/ids';
import type { RuleCitation } from './citation';

/*
 * The legal denominator N: the body's members in office on the vote's date, from the roster of the term,
 * less the standings the rules exclude. Every exclusion is listed by name and reason; the whole object is
 * frozen with the vote so later roster edits never change a published result.
 */

export type DenominatorMember = { membershipId: MembershipId; userId: UserId | null; fullName: string; isHead: boolean };

export type DenominatorExclusion = {
  membershipId: MembershipId;
  fullName: string;
  kind: MembershipEndKind;
  /** ISO date the standing began. */
  since: string;
  reason: string | null;
};

export type FrozenDenominator = {
  n: number;
  onDate: string;
  bodyName: string;
  bodyType: BodyType;
  termLabel: string;
  /** Memberships begun on or before the date: elected, by-elected, appointed, or joined in a merger. */
  seated: number;
  /** Out of N, by name and reason. */
  exclusions: DenominatorExclusion[];
  /** Out of office on the date in a standing the rules do not exclude (still in N), listed for the record. */
  keptInN: DenominatorExclusion[];
  /** Members in N (for the entitled list). */
  members: DenominatorMember[];
  /** 'roster': from the body's roster. 'invitation_list': legacy package without a roster (flagged everywhere). */
  source: 'roster' | 'invitation_list';
  /** The exclusion rule applied, with its citation. */
  rule: RuleCitation | null;
};

export function computeDenominator(
  roster: BodyRoster,
  onDate: string,
  excluded: readonly MembershipEndKind[],
  rule: RuleCitation | null,
): FrozenDenominator {
  const members: DenominatorMember[] = [];
  const exclusions: DenominatorExclusion[] = [];
  const keptInN: DenominatorExclusion[] = [];
  let seated = 0;
  for (const m of roster.memberships) {
    if (m.termId !== roster.term.id) continue;
    const s = standingOn(m, onDate);
    if (s.kind === 'not_started') continue;
    seated++;
    const member: DenominatorMember = { membershipId: m.id, userId: m.userId, fullName: m.fullName, isHead: m.isHead };
    if (s.kind === 'in_office') {
      members.push(member);
      continue;
    }
    const entry: DenominatorExclusion = { membershipId: m.id, fullName: m.fullName, kind: s.endKind, since: s.since, reason: m.endReason };
    if (excluded.includes(s.endKind)) exclusions.push(entry);
    else {
      keptInN.push(entry);
      members.push(member);
    }
  }
  return {
    n: members.length,
    onDate,
    bodyName: roster.body.name,
    bodyType: roster.body.type,
    termLabel: roster.term.label,
    seated,
    exclusions,
    keptInN,
    members,
    source: 'roster',
    rule,
  };
}

/** "3/2026" from "2026-03-14". */
const monthYear = (iso: string): string => `${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}`;

/**
 * "N = 49 (51 thành viên; 1 thôi nhiệm vụ 3/2026, 1 từ trần 8/2026)": exclusions grouped by kind and month,
 * in date order. The names are in `exclusions` for the record.
 */
export function summarizeDenominator(d: Omit<FrozenDenominator, 'members'>, locale: Locale): string {
  if (d.exclusions.length === 0) return translate(locale, 'denominator.summaryNone', { n: d.n, seated: d.seated });
  const groups = new Map<string, { kind: MembershipEndKind; month: string; count: number; since: string }>();
  for (const e of [...d.exclusions].sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : 0))) {
    const key = `${e.kind}|${monthYear(e.since)}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { kind: e.kind, month: monthYear(e.since), count: 1, since: e.since });
  }
  const parts = [...groups.values()].map((g) =>
    translate(locale, 'denominator.group', { count: g.count, what: translate(locale, `roster.end.${g.kind}`), month: g.month }),
  );
  return translate(locale, 'denominator.summary', { n: d.n, seated: d.seated, list: parts.join(', ') });
}
