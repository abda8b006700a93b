import { useI18n } from '../../app/i18n';
import type { PageViewport } from 'pdfjs-dist';
import { useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { COLOR_RGB, type AnnotationColor } from '../../../shared/annotations/types';
import type { AnnotationStore, AnnotationView } from './store';
import './annotations.css';

export type AnnotationTool = 'select' | 'ink' | 'note';

const css = (c: AnnotationColor, alpha = 1) => {
  const [r, g, b] = COLOR_RGB[c];
  return `rgba(${Math.round(r * 255)}, ${Math.round(g * 255)}, ${Math.round(b * 255)}, ${alpha})`;
};
/** On-screen size of a sticky-note icon, CSS px (it does not scale with zoom, like in other readers). */
const NOTE_ICON_PX = 22;
const DRAG_THRESHOLD_PX = 3;

type Drag = { id: string; x0: number; y0: number; dx: number; dy: number; moved: boolean };

/**
 * One page's annotations drawn over the page (SVG in page viewport pixels), and the pointer tools:
 * select/move, freehand ink, sticky note. Positions are stored in PDF page space and converted with the
 * page's viewport, so they stay anchored whatever the zoom or rotation.
 */
export function AnnotationLayer(props: {
  pageNumber: number;
  viewport: PageViewport;
  annotations: readonly AnnotationView[];
  selectedId: string | null;
  tool: AnnotationTool;
  color: AnnotationColor;
  store: AnnotationStore;
}) {
  const { viewport: vp, annotations, selectedId, tool, color, store, pageNumber } = props;
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const [stroke, setStroke] = useState<number[] | null>(null);

  const local = (e: ReactPointerEvent) => {
    const r = svg.current!.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top] as const;
  };
  const toPdf = (x: number, y: number) => vp.convertToPdfPoint(x, y) as [number, number];

  const onPointerDown = (e: ReactPointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    const [x, y] = local(e);
    if (tool === 'ink') {
      svg.current!.setPointerCapture(e.pointerId);
      setStroke([x, y]);
      e.preventDefault();
      return;
    }
    if (tool === 'note') {
      store.addNote(pageNumber, toPdf(x, y), color);
      e.preventDefault();
      return;
    }
    const target = (e.target as Element).closest('[data-annotation-id]');
    const id = target?.getAttribute('data-annotation-id');
    if (!id) return;
    store.select(id);
    e.preventDefault();
    const a = annotations.find((v) => v.id === id);
    if (a?.mine) {
      svg.current!.setPointerCapture(e.pointerId);
      setDrag({ id, x0: x, y0: y, dx: 0, dy: 0, moved: false });
    }
  };

  const onPointerMove = (e: ReactPointerEvent<SVGSVGElement>) => {
    const [x, y] = local(e);
    if (stroke) setStroke([...stroke, x, y]);
    else if (drag) {
      const dx = x - drag.x0;
      const dy = y - drag.y0;
      setDrag({ ...drag, dx, dy, moved: drag.moved || Math.hypot(dx, dy) > DRAG_THRESHOLD_PX });
    }
  };

  const onPointerUp = () => {
    if (stroke) {
      const flat: number[] = [];
      for (let i = 0; i + 1 < stroke.length; i += 2) flat.push(...toPdf(stroke[i]!, stroke[i + 1]!));
      store.addInk(pageNumber, flat, color);
      setStroke(null);
    } else if (drag) {
      if (drag.moved) {
        const [ax, ay] = toPdf(drag.x0, drag.y0);
        const [bx, by] = toPdf(drag.x0 + drag.dx, drag.y0 + drag.dy);
        store.move(drag.id, bx - ax, by - ay);
      }
      setDrag(null);
    }
  };

  const interactive = tool !== 'select';
  return (
    <svg
      ref={svg}
      className={`an-layer an-layer--${tool}${interactive ? ' an-layer--capture' : ''}`}
      width={vp.width}
      height={vp.height}
      viewBox={`0 0 ${vp.width} ${vp.height}`}
      data-page={pageNumber}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => {
        setStroke(null);
        setDrag(null);
      }}
    >
      {annotations.map((a) => (
        <AnnotationShape
          key={a.id}
          a={a}
          vp={vp}
          selected={a.id === selectedId}
          offset={drag && drag.id === a.id ? [drag.dx, drag.dy] : null}
        />
      ))}
      {stroke && stroke.length >= 2 ? (
        <polyline
          className="an-ink an-ink--live"
          points={pairs(stroke)}
          stroke={css(color)}
          strokeWidth={Math.max(1, 1.5 * vp.scale)}
          fill="none"
        />
      ) : null}
    </svg>
  );
}

