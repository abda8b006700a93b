import type { MessageTable } from './types';

/** Confidential ("mật") documents in the viewer: watermark and refusals. Vietnamese first, with correct diacritics. */
export const confidential = {
  'viewer.watermark': { vi: 'MẬT · {name} · {unit} · {time}', en: 'CONFIDENTIAL · {name} · {unit} · {time}' },
  'viewer.watermarkNoUnit': { vi: 'MẬT · {name} · {time}', en: 'CONFIDENTIAL · {name} · {time}' },
  'viewer.confidential.printRefused': {
    vi: 'Không được in tài liệu mật. Tài liệu chỉ được đọc trong phần mềm.',
    en: 'Confidential documents cannot be printed. They can only be read in the application.',
  },
  'viewer.confidential.saveRefused': {
    vi: 'Không được lưu tài liệu mật ra máy. Tài liệu chỉ được đọc trong phần mềm.',
    en: 'Confidential documents cannot be saved to the computer. They can only be read in the application.',
  },
  'viewer.confidential.copyRefused': {
    vi: 'Không được sao chép nội dung tài liệu mật. Bạn vẫn có thể tô sáng và ghi chú.',
    en: 'The text of a confidential document cannot be copied. You can still highlight and add notes.',
  },
} as const satisfies MessageTable;
