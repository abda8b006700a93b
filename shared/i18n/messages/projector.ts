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
} as const satisfies MessageTable;
