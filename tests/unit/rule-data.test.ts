import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BODY_TYPES } from '../../shared/model/roster';
import { isIsoDate } from '../../shared/util/dates';
import { BUILTIN_RULES } from '../../shared/voting/rule-data';
import { parseProvinceRules } from '../../shared/voting/rule-file';
import { mergeRules, resolveRuleSet } from '../../shared/voting/rule-set';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const VI_DIACRITIC = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

describe('built-in rule data', () => {
  it('every rule cites a document and either names its article or is flagged "needs legal confirmation"', () => {
    for (const r of BUILTIN_RULES) {
      expect(r.citation.document, r.id).toMatch(/^(Luật|Điều lệ|Nội quy|Quy định|Quyết định|Nghị quyết|Quy chế)/);
      if (r.citation.article === null) expect(r.needsLegalConfirmation, r.id).toBe(true);
      expect(isIsoDate(r.inForceFrom), r.id).toBe(true);
      if (r.inForceTo !== null) expect(r.inForceTo >= r.inForceFrom, r.id).toBe(true);
      expect(r.wording.vi, r.id).toMatch(VI_DIACRITIC);
      expect(r.wording.en.length, r.id).toBeGreaterThan(10);
    }
  });

  it('lists the rules that need legal confirmation (the list the Sở Tư pháp / Ban Tổ chức confirm before release)', () => {
    const flagged = BUILTIN_RULES.filter((r) => r.needsLegalConfirmation).map((r) => r.id);
    expect(flagged).toEqual([
      'hdnd_quorum@72-2025',
      'hdnd_quorum@77-2015',
      'hdnd_resolution@72-2025',
      'hdnd_resolution@77-2015',
      'hdnd_dismissal@72-2025',
      'hdnd_dismissal@77-2015',
      'hdnd_official_dismissal@72-2025',
      'hdnd_standing_quorum@72-2025',
      'hdnd_standing_decision@72-2025',
      'hdnd_standing_quorum@77-2015',
      'hdnd_standing_decision@77-2015',
      'hdnd_election@72-2025',
      'hdnd_election@77-2015',
      'ubnd_quorum@72-2025',
      'ubnd_decision@72-2025',
      'ubnd_decision@77-2015',
      'ubnd_tie',
      'party_quorum',
      'party_exclusions@232',
      'party_exclusions@old',
      'party_labels',
      'state_labels',
      'state_exclusions',
      'hdnd_confidence_vote@96-2023',
      'party_confidence_vote@96-2023',
    ]);
    // What is verified in the notes: 190-QĐ/TW Art. 30 and 14 (Party elections), Điều lệ Art. 9(5), 24-QĐ/TW 9.3.3,
    // UBND quorum under 77/2015 Art. 114.
    expect(BUILTIN_RULES.filter((r) => !r.needsLegalConfirmation).map((r) => r.id)).toEqual([
      'party_election@190-2024',
      'ubnd_quorum@77-2015',
      'party_resolution',
      'party_exclusions@24',
    ]);
  });

  it('current law: HĐND rules cite Law 72/2025/QH15 from 1/7/2025, the 2015 law before; nothing says "bất thường"', () => {
    const after = resolveRuleSet(BUILTIN_RULES, 'hdnd', '2025-07-01');
    const before = resolveRuleSet(BUILTIN_RULES, 'hdnd', '2025-06-30');
    expect(after.ok && after.value.quorum.citation).toMatchObject({ document: expect.stringMatching(/72\/2025\/QH15/), article: '34' });
    expect(after.ok && after.value.passing.find((r) => r.id === 'hdnd_resolution')!.citation!.citation.article).toBe('35');
    expect(before.ok && before.value.quorum.citation.document).toMatch(/77\/2015\/QH13/);
    expect(JSON.stringify(BUILTIN_RULES)).not.toMatch(/bất thường/);
    // no built-in rule counts "those present" (no legal basis found)
    expect(BUILTIN_RULES.some((r) => r.topic === 'passing' && r.base === 'present')).toBe(false);
  });

  it('Party decisions cite Điều lệ Art. 9(5); exclusions follow 24-QĐ/TW until 19/01/2025, then 232-QĐ/TW', () => {
    const d = (date: string) => resolveRuleSet(BUILTIN_RULES, 'bch_tinh_uy', date);
    const r = d('2026-01-01');
    expect(r.ok && r.value.passing[0]!.citation!.citation).toMatchObject({ article: '9', clause: '5' });
    expect(r.ok && r.value.exclusions.id).toBe('party_exclusions@232');
    const old = d('2025-01-19');
    expect(old.ok && old.value.exclusions.id).toBe('party_exclusions@24');
  });

  it('every body type resolves a complete rule set on the demo date', () => {
    for (const b of BODY_TYPES) expect(resolveRuleSet(BUILTIN_RULES, b, '2026-06-15').ok, b).toBe(true);
  });
});

