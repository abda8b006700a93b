import { isBodyType, isIsoDate, MEMBERSHIP_END_KINDS, type MembershipEndKind } from '../model/roster';
import type { ElectionBase } from './elections';
import { ELECTION_BASES } from './elections';
import type { Result } from '../util/result';
import { fail, ok } from '../util/result';
import type { Citation, RuleDef, Text2, TieResolution } from './rule-set';
import { RULE_TOPICS, TIE_RESOLUTIONS } from './rule-set';
import type { ThresholdKind } from './thresholds';
import { isDenominatorBase, isThresholdKind } from './thresholds';

/*
 * A province's own rules, as JSON (see README.md "Province rules"):
 *   { "format": 1, "disable": ["<built-in id>", ...], "rules": [ <RuleDef>, ... ] }
 * A rule with a built-in id replaces it; other ids add rules. Validated in full before anything is used;
 * the first problem is reported with its path ("rules[2].citation.document").
 */
export const RULE_FILE_FORMAT = 1;
export type ProvinceRules = { rules: RuleDef[]; disable: string[] };

type Obj = Record<string, unknown>;
class Problem {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {}
}
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (o: Obj, k: string, path: string): string => {
  const v = o[k];
  if (typeof v !== 'string' || v.trim() === '') throw new Problem(`${path}.${k}`, 'expected a non-empty string');
  return v;
};
const strOrNull = (o: Obj, k: string, path: string): string | null => (o[k] === null || o[k] === undefined ? null : str(o, k, path));
const text2 = (o: Obj, k: string, path: string): Text2 => {
  const v = o[k];
  if (!isObj(v)) throw new Problem(`${path}.${k}`, 'expected { vi, en }');
  return { vi: str(v, 'vi', `${path}.${k}`), en: str(v, 'en', `${path}.${k}`) };
};
const date = (o: Obj, k: string, path: string, nullable: boolean): string | null => {
  const v = o[k];
  if (nullable && (v === null || v === undefined)) return null;
  if (!isIsoDate(v)) throw new Problem(`${path}.${k}`, 'expected an ISO date yyyy-mm-dd');
  return v;
};

function citation(o: Obj, path: string): Citation {
  const c = o['citation'];
  if (!isObj(c)) throw new Problem(`${path}.citation`, 'expected { document, article, clause, issuedOn }');
  const p = `${path}.citation`;
  return {
    document: str(c, 'document', p),
    article: strOrNull(c, 'article', p),
    clause: strOrNull(c, 'clause', p),
    issuedOn: date(c, 'issuedOn', p, true),
  };
}

function rule(v: unknown, path: string): RuleDef {
  if (!isObj(v)) throw new Problem(path, 'expected an object');
  const topic = v['topic'];
  if (typeof topic !== 'string' || !(RULE_TOPICS as readonly string[]).includes(topic))
    throw new Problem(`${path}.topic`, `expected one of ${RULE_TOPICS.join(', ')}`);
  const bodyTypes = v['bodyTypes'];
  if (!Array.isArray(bodyTypes) || bodyTypes.length === 0 || !bodyTypes.every(isBodyType))
    throw new Problem(`${path}.bodyTypes`, 'expected a non-empty list of body types');
  const needs = v['needsLegalConfirmation'];
  if (typeof needs !== 'boolean') throw new Problem(`${path}.needsLegalConfirmation`, 'expected true or false');
  const common = {
    id: str(v, 'id', path),
    bodyTypes,
    inForceFrom: date(v, 'inForceFrom', path, false)!,
    inForceTo: date(v, 'inForceTo', path, true),
    citation: citation(v, path),
    wording: text2(v, 'wording', path),
    needsLegalConfirmation: needs,
  };
  if (common.inForceTo !== null && common.inForceTo < common.inForceFrom) throw new Problem(`${path}.inForceTo`, 'ends before it starts');
  if (!needs && common.citation.article === null) throw new Problem(`${path}.citation.article`, 'a confirmed rule must name its article');
  const kind = (): ThresholdKind => {
    if (!isThresholdKind(v['kind'])) throw new Problem(`${path}.kind`, 'unknown threshold kind');
    return v['kind'];
  };
  switch (topic as RuleDef['topic']) {
    case 'quorum':
      return { ...common, topic: 'quorum', kind: kind(), label: text2(v, 'label', path) };
    case 'passing': {
      if (!isDenominatorBase(v['base'])) throw new Problem(`${path}.base`, 'expected total or present');
      return { ...common, topic: 'passing', ruleId: str(v, 'ruleId', path), kind: kind(), base: v['base'], label: text2(v, 'label', path) };
    }
    case 'tie': {
      const resolve = v['resolve'];
      if (typeof resolve !== 'string' || !(TIE_RESOLUTIONS as readonly string[]).includes(resolve))
        throw new Problem(`${path}.resolve`, `expected one of ${TIE_RESOLUTIONS.join(', ')}`);
      return { ...common, topic: 'tie', resolve: resolve as TieResolution };
    }
    case 'labels': {
      const options = v['options'];
      if (!Array.isArray(options) || options.length < 2) throw new Problem(`${path}.options`, 'expected at least two labels');
      return { ...common, topic: 'labels', options: options.map((o, i) => text2({ o }, 'o', `${path}.options[${i}]`)) };
    }
    case 'exclusions': {
      const ex = v['excluded'];
      if (!Array.isArray(ex) || !ex.every((e) => (MEMBERSHIP_END_KINDS as readonly unknown[]).includes(e))) {
        throw new Problem(`${path}.excluded`, `expected a list of ${MEMBERSHIP_END_KINDS.join(', ')}`);
      }
      return { ...common, topic: 'exclusions', excluded: ex as MembershipEndKind[] };
    }
    case 'election': {
      const base = v['base'];
      if (typeof base !== 'string' || !(ELECTION_BASES as readonly string[]).includes(base))
        throw new Problem(`${path}.base`, `expected one of ${ELECTION_BASES.join(', ')}`);
      const percent = (key: string): number | null => {
        const p = v[key];
        if (p === null) return null;
        if (typeof p !== 'number' || !Number.isInteger(p) || p < 0 || p > 100)
          throw new Problem(`${path}.${key}`, 'expected a whole percentage from 0 to 100, or null');
        return p;
      };
      return {
        ...common,
        topic: 'election',
        base: base as ElectionBase,
        maxExtraPercent: percent('maxExtraPercent'),
        floorAgreementPercent: percent('floorAgreementPercent'),
      };
    }
  }
}

export function parseProvinceRules(json: unknown): Result<ProvinceRules> {
  try {
    if (!isObj(json)) throw new Problem('$', 'expected an object');
    if (json['format'] !== RULE_FILE_FORMAT) throw new Problem('format', `expected ${RULE_FILE_FORMAT}`);
    const disable = json['disable'] ?? [];
    if (!Array.isArray(disable) || !disable.every((d) => typeof d === 'string'))
      throw new Problem('disable', 'expected a list of rule ids');
    const raw = json['rules'] ?? [];
    if (!Array.isArray(raw)) throw new Problem('rules', 'expected a list');
    const rules = raw.map((r, i) => rule(r, `rules[${i}]`));
    const seen = new Set<string>();
    rules.forEach((r, i) => {
      if (seen.has(r.id)) throw new Problem(`rules[${i}].id`, `duplicate id ${r.id}`);
      seen.add(r.id);
    });
    return ok({ rules, disable: disable as string[] });
  } catch (e) {
    if (e instanceof Problem) return fail('invalid_input', 'error.legal.ruleFile', { path: e.path, problem: e.problem });
    throw e;
  }
}
