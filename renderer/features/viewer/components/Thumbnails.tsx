import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import { memo, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../app/i18n';
import { Watermark } from '../confidential/Watermark';
import { displaySize, type PageBox } from '../layout/page-geometry';
import type { ViewRotation } from '../../../../shared/ipc/slices/viewer';

/** Thumbnail width, CSS px. */
export const THUMB_WIDTH_PX = 120;

/** Page thumbnails; only those scrolled into the sidebar are rendered, and released when they leave. */
export function Thumbnails(props: {
  pdf: PDFDocumentProxy;
  boxes: readonly PageBox[];
  rotation: ViewRotation;
  current: number;
  ready: boolean;
  watermark: string | null;
  onGo(page: number): void;
}) {
  const { pdf, boxes, rotation, current, ready, watermark, onGo } = props;
  const root = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState<ReadonlySet<number>>(() => new Set());
  const io = useRef<IntersectionObserver | null>(null);

  useEffect(() => {
    const r = root.current;
    if (!r) return;
    const obs = new IntersectionObserver(
      (entries) =>
        setVisible((prev) => {
          const next = new Set(prev);
          for (const e of entries) {
            const n = Number((e.target as HTMLElement).dataset.thumb);
            if (e.isIntersecting) next.add(n);
            else next.delete(n);
          }
          return next;
        }),
      { root: r, rootMargin: '50% 0px' },
    );
    io.current = obs;
    r.querySelectorAll('[data-thumb]').forEach((el) => obs.observe(el));
    return () => obs.disconnect();
  }, [boxes.length]);

  useEffect(() => {
    root.current?.querySelector(`[data-thumb="${current}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  return (
    <div ref={root} className="pv-thumbs" role="list">
      {boxes.map((box, i) => (
        <Thumb
          key={i}
          pdf={pdf}
          n={i + 1}
          box={box}
          rotation={rotation}
          current={current === i + 1}
          render={ready && visible.has(i + 1)}
          watermark={watermark}
          onGo={onGo}
        />
      ))}
    </div>
  );
}

const Thumb = memo(function Thumb(p: {
  pdf: PDFDocumentProxy;
  n: number;
  box: PageBox;
  rotation: ViewRotation;
  current: boolean;
  render: boolean;
  watermark: string | null;
  onGo(page: number): void;
}) {
  const { t } = useI18n();
  const scale = THUMB_WIDTH_PX / Math.max(1, displaySize(p.box, 1, p.rotation).width);
  const size = displaySize(p.box, scale, p.rotation);
  const host = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!p.render || !host.current) return;
    const el = host.current;
    let task: RenderTask | null = null;
    let live = true;
    const canvas = document.createElement('canvas');
    void p.pdf.getPage(p.n).then((page) => {
      if (!live) return;
      const vp = page.getViewport({ scale, rotation: (page.rotate + p.rotation) % 360 });
      canvas.width = Math.floor(vp.width);
      canvas.height = Math.floor(vp.height);
      task = page.render({ canvas, viewport: vp });
      task.promise.then(
        () => live && el.replaceChildren(canvas),
        () => {},
      );
    });
    return () => {
      live = false;
      task?.cancel();
      el.replaceChildren();
      canvas.width = 0;
      canvas.height = 0;
    };
  }, [p.render, p.pdf, p.n, p.rotation, scale]);
  return (
    <button
      type="button"
      role="listitem"
      className={`pv-thumb${p.current ? ' pv-thumb--current' : ''}`}
      data-thumb={p.n}
      aria-current={p.current ? 'page' : undefined}
      aria-label={t('viewer.thumbnail', { page: p.n })}
      onClick={() => p.onGo(p.n)}
    >
      <span className="pv-thumb__frame">
        <span ref={host} className="pv-thumb__img" style={{ width: size.width, height: size.height }} />
        {p.watermark ? <Watermark text={p.watermark} width={size.width} height={size.height} /> : null}
      </span>
      <span className="pv-thumb__n">{p.n}</span>
    </button>
  );
});
