import type { BodyKind } from '../../shared/model/bodies';
import { BODY_PRESETS, RETIRED_MEETING_TYPES } from '../../shared/model/bodies';
import type { Locale, MessageKey } from '../../shared/i18n';
import type { Confidentiality, DocType, MeetingRole, MeetingStatus } from '../../shared/model/types';
import { assertNever } from '../../shared/util/result';

/** Message keys for the model's enums; exhaustive so a new value cannot go unlabelled. */
export function roleKey(role: MeetingRole): MessageKey {
  switch (role) {
    case 'delegate':
      return 'role.delegate';
    case 'chair':
      return 'role.chair';
    case 'secretariat':
      return 'role.secretariat';
    case 'guest':
      return 'role.guest';
    default:
      return assertNever(role, 'role');
  }
}

export function docTypeKey(type: DocType): MessageKey {
  switch (type) {
    case 'to_trinh':
      return 'docType.to_trinh';
    case 'du_thao_nghi_quyet':
      return 'docType.du_thao_nghi_quyet';
    case 'bao_cao':
      return 'docType.bao_cao';
    case 'bao_cao_tham_tra':
      return 'docType.bao_cao_tham_tra';
    case 'tai_lieu_khac':
      return 'docType.tai_lieu_khac';
    default:
      return assertNever(type, 'doc type');
  }
}

export const confidentialityKey = (c: Confidentiality): MessageKey => (c === 'mat' ? 'conf.mat' : 'conf.thuong');

export const statusKey = (s: MeetingStatus): MessageKey => (s === 'published' ? 'meetings.status.published' : 'meetings.status.draft');

export const bodyName = (kind: BodyKind, locale: Locale): string => BODY_PRESETS[kind].name[locale];

export function meetingTypeName(kind: BodyKind, typeId: string, locale: Locale): string {
  return BODY_PRESETS[kind].meetingTypes.find((m) => m.id === typeId)?.[locale] ?? RETIRED_MEETING_TYPES[typeId]?.[locale] ?? typeId;
}
