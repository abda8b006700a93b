import { useEffect, useState } from 'react';
import type { MessageKey } from '../../../../shared/i18n';

export type Refusal = 'print' | 'save' | 'copy';

const REFUSAL_KEYS: Readonly<Record<Refusal, MessageKey>> = {
  print: 'viewer.confidential.printRefused',
  save: 'viewer.confidential.saveRefused',
  copy: 'viewer.confidential.copyRefused',
};
export const refusalKey = (r: Refusal): MessageKey => REFUSAL_KEYS[r];

/** Set on <html> while a confidential document is open: the print style sheet then prints only a refusal. */
const NO_PRINT_CLASS = 'phg-confidential-open';
let holders = 0;
function holdNoPrint(): () => void {
  if (holders++ === 0) document.documentElement.classList.add(NO_PRINT_CLASS);
  return () => {
    if (--holders === 0) document.documentElement.classList.remove(NO_PRINT_CLASS);
  };
}

const typing = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA)$/.test(t.tagName));

/**
 * While a confidential document is open (`active`): Ctrl+P and Ctrl+S are refused, any print (the
 * browser's menu too: `beforeprint` cannot be cancelled) prints only a refusal page, and copying, cutting
 * or dragging text out of the viewer (`root`) is refused; selecting stays possible, for highlights.
 * Returns the last refusal, to be shown to the reader.
 */
export function useLeakGuards(active: boolean, root: HTMLElement | null) {
  const [refusal, setRefusal] = useState<{ reason: Refusal; n: number } | null>(null);
  useEffect(() => {
    if (!active || !root) return;
    const refuse = (reason: Refusal) => setRefusal((prev) => ({ reason, n: (prev?.n ?? 0) + 1 }));
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const k = e.key.toLowerCase();
      if (k !== 'p' && k !== 's') return;
      e.preventDefault();
      e.stopImmediatePropagation();
      refuse(k === 'p' ? 'print' : 'save');
    };
    const inside = (e: Event) => {
      const anchor = document.getSelection()?.anchorNode ?? null;
      return root.contains(e.target as Node) || (anchor !== null && root.contains(anchor));
    };
    const onCopy = (e: ClipboardEvent) => {
      if (typing(e.target) || !inside(e)) return;
      e.preventDefault();
      e.clipboardData?.setData('text/plain', '');
      refuse('copy');
    };
    // Dragging selected text out (to another program) is copying too; an element made draggable is not text.
    const onDrag = (e: DragEvent) => {
      if (typing(e.target) || (e.target instanceof HTMLElement && e.target.draggable)) return;
      e.preventDefault();
      refuse('copy');
    };
    const onBeforePrint = () => refuse('print');
    const release = holdNoPrint();
    window.addEventListener('keydown', onKey, { capture: true });
    window.addEventListener('beforeprint', onBeforePrint);
    document.addEventListener('copy', onCopy, { capture: true });
    document.addEventListener('cut', onCopy, { capture: true });
    root.addEventListener('dragstart', onDrag);
    return () => {
      release();
      window.removeEventListener('keydown', onKey, { capture: true });
      window.removeEventListener('beforeprint', onBeforePrint);
      document.removeEventListener('copy', onCopy, { capture: true });
      document.removeEventListener('cut', onCopy, { capture: true });
      root.removeEventListener('dragstart', onDrag);
    };
  }, [active, root]);
  return { refusal, dismiss: () => setRefusal(null) };
}