describe('province rule file', () => {
  const procedural = {
    id: 'tn_procedural',
    topic: 'passing',
    ruleId: 'hdnd_procedural_present',
    kind: 'more_than_half',
    base: 'present',
    label: { vi: 'Quá nửa số đại biểu có mặt', en: 'More than half of those present' },
    bodyTypes: ['hdnd'],
    inForceFrom: '2026-03-01',
    inForceTo: null,
    citation: { document: 'Nội quy kỳ họp HĐND tỉnh Thái Nguyên', article: '15', clause: '2', issuedOn: '2026-03-01' },
    wording: {
      vi: 'Vấn đề thủ tục thông qua khi quá nửa số đại biểu có mặt tán thành.',
      en: 'Procedural matters pass with more than half of those present.',
    },
    needsLegalConfirmation: false,
  };

  it('adds, replaces and disables rules without code changes', () => {
    const tie = BUILTIN_RULES.find((r) => r.id === 'ubnd_tie')!;
    const parsed = parseProvinceRules({
      format: 1,
      disable: ['hdnd_official_dismissal@72-2025'],
      rules: [procedural, { ...tie, resolve: 'not_passed' }],
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const merged = mergeRules(BUILTIN_RULES, parsed.value.rules, parsed.value.disable);
    const hdnd = resolveRuleSet(merged, 'hdnd', '2026-06-01');
    expect(hdnd.ok && hdnd.value.passing.map((r) => r.id)).toEqual([
      'hdnd_resolution',
      'hdnd_dismissal',
      'hdnd_confidence_vote',
      'hdnd_procedural_present',
    ]);
    const ubnd = resolveRuleSet(merged, 'ubnd', '2026-06-01');
    expect(ubnd.ok && ubnd.value.tie?.resolve).toBe('not_passed');
  });

  it('refuses an invalid file with the path of the first problem', () => {
    const cases: [unknown, string][] = [
      [null, '$'],
      [{ format: 2 }, 'format'],
      [{ format: 1, rules: [{ ...procedural, citation: { document: '' } }] }, 'rules[0].citation.document'],
      [{ format: 1, rules: [{ ...procedural, citation: { ...procedural.citation, article: null } }] }, 'rules[0].citation.article'],
      [{ format: 1, rules: [{ ...procedural, inForceFrom: '2026-02-30' }] }, 'rules[0].inForceFrom'],
      [{ format: 1, rules: [{ ...procedural, kind: 'most' }] }, 'rules[0].kind'],
      [{ format: 1, rules: [{ ...procedural, bodyTypes: ['huyen'] }] }, 'rules[0].bodyTypes'],
      [{ format: 1, rules: [procedural, procedural] }, 'rules[1].id'],
    ];
    for (const [json, path] of cases) {
      const r = parseProvinceRules(json);
      expect(r.ok, path).toBe(false);
      if (!r.ok) {
        expect(r.error).toMatchObject({ code: 'invalid_input', key: 'error.legal.ruleFile' });
        expect(r.error.params?.['path'], JSON.stringify(json)).toBe(path);
      }
    }
  });
});

describe('seed samples', () => {
  it('the example province rule file is valid and adds the procedural rule, flagged until the province cites its Nội quy', () => {
    const parsed = parseProvinceRules(JSON.parse(readFileSync(`${SEEDS}province-rules.example.json`, 'utf8')));
    expect(parsed.ok && parsed.value.rules.map((r) => [r.id, r.needsLegalConfirmation])).toEqual([['tn_hdnd_procedural_present', true]]);
  });
});
