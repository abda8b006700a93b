import type { MessageTable } from './types';

/** Finding the meeting-room relay: LAN discovery and the check of a typed address. */
export const discovery = {
  'discovery.searching': { vi: 'Đang tìm phòng họp trong mạng…', en: 'Looking for meeting rooms on the network…' },
  'discovery.none': {
    vi: 'Không tìm thấy phòng họp nào trong mạng. Hãy nhập địa chỉ thư ký cung cấp.',
    en: 'No meeting room found on the network. Type the address the secretariat gives you.',
  },
  'discovery.found': { vi: 'Phòng họp tìm thấy trong mạng', en: 'Meeting rooms found on the network' },
  'discovery.refresh': { vi: 'Tìm lại', en: 'Search again' },
  'discovery.untitled': { vi: 'Chưa phát hành cuộc họp', en: 'No meeting published' },
  'error.discovery.unreachable': {
    vi: 'Không kết nối được tới {url}: máy này không tới được địa chỉ đó. Kiểm tra địa chỉ, cổng và mạng Wi-Fi.',
    en: 'Cannot reach {url}: check the address, the port and the Wi-Fi network.',
  },
  'error.discovery.notRelay': {
    vi: '{url} có trả lời nhưng không phải máy chủ phòng họp. Kiểm tra lại địa chỉ và cổng.',
    en: '{url} answers but is not a meeting-room relay. Check the address and the port.',
  },
  'error.discovery.noMeeting': {
    vi: 'Máy chủ phòng họp {url} chưa phát hành cuộc họp nào. Hãy chờ thư ký phát hành rồi thử lại.',
    en: 'The meeting-room relay at {url} has no meeting published yet. Wait for the secretariat, then try again.',
  },
} as const satisfies MessageTable;
