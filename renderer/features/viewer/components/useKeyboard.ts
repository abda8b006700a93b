import { useEffect, useRef, type RefObject } from 'react';

export type KeyActions = {
  zoom(dir: 1 | -1 | 0): void;
  find(): void;
  page(delta: number): void;
  edge(which: 'first' | 'last'): void;
  undo(): void;
  redo(): void;
  deleteSelected(): void;
  escape(): void;
};

const typing = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

/** Viewer shortcuts while it is open: Ctrl +/−/0, Ctrl F, ←/→ and Home/End paging, undo/redo, Delete. */
export function useViewerKeyboard(actions: KeyActions, scroller: RefObject<HTMLElement | null>): void {
  const ref = useRef(actions);
  ref.current = actions;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const a = ref.current;
      const mod = e.ctrlKey || e.metaKey;
      if (mod && (e.key === '+' || e.key === '=')) return (e.preventDefault(), a.zoom(1));
      if (mod && (e.key === '-' || e.key === '_')) return (e.preventDefault(), a.zoom(-1));
      if (mod && e.key === '0') return (e.preventDefault(), a.zoom(0));
      if (mod && e.key.toLowerCase() === 'f') return (e.preventDefault(), a.find());
      if (e.key === 'Escape') return a.escape();
      if (typing(e.target)) return;
      if (mod && e.key.toLowerCase() === 'z') return (e.preventDefault(), e.shiftKey ? a.redo() : a.undo());
      if (mod && e.key.toLowerCase() === 'y') return (e.preventDefault(), a.redo());
      if (mod || e.altKey) return;
      switch (e.key) {
        case 'ArrowRight':
        case 'n':
        case 'j':
          return (e.preventDefault(), a.page(1));
        case 'ArrowLeft':
        case 'p':
        case 'k':
          return (e.preventDefault(), a.page(-1));
        case 'Home':
          return (e.preventDefault(), a.edge('first'));
        case 'End':
          return (e.preventDefault(), a.edge('last'));
        case 'Delete':
        case 'Backspace':
          return a.deleteSelected();
        default:
      }
    };
    const onWheel = (e: WheelEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      e.preventDefault();
      ref.current.zoom(e.deltaY < 0 ? 1 : -1);
    };
    // Ctrl + wheel zooms. Listening on the page column only: a non-passive wheel listener on the window
    // would make every scroll of the app wait for the main thread.
    const el = scroller.current;
    window.addEventListener('keydown', onKey);
    el?.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      window.removeEventListener('keydown', onKey);
      el?.removeEventListener('wheel', onWheel);
    };
  }, [scroller]);
}
