import { useEffect, useState } from 'react';

export type SidebarTab = 'pages' | 'outline' | 'notes' | 'search';
export const SIDEBAR_TABS: readonly SidebarTab[] = ['pages', 'outline', 'notes', 'search'];

/** The sidebar's open tab (null: closed). Selecting an annotation shows the notes. */
export function useSidebarTab(selectedAnnotation: string | null) {
  const [tab, setTab] = useState<SidebarTab | null>('pages');
  useEffect(() => {
    if (selectedAnnotation) setTab('notes');
  }, [selectedAnnotation]);
  return { tab, setTab, toggle: () => setTab((x) => (x ? null : 'pages')) };
}
