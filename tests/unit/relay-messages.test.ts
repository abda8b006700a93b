import { describe, expect, it } from 'vitest';
import { FORBIDDEN_ROLE_KEYS } from '../../electron/relay/commands/messages';
import { translate } from '../../shared/i18n';
import { COMMAND_LABELS, COMMAND_ROLES, COMMAND_TYPES } from '../../shared/meeting-live/commands';

describe('relay refusals', () => {
  it('name the roles COMMAND_ROLES allows, in both languages, for every command type', () => {
    const NAMES: Record<string, { vi: string; en: string }> = {
      chair: { vi: 'chủ tọa', en: 'the chair' },
      delegate: { vi: 'đại biểu', en: 'delegates' },
      secretariat: { vi: 'bộ phận thư ký', en: 'the secretariat' },
    };
    for (const type of COMMAND_TYPES) {
      const key = FORBIDDEN_ROLE_KEYS[type];
      const allowed = COMMAND_ROLES[type];
      expect(translate('vi', key), type).toBe(
        `Chỉ ${allowed.map((r) => NAMES[r]!.vi).join(' hoặc ')} mới được ${COMMAND_LABELS[type].vi}.`,
      );
      expect(translate('en', key), type).toBe(`Only ${[...allowed].map((r) => NAMES[r]!.en).join(' or ')} may ${COMMAND_LABELS[type].en}.`);
    }
  });
});
