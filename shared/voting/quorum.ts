import type { RuleCitation } from './citation';
import type { QuorumRuleDef } from './rule-set';
import { citationOf } from './rule-set';
import { formatCitation } from './citation';
import { requiredCount } from './thresholds';

export type QuorumStatus = {
  /** The body's members in office on the date (the legal denominator N), from the roster. */
  total: number;
  /** Members recorded present (checked in on a laptop or by the secretariat); the heartbeat does not matter. */
  present: number;
  /** Present members needed. */
  required: number;
  met: boolean;
  label: { vi: string; en: string };
  legalBasis: string;
  /** Absent only on the placeholder shown when no quorum rule is in force (votes cannot open then). */
  citation?: RuleCitation;
};

/** Quorum is always a share of the body's total membership in office, never of those present. */
export function computeQuorum(rule: QuorumRuleDef, total: number, present: number): QuorumStatus {
  const required = requiredCount(rule.kind, total);
  return {
    total,
    present,
    required,
    met: total > 0 && present >= required,
    label: rule.label,
    legalBasis: `${formatCitation(rule.citation)}: ${rule.wording.vi}`,
    citation: citationOf(rule),
  };
}

/** Shown when no rule or roster resolves for the date: never met, so no vote can open. */
export function unresolvedQuorum(total: number, present: number, why: { vi: string; en: string }): QuorumStatus {
  return { total, present, required: total + 1, met: false, label: why, legalBasis: '' };
}
