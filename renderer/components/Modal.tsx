import { useEffect, useRef, type ReactNode } from 'react';

type Props = {
  title: string;
  busy?: boolean;
  onClose(): void;
  children: ReactNode;
  wide?: boolean;
  /** Names the dialog by its heading (aria-labelledby) instead of an aria-label. */
  titleId?: string;
};

/**
 * A modal <dialog>: the browser traps focus and handles Esc; Esc calls onClose unless busy. Focus starts
 * on the element marked `data-autofocus`, else on the first focusable one.
 */
export function Modal({ title, busy, onClose, children, wide, titleId }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    // showModal() focuses the first focusable element; React's autoFocus sets no attribute for it to find.
    d?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog--wide' : 'dialog'}
      aria-label={titleId ? undefined : title}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onClose();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
