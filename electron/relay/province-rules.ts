import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_RULES } from '../../shared/voting/rule-data';
import { parseProvinceRules } from '../../shared/voting/rule-file';
import type { RuleDef } from '../../shared/voting/rule-set';
import { mergeRules } from '../../shared/voting/rule-set';
import type { Result } from '../../shared/util/result';
import { fail, ok } from '../../shared/util/result';

/** Where the relay looks for the province's rules when `--rules` is not given: `<data dir>/province-rules.json`. */
export const PROVINCE_RULES_FILE = 'province-rules.json';

/**
 * The rules the relay applies: the built-in ones with the province's file merged over them (format in
 * shared/voting/rule-file.ts and shared/voting/README.md). No file: the built-in rules. An invalid file is an
 * error value naming the first problem's path; the relay refuses to start rather than apply half a file.
 */
export function loadProvinceRules(dataDir: string, explicitFile?: string): Result<{ rules: RuleDef[]; file: string | null }> {
  const file = explicitFile ?? join(dataDir, PROVINCE_RULES_FILE);
  if (!existsSync(file)) {
    if (explicitFile) return fail('not_found', 'error.legal.ruleFileMissing', { file });
    return ok({ rules: [...BUILTIN_RULES], file: null });
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    json = undefined;
  }
  const parsed = parseProvinceRules(json);
  if (!parsed.ok) return parsed;
  return ok({ rules: mergeRules(BUILTIN_RULES, parsed.value.rules, parsed.value.disable), file });
}
