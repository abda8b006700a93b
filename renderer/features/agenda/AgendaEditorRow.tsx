import type { DragEvent, KeyboardEvent, ReactNode } from 'react';
import { useI18n } from '../../app/i18n';
import type { AgendaNode, DropZone } from './agenda-tree';
import './agenda.css';
import { Icon } from '../../components/Icon';

type Props = {
  node: AgendaNode;
  selected: boolean;
  onSelect(): void;
  onKeyDown(e: KeyboardEvent): void;
  buttonRef(el: HTMLButtonElement | null): void;
  onMoveUp(): void;
  onMoveDown(): void;
  onIndent(): void;
  onOutdent(): void;
  canMoveUp: boolean;
  canMoveDown: boolean;
  canIndent: boolean;
  canOutdent: boolean;
  drag: {
    draggable: boolean;
    onDragStart(e: DragEvent): void;
    onDragEnd(): void;
    onDragOver(e: DragEvent): void;
    onDragLeave(e: DragEvent): void;
    onDrop(e: DragEvent): void;
  };
  dropZone: DropZone | null;
  dragging: boolean;
  children?: ReactNode;
};

export function AgendaEditorRow(p: Props) {
  const { t } = useI18n();
  const { item, number } = p.node;
  const title = item.title;
  const cls = [
    'agenda-row',
    p.selected && 'agenda-row--selected',
    p.dragging && 'agenda-row--dragging',
    p.dropZone && `agenda-row--drop-${p.dropZone}`,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <li className="agenda-tree__item" data-item-id={item.id}>
      <div className={cls} {...p.drag} data-testid="agenda-row">
        <span className="agenda-row__grip" aria-hidden="true" title={t('agenda.dragHandle', { title })}>
          <Icon name="drag" />
        </span>
        <button
          ref={p.buttonRef}
          type="button"
          className="agenda-row__select"
          aria-current={p.selected ? 'true' : undefined}
          aria-label={t('agenda.select', { number, title })}
          aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown Alt+ArrowRight Alt+ArrowLeft"
          onClick={p.onSelect}
          onKeyDown={p.onKeyDown}
        >
          <span className="agenda-row__num">{number}.</span>
          <span className="agenda-row__text">
            <span className="agenda-row__title">{title}</span>
            <span className="agenda-row__meta">
              {[item.presenter, item.durationMin > 0 ? t('common.minutes', { n: item.durationMin }) : ''].filter(Boolean).join(' · ')}
            </span>
          </span>
        </button>
        {p.selected ? (
          <span className="agenda-row__tools">
            <IconButton label={t('agenda.moveUp', { title })} disabled={!p.canMoveUp} onClick={p.onMoveUp} glyph="↑" />
            <IconButton label={t('agenda.moveDown', { title })} disabled={!p.canMoveDown} onClick={p.onMoveDown} glyph="↓" />
            {item.parentId === null ? (
              <IconButton label={t('agenda.indent', { title })} disabled={!p.canIndent} onClick={p.onIndent} glyph="→" />
            ) : (
              <IconButton label={t('agenda.outdent', { title })} disabled={!p.canOutdent} onClick={p.onOutdent} glyph="←" />
            )}
          </span>
        ) : null}
      </div>
      {p.children}
    </li>
  );
}

function IconButton({ label, glyph, disabled, onClick }: { label: string; glyph: string; disabled: boolean; onClick(): void }) {
  return (
    <button type="button" className="icon-btn" aria-label={label} title={label} disabled={disabled} onClick={onClick}>
      <span aria-hidden="true">{glyph}</span>
    </button>
  );
}
