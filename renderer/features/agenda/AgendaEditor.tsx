import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { AgendaItemId } from '../../../shared/model/ids';
import type { AgendaItem } from '../../../shared/model/types';
import { useI18n } from '../../app/i18n';
import { applyMove, buildTree, flatten, indent, moveDown, moveUp, outdent, type MoveRequest } from './agenda-tree';
import { AgendaEditorRow } from './AgendaEditorRow';
import { useAgendaDrag } from './useAgendaDrag';
import './agenda.css';

type Props = {
  items: AgendaItem[];
  selectedId: AgendaItemId | null;
  onSelect(id: AgendaItemId): void;
  onAdd(): void;
  /** Resolves once the service answered and the meeting was reloaded. */
  onMove(req: MoveRequest): Promise<boolean>;
};

const KEY_MOVES = {
  ArrowUp: moveUp,
  ArrowDown: moveDown,
  ArrowRight: indent,
  ArrowLeft: outdent,
} as const;

/** The secretariat's agenda column: select, reorder by drag and drop or Alt+arrow keys. */
export function AgendaEditor({ items, selectedId, onSelect, onAdd, onMove }: Props) {
  const { t } = useI18n();
  const [pending, setPending] = useState<AgendaItem[] | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focusId, setFocusId] = useState<AgendaItemId | null>(null);
  const buttons = useRef(new Map<AgendaItemId, HTMLButtonElement>());
  const shown = pending ?? items;
  const tree = buildTree(shown);

  const move = async (req: MoveRequest | null) => {
    if (!req) {
      setAnnouncement(t('agenda.cannotMove'));
      return;
    }
    const next = applyMove(shown, req);
    setPending(next);
    setFocusId(req.itemId);
    const node = flatten(buildTree(next)).find((n) => n.item.id === req.itemId);
    const ok = await onMove(req);
    setPending(null);
    if (ok && node) setAnnouncement(t('agenda.moved', { title: node.item.title, number: node.number }));
  };
  const drag = useAgendaDrag(shown, (req) => void move(req));

  // Moving between levels remounts the row: put keyboard focus back on the moved item, until the
  // service has answered (then stop, so later reloads never pull focus away from where the user went).
  useEffect(() => {
    if (!focusId) return;
    const el = buttons.current.get(focusId);
    if (el && document.activeElement !== el) el.focus();
    if (pending === null) setFocusId(null);
  }, [focusId, shown, pending]);

  const onKeyDown = (id: AgendaItemId) => (e: KeyboardEvent) => {
    if (!e.altKey || e.ctrlKey || e.metaKey) return;
    const op = KEY_MOVES[e.key as keyof typeof KEY_MOVES];
    if (!op) return;
    e.preventDefault();
    void move(op(shown, id));
  };

  const rowProps = (id: AgendaItemId) => ({
    selected: id === selectedId,
    onSelect: () => onSelect(id),
    onKeyDown: onKeyDown(id),
    buttonRef: (el: HTMLButtonElement | null) => {
      if (el) buttons.current.set(id, el);
      else buttons.current.delete(id);
    },
    onMoveUp: () => void move(moveUp(shown, id)),
    onMoveDown: () => void move(moveDown(shown, id)),
    onIndent: () => void move(indent(shown, id)),
    onOutdent: () => void move(outdent(shown, id)),
    canMoveUp: moveUp(shown, id) !== null,
    canMoveDown: moveDown(shown, id) !== null,
    canIndent: indent(shown, id) !== null,
    canOutdent: outdent(shown, id) !== null,
    drag: drag.rowHandlers(id),
    dropZone: drag.zoneFor(id),
    dragging: drag.draggingId === id,
  });

  return (
    <nav className="agenda-editor" aria-label={t('agenda.heading')}>
      <div className="column-head">
        <h2 className="column-head__title">{t('agenda.heading')}</h2>
        <button type="button" className="btn btn--small btn--primary" onClick={onAdd}>
          + {t('agenda.addItem')}
        </button>
      </div>
      {tree.length === 0 ? <p className="empty">{t('agenda.empty')}</p> : null}
      <ol className="agenda-tree" aria-describedby="agenda-keyboard-hint">
        {tree.map((node) => (
          <AgendaEditorRow key={node.item.id} node={node} {...rowProps(node.item.id)}>
            {node.children.length > 0 ? (
              <ol className="agenda-tree agenda-tree--sub">
                {node.children.map((child) => (
                  <AgendaEditorRow key={child.item.id} node={child} {...rowProps(child.item.id)} />
                ))}
              </ol>
            ) : null}
          </AgendaEditorRow>
        ))}
      </ol>
      <p id="agenda-keyboard-hint" className="hint">
        {t('agenda.keyboardHint')}
      </p>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </nav>
  );
}
