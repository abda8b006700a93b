import type { MessageTable } from './types';

/** The big screen's read-only session: issuing its code, refusals, and the projector's own screens. */
export const projector = {
  'error.relay.projectorIssuer': {
    vi: 'Chỉ chủ tọa hoặc bộ phận thư ký mới được cấp mã màn hình chiếu.',
    en: 'Only the chair or the secretariat may issue a big-screen code.',
  },
  'error.relay.projectorReadOnly': {
    vi: 'Màn hình chiếu chỉ được xem diễn biến công khai của cuộc họp.',
    en: 'The big screen may only show the public course of the meeting.',
  },
  'projector.error.code': {
    vi: 'Mã màn hình chiếu không đúng hoặc đã hết hạn. Hãy xin chủ tọa hoặc bộ phận thư ký cấp mã mới.',
    en: 'The big-screen code is wrong or has expired. Ask the chair or the secretariat for a new one.',
  },
  'projector.error.codeFormat': {
    vi: 'Mã màn hình chiếu gồm 10 ký tự, ví dụ ABCDE-FGHJK.',
    en: 'A big-screen code has 10 characters, for example ABCDE-FGHJK.',
  },
  'projector.error.issueNeedsRelay': {
    vi: 'Cần đăng nhập qua máy chủ phòng họp để cấp mã màn hình chiếu.',
    en: 'Sign in through the meeting-room relay to issue a big-screen code.',
  },
} as const satisfies MessageTable;
