import type { BodyKind } from '../model/bodies';
import { BODY_PRESETS } from '../model/bodies';
import type { ThresholdRule } from './thresholds';

/** The passing rule a chair picked, looked up only among the presets of the meeting's body. */
export function findVoteRule(bodyKind: BodyKind, ruleId: string): ThresholdRule | null {
  return BODY_PRESETS[bodyKind].voteRules.find((r) => r.id === ruleId) ?? null;
}

/** The body's default passing rule (the first preset). */
export function defaultVoteRule(bodyKind: BodyKind): ThresholdRule {
  const rule = BODY_PRESETS[bodyKind].voteRules[0];
  if (!rule) throw new Error(`body ${bodyKind} has no vote rules`);
  return rule;
}
