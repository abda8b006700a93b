import type { MessageTable } from './types';

/** Accessibility: the large-text setting, live announcements, shortcuts. Vietnamese first. */
export const a11y = {
  'a11y.textSize': { vi: 'Cỡ chữ', en: 'Text size' },
  'a11y.textSize.option': { vi: 'Cỡ chữ {scale} %', en: 'Text size {scale} %' },
  'a11y.textSize.invalid': { vi: 'Cỡ chữ phải là 100 %, 125 % hoặc 150 %.', en: 'The text size must be 100 %, 125 % or 150 %.' },
  'a11y.announce.speak': { vi: 'Mời bạn phát biểu', en: 'You have the floor' },
  'a11y.announce.voteOpened': {
    vi: 'Biểu quyết đã mở: {question}. Nhấn Alt+B để tới phiếu.',
    en: 'Voting is open: {question}. Press Alt+B to go to the ballot.',
  },
  'a11y.announce.voteClosed': { vi: 'Biểu quyết đã kết thúc: {question}.', en: 'Voting has closed: {question}.' },
  'a11y.ballotShortcut.hint': {
    vi: 'từ bất kỳ đâu trên màn hình để tới phiếu này',
    en: 'from anywhere on the screen brings you to this ballot',
  },
} as const satisfies MessageTable;
