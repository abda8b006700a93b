import type { MessageTable } from './types';

/** Roster (danh sách đại biểu) screens. */
export const roster = {
  'roster.heading': { vi: 'Danh sách đại biểu', en: 'Participants' },
  'roster.count': { vi: '{n} người, xếp theo tên', en: '{n} {n|person|people}, sorted by given name' },
  'roster.empty': { vi: 'Chưa có đại biểu nào.', en: 'No participants yet.' },
  'roster.add': { vi: 'Thêm đại biểu', en: 'Add participant' },
  'roster.addHeading': { vi: 'Thêm đại biểu', en: 'Add a participant' },
  'roster.editHeading': { vi: 'Sửa thông tin {name}', en: 'Edit {name}' },
  'roster.col.index': { vi: 'STT', en: 'No.' },
  'roster.col.fullName': { vi: 'Họ và tên', en: 'Full name' },
  'roster.col.title': { vi: 'Chức vụ', en: 'Title' },
  'roster.col.unit': { vi: 'Đơn vị', en: 'Unit' },
  'roster.col.group': { vi: 'Tổ đại biểu', en: 'Group' },
  'roster.col.role': { vi: 'Vai trò', en: 'Role' },
  'roster.col.username': { vi: 'Tên đăng nhập', en: 'Username' },
  'roster.col.actions': { vi: 'Thao tác', en: 'Actions' },
  'roster.password': { vi: 'Mật khẩu', en: 'Password' },
  'roster.passwordKeep': {
    vi: 'Mật khẩu mới (để trống nếu giữ nguyên)',
    en: 'New password (leave empty to keep)',
  },
  'roster.passwordNew': { vi: 'Mật khẩu (bắt buộc với tài khoản mới)', en: 'Password (required for a new account)' },
  'roster.editPerson': { vi: 'Sửa {name}', en: 'Edit {name}' },
  'roster.removePerson': { vi: 'Xóa {name} khỏi cuộc họp', en: 'Remove {name} from the meeting' },
  'roster.removeConfirm': { vi: 'Xóa {name} khỏi danh sách cuộc họp?', en: 'Remove {name} from this meeting?' },
  'roster.saved': { vi: 'Đã lưu thông tin {name}.', en: 'Saved {name}.' },
  'roster.required': {
    vi: 'Họ và tên và tên đăng nhập không được để trống.',
    en: 'Full name and username are required.',
  },
  'roster.csv.heading': { vi: 'Nhập danh sách từ tệp CSV', en: 'Import from a CSV file' },
  'roster.csv.help': {
    vi: 'Tệp CSV mã UTF-8, dòng đầu là tiêu đề với các cột: ho_ten, chuc_vu, don_vi, to_dai_bieu, vai_tro, ten_dang_nhap, mat_khau.',
    en: 'UTF-8 CSV file whose first line names the columns: ho_ten, chuc_vu, don_vi, to_dai_bieu, vai_tro, ten_dang_nhap, mat_khau.',
  },
  'roster.csv.file': { vi: 'Tệp CSV', en: 'CSV file' },
  'roster.csv.importing': { vi: 'Đang nhập danh sách…', en: 'Importing…' },
  'roster.csv.result': {
    vi: 'Đã thêm {added} người, cập nhật {updated} người.',
    en: '{added} added, {updated} updated.',
  },
  'error.csv.unclosedQuote': {
    vi: 'Tệp CSV có dấu ngoặc kép mở ở dòng {line} mà không đóng. Hãy sửa trong bảng tính rồi xuất lại.',
    en: 'The CSV file has a quote opened on line {line} that is never closed. Fix it in the spreadsheet and export again.',
  },
  'error.csv.malformed': {
    vi: 'Tệp CSV không đúng định dạng ở dòng {line} (dấu ngoặc kép đặt sai chỗ).',
    en: 'The CSV file is malformed on line {line} (a misplaced quote).',
  },
  'roster.csv.previewTitle': { vi: 'Xem trước: {rows} dòng trong tệp {file}', en: 'Preview: {rows} {rows|row|rows} in {file}' },
  'roster.csv.previewWill': { vi: 'Sẽ thêm {added} người, cập nhật {updated} người.', en: 'Will add {added} and update {updated}.' },
  'roster.csv.duplicates': { vi: 'Tên đăng nhập trùng trong tệp: {names}', en: 'Usernames repeated in the file: {names}' },
  'roster.csv.confirm': { vi: 'Nhập danh sách', en: 'Import the list' },
  'roster.csv.noneValid': { vi: 'Không có dòng hợp lệ nào để nhập.', en: 'No valid row to import.' },
  'roster.csv.errors': { vi: '{n} dòng bị lỗi:', en: '{n} {n|line has|lines have} errors:' },
  'roster.csv.lineError': { vi: 'Dòng {line}: {message}', en: 'Line {line}: {message}' },
} as const satisfies MessageTable;
