import type { RecallLaptop, RecallView } from '../../../shared/meeting-live/recall';
import { compareByGivenName } from '../../../shared/util/vn-collate';

/** What the recall panel shows: nothing before a recall; pending laptops first, then by name; the counts. */
export function recallRows(recall: RecallView | undefined): { rows: RecallLaptop[]; confirmed: number; total: number } | null {
  if (!recall?.active || !recall.laptops || recall.laptops.length === 0) return null;
  const rows = [...recall.laptops].sort(
    (a, b) => Number(a.confirmedAt !== null) - Number(b.confirmedAt !== null) || compareByGivenName(a.fullName, b.fullName),
  );
  return { rows, confirmed: rows.filter((l) => l.confirmedAt !== null).length, total: rows.length };
}
