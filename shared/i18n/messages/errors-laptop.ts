import type { MessageTable } from './types';

/** Errors of the laptop's services (handlers, validation, PDFs, search). Keys start with `error.`. */
export const errorsLaptop = {
  'error.internal': { vi: 'Lỗi nội bộ, vui lòng thử lại.', en: 'Internal error, please try again.' },
} as const satisfies MessageTable;