const pairs = (flat: readonly number[]) => {
  let s = '';
  for (let i = 0; i + 1 < flat.length; i += 2) s += `${flat[i]!.toFixed(1)},${flat[i + 1]!.toFixed(1)} `;
  return s;
};

function AnnotationShape({
  a,
  vp,
  selected,
  offset,
}: {
  a: AnnotationView;
  vp: PageViewport;
  selected: boolean;
  offset: [number, number] | null;
}) {
  const { t } = useI18n();
  const title = `${a.authorName} · ${t(a.sharedAt ? 'annot.shared' : 'annot.private')}${a.text ? `\n${a.text}` : ''}`;
  const transform = offset ? `translate(${offset[0]} ${offset[1]})` : undefined;
  const box = (r: readonly number[]) => {
    const [x1, y1, x2, y2] = vp.convertToViewportRectangle(r as number[]);
    return { x: Math.min(x1!, x2!), y: Math.min(y1!, y2!), width: Math.abs(x2! - x1!), height: Math.abs(y2! - y1!) };
  };
  const common = {
    'data-annotation-id': a.id,
    'data-kind': a.kind,
    'data-scope': a.scope,
    className: `an-shape${selected ? ' an-shape--selected' : ''}${a.mine ? ' an-shape--mine' : ''}`,
    transform,
  };
  switch (a.kind) {
    case 'highlight':
      return (
        <g {...common}>
          <title>{title}</title>
          {a.rects.map((r, i) => (
            <rect key={i} {...box(r)} fill={css(a.color, 0.42)} className="an-hl" />
          ))}
          {a.text ? <circle {...commentDot(box(a.rects[0]!))} fill={css(a.color)} className="an-hl-dot" /> : null}
          {selected ? <rect {...outline(a.rects.map(box))} className="an-outline" /> : null}
        </g>
      );
    case 'ink': {
      const lines = a.strokes.map((s) => {
        const pts: number[] = [];
        for (let i = 0; i + 1 < s.length; i += 2) pts.push(...(vp.convertToViewportPoint(s[i]!, s[i + 1]!) as [number, number]));
        return pts;
      });
      return (
        <g {...common}>
          <title>{title}</title>
          {lines.map((pts, i) => (
            <polyline
              key={i}
              points={pairs(pts.length === 2 ? [...pts, pts[0]! + 0.1, pts[1]!] : pts)}
              stroke={css(a.color)}
              strokeWidth={Math.max(1, a.width * vp.scale)}
              fill="none"
              className="an-ink"
            />
          ))}
          {lines.map((pts, i) => (
            <polyline key={`hit${i}`} points={pairs(pts)} stroke="transparent" strokeWidth={12} fill="none" className="an-ink-hit" />
          ))}
          {selected ? <rect {...outline(lines.map(bboxOf))} className="an-outline" /> : null}
        </g>
      );
    }
    case 'note': {
      const [x, y] = vp.convertToViewportPoint(a.at[0], a.at[1]) as [number, number];
      return (
        <g {...common}>
          <title>{title}</title>
          <rect
            x={x}
            y={y}
            width={NOTE_ICON_PX}
            height={NOTE_ICON_PX}
            rx={3}
            fill={css(a.color)}
            stroke="rgba(0,0,0,0.45)"
            className="an-note"
          />
          <path d={`M${x + 5} ${y + 7}h12M${x + 5} ${y + 11}h12M${x + 5} ${y + 15}h8`} stroke="rgba(0,0,0,0.6)" strokeWidth={1.3} />
          {selected ? <rect x={x - 3} y={y - 3} width={NOTE_ICON_PX + 6} height={NOTE_ICON_PX + 6} className="an-outline" /> : null}
        </g>
      );
    }
    default: {
      const never: never = a;
      return never;
    }
  }
}

type Box = { x: number; y: number; width: number; height: number };
const commentDot = (b: Box) => ({ cx: b.x + b.width, cy: b.y, r: 4 });
function bboxOf(pts: number[]): Box {
  let x1 = Infinity,
    y1 = Infinity,
    x2 = -Infinity,
    y2 = -Infinity;
  for (let i = 0; i + 1 < pts.length; i += 2) {
    x1 = Math.min(x1, pts[i]!);
    x2 = Math.max(x2, pts[i]!);
    y1 = Math.min(y1, pts[i + 1]!);
    y2 = Math.max(y2, pts[i + 1]!);
  }
  return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}
function outline(boxes: Box[]): Box {
  const x1 = Math.min(...boxes.map((b) => b.x)) - 3;
  const y1 = Math.min(...boxes.map((b) => b.y)) - 3;
  const x2 = Math.max(...boxes.map((b) => b.x + b.width)) + 3;
  const y2 = Math.max(...boxes.map((b) => b.y + b.height)) + 3;
  return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}
