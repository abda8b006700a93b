/** Times and dates in Vietnam time, whatever the machine's time zone. */
const TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});
const DATE = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' });

/** "14:05:09" */
export const clock = (ms: number): string => TIME.format(new Date(ms));
/** "14 giờ 05 phút, ngày 20/09/2022" */
export function clockWords(ms: number): string {
  const [h, m] = clock(ms).split(':');
  return `${h} giờ ${m} phút, ngày ${DATE.format(new Date(ms))}`;
}
/** "2022-09-20 14:05:09" for exports. */
export function isoLocal(ms: number): string {
  const [d, mo, y] = DATE.format(new Date(ms)).split('/');
  return `${y}-${mo}-${d} ${clock(ms)}`;
}
