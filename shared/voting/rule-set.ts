import type { BodyType, MembershipEndKind } from '../model/roster';
import type { Citation, RuleCitation, Text2 } from './citation';
import { formatCitation } from './citation';
import type { ElectionBase } from './elections';
import type { DenominatorBase, ThresholdKind, ThresholdRule } from './thresholds';

export type { Citation, RuleCitation, Text2 } from './citation';

/*
 * Rules as dated data. Every rule names its source (document, article, clause) and the period it is in force;
 * a rule whose text was not verified carries needsLegalConfirmation = true and the UI and records say so.
 * The rule in force on the meeting's date applies. A province overrides or adds rules in a JSON file
 * (rule-file.ts) without code changes.
 */

type RuleCommon = {
  /** Unique among all rules (built-in and province); a province rule with a built-in id replaces it. */
  id: string;
  bodyTypes: readonly BodyType[];
  /** ISO dates, inclusive; null: no end. */
  inForceFrom: string;
  inForceTo: string | null;
  citation: Citation;
  /** What the text says, in our words (Vietnamese first). */
  wording: Text2;
  /** True until the Department of Justice / Party Organisation Board confirms the citation and wording. */
  needsLegalConfirmation: boolean;
};

export type QuorumRuleDef = RuleCommon & { topic: 'quorum'; kind: ThresholdKind; label: Text2 };
/** `ruleId` is what the chair picks ("hdnd_resolution"); it stays the same when a new law replaces the text. */
export type PassingRuleDef = RuleCommon & {
  topic: 'passing';
  ruleId: string;
  kind: ThresholdKind;
  base: DenominatorBase;
  label: Text2;
  /** Ballot options of this question only (bỏ phiếu tín nhiệm); absent: the body's labels rule. */
  options?: readonly Text2[];
  /** Which option (0-based) the threshold counts; absent: the first ("in favour"). */
  decidingOption?: number;
  /** Only a secret ballot may decide it. */
  secretOnly?: boolean;
  /** What passing and failing mean, when not "Thông qua / Không thông qua". */
  outcome?: { passed: Text2; notPassed: Text2 };
};
/** What an exact tie (in favour = against = half of N) decides: the side the head (Chủ tịch) voted, or nothing. */
export type TieResolution = 'head_side' | 'not_passed';
export const TIE_RESOLUTIONS: readonly TieResolution[] = ['head_side', 'not_passed'];
export type TieRuleDef = RuleCommon & { topic: 'tie'; resolve: TieResolution };
/** Ballot labels; the first option is the one a passing rule counts. */
export type LabelsRuleDef = RuleCommon & { topic: 'labels'; options: readonly Text2[] };
/** Which standings take a member out of N (beyond not having started). */
export type ExclusionsRuleDef = RuleCommon & { topic: 'exclusions'; excluded: readonly MembershipEndKind[] };

/**
 * Elections held by the body: what "more than half" is taken of, at most how many extra candidates the first
 * round's list may carry (percent of seats, null: no limit), and the agreement a floor nomination needs
 * (more than this percent of those voting on it; null: no such vote). A body without one holds no elections.
 */
export type ElectionRuleDef = RuleCommon & {
  topic: 'election';
  base: ElectionBase;
  maxExtraPercent: number | null;
  floorAgreementPercent: number | null;
};

export type RuleDef = QuorumRuleDef | PassingRuleDef | TieRuleDef | LabelsRuleDef | ExclusionsRuleDef | ElectionRuleDef;
export type RuleTopic = RuleDef['topic'];
export const RULE_TOPICS: readonly RuleTopic[] = ['quorum', 'passing', 'tie', 'labels', 'exclusions', 'election'];

/** The rules that apply to one body on one date. */
export type RuleSet = {
  bodyType: BodyType;
  date: string;
  quorum: QuorumRuleDef;
  passing: ThresholdRule[];
  tie: TieRuleDef | null;
  labels: LabelsRuleDef;
  exclusions: ExclusionsRuleDef;
  /** Null: the body holds no elections or confidence ratings in its meetings. */
  election: ElectionRuleDef | null;
};

