/**
 * Inline SVG icons for icon-only controls: they render on a fresh machine without emoji fonts. Always
 * decorative (aria-hidden): the control carries the accessible name (aria-label) and a tooltip (title).
 */
export type IconName =
  'search' | 'note' | 'select' | 'pen' | 'drag' | 'close' | 'check' | 'highlight' | 'download' | 'rotate' | 'lock' | 'comment';

const PATHS: Record<IconName, string> = {
  search: 'M10.5 4a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13zm4.6 11.1L20 20',
  note: 'M5 4h14v11l-5 5H5zM14 20v-5h5M8 9h8M8 13h5',
  select: 'M9 4h6M9 20h6M12 4v16',
  pen: 'M4 20l1-4L16 5l3 3L8 19zM14 7l3 3',
  drag: 'M9 6h.01M15 6h.01M9 12h.01M15 12h.01M9 18h.01M15 18h.01',
  close: 'M6 6l12 12M18 6L6 18',
  check: 'M5 12.5l4.5 4.5L19 7',
  highlight: 'M9 14l6-6 3 3-6 6H9zM4 20h16M15 8l2-2 3 3-2 2',
  download: 'M12 4v11M7 10l5 5 5-5M5 20h14',
  rotate: 'M19 12a7 7 0 1 1-2.05-4.95M19 4v4h-4',
  lock: 'M6 11h12v9H6zM8.5 11V8a3.5 3.5 0 0 1 7 0v3',
  comment: 'M4 5h16v11H10l-4 4v-4H4z',
};

export function Icon({ name, size = 20 }: { name: IconName; size?: number }) {
  return (
    <svg
      className="icon"
      aria-hidden="true"
      focusable="false"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={name === 'drag' ? 3.2 : 2.2}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
