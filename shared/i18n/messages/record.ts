import type { MessageTable } from './types';

/** The official record: minutes notes, the tamper-evident log, the `npm run record` program. */
export const record = {
  'error.record.meetingNotOpen': { vi: 'Cuộc họp chưa khai mạc.', en: 'The meeting has not been opened.' },
  'error.record.meetingClosed': { vi: 'Cuộc họp đã bế mạc.', en: 'The meeting has been closed.' },
  'error.record.unknownAgendaItem': { vi: 'Mục chương trình không thuộc cuộc họp này.', en: 'This agenda item is not part of the meeting.' },
  'error.record.notMember': { vi: 'Người này không phải thành viên của cuộc họp.', en: 'This person is not a member of the meeting.' },
} as const satisfies MessageTable;