export function citationOf(r: RuleDef): RuleCitation {
  return {
    ruleId: r.id,
    citation: r.citation,
    inForceFrom: r.inForceFrom,
    inForceTo: r.inForceTo,
    wording: r.wording,
    needsLegalConfirmation: r.needsLegalConfirmation,
    text: formatCitation(r.citation),
  };
}

export const inForceOn = (r: RuleDef, date: string): boolean => r.inForceFrom <= date && (r.inForceTo === null || date <= r.inForceTo);

/** A passing rule in the shape the tally applies; it carries its citation so every result can quote it. */
export function toThresholdRule(r: PassingRuleDef): ThresholdRule {
  return {
    id: r.ruleId,
    kind: r.kind,
    base: r.base,
    label: r.label,
    legalBasis: `${formatCitation(r.citation)}: ${r.wording.vi}`,
    citation: citationOf(r),
    ...(r.options ? { options: r.options } : {}),
    ...(r.decidingOption !== undefined ? { decidingOption: r.decidingOption } : {}),
    ...(r.secretOnly ? { secretOnly: true } : {}),
    ...(r.outcome ? { outcome: r.outcome } : {}),
  };
}

/** Rules in force, the latest-starting one winning where several of one topic (or passing rule id) apply. */
function pick<T extends RuleDef>(rules: readonly T[]): T | null {
  let best: T | null = null;
  for (const r of rules) if (!best || r.inForceFrom > best.inForceFrom) best = r;
  return best;
}

export type RuleSetProblem = { topic: RuleTopic; bodyType: BodyType; date: string };

/** Resolves the rule set of a body on a date, or names the topic no rule in force covers. */
export function resolveRuleSet(
  defs: readonly RuleDef[],
  bodyType: BodyType,
  date: string,
): { ok: true; value: RuleSet } | { ok: false; problem: RuleSetProblem } {
  const applicable = defs.filter((r) => r.bodyTypes.includes(bodyType) && inForceOn(r, date));
  const of = <K extends RuleTopic>(topic: K): Extract<RuleDef, { topic: K }>[] =>
    applicable.filter((r): r is Extract<RuleDef, { topic: K }> => r.topic === topic);
  const quorum = pick(of('quorum'));
  const labels = pick(of('labels'));
  const exclusions = pick(of('exclusions'));
  const missing = !quorum ? 'quorum' : !labels ? 'labels' : !exclusions ? 'exclusions' : null;
  if (missing || !quorum || !labels || !exclusions) return { ok: false, problem: { topic: missing ?? 'quorum', bodyType, date } };
  const byRuleId = new Map<string, PassingRuleDef[]>();
  for (const r of of('passing')) byRuleId.set(r.ruleId, [...(byRuleId.get(r.ruleId) ?? []), r]);
  const passingDefs = [...byRuleId.values()].map((rs) => pick(rs)!);
  if (passingDefs.length === 0) return { ok: false, problem: { topic: 'passing', bodyType, date } };
  return {
    ok: true,
    value: {
      bodyType,
      date,
      quorum,
      passing: passingDefs.map(toThresholdRule),
      tie: pick(of('tie')),
      labels,
      exclusions,
      election: pick(of('election')),
    },
  };
}

/**
 * Province rules over built-in ones: a rule with a built-in id replaces it; `disabledIds` removes built-in
 * rules the province does not apply. Order of the result: built-in order, then new province rules.
 */
export function mergeRules(builtin: readonly RuleDef[], province: readonly RuleDef[], disabledIds: readonly string[] = []): RuleDef[] {
  const byId = new Map(province.map((r) => [r.id, r]));
  const merged = builtin.filter((r) => !disabledIds.includes(r.id)).map((r) => byId.get(r.id) ?? r);
  const builtinIds = new Set(builtin.map((r) => r.id));
  return [...merged, ...province.filter((r) => !builtinIds.has(r.id) && !disabledIds.includes(r.id))];
}
