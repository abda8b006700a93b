import type { QuorumRule } from '../model/bodies';
import { requiredCount } from './thresholds';

export type QuorumStatus = {
  /** All members of the body called to the meeting (the quorum's denominator). */
  total: number;
  /** Members counted as present: checked in and with a live connection. */
  present: number;
  /** Present members needed. */
  required: number;
  met: boolean;
  label: { vi: string; en: string };
  legalBasis: string;
};

/** Quorum is always a share of the body's total membership, never of those present. */
export function computeQuorum(rule: QuorumRule, total: number, present: number): QuorumStatus {
  const required = requiredCount(rule.kind, total);
  return { total, present, required, met: total > 0 && present >= required, label: rule.label, legalBasis: rule.legalBasis };
}
