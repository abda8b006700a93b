import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validatePackage } from '../../electron/relay/package-store';
import { loadProvinceRules, PROVINCE_RULES_FILE } from '../../electron/relay/province-rules';
import { BUILTIN_RULES } from '../../shared/voting/rule-data';
import { resolveRuleSet } from '../../shared/voting/rule-set';
import { makeMeetingFixture } from '../helpers/relay-fixture';
import { removeDir, tempDir } from '../helpers/relay-harness';
import { spawnRelay } from '../helpers/relay-process';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) removeDir(dirs.pop()!);
});

const TIE_NOT_PASSED = {
  format: 1,
  rules: [
    {
      id: 'ubnd_tie',
      topic: 'tie',
      resolve: 'not_passed',
      bodyTypes: ['ubnd'],
      inForceFrom: '2026-01-01',
      inForceTo: null,
      citation: {
        document: 'Quy chế làm việc của UBND tỉnh Thái Nguyên nhiệm kỳ 2026–2031',
        article: '20',
        clause: '3',
        issuedOn: '2026-04-02',
      },
      wording: { vi: 'Khi số phiếu ngang nhau, vấn đề được đưa ra thảo luận lại.', en: 'On a tie the matter is discussed again.' },
      needsLegalConfirmation: false,
    },
  ],
};

describe('province rules file, loaded by the relay at start', () => {
  it('no file: the built-in rules; <data>/province-rules.json: merged over them', () => {
    const dir = tempDir('rules');
    dirs.push(dir);
    const none = loadProvinceRules(dir);
    expect(none.ok && none.value).toMatchObject({ file: null, rules: BUILTIN_RULES });
    writeFileSync(join(dir, PROVINCE_RULES_FILE), JSON.stringify(TIE_NOT_PASSED));
    const loaded = loadProvinceRules(dir);
    expect(loaded.ok && loaded.value.file).toBe(join(dir, PROVINCE_RULES_FILE));
    const set = loaded.ok ? resolveRuleSet(loaded.value.rules, 'ubnd', '2026-12-01') : null;
    expect(set?.ok && set.value.tie).toMatchObject({ resolve: 'not_passed', citation: { article: '20' } });
  });

  it('an invalid file stops the relay at start, naming the first problem', async () => {
    const dir = tempDir('rules-bad');
    dirs.push(dir);
    const bad = { ...TIE_NOT_PASSED, rules: [{ ...TIE_NOT_PASSED.rules[0], resolve: 'coin_toss' }] };
    writeFileSync(join(dir, 'rules.json'), JSON.stringify(bad));
    const r = loadProvinceRules(dir, join(dir, 'rules.json'));
    expect(!r.ok && r.error).toMatchObject({ key: 'error.legal.ruleFile', params: { path: 'rules[0].resolve' } });
    const missing = loadProvinceRules(dir, join(dir, 'none.json'));
    expect(!missing.ok && missing.error.key).toBe('error.legal.ruleFileMissing');
    await expect(spawnRelay({ dataDir: dir, args: ['--rules', join(dir, 'rules.json')] })).rejects.toThrow(/rules\[0\]\.resolve/);
  });
});

describe('package roster validation (the relay refuses a malformed roster with the package)', () => {
  it('refuses a package whose roster is malformed, accepts a well-formed one', async () => {
    const fx = await makeMeetingFixture();
    dirs.push(fx.dir);
    const body = {
      body: { id: 'b', type: 'hdnd', level: 'tinh', name: 'HĐND tỉnh', parentId: null },
      term: { id: 't', bodyId: 'b', label: '2026–2031', startDate: '2026-03-15', endDate: null },
      memberships: [
        {
          id: 'm1',
          termId: 't',
          userId: null,
          fullName: 'A',
          position: '',
          isHead: false,
          startDate: '2026-03-15',
          startKind: 'elected',
          formerBody: null,
          endDate: null,
          endKind: null,
          endReason: null,
          liftedOn: null,
        },
      ],
    };
    expect(() => validatePackage({ ...fx.pkg, body })).not.toThrow();
    expect(() => validatePackage({ ...fx.pkg, body: { ...body, body: { ...body.body, type: 'huyen' } } })).toThrow(/bad body type/);
    const badEnd = { ...body.memberships[0], endDate: '2026-05-01', endKind: 'vanished' };
    expect(() => validatePackage({ ...fx.pkg, body: { ...body, memberships: [badEnd] } })).toThrow(/membership m1 is malformed/);
  });
});
