import type { MessageTable } from './types';

/** Errors of the laptop's link to the relay (sign-in through the relay, downloads, live commands offline). Keys start with `error.`. */
export const errorsSync = {
  'error.offline': { vi: 'Mất kết nối tới máy chủ phòng họp.', en: 'No connection to the meeting-room relay.' },
} as const satisfies MessageTable;
