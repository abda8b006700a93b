import { useState } from 'react';

export type SidebarTab = 'pages' | 'outline' | 'notes' | 'search';
export const SIDEBAR_TABS: readonly SidebarTab[] = ['pages', 'outline', 'notes', 'search'];

/** Below this window width (CSS px, so also at 200 % zoom) the sidebar starts closed: the page gets the room. */
export const NARROW_WINDOW_PX = 1000;
const initialTab = (): SidebarTab | null => (typeof window !== 'undefined' && window.innerWidth < NARROW_WINDOW_PX ? null : 'pages');

/** The sidebar's open tab (null: closed). Selecting an annotation shows the notes. */
export function useSidebarTab(selectedAnnotation: string | null) {
  const [tab, setTab] = useState<SidebarTab | null>(initialTab);
  // Adjusted while rendering (not in an effect): a new selection opens the notes in the same paint.
  const [seen, setSeen] = useState(selectedAnnotation);
  if (selectedAnnotation !== seen) {
    setSeen(selectedAnnotation);
    if (selectedAnnotation) setTab('notes');
  }
  return { tab, setTab, toggle: () => setTab((x) => (x ? null : 'pages')) };
}
