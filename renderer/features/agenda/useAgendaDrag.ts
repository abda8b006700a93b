import { useState, type DragEvent } from 'react';
import type { AgendaItemId } from '../../../shared/model/ids';
import type { AgendaItem } from '../../../shared/model/types';
import { dropMove, zoneAt, type DropZone, type MoveRequest } from './agenda-tree';

const DRAG_MIME = 'application/x-phg-agenda-item';

/** HTML5 drag and drop over agenda rows; the pointer's height in the row picks before / inside / after. */
export function useAgendaDrag(items: readonly AgendaItem[], onDrop: (req: MoveRequest) => void) {
  const [draggingId, setDraggingId] = useState<AgendaItemId | null>(null);
  const [over, setOver] = useState<{ id: AgendaItemId; zone: DropZone } | null>(null);

  const zoneOf = (e: DragEvent, targetId: AgendaItemId): DropZone | null => {
    if (!draggingId) return null;
    const target = items.find((i) => i.id === targetId);
    const canNest = target?.parentId === null && !items.some((i) => i.parentId === draggingId);
    const rect = (e.currentTarget as HTMLElement).getBoundingClientRect();
    const zone = zoneAt(e.clientY - rect.top, rect.height, canNest);
    return dropMove(items, draggingId, targetId, zone) ? zone : null;
  };

  const rowHandlers = (id: AgendaItemId) => ({
    draggable: true,
    onDragStart: (e: DragEvent) => {
      e.stopPropagation();
      e.dataTransfer.effectAllowed = 'move';
      e.dataTransfer.setData(DRAG_MIME, id);
      e.dataTransfer.setData('text/plain', id);
      setDraggingId(id);
    },
    onDragEnd: () => {
      setDraggingId(null);
      setOver(null);
    },
    onDragOver: (e: DragEvent) => {
      const zone = zoneOf(e, id);
      if (!zone) {
        if (over?.id === id) setOver(null);
        return;
      }
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
      if (over?.id !== id || over.zone !== zone) setOver({ id, zone });
    },
    onDragLeave: (e: DragEvent) => {
      if (over?.id === id && !(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node | null)) setOver(null);
    },
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      const zone = zoneOf(e, id);
      const req = draggingId && zone ? dropMove(items, draggingId, id, zone) : null;
      setDraggingId(null);
      setOver(null);
      if (req) onDrop(req);
    },
  });

  return { draggingId, rowHandlers, zoneFor: (id: AgendaItemId) => (over?.id === id ? over.zone : null) };
}
