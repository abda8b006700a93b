import type { MessageTable } from './types';

/** Agenda editor and delegate agenda. */
export const agenda = {
  'agenda.heading': { vi: 'Chương trình họp', en: 'Agenda' },
  'agenda.empty': { vi: 'Chương trình họp chưa có mục nào.', en: 'The agenda has no items yet.' },
  'agenda.addItem': { vi: 'Thêm mục', en: 'Add item' },
  'agenda.addSubItem': { vi: 'Thêm mục con', en: 'Add sub-item' },
  'agenda.addSubItemTo': { vi: 'Thêm mục con cho “{title}”', en: 'Add a sub-item to “{title}”' },
  'agenda.newItemHeading': { vi: 'Mục mới', en: 'New item' },
  'agenda.newSubItemHeading': { vi: 'Mục con mới của “{title}”', en: 'New sub-item of “{title}”' },
  'agenda.itemTitle': { vi: 'Tên mục', en: 'Item title' },
  'agenda.presenter': { vi: 'Người trình bày', en: 'Presenter' },
  'agenda.duration': { vi: 'Thời lượng dự kiến (phút)', en: 'Planned duration (minutes)' },
  'agenda.presenterShort': { vi: 'Trình bày: {name}', en: 'Presenter: {name}' },
  'agenda.totalDuration': { vi: 'Tổng thời lượng dự kiến: {n} phút', en: 'Total planned time: {n} min' },
  'agenda.invalidDuration': {
    vi: 'Thời lượng phải là số phút nguyên từ 0 đến 1440.',
    en: 'The duration must be a whole number of minutes from 0 to 1440.',
  },
  'agenda.titleRequired': { vi: 'Tên mục không được để trống.', en: 'The item title is required.' },
  'agenda.select': { vi: 'Chọn mục {number}: {title}', en: 'Select item {number}: {title}' },
  'agenda.moveUp': { vi: 'Chuyển “{title}” lên trên', en: 'Move “{title}” up' },
  'agenda.moveDown': { vi: 'Chuyển “{title}” xuống dưới', en: 'Move “{title}” down' },
  'agenda.indent': { vi: 'Đưa “{title}” thành mục con của mục phía trên', en: 'Make “{title}” a sub-item of the item above' },
  'agenda.outdent': { vi: 'Đưa “{title}” ra thành mục chính', en: 'Make “{title}” a top-level item' },
  'agenda.remove': { vi: 'Xóa mục “{title}”', en: 'Delete item “{title}”' },
  'agenda.removeConfirm': {
    vi: 'Xóa mục “{title}” cùng các mục con và tài liệu của mục?',
    en: 'Delete “{title}” together with its sub-items and documents?',
  },
  'agenda.keyboardHint': {
    vi: 'Kéo thả để sắp xếp, hoặc chọn một mục rồi dùng Alt+↑/↓ để di chuyển, Alt+→ để đưa vào mục trên, Alt+← để đưa ra ngoài.',
    en: 'Drag to reorder, or focus an item and use Alt+↑/↓ to move it, Alt+→ to indent under the item above, Alt+← to outdent.',
  },
  'agenda.moved': { vi: 'Đã chuyển “{title}” tới vị trí {number}.', en: 'Moved “{title}” to position {number}.' },
  'agenda.cannotMove': { vi: 'Không thể di chuyển mục theo hướng này.', en: 'The item cannot move that way.' },
  'agenda.dragHandle': { vi: 'Kéo để sắp xếp “{title}”', en: 'Drag to reorder “{title}”' },
  'agenda.editItem': { vi: 'Sửa mục', en: 'Edit item' },
  'agenda.selectPrompt': {
    vi: 'Chọn một mục trong chương trình ở cột bên trái để sửa và đính kèm tài liệu.',
    en: 'Select an agenda item on the left to edit it and attach documents.',
  },
  'agenda.itemNumber': { vi: 'Mục {number}', en: 'Item {number}' },
  'agenda.noDocuments': { vi: 'Chưa có tài liệu.', en: 'No documents.' },
  'agenda.noVisibleDocuments': { vi: 'Không có tài liệu dành cho bạn ở mục này.', en: 'No documents for you under this item.' },
  'agenda.navLabel': { vi: 'Mục lục chương trình', en: 'Agenda outline' },
} as const satisfies MessageTable;
