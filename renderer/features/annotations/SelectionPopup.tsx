import { useEffect, useState } from 'react';
import { ANNOTATION_COLORS, type AnnotationColor } from '../../../shared/annotations/types';
import { useI18n } from '../../app/i18n';
import { swatch } from './AnnotationPanel';
import { viewerSelection } from './selection';
import './annotations.css';
import { Icon } from '../../components/Icon';

/**
 * A small bar next to selected text: one click highlights it in a colour (optionally opening the comment
 * editor). Positioned in the viewer's coordinates, under the end of the selection.
 */
export function SelectionPopup({
  root,
  onHighlight,
}: {
  root: HTMLElement | null;
  onHighlight(range: Range, text: string, color: AnnotationColor, comment: boolean): void;
}) {
  const { t } = useI18n();
  const [at, setAt] = useState<{ x: number; y: number; range: Range; text: string } | null>(null);
  useEffect(() => {
    if (!root) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const sel = viewerSelection(root);
      if (!sel) return setAt(null);
      const rects = sel.range.getClientRects();
      const last = rects[rects.length - 1];
      if (!last) return setAt(null);
      const box = root.getBoundingClientRect();
      setAt({ x: last.right - box.left, y: last.bottom - box.top + 6, range: sel.range, text: sel.text });
    };
    const on = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    document.addEventListener('selectionchange', on);
    return () => {
      document.removeEventListener('selectionchange', on);
      cancelAnimationFrame(frame);
    };
  }, [root]);
  if (!at) return null;
  return (
    <div className="an-popup" style={{ left: at.x, top: at.y }} data-testid="selection-popup" onPointerDown={(e) => e.preventDefault()}>
      <span className="an-popup__label">{t('annot.highlight')}</span>
      {ANNOTATION_COLORS.map((c) => (
        <button
          key={c}
          type="button"
          className="an-color"
          style={{ background: swatch(c) }}
          title={t('annot.color', { color: t(`annot.color.${c}`) })}
          aria-label={`${t('annot.highlight')}: ${t(`annot.color.${c}`)}`}
          onClick={() => {
            onHighlight(at.range, at.text, c, false);
            window.getSelection()?.removeAllRanges();
          }}
        />
      ))}
      <button
        type="button"
        className="btn btn--small"
        onClick={() => {
          onHighlight(at.range, at.text, 'yellow', true);
          window.getSelection()?.removeAllRanges();
        }}
      >
        <Icon name="comment" size={18} /> {t('annot.highlightComment')}
      </button>
    </div>
  );
}
