import type { RecallLaptop, RecallView } from '../../../shared/meeting-live/recall';
import { compareByGivenName } from '../../../shared/util/vn-collate';

/** A laptop row's key: one person may have several laptops (and one unnamed one). */
export const recallRowKey = (l: RecallLaptop): string => `${l.userId}/${l.laptopId ?? '-'}`;

/**
 * What the recall panel shows: nothing before a recall; one row per laptop, pending ones first, then by the
 * person's name and the laptop's; the counts (of laptops).
 */
export function recallRows(recall: RecallView | undefined): { rows: RecallLaptop[]; confirmed: number; total: number } | null {
  if (!recall?.active || !recall.laptops || recall.laptops.length === 0) return null;
  const rows = [...recall.laptops].sort(
    (a, b) =>
      Number(a.confirmedAt !== null) - Number(b.confirmedAt !== null) ||
      compareByGivenName(a.fullName, b.fullName) ||
      (a.label ?? '').localeCompare(b.label ?? '', 'vi') ||
      a.receivedAt - b.receivedAt,
  );
  return { rows, confirmed: rows.filter((l) => l.confirmedAt !== null).length, total: rows.length };
}
