import type { MessageTable } from './types';

/** Errors the relay sends (HTTP API, room refusals, command processor). Keys start with `error.`. */
export const errorsRelay = {
  'error.relay.internal': { vi: 'Máy chủ phòng họp gặp lỗi nội bộ.', en: 'The meeting-room relay had an internal error.' },
} as const satisfies MessageTable;
