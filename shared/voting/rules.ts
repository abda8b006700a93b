import type { BodyKind } from '../model/bodies';
import { FAMILY_DEFAULT_BODY_TYPE, type BodyType } from '../model/roster';
import { BUILTIN_RULES } from './rule-data';
import type { RuleDef, RuleSet } from './rule-set';
import { resolveRuleSet } from './rule-set';
import type { ThresholdRule } from './thresholds';

/** The built-in rule set of a body type on a date (the relay applies province overrides on top). */
export function builtinRuleSet(bodyType: BodyType, date: string, defs: readonly RuleDef[] = BUILTIN_RULES): RuleSet | null {
  const r = resolveRuleSet(defs, bodyType, date);
  return r.ok ? r.value : null;
}

/** The full body's rule set for a family (for forms before a body is chosen). */
export const familyRuleSet = (kind: BodyKind, date: string): RuleSet | null => builtinRuleSet(FAMILY_DEFAULT_BODY_TYPE[kind], date);

/** The passing rule a chair picked, looked up only among the rules in force for the body. */
export function findVoteRule(set: RuleSet, ruleId: string): ThresholdRule | null {
  return set.passing.find((r) => r.id === ruleId) ?? null;
}
