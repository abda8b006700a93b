import type { AgendaItemId } from '../../../shared/model/ids';
import type { AgendaItem } from '../../../shared/model/types';
import { buildTree, flatten, type AgendaNode } from '../agenda/agenda-tree';

/** Items in display order (sub-items after their parent), each with its number "2.1". */
export const orderedItems = (agenda: readonly AgendaItem[]): AgendaNode[] => flatten(buildTree(agenda));

/** The item before/after the current one in display order; from "no current item", next is the first. */
export function neighbourItem(agenda: readonly AgendaItem[], currentId: AgendaItemId | null, step: 1 | -1): AgendaItemId | null {
  const items = orderedItems(agenda);
  if (items.length === 0) return null;
  const i = currentId ? items.findIndex((n) => n.item.id === currentId) : -1;
  if (i < 0) return step === 1 ? items[0]!.item.id : null;
  return items[i + step]?.item.id ?? null;
}

/** "2.1. Báo cáo thẩm tra" for messages and the big screen; null when the item is unknown. */
export function itemLabel(agenda: readonly AgendaItem[], id: AgendaItemId | null): { number: string; title: string } | null {
  if (!id) return null;
  const n = orderedItems(agenda).find((x) => x.item.id === id);
  return n ? { number: n.number, title: n.item.title } : null;
}

/** A page number typed by the chair: an integer within the document, else null. */
export function parsePage(input: string, pages: number): number | null {
  const s = input.trim();
  if (!/^\d{1,6}$/.test(s)) return null;
  const n = Number(s);
  return n >= 1 && n <= Math.max(1, pages) ? n : null;
}
