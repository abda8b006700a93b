import type { MessageTable } from './types';

/** Meetings list, meeting form, publication. */
export const meetings = {
  'meetings.heading': { vi: 'Cuộc họp của tôi', en: 'My meetings' },
  'meetings.empty': { vi: 'Chưa có cuộc họp nào.', en: 'There are no meetings yet.' },
  'meetings.emptyDelegate': {
    vi: 'Chưa có cuộc họp nào được phát hành cho bạn.',
    en: 'No meeting has been published for you yet.',
  },
  'meetings.create': { vi: 'Tạo cuộc họp', en: 'New meeting' },
  'meetings.open': { vi: 'Mở cuộc họp {title}', en: 'Open meeting {title}' },
  'meetings.col.title': { vi: 'Tên cuộc họp', en: 'Meeting' },
  'meetings.col.body': { vi: 'Cơ quan', en: 'Body' },
  'meetings.col.date': { vi: 'Ngày họp', en: 'Date' },
  'meetings.col.place': { vi: 'Địa điểm', en: 'Place' },
  'meetings.col.status': { vi: 'Trạng thái', en: 'Status' },
  'meetings.col.counts': { vi: 'Tài liệu / Đại biểu', en: 'Documents / Participants' },
  'meetings.counts': { vi: '{docs} tài liệu · {people} người', en: '{docs} documents · {people} people' },
  'meetings.status.draft': { vi: 'Bản nháp', en: 'Draft' },
  'meetings.status.published': { vi: 'Đã phát hành', en: 'Published' },
  'meetings.publishedAt': { vi: 'Phát hành lúc {at}', en: 'Published {at}' },
  'meetings.dateTime': { vi: '{date}, lúc {time}', en: '{date} at {time}' },
  'meetings.backToList': { vi: '← Danh sách cuộc họp', en: '← All meetings' },
  'meetings.notFound': { vi: 'Không tìm thấy cuộc họp.', en: 'Meeting not found.' },

  'meetingForm.createHeading': { vi: 'Tạo cuộc họp mới', en: 'New meeting' },
  'meetingForm.editHeading': { vi: 'Thông tin cuộc họp', en: 'Meeting details' },
  'meetingForm.body': { vi: 'Cơ quan', en: 'Body' },
  'meetingForm.meetingType': { vi: 'Loại cuộc họp', en: 'Meeting type' },
  'meetingForm.title': { vi: 'Tên cuộc họp', en: 'Title' },
  'meetingForm.titlePlaceholder': {
    vi: 'Ví dụ: Kỳ họp thứ Ba, HĐND tỉnh khóa XV',
    en: 'For example: 15th session of the Provincial People’s Council',
  },
  'meetingForm.date': { vi: 'Ngày họp (dd/mm/yyyy)', en: 'Date (dd/mm/yyyy)' },
  'meetingForm.time': { vi: 'Giờ bắt đầu (HH:MM)', en: 'Start time (HH:MM)' },
  'meetingForm.place': { vi: 'Địa điểm', en: 'Place' },
  'meetingForm.create': { vi: 'Tạo cuộc họp', en: 'Create meeting' },
  'meetingForm.invalidDate': {
    vi: 'Ngày họp không hợp lệ. Hãy nhập theo dạng dd/mm/yyyy, ví dụ 09/12/2025.',
    en: 'Invalid date. Use dd/mm/yyyy, for example 09/12/2025.',
  },
  'meetingForm.invalidTime': {
    vi: 'Giờ họp không hợp lệ. Hãy nhập theo dạng HH:MM, ví dụ 08:00.',
    en: 'Invalid time. Use HH:MM, for example 08:00.',
  },
  'meetingForm.titleRequired': { vi: 'Tên cuộc họp không được để trống.', en: 'The title is required.' },
  'meetingForm.rulesHeading': { vi: 'Quy định áp dụng', en: 'Applicable rules' },
  'meetingForm.quorum': { vi: 'Điều kiện tiến hành', en: 'Quorum' },
  'meetingForm.voteRules': { vi: 'Điều kiện thông qua', en: 'Passing rules' },
  'meetingForm.legalBasis': { vi: 'Căn cứ: {text}', en: 'Legal basis: {text}' },
  'meetingForm.bodyLocked': {
    vi: 'Cuộc họp đã phát hành nên không thể đổi cơ quan.',
    en: 'The meeting is published, so its body cannot be changed.',
  },

  'meetingPage.tab.agenda': { vi: 'Chương trình và tài liệu', en: 'Agenda and documents' },
  'meetingPage.tab.roster': { vi: 'Đại biểu', en: 'Participants' },
  'meetingPage.tab.details': { vi: 'Thông tin cuộc họp', en: 'Meeting details' },
  'meetingPage.tabs': { vi: 'Các phần của cuộc họp', en: 'Meeting sections' },
  'meetingPage.myRole': { vi: 'Vai trò của bạn: {role}', en: 'Your role: {role}' },

  'publish.button': { vi: 'Phát hành cuộc họp', en: 'Publish meeting' },
  'publish.title': { vi: 'Phát hành cuộc họp?', en: 'Publish the meeting?' },
  'publish.warning': {
    vi: 'Sau khi phát hành, tài liệu sẽ bị khóa: không thể sửa hoặc xóa, chỉ có thể thêm phiên bản mới. Đại biểu trong danh sách sẽ thấy cuộc họp và các tài liệu được phép xem.',
    en: 'After publication the documents are locked: they cannot be edited or deleted, only replaced by a new version. Participants will see the meeting and the documents they are allowed to see.',
  },
  'publish.confirm': { vi: 'Phát hành', en: 'Publish' },
  'publish.publishing': { vi: 'Đang phát hành…', en: 'Publishing…' },
  'publish.done': { vi: 'Cuộc họp đã được phát hành.', en: 'The meeting has been published.' },
} as const satisfies MessageTable;
