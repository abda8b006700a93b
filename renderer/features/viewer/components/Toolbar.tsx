import { useEffect, useState } from 'react';
import { ANNOTATION_COLORS, type AnnotationColor } from '../../../../shared/annotations/types';
import type { ZoomSetting } from '../../../../shared/ipc/slices/viewer';
import { useI18n } from '../../../app/i18n';
import { Icon, type IconName } from '../../../components/Icon';
import { swatch } from '../../annotations/AnnotationPanel';
import { ZOOM_STEPS } from '../layout/zoom';
import type { Tool } from './viewer-context';

export type ToolbarProps = {
  title: string;
  page: number;
  pages: number;
  zoom: ZoomSetting;
  scale: number;
  tool: Tool;
  color: AnnotationColor;
  canUndo: boolean;
  canRedo: boolean;
  exporting: boolean;
  sidebarOpen: boolean;
  onClose(): void;
  onGo(page: number): void;
  onZoom(z: ZoomSetting): void;
  onZoomStep(dir: 1 | -1): void;
  onRotate(): void;
  onFind(): void;
  onTool(t: Tool): void;
  onColor(c: AnnotationColor): void;
  onUndo(): void;
  onRedo(): void;
  onExport(): void;
  onSidebar(): void;
};

export function Toolbar(p: ToolbarProps) {
  const { t } = useI18n();
  const [pageText, setPageText] = useState(String(p.page));
  useEffect(() => setPageText(String(p.page)), [p.page]);
  const zoomValue = typeof p.zoom === 'number' ? String(p.zoom) : p.zoom;
  const steps = ZOOM_STEPS.includes(p.scale) || typeof p.zoom !== 'number' ? ZOOM_STEPS : [...ZOOM_STEPS, p.scale].sort((a, b) => a - b);
  const tools: { id: Tool; icon: IconName; label: string }[] = [
    { id: 'select', icon: 'select', label: t('annot.tool.select') },
    { id: 'ink', icon: 'pen', label: t('annot.tool.ink') },
    { id: 'note', icon: 'note', label: t('annot.tool.note') },
  ];
  return (
    <div className="pv-toolbar" role="toolbar" aria-label={p.title}>
      <div className="pv-toolbar__group">
        <button type="button" className="btn btn--small" onClick={p.onClose} data-testid="viewer-close">
          ← {t('viewer.close')}
        </button>
        <button
          type="button"
          className={`icon-btn${p.sidebarOpen ? ' is-on' : ''}`}
          title={t('viewer.sidebar')}
          aria-label={t('viewer.sidebar')}
          aria-pressed={p.sidebarOpen}
          onClick={p.onSidebar}
        >
          ☰
        </button>
      </div>
      <div className="pv-toolbar__title" title={p.title}>
        {p.title}
      </div>
      <div className="pv-toolbar__group">
        <button
          type="button"
          className="icon-btn"
          title={t('viewer.prevPage')}
          aria-label={t('viewer.prevPage')}
          disabled={p.page <= 1}
          onClick={() => p.onGo(p.page - 1)}
        >
          ‹
        </button>
        <label className="pv-pagebox">
          <span className="sr-only">{t('viewer.pageInput')}</span>
          <input
            inputMode="numeric"
            className="pv-pagebox__input"
            aria-label={t('viewer.pageInput')}
            value={pageText}
            onChange={(e) => setPageText(e.target.value.replace(/\D/g, ''))}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              const n = Number(pageText);
              if (n >= 1 && n <= p.pages) p.onGo(n);
              else setPageText(String(p.page));
            }}
            onBlur={() => setPageText(String(p.page))}
          />
          <span data-testid="viewer-page-count">{t('viewer.pageOf', { total: p.pages })}</span>
        </label>
        <button
          type="button"
          className="icon-btn"
          title={t('viewer.nextPage')}
          aria-label={t('viewer.nextPage')}
          disabled={p.page >= p.pages}
          onClick={() => p.onGo(p.page + 1)}
        >
          ›
        </button>
      </div>
      <div className="pv-toolbar__group">
        <button
          type="button"
          className="icon-btn"
          title={t('viewer.zoomOut')}
          aria-label={t('viewer.zoomOut')}
          onClick={() => p.onZoomStep(-1)}
        >
          −
        </button>
        <select
          className="pv-zoom"
          aria-label={t('viewer.zoom')}
          value={zoomValue}
          onChange={(e) => {
            const v = e.target.value;
            p.onZoom(v === 'page-width' || v === 'page-fit' ? v : Number(v));
          }}
        >
          <option value="page-width">{t('viewer.fitWidth')}</option>
          <option value="page-fit">{t('viewer.fitPage')}</option>
          {steps.map((s) => (
            <option key={s} value={String(s)}>
              {Math.round(s * 100)}%
            </option>
          ))}
        </select>
        <button
          type="button"
          className="icon-btn"
          title={t('viewer.zoomIn')}
          aria-label={t('viewer.zoomIn')}
          onClick={() => p.onZoomStep(1)}
        >
          +
        </button>
        <span className="pv-scale" data-testid="viewer-scale">
          {Math.round(p.scale * 100)}%
        </span>
        <button type="button" className="icon-btn" title={t('viewer.rotate')} aria-label={t('viewer.rotate')} onClick={p.onRotate}>
          <Icon name="rotate" />
        </button>
        <button type="button" className="icon-btn" title={t('viewer.find')} aria-label={t('viewer.find')} onClick={p.onFind}>
          <Icon name="search" />
        </button>
      </div>
      <div className="pv-toolbar__group" role="group" aria-label={t('viewer.tab.notes')}>
        {tools.map((x) => (
          <button
            key={x.id}
            type="button"
            className={`icon-btn${p.tool === x.id ? ' is-on' : ''}`}
            title={x.label}
            aria-label={x.label}
            aria-pressed={p.tool === x.id}
            onClick={() => p.onTool(x.id)}
          >
            <Icon name={x.icon} />
          </button>
        ))}
        <span className="an-colors an-colors--toolbar">
          {ANNOTATION_COLORS.map((c) => (
            <button
              key={c}
              type="button"
              className={`an-color${p.color === c ? ' an-color--on' : ''}`}
              style={{ background: swatch(c) }}
              title={t('annot.color', { color: t(`annot.color.${c}`) })}
              aria-label={t('annot.color', { color: t(`annot.color.${c}`) })}
              aria-pressed={p.color === c}
              onClick={() => p.onColor(c)}
            />
          ))}
        </span>
        <button
          type="button"
          className="icon-btn"
          title={t('annot.undo')}
          aria-label={t('annot.undo')}
          disabled={!p.canUndo}
          onClick={p.onUndo}
        >
          ↶
        </button>
        <button
          type="button"
          className="icon-btn"
          title={t('annot.redo')}
          aria-label={t('annot.redo')}
          disabled={!p.canRedo}
          onClick={p.onRedo}
        >
          ↷
        </button>
        <button type="button" className="btn btn--small" disabled={p.exporting} onClick={p.onExport}>
          <Icon name="download" size={18} /> {p.exporting ? t('annot.exporting') : t('annot.export')}
        </button>
      </div>
    </div>
  );
}
