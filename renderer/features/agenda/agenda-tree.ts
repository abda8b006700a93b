import type { AgendaItemId } from '../../../shared/model/ids';
import type { AgendaItem } from '../../../shared/model/types';

/** Pure agenda arithmetic for the editor: ordering, numbering and the `agenda:move` request of each gesture. */

export type AgendaNode = { item: AgendaItem; number: string; children: AgendaNode[] };

/** The request `agenda:move` takes: `index` counts siblings *without* the moved item. */
export type MoveRequest = { itemId: AgendaItemId; parentId: AgendaItemId | null; index: number };

export type DropZone = 'before' | 'after' | 'inside';

const byPosition = (a: AgendaItem, b: AgendaItem) => a.position - b.position;

export function siblingsOf(items: readonly AgendaItem[], parentId: AgendaItemId | null): AgendaItem[] {
  return items.filter((i) => i.parentId === parentId).sort(byPosition);
}

/** Items and sub-items in display order, numbered "1", "1.1", "2"... */
export function buildTree(items: readonly AgendaItem[]): AgendaNode[] {
  return siblingsOf(items, null).map((top, i) => ({
    item: top,
    number: String(i + 1),
    children: siblingsOf(items, top.id).map((child, j) => ({ item: child, number: `${i + 1}.${j + 1}`, children: [] })),
  }));
}

/** Flattened display order (what keyboard focus walks through). */
export function flatten(tree: readonly AgendaNode[]): AgendaNode[] {
  return tree.flatMap((n) => [n, ...n.children]);
}

export function totalMinutes(items: readonly AgendaItem[]): number {
  // A parent's planned time covers its sub-items; when the sub-items add up to more, their sum counts.
  return siblingsOf(items, null).reduce((sum, top) => {
    const kids = siblingsOf(items, top.id).reduce((s, c) => s + c.durationMin, 0);
    return sum + Math.max(top.durationMin, kids);
  }, 0);
}

const find = (items: readonly AgendaItem[], id: AgendaItemId) => items.find((i) => i.id === id) ?? null;
const hasChildren = (items: readonly AgendaItem[], id: AgendaItemId) => items.some((i) => i.parentId === id);

function indexAmong(items: readonly AgendaItem[], item: AgendaItem): number {
  return siblingsOf(items, item.parentId).findIndex((s) => s.id === item.id);
}

export function moveUp(items: readonly AgendaItem[], id: AgendaItemId): MoveRequest | null {
  const item = find(items, id);
  if (!item) return null;
  const i = indexAmong(items, item);
  return i > 0 ? { itemId: id, parentId: item.parentId, index: i - 1 } : null;
}

export function moveDown(items: readonly AgendaItem[], id: AgendaItemId): MoveRequest | null {
  const item = find(items, id);
  if (!item) return null;
  const i = indexAmong(items, item);
  return i >= 0 && i < siblingsOf(items, item.parentId).length - 1 ? { itemId: id, parentId: item.parentId, index: i + 1 } : null;
}

/** Makes a top-level item the last sub-item of the item above it (one level only). */
export function indent(items: readonly AgendaItem[], id: AgendaItemId): MoveRequest | null {
  const item = find(items, id);
  if (!item || item.parentId !== null || hasChildren(items, id)) return null;
  const i = indexAmong(items, item);
  if (i <= 0) return null;
  const above = siblingsOf(items, null)[i - 1]!;
  return { itemId: id, parentId: above.id, index: siblingsOf(items, above.id).length };
}

/** Makes a sub-item a top-level item right after its parent. */
export function outdent(items: readonly AgendaItem[], id: AgendaItemId): MoveRequest | null {
  const item = find(items, id);
  if (!item || item.parentId === null) return null;
  const parent = find(items, item.parentId);
  if (!parent) return null;
  return { itemId: id, parentId: null, index: indexAmong(items, parent) + 1 };
}

/** Where a dragged item lands when dropped on `targetId`; null when the drop would be a no-op or illegal. */
export function dropMove(
  items: readonly AgendaItem[],
  draggedId: AgendaItemId,
  targetId: AgendaItemId,
  zone: DropZone,
): MoveRequest | null {
  const dragged = find(items, draggedId);
  const target = find(items, targetId);
  if (!dragged || !target || dragged.id === target.id) return null;
  if (target.parentId === dragged.id) return null; // onto its own sub-item
  let req: MoveRequest;
  if (zone === 'inside') {
    if (target.parentId !== null || hasChildren(items, dragged.id)) return null;
    req = { itemId: dragged.id, parentId: target.id, index: siblingsOf(items, target.id).filter((s) => s.id !== dragged.id).length };
  } else {
    if (target.parentId !== null && hasChildren(items, dragged.id)) return null;
    const others = siblingsOf(items, target.parentId).filter((s) => s.id !== dragged.id);
    const at = others.findIndex((s) => s.id === target.id);
    req = { itemId: dragged.id, parentId: target.parentId, index: zone === 'before' ? at : at + 1 };
  }
  const unchanged = req.parentId === dragged.parentId && req.index === indexAmong(items, dragged);
  return unchanged ? null : req;
}

/** Which zone of a row the pointer is over; `inside` only where nesting is possible. */
export function zoneAt(offsetY: number, height: number, canNest: boolean): DropZone {
  const f = height > 0 ? offsetY / height : 0;
  if (canNest) return f < 0.3 ? 'before' : f > 0.7 ? 'after' : 'inside';
  return f < 0.5 ? 'before' : 'after';
}

/** Applies a move locally (same rule as the service) so the UI can show it before the answer arrives. */
export function applyMove(items: readonly AgendaItem[], req: MoveRequest): AgendaItem[] {
  const item = find(items, req.itemId);
  if (!item) return [...items];
  const renumbered = new Map<AgendaItemId, { parentId: AgendaItemId | null; position: number }>();
  siblingsOf(items, item.parentId)
    .filter((s) => s.id !== item.id)
    .forEach((s, i) => renumbered.set(s.id, { parentId: s.parentId, position: i }));
  const target = siblingsOf(items, req.parentId).filter((s) => s.id !== item.id);
  target.splice(Math.max(0, Math.min(req.index, target.length)), 0, item);
  target.forEach((s, i) => renumbered.set(s.id, { parentId: req.parentId, position: i }));
  return items.map((i) => {
    const r = renumbered.get(i.id);
    return r ? { ...i, ...r } : i;
  });
}
