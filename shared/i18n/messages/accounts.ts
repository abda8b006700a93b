import type { MessageTable } from './types';

/** The secretariat's accounts screen: reset a password, disable an account, print sign-in slips. */
export const accounts = {
  'accounts.title': { vi: 'Tài khoản trên máy này', en: 'Accounts on this computer' },
  'accounts.nav': { vi: 'Tài khoản', en: 'Accounts' },
  'accounts.intro': {
    vi: 'Đặt lại mật khẩu cho đại biểu, khóa tài khoản không còn dùng, in phiếu đăng nhập để phát cho đại biểu.',
    en: 'Reset a delegate’s password, disable accounts no longer used, print sign-in slips to hand out.',
  },
  'accounts.col.name': { vi: 'Họ và tên', en: 'Full name' },
  'accounts.col.username': { vi: 'Tên đăng nhập', en: 'Username' },
  'accounts.col.status': { vi: 'Trạng thái', en: 'Status' },
  'accounts.col.actions': { vi: 'Thao tác', en: 'Actions' },
  'accounts.active': { vi: 'Đang dùng', en: 'Active' },
  'accounts.disabledState': { vi: 'Đã khóa', en: 'Disabled' },
  'accounts.reset': { vi: 'Đặt lại mật khẩu', en: 'Reset password' },
  'accounts.resetFor': { vi: 'Đặt lại mật khẩu: {name}', en: 'Reset password: {name}' },
  'accounts.disable': { vi: 'Khóa', en: 'Disable' },
  'accounts.enable': { vi: 'Mở khóa', en: 'Enable' },
  'accounts.newPassword': { vi: 'Mật khẩu mới: {password}', en: 'New password: {password}' },
  'accounts.printSlips': { vi: 'In phiếu đăng nhập ({n})', en: 'Print sign-in {n|slip|slips} ({n})' },
  'accounts.slipHeading': { vi: 'Phiếu đăng nhập — Phòng họp không giấy', en: 'Sign-in slip — Paperless meeting room' },
  'accounts.slipUser': { vi: 'Tên đăng nhập: {username}', en: 'Username: {username}' },
  'accounts.slipPassword': { vi: 'Mật khẩu: {password}', en: 'Password: {password}' },
  'accounts.slipHint': {
    vi: 'Giữ phiếu này cẩn thận. Đổi mật khẩu sau lần đăng nhập đầu nếu thư ký yêu cầu.',
    en: 'Keep this slip safe. Change the password after the first sign-in if the secretariat asks you to.',
  },
  'error.accounts.secretariatOnly': { vi: 'Chỉ thư ký mới quản lý được tài khoản.', en: 'Only the secretariat manages accounts.' },
  'error.accounts.notYourself': { vi: 'Không thể tự khóa tài khoản của mình.', en: 'You cannot disable your own account.' },
  'error.accounts.notFound': { vi: 'Không tìm thấy tài khoản.', en: 'Account not found.' },
  'error.accounts.disabled': {
    vi: 'Tài khoản này đã bị khóa trên máy này. Hãy liên hệ thư ký.',
    en: 'This account is disabled on this computer. Contact the secretariat.',
  },
} as const satisfies MessageTable;
